using System.Text;
using ServiceEfficiency.Benchmarks.Inputs;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Benchmarks.Tests;

/// <summary>The synthetic inputs are what the benchmarks say they are, and the same every time.</summary>
public sealed class InputTests
{
    [Theory]
    [InlineData(1_000, false)]
    [InlineData(4_000, true)]
    [InlineData(16_000, false)]
    [InlineData(16_000, true)]
    public void ScaledDocumentsHaveTheirRowsLoadWithinTheDefaultLimitAndMinifiedIsOneLine(int rows, bool indented)
    {
        byte[] utf8 = Scaled.Document(rows, indented);
        LoadResult<ServiceDocument> loaded = DocumentLoader.Load(utf8, "scaled.json");

        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(rows, Scaled.Rows(utf8));
        Assert.Equal(rows, loaded.Value!.Tables.Sum(t => t.Entries.Count));
        Assert.Equal(indented, System.Array.IndexOf(utf8, (byte)'\n') >= 0);
        Assert.Equal(utf8, Scaled.Document(rows, indented));
    }

    [Fact]
    public void SyntheticEditionHasTenThousandNodesAndLoadsWithoutErrors()
    {
        LoadResult<CriteriaEdition> loaded = CriteriaEditionLoader.Parse(Synthetic.Edition(10_000), "synthetic.criteria.json");

        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(10_000, Count(loaded.Value!.Nodes));
        Assert.Equal(Synthetic.Edition(10_000), Synthetic.Edition(10_000));
    }

    [Fact]
    public void HeadquartersReportHasEightyEntriesInFiveDimensions()
    {
        LoadResult<ServiceDocument> loaded = DocumentLoader.Parse(Corpus.DocumentText(Corpus.HeadquartersResults), "hq.json");

        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        ServiceDocument document = loaded.Value!;
        Assert.Equal(DocumentKind.Results, document.Kind);
        Assert.Equal(5, document.Tables.Count);
        Assert.Equal(80, document.Tables.Sum(t => t.Entries.Count));
    }

    [Fact]
    public void LargeReportIsAboutOneMegabyteAndLoads()
    {
        string text = Corpus.DocumentText(Corpus.LargeResults);
        int bytes = Encoding.UTF8.GetByteCount(text);

        Assert.InRange(bytes, 950_000, 1_150_000);
        Assert.DoesNotContain(DocumentLoader.Parse(text, "large.json").Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        CriteriaEdition edition = Corpus.Edition("service-award-overall");
        Assert.Equal(text, Synthetic.LargeResults(edition));
    }

    private static int Count(System.Collections.Generic.IReadOnlyList<Criterion> nodes) => nodes.Sum(n => 1 + Count(n.Children));
}
