using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Validation;

namespace ServiceEfficiency.Tests;

/// <summary>
/// The compliance validator on the three real samples, and on broken variants of them made by
/// editing the sample's JSON: each variant must add its diagnostic exactly at the edited value,
/// located at the line and column where that value starts.
/// </summary>
public sealed class ValidationTests
{
    private const string Hualien = "hualien-112-results";
    private const string Tainan = "tainan-111-plan";
    private const string Bsmi = "bsmi-114-plan";

    private const string ReduceDocumentsWording =
        "減除申辦案件需檢附之書表謄本：運用跨機關（單位）電子查驗，取代要求民眾檢附各類紙本書表、證件、謄本之佐證資料。";

    private static readonly JsonSerializerOptions Indented = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Lazy<CriteriaEdition> OverallEdition = new(() => Samples.Overall);
    private static readonly Lazy<CriteriaEdition> UpgradeEdition = new(() => Samples.Upgrade);

    private static CriteriaEdition Overall => OverallEdition.Value;

    private static CriteriaEdition Upgrade => UpgradeEdition.Value;

    public static IEnumerable<object[]> SamplesAgainstEditions() =>
        from document in new[] { Hualien, Tainan, Bsmi }
        from edition in new[] { "service-award-overall", "service-upgrade-program" }
        select new object[] { document, edition };

    // ---- 1. The real documents that should pass --------------------------------------------

    [Fact]
    public void HualienResultsHaveNoErrorsAgainstTheOverallEdition()
    {
        Checked hualien = Real(Hualien);

        Assert.Equal("service-award-overall", hualien.Document.EditionId);
        Assert.True(!hualien.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), "Errors:\n" + Dump(hualien.Diagnostics));
    }

    [Fact]
    public void BsmiPlanHasNoErrorsAgainstTheUpgradeProgram()
    {
        Checked bsmi = Real(Bsmi);

        Assert.Equal("service-upgrade-program", bsmi.Document.EditionId);
        Assert.True(!bsmi.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), "Errors:\n" + Dump(bsmi.Diagnostics));
    }

    [Fact]
    public void RealEditionsLoadWithoutAnyDiagnostic()
    {
        foreach (string name in new[] { "service-award-overall", "service-upgrade-program" })
        {
            LoadResult<CriteriaEdition> loaded = CriteriaEditionLoader.LoadFile(Samples.Criteria(name));
            Assert.True(loaded.Value is not null && loaded.Diagnostics.Count == 0, name + ":\n" + Dump(loaded.Diagnostics));
        }
    }

    // ---- 2. The real slips in the samples --------------------------------------------------

    [Fact]
    public void HualienMissingCharacterInTheReduceDocumentsStrategyIsAMisspelling()
    {
        Checked hualien = Real(Hualien);

        List<Diagnostic> misspelt = Only(hualien, DiagnosticCodes.StrategyWordingMisspelt);
        Diagnostic hit = Assert.Single(misspelt);
        AssertLocated(hualien, hit, DiagnosticCodes.StrategyWordingMisspelt, "$.tables[1].entries[4].strategy", "\"3.減除申辦案件需檢附之書表謄本：用跨機關");
        Assert.NotNull(hit.Suggestion);
        Assert.Contains("運用跨機關", hit.Suggestion);
        Assert.Equal(ReduceDocumentsWording, hit.Suggestion);
        Assert.Contains("2.(一).3", hit.Message);
    }

    [Fact]
    public void TainanInformationOfficeIsAnUnknownUnitMeaningTheInformationGroup()
    {
        Checked tainan = Real(Tainan);
        string[] expected =
        {
            "$.tables[1].entries[5].leadUnits[1]",
            "$.tables[1].entries[6].leadUnits[1]",
            "$.tables[1].entries[7].leadUnits[3]",
            "$.tables[1].entries[8].leadUnits[0]",
            "$.tables[1].entries[9].leadUnits[0]",
        };

        List<Diagnostic> unknown = Only(tainan, DiagnosticCodes.UnknownLeadUnit);
        Assert.Equal(expected, unknown.Select(d => d.Location.JsonPath).ToArray());
        foreach (Diagnostic hit in unknown)
        {
            AssertLocated(tainan, hit, DiagnosticCodes.UnknownLeadUnit, hit.Location.JsonPath, "\"資訊室\"");
            Assert.Equal("資訊小組", hit.Suggestion);
            Assert.Contains("「資訊室」", hit.Message);
            Assert.Contains("2.(一).4.(", hit.Message);
        }
    }

    [Fact]
    public void TainanRepeatedRomanFiveIsANumberingSlip()
    {
        Checked tainan = Real(Tainan);

        Diagnostic hit = Assert.Single(Only(tainan, DiagnosticCodes.NumberingOutOfSequence));
        AssertLocated(tainan, hit, DiagnosticCodes.NumberingOutOfSequence, "$.tables[1].entries[2].results[0].points[5]", "{");
        Assert.Equal("vi.", hit.Suggestion);
        Assert.Contains("repeats", hit.Message);
    }

    [Fact]
    public void TainanTitleLacksTheWordExecution()
    {
        Checked tainan = Real(Tainan);

        Diagnostic hit = Assert.Single(Only(tainan, DiagnosticCodes.NonstandardTitle));
        AssertLocated(tainan, hit, DiagnosticCodes.NonstandardTitle, "$.title", "\"經濟部標準檢驗局臺南分局111年度提升服務效能計畫\"");
        Assert.Equal("經濟部標準檢驗局臺南分局111年度提升服務效能執行計畫", hit.Suggestion);
    }

    [Fact]
    public void TainanDimensionFourNamesNoLeadUnitsAndThoseAreItsOnlyErrors()
    {
        Checked tainan = Real(Tainan);

        List<Diagnostic> missing = Only(tainan, DiagnosticCodes.MissingLeadUnit);
        Assert.Equal(Enumerable.Range(0, 6).Select(e => $"$.tables[3].entries[{e}]").ToArray(), missing.Select(d => d.Location.JsonPath).ToArray());
        foreach (Diagnostic hit in missing)
        {
            AssertLocated(tainan, hit, DiagnosticCodes.MissingLeadUnit, hit.Location.JsonPath, "{");
            Assert.Contains("4.(", hit.Message);
        }

        List<Diagnostic> errors = tainan.Diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.All(d => d.Code == DiagnosticCodes.MissingLeadUnit.Code), "Unexpected errors:\n" + Dump(errors));
    }

    [Fact]
    public void DiagnosticPrintsInCompilerStyleWithCharacterColumns()
    {
        Checked tainan = Real(Tainan);
        Diagnostic hit = Only(tainan, DiagnosticCodes.UnknownLeadUnit)[0];

        string text = hit.ToString();

        string file = Samples.Data(Tainan);
        Assert.StartsWith($"{file}({hit.Location.Line},{hit.Location.Column}): warning SE1015: Lead unit 「資訊室」 ", text);
        Assert.EndsWith("did you mean 「資訊小組」? [$.tables[1].entries[5].leadUnits[1]]", text);
    }

    [Fact]
    public void ColumnsCountCharactersNotUtf8Bytes()
    {
        // One line of JSON: the unit is preceded by thousands of Chinese characters (three UTF-8 bytes each).
        Checked variant = Variant(Tainan, root =>
        {
            for (int e = 6; e <= 9; e++)
            {
                JsonArray units = Entry(root, 1, e)["leadUnits"]!.AsArray();
                int at = units.Select(u => u!.GetValue<string>()).ToList().IndexOf("資訊室");
                units[at] = "資訊小組";
            }
        }, compact: true);

        Diagnostic hit = Assert.Single(Only(variant, DiagnosticCodes.UnknownLeadUnit));
        Assert.Equal("$.tables[1].entries[5].leadUnits[1]", hit.Location.JsonPath);
        Assert.Equal(1, hit.Location.Line);
        Assert.Equal(variant.Text.IndexOf("\"資訊室\"", StringComparison.Ordinal) + 1, hit.Location.Column);
    }

    // ---- 3. Every validator diagnostic on a real sample and a broken variant ----------------

    [Fact]
    public void SE1010_UnknownKeyPathWithoutAnyCloseKey()
    {
        Checked real = Real(Hualien);
        Checked variant = Variant(Hualien, root => Entry(root, 0, 0)["criterion"] = "BasicService.Nope");

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.UnknownCriterion, "$.tables[0].entries[0].criterion", "\"BasicService.Nope\"");
        Assert.Null(hit.Suggestion); // nothing is within a quarter of the reference's length
        Assert.Contains("'BasicService.Nope'", hit.Message);
    }

    [Fact]
    public void SE1010_MisspeltKeyPathSuggestsTheKeyPath()
    {
        Checked real = Real(Hualien);
        Checked variant = Variant(Hualien, root => Entry(root, 0, 0)["criterion"] = "BasicService.ConsistencyAndAcuracy.StandardProcedures");

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.UnknownCriterion, "$.tables[0].entries[0].criterion", "\"BasicService.ConsistencyAndAcuracy.StandardProcedures\"");
        Assert.Equal("BasicService.ConsistencyAndAccuracy.StandardProcedures", hit.Suggestion);
        Assert.Contains("did you mean 'BasicService.ConsistencyAndAccuracy.StandardProcedures'", hit.Message);
    }

    [Fact]
    public void SE1010_UnknownCodeOfATable()
    {
        Checked real = Real(Tainan);
        Checked variant = Variant(Tainan, root => root["tables"]![4]!["criterion"] = "9");

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.UnknownCriterion, "$.tables[4].criterion", "\"9\"");
        Assert.Contains("構面五", hit.Message);
    }

    [Fact]
    public void SE1011_DocumentOfAnotherEdition()
    {
        Checked real = Real(Hualien);
        Checked variant = Variant(Hualien, root => root["edition"] = "other", Overall);

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.EditionMismatch, "$.edition", "\"other\"");
        Assert.Contains("'other'", hit.Message);
        Assert.Contains("'service-award-overall'", hit.Message);
    }

    [Fact]
    public void SE1012_YearOutsideTheEdition()
    {
        Checked real = Real(Tainan);
        Checked variant = Variant(Tainan, root => root["year"] = 113);

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.YearOutsideEdition, "$.year", "113");
        Assert.Contains("113年", hit.Message);
        Assert.Contains("111年、112年", hit.Message);
    }

    [Fact]
    public void SE1013_PlanWithoutRewardsSection()
    {
        Checked real = Real(Tainan);
        Checked variant = Variant(Tainan, root => root["sections"]!.AsObject().Remove("rewards"));

        // The section is absent: the location is that of the enclosing 'sections' object.
        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.MissingPlanSection, "$.sections.rewards", "{");
        Assert.Contains("'rewards'", hit.Message);
        Assert.Single(Only(variant, DiagnosticCodes.MissingPlanSection));
    }

    [Fact]
    public void SE1013_UpgradePlanWithoutBasis()
    {
        Checked real = Real(Bsmi);
        Checked variant = Variant(Bsmi, root => root["sections"]!.AsObject().Remove("basis"));

        AssertIntroduced(real, variant, DiagnosticCodes.MissingPlanSection, "$.sections.basis", "{");
    }

    [Fact]
    public void SE1014_EntryWithoutLeadUnits()
    {
        Checked real = Real(Hualien);
        var edits = new Action<JsonObject>[]
        {
            entry => entry["leadUnits"] = new JsonArray(),
            entry => entry["leadUnits"] = new JsonArray(" ", "　"),
            entry => entry.Remove("leadUnits"),
        };

        foreach (Action<JsonObject> edit in edits)
        {
            Checked variant = Variant(Hualien, root => edit(Entry(root, 0, 3)));

            Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.MissingLeadUnit, "$.tables[0].entries[3]", "{");
            Assert.Contains("1.(二).1.(1)", hit.Message);
            Assert.DoesNotContain(variant.Diagnostics, d => d.Code == DiagnosticCodes.UnknownLeadUnit.Code);
        }
    }

    [Fact]
    public void SE1015_UnknownUnitSuggestsTheClosestUnit()
    {
        Checked real = Real(Hualien);
        Checked variant = Variant(Hualien, root => Entry(root, 0, 3)["leadUnits"]![0] = "秘書處");

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.UnknownLeadUnit, "$.tables[0].entries[3].leadUnits[0]", "\"秘書處\"");
        Assert.Equal("秘書室", hit.Suggestion);
    }

    [Fact]
    public void SE1015_UnknownUnitWithARemark()
    {
        Checked real = Real(Tainan);
        Checked variant = Variant(Tainan, root => Entry(root, 0, 3)["leadUnits"]![3] = "秘書處(事務)");

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.UnknownLeadUnit, "$.tables[0].entries[3].leadUnits[3]", "\"秘書處(事務)\"");
        Assert.Equal("秘書室", hit.Suggestion);
    }

    [Fact]
    public void SE1016_StrategyWithoutEntries()
    {
        Checked real = Real(Hualien);
        Checked variant = Variant(Hualien, root => Entries(root, 0).RemoveAt(1));

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.CriterionNotAddressed, "$.tables[0]", "{");
        Assert.Contains("1.(一).2 「提升服務及時性」", hit.Message);
        Assert.Contains("BasicService.ConsistencyAndAccuracy.TimelyService", hit.Message);
        Assert.Single(Only(variant, DiagnosticCodes.CriterionNotAddressed));
    }

    [Fact]
    public void SE1016_UpgradeSubStrategyWithoutEntries()
    {
        Checked real = Real(Bsmi);
        Checked variant = Variant(Bsmi, root => Entries(root, 4).RemoveAt(1));

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.CriterionNotAddressed, "$.tables[4]", "{");
        Assert.Contains("五.(二) 「導入資通訊技術，改善工作流程。」", hit.Message);
    }

    [Fact]
    public void SE1016_DimensionWithoutTable()
    {
        Checked real = Real(Hualien);
        Checked variant = Variant(Hualien, root => root["tables"]!.AsArray().RemoveAt(4));

        // No table covers 構面五 any more: the finding points at the tables array.
        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.CriterionNotAddressed, "$.tables", "[");
        Assert.Contains("5 「開放創新」", hit.Message);
    }

    [Fact]
    public void SE1017_ResultsWithoutFigures()
    {
        Checked real = Real(Hualien);
        Checked variant = Variant(Hualien, root => Entry(root, 0, 1).Remove("figures"));

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.ResultsWithoutFigures, "$.tables[0].entries[1].results", "[");
        Assert.Contains("1.(一).2", hit.Message);
    }

    [Fact]
    public void SE1017_is_not_reported_for_a_row_that_states_no_quantity()
    {
        // Entry 0 of table 0 has results and no figures: SE1017 as it is, silent once it says "none";
        // every other row's SE1017 stays as it was.
        Checked real = Real(Hualien);
        Checked none = Variant(Hualien, root => Entry(root, 0, 0)["figures"] = "none");

        List<Diagnostic> before = Only(real, DiagnosticCodes.ResultsWithoutFigures);
        List<Diagnostic> after = Only(none, DiagnosticCodes.ResultsWithoutFigures);
        Assert.Contains(before, d => d.Location.JsonPath == "$.tables[0].entries[0].results");
        Assert.DoesNotContain(after, d => d.Location.JsonPath == "$.tables[0].entries[0].results");
        Assert.Equal(
            before.Where(d => d.Location.JsonPath != "$.tables[0].entries[0].results").Select(d => d.Location.JsonPath),
            after.Select(d => d.Location.JsonPath));
        Assert.Equal(real.Diagnostics.Count - 1, none.Diagnostics.Count);
    }

    [Fact]
    public void SE1019_OneWrongCharacterInADescription()
    {
        Checked real = Real(Hualien);
        Checked variant = Variant(Hualien, root =>
        {
            JsonObject entry = Entry(root, 0, 1);
            entry["strategy"] = entry["strategy"]!.GetValue<string>().Replace("處理效率", "處理效律");
        });

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.StrategyWordingMisspelt, "$.tables[0].entries[1].strategy", "\"2.提升服務及時性：");
        Assert.Equal("提升服務及時性：提升民眾申辦案件的處理效率，確保於處理時限內完成。", hit.Suggestion);
        Assert.Contains("by 1 character(s)", hit.Message);
    }

    [Fact]
    public void SE1019_OneWrongCharacterInATitleOnlyStrategy()
    {
        Checked real = Real(Bsmi);
        Checked variant = Variant(Bsmi, root => Entry(root, 4, 1)["strategy"] = "(二)導入資通迅技術，改善工作流程。");

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.StrategyWordingMisspelt, "$.tables[4].entries[1].strategy", "\"(二)導入資通迅技術");
        Assert.Equal("導入資通訊技術，改善工作流程。", hit.Suggestion);
    }

    [Fact]
    public void SE1019_CorrectedOrRewordedWordingIsNotReported()
    {
        Checked fixedHualien = Variant(Hualien, root => Entry(root, 1, 4)["strategy"] = "3." + ReduceDocumentsWording);
        Assert.Empty(Only(fixedHualien, DiagnosticCodes.StrategyWordingMisspelt));

        // Tainan's own test frequency (每年測試2次 instead of 每4個月至少測試1次) is another wording, not a slip.
        Checked tainan = Real(Tainan);
        Assert.Contains("每年測試2", Entry(JsonNode.Parse(tainan.Text)!, 0, 13)["strategy"]!.GetValue<string>());
        Assert.Empty(Only(tainan, DiagnosticCodes.StrategyWordingMisspelt));
    }

    [Fact]
    public void SE1020_SkippedNumberInResults()
    {
        Checked real = Real(Hualien);
        Checked variant = Variant(Hualien, root => Entry(root, 4, 0)["results"]![2]!["label"] = "4.");

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.NumberingOutOfSequence, "$.tables[4].entries[0].results[2]", "{");
        Assert.Equal("3.", hit.Suggestion);
        Assert.Contains("skips to 「4.」 after 「2.」", hit.Message);
    }

    [Fact]
    public void SE1020_SkippedNumberInANestedSectionPoint()
    {
        Checked real = Real(Bsmi);
        Checked variant = Variant(Bsmi, root => root["sections"]!["assessment"]!["content"]![0]!["points"]![2]!["label"] = "（四）");

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.NumberingOutOfSequence, "$.sections.assessment.content[0].points[2]", "{");
        Assert.Equal("（三）", hit.Suggestion);
    }

    [Theory]
    [InlineData("(i)", "(ii)", "(ii)", "(iii)")]
    [InlineData("I.", "II.", "II.", "III.")]
    [InlineData("（一）", "（二）", "（四）", "（三）")]
    [InlineData("一、", "二、", "二、", "三、")]
    public void SE1020_SuggestionKeepsTheLabelStyle(string first, string second, string third, string expected)
    {
        Checked real = Real(Hualien);
        Checked variant = Variant(Hualien, root => Relabel(Entry(root, 4, 0)["results"]!, first, second, third));

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.NumberingOutOfSequence, "$.tables[4].entries[0].results[2]", "{");
        Assert.Equal(expected, hit.Suggestion);
        Assert.Contains($"「{third}」 after 「{second}」", hit.Message);
    }

    [Fact]
    public void SE1020_LabelBeyondChineseNumeralsDoesNotThrow()
    {
        // 九千九百九十九 is the largest Chinese numeral the library writes: there is no label to suggest after it.
        Checked variant = Variant(Hualien, root => Relabel(Entry(root, 4, 0)["results"]!, "九千九百九十九、", "一、", "二、"));

        Assert.Empty(Only(variant, DiagnosticCodes.NumberingOutOfSequence));
    }

    [Fact]
    public void SE1020_RenumberingTainanRomanSixClearsIt()
    {
        Checked variant = Variant(Tainan, root => Entry(root, 1, 2)["results"]![0]!["points"]![5]!["label"] = "vi.");

        Assert.Empty(Only(variant, DiagnosticCodes.NumberingOutOfSequence));
    }

    [Fact]
    public void SE1021_WrongTitle()
    {
        Checked real = Real(Hualien);
        Checked variant = Variant(Hualien, root => root["title"] = "經濟部標準檢驗局花蓮分局112年度提升服務效能執行成果");

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.NonstandardTitle, "$.title", "\"經濟部標準檢驗局花蓮分局112年度提升服務效能執行成果\"");
        Assert.Equal("經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果", hit.Suggestion);
    }

    [Fact]
    public void SE1021_SpacingInTheTitleIsNotReported()
    {
        Checked variant = Variant(Hualien, root => root["title"] = "經濟部標準檢驗局花蓮分局 112 年度提升服務效能執行績效與成果");

        Assert.Empty(Only(variant, DiagnosticCodes.NonstandardTitle));
    }

    [Fact]
    public void SE1022_EntryMovedIntoAnotherDimensionsTable()
    {
        Checked real = Real(Hualien);
        Checked variant = Variant(Hualien, root =>
        {
            JsonObject moved = Entry(root, 1, 0);
            Entries(root, 1).RemoveAt(0);
            Entries(root, 0).Add(moved);
        });

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.EntryOutsideTable, "$.tables[0].entries[22].criterion", "\"ServiceDelivery.Convenience.ReviewExistingMeasures\"");
        Assert.Contains("2.(一).1 「檢討既有服務措施」 is in the table of 1 「基礎服務」", hit.Message);
        Assert.Empty(Only(variant, DiagnosticCodes.CriterionNotAddressed));
    }

    [Fact]
    public void SE1022_EntryMovedIntoAnotherTableOfCodes()
    {
        Checked real = Real(Tainan);
        Checked variant = Variant(Tainan, root =>
        {
            JsonObject moved = Entry(root, 4, 1);
            Entries(root, 4).RemoveAt(1);
            Entries(root, 3).Add(moved);
        });

        AssertIntroduced(real, variant, DiagnosticCodes.EntryOutsideTable, "$.tables[3].entries[6].criterion", "\"5.(二).1\"");
    }

    [Theory]
    [InlineData("第六課至第一課")]
    [InlineData("第一課至第九課")]
    [InlineData("第一課至資訊室")]
    public void SE1023_InvalidUnitRange(string range)
    {
        Checked real = Real(Tainan);
        Checked variant = Variant(Tainan, root => Entry(root, 0, 1)["leadUnits"]![0] = range);

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.InvalidUnitRange, "$.tables[0].entries[1].leadUnits[0]", "\"" + range + "\"");
        Assert.Contains("「" + range + "」", hit.Message);
        Assert.DoesNotContain(Only(variant, DiagnosticCodes.UnknownLeadUnit), d => d.Location.JsonPath == hit.Location.JsonPath);
    }

    [Fact]
    public void SE1024_BsmiActionsStateNoTargetsAsInformationOnly()
    {
        Checked bsmi = Real(Bsmi);
        string[] expected = bsmi.Document.Tables
            .SelectMany((table, t) => table.Entries.Select((_, e) => $"$.tables[{t}].entries[{e}].actions"))
            .ToArray();

        List<Diagnostic> infos = Only(bsmi, DiagnosticCodes.ActionsWithoutTargets);
        Assert.Equal(15, expected.Length);
        Assert.Equal(expected, infos.Select(d => d.Location.JsonPath).ToArray());
        foreach (Diagnostic hit in infos)
        {
            AssertLocated(bsmi, hit, DiagnosticCodes.ActionsWithoutTargets, hit.Location.JsonPath, "[");
            Assert.Equal(DiagnosticSeverity.Info, hit.Severity);
        }

        Assert.True(bsmi.Diagnostics.All(d => d.Severity == DiagnosticSeverity.Info), Dump(bsmi.Diagnostics));
    }

    [Fact]
    public void SE1024_QuantifiedTargetClearsIt()
    {
        Checked variant = Variant(Bsmi, root => Entry(root, 0, 0)["figures"] = new JsonArray(
            new JsonObject { ["value"] = 4, ["unit"] = "場次", ["label"] = "標準作業流程教育訓練" }));

        List<Diagnostic> infos = Only(variant, DiagnosticCodes.ActionsWithoutTargets);
        Assert.Equal(14, infos.Count);
        Assert.DoesNotContain(infos, d => d.Location.JsonPath == "$.tables[0].entries[0].actions");
    }

    [Fact]
    public void SE1024_PlanRowWithActionsInsteadOfResults()
    {
        Checked real = Real(Tainan);
        Checked variant = Variant(Tainan, root =>
        {
            JsonObject entry = Entry(root, 0, 0);
            JsonNode results = entry["results"]!;
            entry.Remove("results");
            entry.Remove("figures");
            entry["actions"] = results;
        });

        Diagnostic hit = AssertIntroduced(real, variant, DiagnosticCodes.ActionsWithoutTargets, "$.tables[0].entries[0].actions", "[");
        Assert.Equal(DiagnosticSeverity.Info, hit.Severity);
    }

    [Fact]
    public void SE0009_DimensionPointsNoLongerAddUpToTheTotal()
    {
        (string text, LoadResult<CriteriaEdition> loaded) = EditionVariant(root => root["nodes"]![0]!["points"] = 250);

        Diagnostic hit = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticCodes.InconsistentPoints.Code, hit.Code);
        Assert.Equal(DiagnosticSeverity.Error, hit.Severity);
        Assert.Equal("$.totalPoints", hit.Location.JsonPath);
        Assert.StartsWith("1000", TextAt(text, hit.Location));
        Assert.Contains("1050", hit.Message);
        Assert.False(loaded.Succeeded);
    }

    [Fact]
    public void SE0009_DimensionPointsBelowTheTotal()
    {
        (_, LoadResult<CriteriaEdition> loaded) = EditionVariant(root => root["nodes"]![4]!["points"] = 50);

        Diagnostic hit = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticCodes.InconsistentPoints.Code, hit.Code);
        Assert.Equal("$.totalPoints", hit.Location.JsonPath);
        Assert.Contains("950", hit.Message);
    }

    [Fact]
    public void SE0009_ChildrenExceedTheirParent()
    {
        // 提高服務行為友善性 carries 33 points; give its two sub-strategies 20 each.
        (string text, LoadResult<CriteriaEdition> loaded) = EditionVariant(root =>
        {
            JsonNode behavior = root["nodes"]![0]!["children"]![1]!["children"]![2]!;
            Assert.Equal(33, behavior["points"]!.GetValue<int>());
            behavior["children"]![0]!["points"] = 20;
            behavior["children"]![1]!["points"] = 20;
        });

        Diagnostic hit = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticCodes.InconsistentPoints.Code, hit.Code);
        Assert.Equal("$.nodes[0].children[1].children[2].points", hit.Location.JsonPath);
        Assert.StartsWith("33", TextAt(text, hit.Location));
        Assert.Contains("提高服務行為友善性", hit.Message);
        Assert.Contains("40", hit.Message);
    }

    // ---- 4. Lead units -----------------------------------------------------------------------

    [Fact]
    public void LeadUnitAbbreviation()
    {
        ResolvedLeadUnit unit = LeadUnitResolver.Resolve(Samples.LoadDocument(Tainan).Value!.Agency, "嘉辦");

        Assert.Equal(LeadUnitMatch.Abbreviation, unit.Match);
        Assert.Equal("嘉義辦事處", Assert.Single(unit.Units).Name);
        Assert.Null(unit.Remark);
    }

    [Fact]
    public void LeadUnitRange()
    {
        ResolvedLeadUnit unit = LeadUnitResolver.Resolve(Samples.LoadDocument(Tainan).Value!.Agency, "第一課至第六課");

        Assert.Equal(LeadUnitMatch.Range, unit.Match);
        Assert.Equal(new[] { "第一課", "第二課", "第三課", "第四課", "第五課", "第六課" }, unit.Units.Select(u => u.Name).ToArray());
    }

    [Theory]
    [InlineData("秘書室(事務)", "事務")]
    [InlineData("秘書室（研考）", "研考")]
    public void LeadUnitWithRemark(string text, string remark)
    {
        ResolvedLeadUnit unit = LeadUnitResolver.Resolve(Samples.LoadDocument(Tainan).Value!.Agency, text);

        Assert.Equal(LeadUnitMatch.Name, unit.Match);
        Assert.Equal("秘書室", unit.Name);
        Assert.Equal(remark, unit.Remark);
        Assert.Equal(text, unit.Text);
        Assert.Equal("秘書室", Assert.Single(unit.Units).Name);
    }

    [Fact]
    public void LeadUnitCollectiveWithRemark()
    {
        ResolvedLeadUnit unit = LeadUnitResolver.Resolve(Samples.LoadDocument(Hualien).Value!.Agency, "各單位(全品會)");

        Assert.Equal(LeadUnitMatch.Name, unit.Match);
        Assert.Equal("各單位", unit.Name);
        Assert.Equal("全品會", unit.Remark);
        Assert.True(Assert.Single(unit.Units).IsCollective);
    }

    [Fact]
    public void LeadUnitUnknownWithSuggestion()
    {
        ResolvedLeadUnit unit = LeadUnitResolver.Resolve(Samples.LoadDocument(Tainan).Value!.Agency, "資訊室");

        Assert.Equal(LeadUnitMatch.Unknown, unit.Match);
        Assert.Empty(unit.Units);
        Assert.Equal("資訊小組", unit.Suggestion);
    }

    [Theory]
    [InlineData("第六課至第一課")]
    [InlineData("第一課至第九課")]
    public void LeadUnitInvalidRange(string text)
    {
        ResolvedLeadUnit unit = LeadUnitResolver.Resolve(Samples.LoadDocument(Tainan).Value!.Agency, text);

        Assert.Equal(LeadUnitMatch.InvalidRange, unit.Match);
        Assert.Empty(unit.Units);
    }

    // ---- 5. Never throws ---------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(SamplesAgainstEditions))]
    public void ValidatingAnySampleAgainstAnyEditionDoesNotThrow(string document, string editionName)
    {
        LoadResult<ServiceDocument> loaded = Samples.LoadDocument(document);
        CriteriaEdition edition = Samples.LoadEdition(editionName);

        Exception? thrown = Record.Exception(() => ComplianceValidator.Validate(loaded, edition));
        Assert.Null(thrown);

        IReadOnlyList<Diagnostic> diagnostics = ComplianceValidator.Validate(loaded, edition);
        bool sameEdition = loaded.Value!.EditionId == edition.Id;
        Assert.Equal(sameEdition ? 0 : 1, diagnostics.Count(d => d.Code == DiagnosticCodes.EditionMismatch.Code && d.Location.JsonPath == "$.edition"));
        Assert.True(diagnostics.All(d => d.Location.Line >= 1), Dump(diagnostics));
        if (!sameEdition)
        {
            // Against the wrong edition only the header is checked: the mismatch (and the year),
            // not one unknown criterion per row.
            Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.YearOutsideEdition.Code);
            Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.UnknownCriterion.Code);
            Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.CriterionNotAddressed.Code);
        }

        // Without a source map the same findings come back with paths only.
        IReadOnlyList<Diagnostic> unlocated = ComplianceValidator.Validate(loaded.Value!, edition);
        Assert.Equal(diagnostics.Select(d => d.Code + d.Location.JsonPath), unlocated.Select(d => d.Code + d.Location.JsonPath));
        Assert.True(unlocated.All(d => d.Location.Line == 0), Dump(unlocated));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static Checked Real(string name)
    {
        LoadResult<ServiceDocument> loaded = Samples.LoadDocument(name);
        return Check(File.ReadAllText(Samples.Data(name)), loaded, EditionOf(loaded.Value!));
    }

    private static Checked Variant(string name, Action<JsonNode> edit, CriteriaEdition? edition = null, bool compact = false)
    {
        JsonNode root = JsonNode.Parse(File.ReadAllText(Samples.Data(name)))!;
        edit(root);
        string json = root.ToJsonString(compact ? Compact : Indented);
        LoadResult<ServiceDocument> loaded = DocumentLoader.Parse(json, name + ".variant.json");
        Assert.True(loaded.Succeeded, "The variant does not load:\n" + Dump(loaded.Diagnostics));
        return Check(json, loaded, edition ?? EditionOf(loaded.Value!));
    }

    private static (string Text, LoadResult<CriteriaEdition> Loaded) EditionVariant(Action<JsonNode> edit)
    {
        JsonNode root = JsonNode.Parse(File.ReadAllText(Samples.Criteria("service-award-overall")))!;
        edit(root);
        string json = root.ToJsonString(Indented);
        LoadResult<CriteriaEdition> loaded = CriteriaEditionLoader.Parse(json, "service-award-overall.variant.criteria.json");
        Assert.True(loaded.Value is not null, Dump(loaded.Diagnostics));
        return (json, loaded);
    }

    private static Checked Check(string text, LoadResult<ServiceDocument> loaded, CriteriaEdition edition) =>
        new(text, loaded, ComplianceValidator.Validate(loaded, edition));

    private static CriteriaEdition EditionOf(ServiceDocument document) =>
        document.EditionId == Upgrade.Id ? Upgrade : Overall;

    private static JsonArray Entries(JsonNode root, int table) => root["tables"]![table]!["entries"]!.AsArray();

    private static JsonObject Entry(JsonNode root, int table, int entry) => Entries(root, table)[entry]!.AsObject();

    private static void Relabel(JsonNode blocks, params string[] labels)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            blocks[i]!["label"] = labels[i];
        }
    }

    private static List<Diagnostic> Only(Checked run, DiagnosticDescriptor descriptor) =>
        run.Diagnostics.Where(d => d.Code == descriptor.Code).ToList();

    /// <summary>
    /// The real sample has no <paramref name="descriptor"/> at <paramref name="path"/>, and the variant adds
    /// exactly one of that code, there, located where the value starts.
    /// </summary>
    private static Diagnostic AssertIntroduced(Checked real, Checked variant, DiagnosticDescriptor descriptor, string path, string valueStart)
    {
        var before = new HashSet<string>(Only(real, descriptor).Select(d => d.Location.JsonPath), StringComparer.Ordinal);
        Assert.False(before.Contains(path), $"The real sample already has {descriptor.Code} at {path}:\n{Dump(real.Diagnostics)}");

        List<Diagnostic> added = Only(variant, descriptor).Where(d => !before.Contains(d.Location.JsonPath)).ToList();
        Assert.True(
            added.Count == 1 && added[0].Location.JsonPath == path,
            $"Expected the variant to add exactly one {descriptor.Code}, at {path}; it added {added.Count}:\n{Dump(variant.Diagnostics)}");
        AssertLocated(variant, added[0], descriptor, path, valueStart);
        return added[0];
    }

    private static void AssertLocated(Checked run, Diagnostic hit, DiagnosticDescriptor descriptor, string path, string valueStart)
    {
        Assert.Equal(descriptor.Code, hit.Code);
        Assert.Equal(descriptor.Severity, hit.Severity);
        Assert.Equal(path, hit.Location.JsonPath);
        Assert.Equal(run.Loaded.SourceMap.FilePath, hit.Location.FilePath);
        Assert.True(hit.Location.Line >= 1 && hit.Location.Column >= 1, "Not located: " + hit);
        Assert.StartsWith(valueStart, TextAt(run.Text, hit.Location));
    }

    /// <summary>The text from the diagnostic's line and (character) column to the end of that line.</summary>
    private static string TextAt(string json, SourceLocation location)
    {
        string[] lines = json.Split('\n');
        Assert.InRange(location.Line, 1, lines.Length);
        string line = lines[location.Line - 1].TrimEnd('\r');
        Assert.InRange(location.Column, 1, line.Length);
        return line.Substring(location.Column - 1);
    }

    private static string Dump(IEnumerable<Diagnostic> diagnostics)
    {
        string text = string.Join(Environment.NewLine, diagnostics);
        return text.Length == 0 ? "(none)" : text;
    }

    private sealed class Checked
    {
        public Checked(string text, LoadResult<ServiceDocument> loaded, IReadOnlyList<Diagnostic> diagnostics)
        {
            Text = text;
            Loaded = loaded;
            Diagnostics = diagnostics;
        }

        public string Text { get; }

        public LoadResult<ServiceDocument> Loaded { get; }

        public ServiceDocument Document => Loaded.Value!;

        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }
}
