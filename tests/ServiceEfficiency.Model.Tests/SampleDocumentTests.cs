using System.Globalization;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Tests;

/// <summary>The transcriptions in samples/ against the seed documents in shared/seeds/.</summary>
public class SampleDocumentTests
{
    // Rows per dimension (or per 執行策略 for 114), counted by hand in the seed text: one row is one
    // deepest strategy cell of a table — a sub-strategy (1)(2)… where the strategy has them, else the
    // strategy itself; the page headers that repeat 「執行策略 主辦單位 …」 mid-table are not rows.
    //
    // hualien-112-results.txt — 構面一: (一)1,2,3 = 3; (二)1.(1)–(6) = 6, 2.(1)–(8) = 8, 3.(1)(2) = 2,
    //   4.(1)–(3) = 3 → 22. 構面二: (一)1, 2.(1)–(3), 3, 4.(1)–(5) = 10; (二)1–3 = 3; (三)1–2 = 2 → 15.
    //   構面三: (一), (二) → 2. 構面四: (一)1.(1)(2), 2; (二)(1)–(3) → 6. 構面五: (一), (二) → 2.
    // tainan-111-plan.txt — as Hualien, except that 構面一 (二)1.提升服務設施合宜度 is one row whose
    //   results answer (1)–(6) together: 3 + 1 + 8 + 2 + 3 = 17; then 15, 2, 6, 2.
    // bsmi-114-plan.txt — sub-strategies (一)… per 執行策略: 4, 2, 3, 3, 3.
    [Theory]
    [InlineData("hualien-112-results", "service-award-overall", new[] { 22, 15, 2, 6, 2 })]
    [InlineData("tainan-111-plan", "service-award-overall", new[] { 17, 15, 2, 6, 2 })]
    [InlineData("bsmi-114-plan", "service-upgrade-program", new[] { 4, 2, 3, 3, 3 })]
    public void Every_row_of_every_table_is_there(string document, string edition, int[] rowsPerDimension)
    {
        ServiceDocument doc = Samples.LoadDocument(document).Value!;
        CriteriaEdition criteria = Samples.LoadEdition(edition);
        var counts = criteria.Nodes.Select(top => doc.Entries().Count(e => criteria.Resolve(e.Criterion)?.Root == top)).ToArray();
        Assert.Equal(rowsPerDimension, counts);
        Assert.Equal(rowsPerDimension.Length, doc.Tables.Count);
    }

    [Fact]
    public void The_overall_edition_has_the_seed_tree()
    {
        CriteriaEdition edition = Samples.Overall;
        Assert.Equal(new[] { "基礎服務", "服務遞送", "服務量能", "服務評價", "開放創新" }, edition.Nodes.Select(n => n.Title));
        Assert.Equal(new[] { "構面", "評核項目", "執行策略", "細項" }, edition.Levels.Select(l => l.Name));
        Criterion signage = edition.FindByKeyPath("BasicService.Friendliness.FacilitySuitability.Signage")!;
        Assert.Equal("1.(二).1.(2)", signage.Code);
        Assert.Equal("(2)", signage.Label);
        Assert.Same(signage, edition.FindByCode("1.（二）.1.（2）"));
        Assert.Equal("構面二", edition.Nodes[1].Label);
        Assert.Equal("構面二：服務遞送", edition.Nodes[1].Heading);
        Assert.Equal("2.提升服務及時性", edition.FindByCode("1.(一).2")!.Heading);
        Assert.Equal(47, edition.AllNodes().Count(n => n.IsLeaf));
    }

    [Fact]
    public void The_upgrade_edition_has_the_five_strategies()
    {
        CriteriaEdition edition = Samples.Upgrade;
        Assert.Equal(5, edition.Nodes.Count);
        Assert.Equal(new[] { "一、", "二、", "三、", "四、", "五、" }, edition.Nodes.Select(n => n.Label));
        Assert.Equal("三.(二)", edition.Nodes[2].Children[1].Code);
        Assert.Null(edition.TotalPoints);
        Assert.Equal(new[] { 114 }, edition.Years);
    }

    [Fact]
    public void Every_entry_of_every_sample_resolves_to_a_criterion()
    {
        foreach ((string document, CriteriaEdition edition) in new[]
                 {
                     ("hualien-112-results", Samples.Overall), ("tainan-111-plan", Samples.Overall), ("bsmi-114-plan", Samples.Upgrade),
                 })
        {
            foreach (StrategyEntry entry in Samples.LoadDocument(document).Value!.Entries())
            {
                Assert.True(edition.Resolve(entry.Criterion) is not null, $"{document}: {entry.Criterion}");
            }
        }
    }

    // Every figure must be printed in its row: as written (2055), with thousands separators (2,550),
    // or in 萬 (231萬3,124 元; 5萬人) — a transcription error in a figure fails here.
    [Theory]
    [InlineData("hualien-112-results")]
    [InlineData("tainan-111-plan")]
    [InlineData("bsmi-114-plan")]
    public void Every_figure_is_printed_in_its_row(string document)
    {
        foreach (StrategyEntry entry in Samples.LoadDocument(document).Value!.Entries())
        {
            string text = string.Concat(entry.Results.Concat(entry.Actions).Concat(entry.Method).SelectMany(b => b.AllTexts())).Replace(" ", string.Empty);
            foreach (Figure figure in entry.Figures)
            {
                Assert.True(Printed(figure.Value).Any(text.Contains), $"{document} {entry.Criterion}: {figure} is not in 「{text}」");
            }
        }
    }

    [Fact]
    public void Units_and_abbreviations_are_as_listed_in_the_plan()
    {
        Agency tainan = Samples.LoadDocument("tainan-111-plan").Value!.Agency;
        Assert.Equal("嘉義辦事處", tainan.Units.Single(u => u.Abbreviation == "嘉辦").Name);
        Assert.Equal("斗六辦事處", tainan.Units.Single(u => u.Abbreviation == "斗辦").Name);
        Assert.DoesNotContain(tainan.Units, u => u.Name == "資訊室");
    }

    private static IEnumerable<string> Printed(decimal value)
    {
        yield return value.ToString(CultureInfo.InvariantCulture);
        yield return value.ToString("#,0", CultureInfo.InvariantCulture);
        if (value >= 10000)
        {
            decimal wan = decimal.Truncate(value / 10000);
            yield return wan.ToString(CultureInfo.InvariantCulture) + "萬";
        }
    }
}
