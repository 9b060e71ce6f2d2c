using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Migration;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Text;
using ServiceEfficiency.Validation;

namespace ServiceEfficiency.Tests;

/// <summary>
/// U+FFFE and U+FFFF are valid in JSON strings but refused by Unicode normalization, which the
/// wording comparison uses; lone surrogates can reach it from documents built in code. None of
/// them may crash loading, validating or migrating, and the value keeps them.
/// </summary>
public sealed class NoncharacterTests
{
    public static TheoryData<string> Oddities => new() { "\uFFFE", "\uFFFF", "\\uFFFE", "\\uFFFF", "\uFDD0" };

    [Theory]
    [InlineData("服務\uFFFE品質", "服務\uFFFE品質")]
    [InlineData("ＭｙＥＧｏｖ\uFFFF１１２", "MyEGov\uFFFF112")]
    [InlineData("\uD800１", "\uD8001")]
    [InlineData("１\uDC00", "1\uDC00")]
    [InlineData("\uDBFF\uDFFE２", "\uDBFF\uDFFE2")]
    [InlineData("\uD83D\uDE00１", "\uD83D\uDE001")]
    public void Compatibility_folding_keeps_refused_code_points_and_folds_the_rest(string text, string expected)
    {
        Assert.Equal(expected, TextSimilarity.FoldCompatibility(text));
    }

    [Fact]
    public void The_comparison_key_of_a_text_with_a_lone_surrogate_drops_only_what_is_not_a_letter_or_digit()
    {
        Assert.Equal("提升服務112", TextSimilarity.ComparisonKey("提升\uD800服務\uFFFF１１２"));
    }

    [Theory]
    [MemberData(nameof(Oddities))]
    public void A_document_with_a_noncharacter_in_its_title_and_a_strategy_loads_validates_and_migrates(string oddity)
    {
        string text = File.ReadAllText(Samples.Data("tainan-111-plan"));
        int at = text.IndexOf("\"strategy\": \"", System.StringComparison.Ordinal) + "\"strategy\": \"".Length;
        text = text.Insert(at, "提升" + oddity);
        int title = text.IndexOf("\"title\": \"", System.StringComparison.Ordinal) + "\"title\": \"".Length;
        text = text.Insert(title, oddity);

        LoadResult<ServiceDocument> loaded = DocumentLoader.Parse(text, "odd.json");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        string unescaped = oddity.StartsWith("\\u", System.StringComparison.Ordinal) ? ((char)System.Convert.ToInt32(oddity.Substring(2), 16)).ToString() : oddity;
        Assert.StartsWith(unescaped, loaded.Value!.Title, System.StringComparison.Ordinal);
        Assert.Contains(loaded.Value.Tables.SelectMany(t => t.Entries), e => e.Strategy is not null && e.Strategy.Contains(unescaped));

        var findings = ComplianceValidator.Validate(loaded, Samples.Overall);
        Assert.Contains(findings, d => d.Code == DiagnosticCodes.NonstandardTitle.Code); // the title changed, and is still compared

        var mappings = DocumentMigration.Map(loaded.Value, CriteriaComparison.Compare(Samples.Overall, Samples.Upgrade));
        Assert.NotEmpty(mappings);
    }

    [Theory]
    [MemberData(nameof(Oddities))]
    public void An_edition_with_a_noncharacter_in_a_title_loads_and_compares(string oddity)
    {
        string text = File.ReadAllText(Samples.Criteria("service-award-overall"));
        text = text.Replace("\"title\": \"基礎服務\"", "\"title\": \"基礎" + oddity + "服務\"");
        LoadResult<CriteriaEdition> loaded = CriteriaEditionLoader.Parse(text, "odd.criteria.json");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));

        CriteriaComparison comparison = CriteriaComparison.Compare(Samples.Overall, loaded.Value!);
        Assert.NotNull(comparison);
        Assert.Contains(loaded.Value!.AllNodes(), n => n.Title.StartsWith("基礎", System.StringComparison.Ordinal) && n.Title.Length == 5);
    }

    [Fact]
    public void A_document_built_in_code_with_lone_surrogates_validates()
    {
        ServiceDocument tainan = Samples.LoadDocument("tainan-111-plan").Value!;
        var plan = (ImplementationPlan)tainan;
        StrategyTable table = plan.Tables[0];
        StrategyEntry first = table.Entries[0];
        var odd = new StrategyEntry(first.Criterion, "\uD800" + first.Strategy + "\uDC00", first.LeadUnits, first.Method, first.Actions, first.Results, first.Figures);
        var document = new ImplementationPlan(plan.EditionId, plan.Year, plan.Title + "\uDFFF", plan.Agency, plan.Issued, plan.Sections,
            new[] { new StrategyTable(table.Title, table.Criterion, table.Columns, new[] { odd }.Concat(table.Entries.Skip(1)).ToList()) }.Concat(plan.Tables.Skip(1)).ToList());

        var findings = ComplianceValidator.Validate(document, Samples.Overall);
        Assert.Contains(findings, d => d.Code == DiagnosticCodes.NonstandardTitle.Code);
    }
}
