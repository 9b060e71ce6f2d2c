using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Conformance.Tests;

/// <summary>The expectations the acceptance tests will hold the rendered PDFs to, checked against the samples themselves.</summary>
public sealed class SourceTextsTests
{
    /// <summary>All three samples load, each with its edition, and each has titles, units and (where the data has them) figures.</summary>
    [Fact]
    public void Every_sample_has_expectations()
    {
        var samples = SourceTexts.Samples();
        Assert.Equal(new[] { "bsmi-114-plan", "hualien-112-results", "tainan-111-plan" }, samples.Select(s => s.Name));
        foreach (SampleDocument sample in samples)
        {
            SourceTexts texts = SourceTexts.Of(sample.Document, sample.Edition);
            Assert.NotEmpty(texts.StrategyTitles);
            Assert.NotEmpty(texts.LeadUnits);
            Assert.Equal(sample.Document.Entries().Any(e => e.Figures.Count > 0), texts.Figures.Count > 0);
        }
    }

    /// <summary>Known values of the 臺南分局 111 plan: a strategy cell, an abbreviation as printed, a figure with separators.</summary>
    [Fact]
    public void Tainan_plan_expectations_are_as_printed()
    {
        SampleDocument tainan = SourceTexts.Samples().Single(s => s.Name == "tainan-111-plan");
        SourceTexts texts = SourceTexts.Of(tainan.Document, tainan.Edition);

        Assert.Contains(texts.StrategyTitles, t => t.StartsWith("1.訂定申辦業務標準作業流程：", System.StringComparison.Ordinal));
        Assert.Contains("嘉辦", texts.LeadUnits);
        Assert.Contains("2,550 件", texts.Figures);
        Assert.Contains("2,313,124 元", texts.Figures);
    }

    /// <summary>
    /// The strategy cell as printed is the strategy title; the edition's criterion titles are required only on request,
    /// and then include wording the 臺南分局 plan does not print.
    /// </summary>
    [Fact]
    public void Criterion_titles_only_on_request()
    {
        SampleDocument tainan = SourceTexts.Samples().Single(s => s.Name == "tainan-111-plan");
        SourceTexts printed = SourceTexts.Of(tainan.Document, tainan.Edition);
        SourceTexts strict = SourceTexts.Of(tainan.Document, tainan.Edition, criterionTitles: true);

        const string editionWording = "注重電話禮貌，不定期進行禮貌測試，每4個月至少測試1次。";
        Assert.DoesNotContain(editionWording, printed.StrategyTitles);
        Assert.Contains(editionWording, strict.StrategyTitles);
        Assert.Contains(printed.StrategyTitles, t => t.Contains("每年測試2次", System.StringComparison.Ordinal));
        Assert.True(strict.StrategyTitles.Count > printed.StrategyTitles.Count);
    }

    /// <summary>Figures keep the unit and the invariant thousands separator; percentages have no space.</summary>
    [Fact]
    public void Figure_format()
    {
        Assert.Equal("49,633 件", SourceTexts.Format(new Figure(49633m, "件", "受理商品檢驗")));
        Assert.Equal("89%", SourceTexts.Format(new Figure(89m, "%", "滿意度")));
        Assert.Equal("97.5%", SourceTexts.Format(new Figure(97.5m, "%", "滿意度")));
    }
}
