using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// OutputLimit bounds the document's own output: text written by nested includes counts once,
/// not once per include level. A 25,000-row flat ODT renders with the defaults; callers can
/// raise the limit (and the default memory limit follows it).
/// </summary>
[Collection(nameof(MemoryLimitTests))] // big renders: alone, so that the heap they share is theirs
public sealed class OutputLimitTests : IDisposable
{
    private readonly TemplateSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void TextFromNestedIncludesCountsOnce()
    {
        var source = new MemoryTemplates(
            ("html/document.sbn", "{{ include 'html/a.sbn' }}"),
            ("html/a.sbn", "{{ include 'html/b.sbn' }}"),
            ("html/b.sbn", "{{ for i in 1..900 }}0123456789{{ end }}"));

        string html = _sandbox.Renders(string.Empty, new RenderOptions { TemplateSource = source, OutputLimit = 10_000 });

        Assert.Equal(9_000, html.Length);
    }

    [Fact]
    public void TextFromIncludesStillCountsTowardsTheLimit()
    {
        var source = new MemoryTemplates(
            ("html/document.sbn", "{{ include 'html/a.sbn' }}{{ include 'html/a.sbn' }}"),
            ("html/a.sbn", "{{ for i in 1..600 }}0123456789{{ end }}"));

        Diagnostic error = _sandbox.Fails(string.Empty, new RenderOptions { TemplateSource = source, OutputLimit = 10_000 });

        Assert.Equal("SE2005", error.Code);
        Assert.Contains("10000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A25000RowFlatOdtRendersWithTheDefaultLimits()
    {
        (ServiceDocument document, CriteriaEdition edition) = Rows(25_000);

        byte[] fodt = new DocumentRenderer().RenderToBytes(document, edition, DocumentFormat.FlatOdt);

        Assert.True(fodt.Length > 16 * 1024 * 1024);
    }

    [Fact]
    public void CallersCanRaiseTheOutputLimit()
    {
        (ServiceDocument document, CriteriaEdition edition) = Rows(2_000);

        var low = Assert.Throws<TemplateRenderException>(() => new DocumentRenderer(new RenderOptions { OutputLimit = 1024 * 1024 }).RenderToBytes(document, edition, DocumentFormat.FlatOdt));
        byte[] fodt = new DocumentRenderer(new RenderOptions { OutputLimit = 4 * 1024 * 1024 }).RenderToBytes(document, edition, DocumentFormat.FlatOdt);

        Assert.Equal("SE2005", low.Diagnostics[0].Code);
        Assert.True(fodt.Length > 1024 * 1024);
    }

    /// <summary>The Hualien results with its first table repeated to <paramref name="count"/> rows.</summary>
    private static (ServiceDocument Document, CriteriaEdition Edition) Rows(int count)
    {
        (ServiceDocument sample, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        StrategyTable first = sample.Tables[0];
        var entries = Enumerable.Range(0, count).Select(i => first.Entries[i % first.Entries.Count]).ToList();
        var table = new StrategyTable(first.Title, first.Criterion, first.Columns, entries);
        return (new ResultsReport(sample.EditionId, sample.Year, sample.Title, sample.Agency, sample.Issued, new[] { table }), edition);
    }
}
