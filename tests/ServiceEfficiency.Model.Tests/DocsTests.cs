using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Tests;

/// <summary>docs/diagnostics.md lists every diagnostic code with the severity and title the code has.</summary>
public sealed class DocsTests
{
    private static readonly Regex CodeCell = new(@"^SE\d{4}$", RegexOptions.CultureInvariant);

    public static IEnumerable<object[]> Codes() => DiagnosticCodes.All.Select(d => new object[] { d.Code });

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCodeIsDocumentedWithItsSeverityAndTitle(string code)
    {
        DiagnosticDescriptor descriptor = DiagnosticCodes.All.Single(d => d.Code == code);
        Dictionary<string, string[]> rows = CodeRows();

        Assert.True(rows.TryGetValue(code, out string[]? cells), $"docs/diagnostics.md has no table row for {code}.");
        Assert.True(cells!.Length >= 6, $"The row of {code} needs Code | Severity | Title | When | Example | How to fix.");
        Assert.Equal(descriptor.Severity.ToString(), cells[1]);
        Assert.Equal(descriptor.Title, cells[2]);

        // The example is a compiler-style line with this code and severity.
        string severity = descriptor.Severity.ToString().ToLowerInvariant();
        Assert.Contains($": {severity} {code}: ", cells[4]);
        Assert.Matches(@" \[\$\S*\]`", cells[4]);
    }

    [Fact]
    public void TheTableListsOnlyKnownCodesInCodeOrderEachOnce()
    {
        List<string> documented = CodeRowList().Select(cells => cells[0]).ToList();

        Assert.Equal(DiagnosticCodes.All.Select(d => d.Code).ToList(), documented);
    }

    [Fact]
    public void DiagnosticCodesAreUniqueAndOrdered()
    {
        List<string> codes = DiagnosticCodes.All.Select(d => d.Code).ToList();

        Assert.Equal(codes.Distinct(StringComparer.Ordinal).Count(), codes.Count);
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal), codes);
        Assert.All(codes, c => Assert.Matches(@"^SE1\d{3}$", c));
    }

    private static Dictionary<string, string[]> CodeRows() =>
        CodeRowList().GroupBy(cells => cells[0]).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static List<string[]> CodeRowList()
    {
        string path = Path.Combine(Samples.Root, "docs", "diagnostics.md");
        Assert.True(File.Exists(path), path + " is missing.");
        return File.ReadAllLines(path)
            .Where(line => line.StartsWith("|", StringComparison.Ordinal))
            .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => CodeCell.IsMatch(cells[0]))
            .ToList();
    }
}
