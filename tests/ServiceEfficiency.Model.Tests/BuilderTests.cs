using ServiceEfficiency.Building;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Validation;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Tests;

/// <summary>
/// The document builders: a document built from an agency tool's data is the document the JSON
/// format describes (the validator says the same of both), and what no document can hold is an
/// <see cref="ArgumentException"/> naming the parameter, with the builder left as it was.
/// </summary>
public sealed class BuilderTests
{
    public static TheoryData<string> SampleNames() => new() { "hualien-112-results", "tainan-111-plan", "bsmi-114-plan" };

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void A_sample_rebuilt_with_the_builder_gets_the_validators_findings_of_the_loaded_sample(string name)
    {
        LoadResult<ServiceDocument> loaded = Samples.LoadDocument(name);
        CriteriaEdition edition = EditionOf(loaded.Value!);
        ServiceDocument built = Rebuild(loaded.Value!, edition);

        // Locations differ (a built document has no file); code, severity, message and JSON path must not.
        Assert.Equal(Findings(ComplianceValidator.Validate(loaded, edition)), Findings(ComplianceValidator.Validate(built, edition)));
        Assert.NotEmpty(built.Tables);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void A_sample_rebuilt_with_the_builder_is_saved_as_the_same_bytes_as_the_loaded_sample(string name)
    {
        ServiceDocument loaded = Samples.LoadDocument(name).Value!;
        CriteriaEdition edition = EditionOf(loaded);
        ServiceDocument built = Rebuild(loaded, edition);

        // Line by line: the only difference allowed is that a criterion the data names by its code
        // (Tainan 111 writes "1") is written by its key path ("BasicService"), the same node.
        string[] expected = DocumentWriter.ToJson(loaded).Split('\n');
        string[] actual = DocumentWriter.ToJson(built).Split('\n');
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            if (expected[i] != actual[i])
            {
                Assert.Same(edition.Resolve(CriterionOf(expected[i])), edition.Resolve(CriterionOf(actual[i])));
            }
        }
    }

    private static string CriterionOf(string line)
    {
        const string property = "\"criterion\": \"";
        int start = line.IndexOf(property, StringComparison.Ordinal);
        Assert.True(start >= 0, "A line other than a criterion reference differs: " + line);
        start += property.Length;
        return line.Substring(start, line.IndexOf('"', start) - start);
    }

    [Fact]
    public void A_results_report_gets_the_standard_title_the_default_columns_and_the_entrys_key_path()
    {
        CriteriaEdition edition = Samples.Overall;
        Criterion dimension = edition.FindByKeyPath("BasicService")!;
        Criterion leaf = edition.FindByKeyPath("BasicService.ConsistencyAndAccuracy.StandardProcedures")!;

        ResultsReport report = new ResultsReportBuilder(edition, 112, "經濟部標準檢驗局花蓮分局", AgencyLevel.Branch)
            .ParentAgency("經濟部標準檢驗局")
            .Unit("報驗發證科")
            .Table(dimension, t => t.Entry(leaf, e => e.LeadUnits("報驗發證科").ResultPoints("受理報驗", "核發證書").Figure(923, "件", "受理商品檢驗")))
            .Build();

        Assert.Equal("經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果", report.Title);
        Assert.Equal(StandardTitle.Of(report), report.Title);
        StrategyTable table = Assert.Single(report.Tables);
        Assert.Equal("BasicService", table.Criterion);
        Assert.Equal(DefaultColumns.For(DocumentKind.Results).Select(c => (c.Role, c.Title)), table.Columns.Select(c => (c.Role, c.Title)));
        StrategyEntry entry = Assert.Single(table.Entries);
        Assert.Equal(leaf.KeyPath, entry.Criterion);
        Assert.Equal(new[] { ("1.", "受理報驗"), ("2.", "核發證書") }, entry.Results.Select(b => (b.Label!, b.Text)));
        Assert.Equal("受理商品檢驗 923 件", Assert.Single(entry.Figures).ToString());
        Assert.Equal("經濟部標準檢驗局", report.Agency.Parent);
        Assert.DoesNotContain(ComplianceValidator.Validate(report, edition), d => d.Code == "SE1010");
    }

    [Fact]
    public void A_criterion_of_another_copy_of_the_same_edition_is_taken_by_its_key_path()
    {
        CriteriaEdition mine = Samples.Overall;
        Criterion fromAnotherCopy = Samples.Overall.FindByKeyPath("BasicService.ConsistencyAndAccuracy")!;
        Assert.NotSame(mine.FindByKeyPath("BasicService.ConsistencyAndAccuracy"), fromAnotherCopy);

        ResultsReport report = new ResultsReportBuilder(mine, 112, "某機關", AgencyLevel.Headquarters)
            .Table(fromAnotherCopy.Parent!, t => t.Entry(fromAnotherCopy))
            .Build();

        Assert.Equal("BasicService.ConsistencyAndAccuracy", report.Tables[0].Entries[0].Criterion);
    }

    [Fact]
    public void A_criterion_of_another_edition_is_refused_at_once_and_the_builder_is_as_it_was()
    {
        var builder = new ResultsReportBuilder(Samples.Overall, 112, "某機關", AgencyLevel.Headquarters);
        Criterion foreign = Samples.Upgrade.Nodes[0];

        ArgumentException table = Assert.Throws<ArgumentException>(() => builder.Table(foreign));
        Assert.Equal("criterion", table.ParamName);
        Assert.Contains("service-upgrade-program", table.Message, StringComparison.Ordinal);
        ArgumentException entry = Assert.Throws<ArgumentException>(() => builder.Table(Samples.Overall.Nodes[0], t => t.Entry(foreign.Children[0])));
        Assert.Equal("criterion", entry.ParamName);
        ArgumentException unattached = Assert.Throws<ArgumentException>(() => builder.Table(new Criterion("Loose", "不屬於任何評核架構")));
        Assert.Equal("criterion", unattached.ParamName);

        Assert.Empty(builder.Build().Tables);
    }

    public static TheoryData<string, Action<ResultsReportBuilder>> BadCalls() => new()
    {
        { "agency", _ => _ = new ResultsReportBuilder(Samples.Overall, 112, "  ", AgencyLevel.Branch) },
        { "agency", _ => _ = new ResultsReportBuilder(Samples.Overall, 112, null!, AgencyLevel.Branch) },
        { "year", _ => _ = new ResultsReportBuilder(Samples.Overall, 0, "某機關", AgencyLevel.Branch) },
        { "level", _ => _ = new ResultsReportBuilder(Samples.Overall, 112, "某機關", (AgencyLevel)42) },
        { "edition", _ => _ = new ResultsReportBuilder(null!, 112, "某機關", AgencyLevel.Branch) },
        { "name", b => b.Unit("") },
        { "abbreviation", b => b.Unit("秘書室", "\u3000") },
        { "name", b => b.ParentAgency("\t") },
        { "title", b => b.Title("") },
        { "criterion", b => b.Table(null!) },
        { "units", b => b.Table(Samples.Overall.Nodes[0], t => t.Entry(Samples.Overall.Nodes[0].Children[0], e => e.LeadUnits("秘書室", " "))) },
        { "paragraphs", b => b.Table(Samples.Overall.Nodes[0], t => t.Entry(Samples.Overall.Nodes[0].Children[0], e => e.Results("成果", ""))) },
        { "points", b => b.Table(Samples.Overall.Nodes[0], t => t.Entry(Samples.Overall.Nodes[0].Children[0], e => e.ActionPoints((string)null!))) },
        { "value", b => b.Table(Samples.Overall.Nodes[0], t => t.Entry(Samples.Overall.Nodes[0].Children[0], e => e.Figure(-1m, "件", "受理"))) },
        { "value", b => b.Table(Samples.Overall.Nodes[0], t => t.Entry(Samples.Overall.Nodes[0].Children[0], e => e.Figure(double.NaN, "件", "受理"))) },
        { "value", b => b.Table(Samples.Overall.Nodes[0], t => t.Entry(Samples.Overall.Nodes[0].Children[0], e => e.Figure(double.PositiveInfinity, "件", "受理"))) },
        { "value", b => b.Table(Samples.Overall.Nodes[0], t => t.Entry(Samples.Overall.Nodes[0].Children[0], e => e.Figure(-0.5, "件", "受理"))) },
        { "value", b => b.Table(Samples.Overall.Nodes[0], t => t.Entry(Samples.Overall.Nodes[0].Children[0], e => e.Figure(1e300, "件", "受理"))) },
        { "unit", b => b.Table(Samples.Overall.Nodes[0], t => t.Entry(Samples.Overall.Nodes[0].Children[0], e => e.Figure(1, "", "受理"))) },
        { "label", b => b.Table(Samples.Overall.Nodes[0], t => t.Entry(Samples.Overall.Nodes[0].Children[0], e => e.Figure(1, "件", " "))) },
        { "columns", b => b.Table(Samples.Overall.Nodes[0], t => t.Columns()) },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public void Bad_input_is_an_argument_exception_naming_the_parameter_and_never_a_half_built_document(string parameter, Action<ResultsReportBuilder> call)
    {
        var builder = new ResultsReportBuilder(Samples.Overall, 112, "某機關", AgencyLevel.Branch);
        builder.Unit("秘書室");
        ResultsReport before = builder.Build();

        ArgumentException thrown = Assert.ThrowsAny<ArgumentException>(() => call(builder));

        Assert.Equal(parameter, thrown.ParamName);
        ResultsReport after = builder.Build();
        Assert.Equal(before.Title, after.Title);
        Assert.Equal(before.Agency.Units.Count, after.Agency.Units.Count);
        Assert.Empty(after.Tables);
        Assert.Equal(before.Agency.Parent, after.Agency.Parent);
    }

    [Fact]
    public void Hostile_text_is_kept_exactly_as_given()
    {
        string[] hostile =
        {
            "<script>alert(1)</script> & </text:p>",
            "控制字元\u0001\u0008\u000B\uFFFE",
            "\u202E反向\u202C",
            new string('長', 1_000_000),
        };
        Criterion leaf = Samples.Overall.FindByKeyPath("BasicService.ConsistencyAndAccuracy.StandardProcedures")!;

        ResultsReport report = new ResultsReportBuilder(Samples.Overall, 112, hostile[0], AgencyLevel.Branch)
            .Unit(hostile[2])
            .Table(leaf.Root, t => t.Title(hostile[1]).Entry(leaf, e => e.Strategy(hostile[2]).LeadUnits(hostile).Results(hostile).Figure(1, hostile[2], hostile[3])))
            .Build();

        StrategyEntry entry = report.Tables[0].Entries[0];
        Assert.Equal(hostile[0], report.Agency.Name);
        Assert.Equal(hostile[1], report.Tables[0].Title);
        Assert.Equal(hostile[2], entry.Strategy);
        Assert.Equal(hostile, entry.LeadUnits);
        Assert.Equal(hostile, entry.Results.Select(b => b.Text));
        Assert.Equal(hostile[3], entry.Figures[0].Label);
    }

    [Fact]
    public void A_double_figure_keeps_the_shortest_decimal_of_that_number()
    {
        Criterion leaf = Samples.Overall.FindByKeyPath("BasicService.ConsistencyAndAccuracy.StandardProcedures")!;

        ResultsReport report = new ResultsReportBuilder(Samples.Overall, 112, "某機關", AgencyLevel.Branch)
            .Table(leaf.Root, t => t.Entry(leaf, e => e.Figure(0.1, "%", "滿意度提升").Figure(98.7, "%", "滿意度")))
            .Build();

        Assert.Equal(new[] { 0.1m, 98.7m }, report.Tables[0].Entries[0].Figures.Select(f => f.Value));
    }

    [Fact]
    public void A_plan_gets_the_standard_section_labels_and_refuses_plain_text_for_basis_and_rewards()
    {
        var builder = new PlanBuilder(Samples.Upgrade, 114, "經濟部標準檢驗局", AgencyLevel.Headquarters)
            .Section(PlanSectionKind.Goals, "提升為民服務品質。");

        ImplementationPlan plan = builder.Build();

        Assert.Equal("經濟部標準檢驗局114年度提升服務效能執行計畫", plan.Title);
        PlanSection goals = plan.Sections.Goals!;
        Assert.Equal((SectionLabels.Label(PlanSectionKind.Goals), SectionLabels.Title(PlanSectionKind.Goals)), (goals.Label, goals.Title));
        Assert.Equal("提升為民服務品質。", Assert.Single(goals.Content).Text);
        Assert.Null(plan.Sections.Basis);
        Assert.Equal("kind", Assert.Throws<ArgumentException>(() => builder.Section(PlanSectionKind.Basis, "依據")).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentException>(() => builder.Section(PlanSectionKind.Rewards, "獎勵")).ParamName);
    }

    private static CriteriaEdition EditionOf(ServiceDocument document) =>
        document.EditionId == Samples.Overall.Id ? Samples.Overall : Samples.Upgrade;

    private static IEnumerable<(string, DiagnosticSeverity, string, string)> Findings(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => (d.Code, d.Severity, d.Message, d.Location.JsonPath));

    /// <summary>The document again, built from its own data through the builder as an agency tool would.</summary>
    private static ServiceDocument Rebuild(ServiceDocument document, CriteriaEdition edition)
    {
        return document switch
        {
            ImplementationPlan plan => Fill(new PlanBuilder(edition, plan.Year, plan.Agency.Name, plan.Agency.Level).Sections(plan.Sections), plan).Build(),
            ResultsReport report => Fill(new ResultsReportBuilder(edition, report.Year, report.Agency.Name, report.Agency.Level), report).Build(),
            _ => throw new InvalidOperationException(document.GetType().Name),
        };

        TBuilder Fill<TBuilder, TDocument>(DocumentBuilder<TBuilder, TDocument> builder, ServiceDocument source)
            where TBuilder : DocumentBuilder<TBuilder, TDocument>
            where TDocument : ServiceDocument
        {
            builder.Title(source.Title);
            if (source.Agency.Parent is not null)
            {
                builder.ParentAgency(source.Agency.Parent);
            }

            if (source.Issued is not null)
            {
                builder.Issued(source.Issued);
            }

            foreach (OrganizationUnit unit in source.Agency.Units)
            {
                builder.Unit(unit.Name, unit.Abbreviation, unit.IsCollective);
            }

            foreach (StrategyTable table in source.Tables)
            {
                builder.Table(edition.Resolve(table.Criterion!)!, t =>
                {
                    if (table.Title is not null)
                    {
                        t.Title(table.Title);
                    }

                    t.Columns(table.Columns.ToArray());
                    foreach (StrategyEntry entry in table.Entries)
                    {
                        t.Entry(edition.Resolve(entry.Criterion)!, e =>
                        {
                            if (entry.Strategy is not null)
                            {
                                e.Strategy(entry.Strategy);
                            }

                            e.LeadUnits(entry.LeadUnits.ToArray())
                                .Content(ColumnRole.Method, entry.Method)
                                .Content(ColumnRole.Actions, entry.Actions)
                                .Content(ColumnRole.Results, entry.Results);
                            foreach (Figure figure in entry.Figures)
                            {
                                e.Figure(figure.Value, figure.Unit, figure.Label);
                            }
                        });
                    }
                });
            }

            return (TBuilder)builder;
        }
    }
}
