using System.Linq;
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
