using System.Text.RegularExpressions;
using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Tests;

/// <summary>
/// docs/diagnostics.md lists every diagnostic code with the severity and title the code has: the SE1xxx
/// ones in the run-time table (with an example), the SE0xxx ones a criteria file gets at run time too in
/// the generator's table.
/// </summary>
public sealed class DocsTests
{
    private static readonly Regex CodeCell = new(@"^SE\d{4}$", RegexOptions.CultureInvariant);
    private static readonly Regex GeneratorCodeCell = new(@"^\[(SE0\d{3})\]\(generator\.md#diagnostics\)$", RegexOptions.CultureInvariant);

    public static IEnumerable<object[]> Codes() => DiagnosticCodes.All.Select(d => new object[] { d.Code });

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCodeIsDocumentedWithItsSeverityAndTitle(string code)
    {
        DiagnosticDescriptor descriptor = DiagnosticCodes.All.Single(d => d.Code == code);
        Dictionary<string, string[]> rows = CodeRows();
        if (code.StartsWith("SE0", StringComparison.Ordinal))
        {
            string[]? generatorRow = CodeRowList(GeneratorCodeCell).FirstOrDefault(c => c[0] == code);
            Assert.True(generatorRow is not null, $"docs/diagnostics.md has no generator table row for {code}.");
            Assert.Equal(descriptor.Severity.ToString(), generatorRow![1]);
            Assert.Equal(descriptor.Title, generatorRow[2]);
            return;
        }

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
        // A retired code keeps its row (so that an old log line can still be looked up), marked as such.
        List<string> documented = CodeRowList().Where(cells => !cells.Any(c => c.Contains("Retired: now SE", StringComparison.Ordinal))).Select(cells => cells[0]).ToList();

        Assert.Equal(DiagnosticCodes.All.Select(d => d.Code).Where(c => c.StartsWith("SE1", StringComparison.Ordinal)).ToList(), documented);
    }

    [Fact]
    public void DiagnosticCodesAreUniqueAndOrdered()
    {
        List<string> codes = DiagnosticCodes.All.Select(d => d.Code).ToList();

        Assert.Equal(codes.Distinct(StringComparer.Ordinal).Count(), codes.Count);
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal), codes);
        Assert.All(codes, c => Assert.Matches(@"^SE[01]\d{3}$", c));
    }

    private static Dictionary<string, string[]> CodeRows() =>
        CodeRowList().GroupBy(cells => cells[0]).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static List<string[]> CodeRowList() => CodeRowList(null);

    // The rows whose first cell is a code (or, with a pattern, matches it; its first group is the code).
    private static List<string[]> CodeRowList(Regex? pattern)
    {
        string path = Path.Combine(Samples.Root, "docs", "diagnostics.md");
        Assert.True(File.Exists(path), path + " is missing.");
        return File.ReadAllLines(path)
            .Where(line => line.StartsWith("|", StringComparison.Ordinal))
            .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => pattern is null ? CodeCell.IsMatch(cells[0]) : pattern.IsMatch(cells[0]))
            .Select(cells => pattern is null ? cells : new[] { pattern.Match(cells[0]).Groups[1].Value }.Concat(cells.Skip(1)).ToArray())
            .ToList();
    }
}
