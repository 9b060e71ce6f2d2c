using ServiceEfficiency.Commendations;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Numbering;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Tests;

/// <summary>The domain wording the validator, the renderer and the tool share (ServiceEfficiency.Wording).</summary>
public class WordingTests
{
    [Theory]
    [InlineData("經濟部標準檢驗局", 114, DocumentKind.Plan, "經濟部標準檢驗局114年度提升服務效能執行計畫")]
    [InlineData("經濟部標準檢驗局花蓮分局", 112, DocumentKind.Results, "經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果")]
    // ROC years below 100 are written without TaiwanCalendar's "yyy" padding (99, not 099).
    [InlineData("臺南市政府", 99, DocumentKind.Plan, "臺南市政府99年度提升服務效能執行計畫")]
    [InlineData("臺南市政府", 1, DocumentKind.Results, "臺南市政府1年度提升服務效能執行績效與成果")]
    public void Standard_title_is_agency_ROC_year_and_kind(string agency, int year, DocumentKind kind, string expected)
    {
        Assert.Equal(expected, StandardTitle.Of(agency, year, kind));
        Assert.EndsWith(StandardTitle.KindTitle(kind), expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_title_of_a_document_ignores_its_own_title()
    {
        ServiceDocument results = Samples.LoadDocument("hualien-112-results").Value!;
        Assert.Equal("經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果", StandardTitle.Of(results));
        ServiceDocument plan = Samples.LoadDocument("bsmi-114-plan").Value!;
        Assert.Equal(plan.Agency.Name + "114年度提升服務效能執行計畫", StandardTitle.Of(plan));
    }

    [Fact]
    public void Kind_titles_are_the_two_documents()
    {
        Assert.Equal("提升服務效能執行計畫", StandardTitle.KindTitle(DocumentKind.Plan));
        Assert.Equal("提升服務效能執行績效與成果", StandardTitle.KindTitle(DocumentKind.Results));
        Assert.Throws<ArgumentOutOfRangeException>(() => StandardTitle.KindTitle((DocumentKind)7));
    }

    [Fact]
    public void Default_columns_per_document_kind()
    {
        Assert.Equal(
            new[] { (ColumnRole.Strategy, "執行策略"), (ColumnRole.LeadUnits, "主辦單位"), (ColumnRole.Actions, "具體推動作法") },
            DefaultColumns.For(DocumentKind.Plan).Select(c => (c.Role, c.Title)));
        Assert.Equal(
            new[] { (ColumnRole.Strategy, "執行策略"), (ColumnRole.LeadUnits, "主辦單位"), (ColumnRole.Results, "執行績效與成果") },
            DefaultColumns.For(DocumentKind.Results).Select(c => (c.Role, c.Title)));
        Assert.Equal("執行方法", DefaultColumns.Title(ColumnRole.Method));
        Assert.Throws<ArgumentOutOfRangeException>(() => DefaultColumns.Title((ColumnRole)42));
    }

    [Theory]
    [InlineData(1, 200, "構面一：基礎服務（200分）")]
    [InlineData(11, 1000, "構面十一：基礎服務（1000分）")]
    [InlineData(20, null, "構面二十：基礎服務")]
    [InlineData(21, 5, "構面二十一：基礎服務（5分）")]
    public void Table_heading_is_the_dimension_heading_with_its_points(int position, int? points, string expected)
    {
        // Dimensions before the one under test fill the positions, so that its label comes from numbering, not from data.
        var nodes = Enumerable.Range(1, position).Select(i => new Criterion("D" + i, "基礎服務", points: i == position ? points : null)).ToList();
        var edition = new CriteriaEdition("test", "測試", null, new[] { 114 }, new[] { new CriteriaLevel("構面", NumberingStyle.LevelNameChinese) }, nodes);
        Assert.Equal(expected, TableHeading.Of(edition.Nodes[position - 1]));
    }

    [Fact]
    public void Table_heading_of_a_sample_dimension_and_strategy()
    {
        CriteriaEdition overall = Samples.Overall;
        Assert.Equal("構面一：基礎服務（200分）", TableHeading.Of(overall.Nodes[0]));
        Assert.Equal("3.提高服務行為友善性（33分）", TableHeading.Of(overall.FindByCode("1.(二).3")!));
        Assert.Equal("構面五：開放創新（100分）", TableHeading.Of(overall.Nodes[4]));
    }

    [Theory]
    [InlineData(1, "表1", "表1\u3000構面一：基礎服務（200分）")]
    [InlineData(12, "表12", "表12\u3000構面一：基礎服務（200分）")]
    public void Numbered_table_and_caption(int index, string numbered, string caption)
    {
        Assert.Equal(numbered, TableHeading.Numbered(index));
        Assert.Equal(caption, TableHeading.Caption(index, "構面一：基礎服務（200分）"));
        Assert.Equal("構面一：基礎服務", TableHeading.WithPoints("構面一：基礎服務", null));
    }

    [Theory]
    [InlineData("2055", "件", "2,055 件")]
    [InlineData("49633", "件", "49,633 件")]
    [InlineData("1234567", "元", "1,234,567 元")]
    [InlineData("923", "件", "923 件")]
    [InlineData("0", "場次", "0 場次")]
    [InlineData("99", "%", "99%")] // the renderer writes no space before %, as the seeds mostly do
    [InlineData("99.5", "%", "99.5%")]
    [InlineData("1234.567", "人次", "1,234.57 人次")] // at most two decimals
    [InlineData("12.50", "%", "12.5%")] // no trailing zero
    [InlineData("-1500", "元", "-1,500 元")]
    public void Figure_amounts(string value, string unit, string expected)
    {
        decimal number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, FigureFormat.Amount(number, unit));
        var figure = new Figure(number, unit, "受理商品檢驗");
        Assert.Equal(expected, FigureFormat.Amount(figure));
        Assert.Equal("受理商品檢驗 " + expected, FigureFormat.Text(figure));
        Assert.Equal(FigureFormat.Text(figure), figure.ToString());
        Assert.Equal(FigureFormat.Number(number), figure.FormattedValue);
    }

    [Fact]
    public void Figure_numbers_ignore_the_current_culture()
    {
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // fi-FI groups with a no-break space and writes a decimal comma.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fi-FI");
            Assert.Equal("49,633.5", FigureFormat.Number(49633.5m));
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            // Globalization-invariant mode has no fi-FI; the invariant culture is then the only one anyway.
            Assert.Equal("49,633.5", FigureFormat.Number(49633.5m));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Section_labels_in_order()
    {
        Assert.Equal(
            new[] { "壹、計畫依據", "貳、計畫目標", "參、實施對象", "肆、執行策略及具體推動作法", "伍、實施步驟", "陸、考核作業", "柒、獎勵方式", "捌、附則" },
            Enum.GetValues(typeof(PlanSectionKind)).Cast<PlanSectionKind>().Select(SectionLabels.Heading));
        Assert.Equal("壹、", SectionLabels.Label(PlanSectionKind.Basis));
        Assert.Equal("捌、", SectionLabels.Label(PlanSectionKind.Closing));
        Assert.Equal("計畫依據", SectionLabels.Title(PlanSectionKind.Basis));
        Assert.Throws<ArgumentOutOfRangeException>(() => SectionLabels.Label((PlanSectionKind)8));
    }

    [Theory]
    [InlineData(true, "最高記功1次")]
    [InlineData(false, "記功1次")]
    public void Commendation_table_wording(bool upTo, string expected)
    {
        var rule = new CommendationRule("(一)", AwardOutcome.Award, new[] { CommendationRole.LeadOfficer }, new Commendation(CommendationKind.Merit, 1), upTo, null);
        var grant = new CommendationGrant(rule, new Qualification(AwardOutcome.Award, CommendationRole.LeadOfficer));
        Assert.Equal(expected, CommendationTable.Grant(grant));
        Assert.Equal(new[] { "姓名", "資格", "敘獎", "依據" }, CommendationTable.Columns);
        Assert.Equal("同時符合者以最高額度辦理敘獎，不得重複敘獎。", CommendationTable.HighestOnlyClause);
    }
}
