using System.Globalization;
using System.Text;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Figures;

namespace ServiceEfficiency.Tests;

/// <summary>
/// <see cref="FigureExtractor"/> on hand-written phrases: every kind of number that is not a figure (dates, years,
/// ordinals, versions, phone and document numbers, names with digits, time of day) at least three times, and the
/// forms a figure takes (thousands separators, 萬 and 億, Chinese numerals, qualifiers, labels).
/// </summary>
public class FigureExtractorTests
{
    // Each expected figure is "value|unit|label" with "|~" (approximate), "|>=" (at least) or "|<=" (at most) when qualified.
    [Theory]
    // Dates: 111年6月1日, 6月1日, 1-12月, 111.06.01, 111/6/1 are not figures.
    [InlineData("111年6月1日辦理說明會3場", "3|場|辦理說明會")]
    [InlineData("於6月1日至6月30日受理申請計120件", "120|件|受理申請")]
    [InlineData("1-12月累計服務4,321人次", "4321|人次|服務")]
    [InlineData("111.06.01完成2件", "2|件|完成")]
    [InlineData("111/6/1起實施")]
    [InlineData("自111年5月起，每月辦理消毒1次", "1|次|每月辦理消毒")]
    [InlineData("112年1至12月共受理陳情案144件", "144|件|受理陳情案")]
    [InlineData("依限於3日內回覆12件", "12|件|回覆")]

    // Years: 112年, 2023年, 112學年度, 111年度, 88至105年.
    [InlineData("112年計受理商品檢驗923件", "923|件|受理商品檢驗")]
    [InlineData("2023年舉辦研習5場次", "5|場次|舉辦研習")]
    [InlineData("112學年度共辦理校園宣導12場", "12|場|辦理校園宣導")]
    [InlineData("111年度預算執行率達98.5%", "98.5|%|預算執行率")]
    [InlineData("88至105年商品檢驗逾期申請書表檔案銷毀")]
    [InlineData("每兩年辦理服務滿意度調查")]

    // Ordinals and enumeration markers: (1), 1., 一、, 第1次, 第3季, 第一課, 第三場次.
    [InlineData("(1)辦理講習2場次", "2|場次|辦理講習")]
    [InlineData("1.訂定標準作業流程3項", "3|項|訂定標準作業流程")]
    [InlineData("一、辦理研習三場", "3|場|辦理研習")]
    [InlineData("第1次會議出席25人", "25|人|會議出席")]
    [InlineData("第3季完成稽核8家次", "8|家次|完成稽核")]
    [InlineData("第一課至第三課受理案件50件", "50|件|受理案件")]
    [InlineData("第三場次說明會")]

    // Version numbers: 2.0版, V3.1版, 長照2.0, 3.0版.
    [InlineData("推動線上申辦2.0版，受理30件", "30|件|受理")]
    [InlineData("系統升級為V3.1版，處理400件", "400|件|處理")]
    [InlineData("長照2.0服務據點12處", "12|處|服務據點")]
    [InlineData("APP 3.0版上線後下載5,000次", "5000|次|上線後下載")]

    // Phone numbers: 03-8226280, 0800-221-127, (03)8226280, 0800221127.
    [InlineData("服務專線(03-8226280)受理諮詢262件", "262|件|受理諮詢")]
    [InlineData("免付費專線0800-221-127，計接聽1,200通", "1200|通|接聽")]
    [InlineData("請撥(03)8226280轉123洽詢")]
    [InlineData("0800221127專線服務3,000人次", "3000|人次|專線服務")]

    // Document numbers: 字第…號, with or without 第.
    [InlineData("依行政院106年1月9日院授發社字第1061300008號函辦理2場", "2|場|函辦理")]
    [InlineData("經綜字第11301409590號函頒修正")]
    [InlineData("依府授字1061300008號函，核定補助5案", "5|案|核定補助")]

    // Names containing digits: M3系統, 5S活動, 1999專線, 3C, DN13, COVID-19.
    [InlineData("導入M3系統後處理案件200件", "200|件|系統後處理案件")]
    [InlineData("辦理5S活動3次", "3|次|活動")]
    [InlineData("1999專線受理陳情45件", "45|件|專線受理陳情")]
    [InlineData("3C產品抽驗40件", "40|件|產品抽驗")]
    [InlineData("DN13至DN25水量計檢定300具", "300|具|水量計檢定")]
    [InlineData("COVID-19疫苗接種站2處", "2|處|疫苗接種站")]

    // Time of day: 上午9時, 17:30, 9時30分, 下午2點.
    [InlineData("上午9時至下午5時受理臨櫃案件80件", "80|件|受理臨櫃案件")]
    [InlineData("每日17:30前完成收件30件", "30|件|前完成收件")]
    [InlineData("9時30分開始，辦理講習1場", "1|場|辦理講習")]
    [InlineData("下午2點舉行說明會，出席40人", "40|人|出席")]

    // Thousands separators, 萬 and 億, full-width digits, money.
    [InlineData("受理案件計1,132件", "1132|件|受理案件")]
    [InlineData("累計12,345,678件", "12345678|件|累計")]
    [InlineData("服務人次達1萬3,147人次", "13147|人次|服務人次")]
    [InlineData("觀看次數2.3萬次", "23000|次|觀看次數")]
    [InlineData("金額共新臺幣231萬3,124元", "2313124|元|金額")]
    [InlineData("補助經費500萬元", "500|萬元|補助經費")]
    [InlineData("總經費1億2,000萬元", "12000|萬元|總經費")]
    [InlineData("受理１２３件", "123|件|受理")]
    [InlineData("不滿意之件數0件", "0|件|不滿意之件數")]

    // Chinese numerals count before a counting unit, not 一 alone, not in words.
    [InlineData("辦理說明會三場", "3|場|辦理說明會")]
    [InlineData("輔導二間實驗室", "2|間|輔導")]
    [InlineData("舉辦十二場次研習", "12|場次|舉辦")]
    [InlineData("兩萬人次參與", "20000|人次|參與")]
    [InlineData("十餘場次", "10|場次||>=")]
    [InlineData("服務滿意度達九成", "9|成|服務滿意度")]
    [InlineData("每月一次", "1|次|每月")]
    [InlineData("設置一處服務站")]
    [InlineData("採一站式服務")]
    [InlineData("家用三表之糾紛鑑定")]
    [InlineData("十分便利")]
    [InlineData("四處宣導")]
    [InlineData("星期三場次")]

    // Qualifiers: approximate, at least, at most.
    [InlineData("受理約920件", "920|件|受理|~")]
    [InlineData("受理約 920 件", "920|件|受理|~")]
    [InlineData("大約200份問卷", "200|份|問卷|~")]
    [InlineData("近3成民眾", "3|成|民眾|~")]
    [InlineData("降低處理時間20%左右", "20|%|降低處理時間|~")]
    [InlineData("參加人數逾1,000人", "1000|人|參加人數|>=")]
    [InlineData("服務超過500人次", "500|人次|服務|>=")]
    [InlineData("粉絲追蹤數5萬人以上", "50000|人|粉絲追蹤數|>=")]
    [InlineData("滿意度95分以上", "95|分|滿意度|>=")]
    [InlineData("回收問卷50餘份", "50|份|回收問卷|>=")]
    [InlineData("至少測試1次", "1|次|測試|>=")]
    [InlineData("處理時間3天內", "3|天|處理時間|<=")]
    [InlineData("每班學員30人以下", "30|人|每班學員|<=")]
    [InlineData("於24小時內回覆", "24|小時|於|<=")]
    [InlineData("約新臺幣500萬元", "500|萬元||~")]
    [InlineData("預約3件", "3|件|預約")]
    [InlineData("最近3場", "3|場|最近")]

    // Labels: markers trimmed (計, 共, 合計, 達), colons, connectors, words that begin with a marker kept.
    [InlineData("商檢418件，度政172件，計590件", "418|件|商檢", "172|件|度政", "590|件|")]
    [InlineData("合計2055件", "2055|件|合計")]
    [InlineData("貼文互動數：70,407次", "70407|次|貼文互動數")]
    [InlineData("以傳真或E-mail傳送申請案件計483件", "483|件|以傳真或E-mail傳送申請案件")]
    [InlineData("度量衡器糾紛鑑定辦理21具及業務推廣說明70場次", "21|具|度量衡器糾紛鑑定辦理", "70|場次|業務推廣說明")]
    [InlineData("計程車檢定件數計1,339件", "1339|件|計程車檢定件數")]
    [InlineData("共通知2,280家", "2280|家|通知")]
    [InlineData("節省檢定時間達2,498分鐘", "2498|分鐘|節省檢定時間")]
    [InlineData("加油站總數524站中已取得優良油量計量管理站數為468站涵蓋率達89%", "524|站|加油站總數", "468|站|中已取得優良油量計量管理站數為", "89|%|涵蓋率")]
    [InlineData("滿意度達百分之九十五", "95|%|滿意度")]

    // No unit, a range, round the clock, a unit that begins a word: no figure.
    [InlineData("Z 值均小於2，符合規範")]
    [InlineData("縮短2-3分鐘")]
    [InlineData("辦理3至5場")]
    [InlineData("業者可24小時線上投件")]
    [InlineData("與5分局合作")]
    [InlineData("無逾期案件發生")]
    public void Phrase_states_the_expected_figures(string text, params string[] expected)
    {
        string[] actual = FigureExtractor.Extract(text).Select(Describe).ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_phrase_table_has_sixty_phrases_or_more()
    {
        int phrases = typeof(FigureExtractorTests).GetMethod(nameof(Phrase_states_the_expected_figures))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Length;
        Assert.True(phrases >= 60, $"{phrases} phrases");
    }

    [Fact]
    public void A_figure_keeps_its_span_qualifiers_included()
    {
        const string text = "112年受理約 920 件，粉絲追蹤數5萬人以上。";
        IReadOnlyList<ExtractedFigure> figures = FigureExtractor.Extract(text);
        Assert.Equal(2, figures.Count);
        Assert.Equal("約 920 件", figures[0].Text);
        Assert.Equal(text.IndexOf("約", StringComparison.Ordinal), figures[0].Start);
        Assert.Equal(7, figures[0].Length);
        Assert.Equal("5萬人以上", figures[1].Text);
        foreach (ExtractedFigure figure in figures)
        {
            Assert.Equal(figure.Text, text.Substring(figure.Start, figure.Length));
        }
    }

    [Fact]
    public void A_figure_converts_to_the_document_figure()
    {
        ExtractedFigure extracted = FigureExtractor.Extract("112年計受理商品檢驗923件").Single();
        Figure figure = extracted.ToFigure();
        Assert.Equal(923m, figure.Value);
        Assert.Equal("件", figure.Unit);
        Assert.Equal("受理商品檢驗", figure.Label);
        Assert.Equal("受理商品檢驗 923 件", figure.ToString());
        Assert.Equal("受理商品檢驗 923 件 @11+4", extracted.ToString());
    }

    [Fact]
    public void A_percentage_written_full_width_has_the_ascii_unit()
    {
        Assert.Equal("%", FigureExtractor.Extract("滿意度99％").Single().Unit);
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => FigureExtractor.Extract(null!));
    }

    public static TheoryData<string> HostileTexts()
    {
        var data = new TheoryData<string>
        {
            string.Empty,
            "\uD800",
            "\uDC00計3件",
            "3件\uD800",
            "計\uD83D\uDE00\uD83D3件以上",
            "\0\u0001\u0002 3\u0007件 \u200B約\u2028 5 人次\uFFFF\uFFFE",
            "萬萬萬萬億億千百十",
            "一二三四五六七八九十百千萬億兩〇零",
            "百分之",
            "百分之百分之百",
            "約",
            "以上",
            ",,,,..::--//",
            "0",
            "１,２３４件",
            "1,",
            "1.",
            "1萬",
            "1萬元",
            "3千萬億萬千百元",
            "99999999999999999999億億億億萬萬萬件",
            new string('9', 10_000) + "件",
            "0." + new string('1', 5_000) + "%",
            string.Concat(Enumerable.Repeat("1,000,", 1_000)) + "件",
            string.Concat(Enumerable.Repeat("十", 1_000)) + "場",
            string.Concat(Enumerable.Repeat("3萬", 1_000)) + "人",
            string.Concat(Enumerable.Repeat("1-", 1_000)) + "1件",
            string.Concat(Enumerable.Repeat("第", 1_000)) + "1次",
            string.Concat(Enumerable.Repeat("約", 1_000)) + "1次以上以上",
            new string('計', 10_000) + "5件",
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_does_not_throw(string text)
    {
        IReadOnlyList<ExtractedFigure> figures = FigureExtractor.Extract(text);
        foreach (ExtractedFigure figure in figures)
        {
            Assert.InRange(figure.Start, 0, text.Length);
            Assert.InRange(figure.Length, 1, text.Length - figure.Start);
            Assert.Equal(text.Substring(figure.Start, figure.Length), figure.Text);
            Assert.True(figure.Label.Length <= 32, figure.Label);
            _ = figure.ToString();
            _ = figure.ToFigure().ToString();
        }
    }

    [Fact]
    public void A_megabyte_of_report_text_is_read()
    {
        // The results of the samples' rows over and over, with noise that is no figure between them (no time is asserted:
        // the scan is one pass with bounded look-arounds).
        const string paragraph = "112年計受理商品檢驗923件、度量衡器檢定1132件，合計2055件；服務專線(03-8226280)，依院授發社字第1061300008號函，"
            + "導入M3系統，上午9時至17:30受理，計辦理說明會三場、約1萬3,147人次以上。";
        var builder = new StringBuilder(1 << 20);
        int copies = 0;
        while (builder.Length < 1 << 20)
        {
            builder.Append(paragraph);
            copies++;
        }

        IReadOnlyList<ExtractedFigure> figures = FigureExtractor.Extract(builder.ToString());
        Assert.Equal(copies * 5, figures.Count);
        Assert.Equal(copies, figures.Count(f => f.Value == 13147m && f.Qualifiers == (FigureQualifiers.Approximate | FigureQualifiers.AtLeast)));

        // One number a megabyte long, and a megabyte of characters that each start a numeral.
        Assert.Empty(FigureExtractor.Extract(new string('1', 1 << 20)));
        Assert.Empty(FigureExtractor.Extract(new string('十', 1 << 20)));
        Assert.Empty(FigureExtractor.Extract(new string('約', 1 << 20)));
    }

    internal static string Describe(ExtractedFigure figure)
    {
        string qualifier = figure.Qualifiers switch
        {
            FigureQualifiers.None => string.Empty,
            FigureQualifiers.Approximate => "|~",
            FigureQualifiers.AtLeast => "|>=",
            FigureQualifiers.AtMost => "|<=",
            _ => "|" + figure.Qualifiers,
        };
        return figure.Value.ToString(CultureInfo.InvariantCulture) + "|" + figure.Unit + "|" + figure.Label + qualifier;
    }
}
