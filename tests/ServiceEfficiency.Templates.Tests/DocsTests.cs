using System.Text.RegularExpressions;
using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>docs/diagnostics.md lists every SE2xxx code with the severity and title the code has.</summary>
public sealed class DocsTests
{
    public static IEnumerable<object[]> Codes() => TemplateDiagnosticCodes.All.Select(d => new object[] { d.Code });

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryTemplateCodeIsDocumentedWithItsSeverityAndTitle(string code)
    {
        DiagnosticDescriptor descriptor = TemplateDiagnosticCodes.All.Single(d => d.Code == code);

        string[]? cells = Rows().FirstOrDefault(r => r[0] == code);

        Assert.True(cells is not null, $"docs/diagnostics.md has no row for {code} in the SE2xxx table.");
        Assert.True(cells!.Length >= 6, $"The row of {code} needs Code | Severity | Title | When | Example | How to fix.");
        Assert.Equal(descriptor.Severity.ToString(), cells[1]);
        Assert.Equal(descriptor.Title, cells[2]);
        Assert.Contains($": {descriptor.Severity.ToString().ToLowerInvariant()} {code}: ", cells[4]);
        Assert.EndsWith(" [$]`", cells[4]);
    }

    [Fact]
    public void TheTableListsOnlyKnownCodesInCodeOrderEachOnce()
    {
        Assert.Equal(TemplateDiagnosticCodes.All.Select(d => d.Code), Rows().Select(r => r[0]));
    }

    [Fact]
    public void TemplateCodesAreUniqueOrderedAndInTheirRange()
    {
        List<string> codes = TemplateDiagnosticCodes.All.Select(d => d.Code).ToList();

        Assert.Equal(codes.Distinct(StringComparer.Ordinal).Count(), codes.Count);
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal), codes);
        Assert.All(codes, c => Assert.Matches(@"^SE2\d{3}$", c));
        Assert.DoesNotContain(DiagnosticCodes.All, d => codes.Contains(d.Code));
    }

    /// <summary>Rows of the SE2xxx table: the code cell is `SE2nnn` in backticks; cells split at unescaped pipes.</summary>
    private static List<string[]> Rows()
    {
        string path = Path.Combine(Samples.Root, "docs", "diagnostics.md");
        return File.ReadAllLines(path)
            .Where(line => line.StartsWith("| `SE2", StringComparison.Ordinal))
            .Select(line => Regex.Split(line.Trim().Trim('|'), @"(?<!\\)\|").Select(cell => cell.Trim()).ToArray())
            .Select(cells => new[] { cells[0].Trim('`') }.Concat(cells.Skip(1)).ToArray())
            .ToList();
    }
}
