using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>Render options, helper functions, streams and files.</summary>
public sealed class OptionsTests
{
    [Fact]
    public void ColumnTitlesCanBeReplaced()
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        var options = new RenderOptions();
        options.ColumnTitles[ColumnRole.Results] = "具體作法與成果";

        string html = Samples.Text(new DocumentRenderer(options).RenderToBytes(document, edition, DocumentFormat.Html));

        Assert.Contains("<th scope=\"col\">具體作法與成果</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<th scope=\"col\">績效與成果</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SectionsCanBeChosen()
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("bsmi-114-plan");
        var options = new RenderOptions { Sections = new HashSet<PlanSectionKind> { PlanSectionKind.Basis, PlanSectionKind.Strategies } };

        string markdown = Samples.Text(new DocumentRenderer(options).RenderToBytes(document, edition, DocumentFormat.Markdown));

        Assert.Contains("## 壹、計畫依據", markdown, StringComparison.Ordinal);
        Assert.Contains("## 肆、執行策略及具體推動作法", markdown, StringComparison.Ordinal);
        Assert.Contains("### 一、完備基礎服務，注重服務特性差異化", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## 貳、", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("捌、", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TablesAndFiguresCanBeLeftOut()
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("tainan-111-plan");

        string withoutTables = Samples.Text(new DocumentRenderer(new RenderOptions { IncludeTables = false }).RenderToBytes(document, edition, DocumentFormat.Markdown));
        string byDefault = Samples.Text(new DocumentRenderer().RenderToBytes(document, edition, DocumentFormat.Markdown));
        string withFigures = Samples.Text(new DocumentRenderer(new RenderOptions { IncludeFigures = true }).RenderToBytes(document, edition, DocumentFormat.Markdown));

        Assert.DoesNotContain("| --- |", withoutTables, StringComparison.Ordinal);
        Assert.Contains("| --- |", byDefault, StringComparison.Ordinal);
        Assert.DoesNotContain("量化成果", byDefault, StringComparison.Ordinal);
        Assert.Contains("量化成果：", withFigures, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("odt")]
    [InlineData("fodt")]
    [InlineData("html")]
    [InlineData("markdown")]
    public void The_figures_line_is_off_by_default_in_every_format_and_on_when_asked(string formatName)
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        DocumentFormat format = DocumentFormats.All.Single(f => f.Name == formatName);

        string byDefault = Printed(new DocumentRenderer().RenderToBytes(document, edition, format), format);
        string withFigures = Printed(new DocumentRenderer(new RenderOptions { IncludeFigures = true }).RenderToBytes(document, edition, format), format);

        Assert.DoesNotContain("量化成果", byDefault, StringComparison.Ordinal);
        Assert.Contains("量化成果：受理商品檢驗 923 件", withFigures, StringComparison.Ordinal);
    }

    private static string Printed(byte[] bytes, DocumentFormat format) =>
        format == DocumentFormat.Odt ? OdfZip.Describe(bytes) : Samples.Text(bytes);

    [Fact]
    public void TheSeedLayoutIsReproduced()
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");

        string markdown = Samples.Text(new DocumentRenderer(new RenderOptions { IncludeFigures = true }).RenderToBytes(document, edition, DocumentFormat.Markdown));

        Assert.StartsWith("# 經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果\n", markdown, StringComparison.Ordinal);
        Assert.Contains("### 構面一：基礎服務（200分）", markdown, StringComparison.Ordinal);
        Assert.Contains("### 構面五：開放創新（100分）", markdown, StringComparison.Ordinal);
        Assert.Contains("| **(二)服務友善性**<br>**1.提升服務設施合宜度**<br>(1)進行環境美(綠)化", markdown, StringComparison.Ordinal);
        Assert.Contains("受理商品檢驗 923 件", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ roc_date document.issued.date }}|{{ roc_date_long document.issued.date }}|{{ roc_date_of 114 1 6 }}", "114年1月6日|民國114年1月6日|114年1月6日")]
    [InlineData("{{ chinese_numeral 11 }} {{ chinese_numeral 21 }} {{ capital_numeral 3 }} {{ roman_numeral 4 }}", "十一 二十一 參 iv")]
    [InlineData("{{ number_label 'capital_chinese_comma' 8 }}{{ number_label 'chinese_comma' 11 }}{{ number_label 'chinese_parenthesized' 2 }}{{ number_label 'arabic_dot' 3 }}{{ number_label 'arabic_parenthesized' 4 }}{{ number_label 'lower_roman_dot' 2 }}{{ number_label 'level_name_chinese' 1 '構面' }}", "捌、十一、(二)3.(4)ii.構面一")]
    [InlineData("{{ format_number 49633 }} {{ format_number 99.5 }} {{ figure 1234 }}", "49,633 99.5 1,234")]
    [InlineData("{{ join_units ['第六課', '嘉辦', '斗辦'] }}", "第六課、嘉辦、斗辦")]
    public void HelperFunctions(string template, string expected)
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("bsmi-114-plan");
        var options = new RenderOptions { TemplateSource = new MemoryTemplates(("html/document.sbn", template)) };

        Assert.Equal(expected, Samples.Text(new DocumentRenderer(options).RenderToBytes(document, edition, DocumentFormat.Html)));
    }

    [Fact]
    public void FiguresPrintAsTheDocumentsWriteThem()
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");
        var options = new RenderOptions { TemplateSource = new MemoryTemplates(("markdown/document.sbn", "{{ figure document.tables[0].rows[1].figures[1] }}")) };

        Assert.Equal("1,132 件", Samples.Text(new DocumentRenderer(options).RenderToBytes(document, edition, DocumentFormat.Markdown)));
    }

    [Fact]
    public async Task StreamsAndFilesGetTheSameBytes()
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("tainan-111-plan");
        var renderer = new DocumentRenderer();
        byte[] expected = renderer.RenderToBytes(document, edition, DocumentFormat.Odt);
        using var sandbox = new TemplateSandbox();
        string path = Path.Combine(sandbox.Directory, "plan.odt");
        string asyncPath = Path.Combine(sandbox.Directory, "plan-async.odt");
        using var stream = new MemoryStream();
        using var asyncStream = new MemoryStream();

        renderer.Render(document, edition, DocumentFormat.Odt, stream);
        await renderer.RenderAsync(document, edition, DocumentFormat.Odt, asyncStream);
        renderer.RenderToFile(document, edition, DocumentFormat.Odt, path);
        await renderer.RenderToFileAsync(document, edition, DocumentFormat.Odt, asyncPath);

        Assert.Equal(expected, stream.ToArray());
        Assert.Equal(expected, asyncStream.ToArray());
        Assert.Equal(expected, File.ReadAllBytes(path));
        Assert.Equal(expected, File.ReadAllBytes(asyncPath));
        Assert.Equal(2, sandbox.Files.Length); // no temporary files left
    }

    [Fact]
    public void AnOdtStartsWithAStoredMimetype()
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("bsmi-114-plan");

        byte[] odt = new DocumentRenderer().RenderToBytes(document, edition, DocumentFormat.Odt);

        (string name, int method, int flags, int extra) = OdfZip.FirstLocalHeader(odt);
        Assert.Equal("mimetype", name);
        Assert.Equal(0, method);
        Assert.Equal(0, flags & 0x08); // no data descriptor
        Assert.Equal(0, extra);
        Assert.Equal("application/vnd.oasis.opendocument.text", System.Text.Encoding.ASCII.GetString(odt, 38, 39));
        Assert.Equal(new[] { "mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml" }, OdfZip.Entries(odt).Select(e => e.Name));
    }

    [Fact]
    public void ADocumentOfAnotherEditionIsRefused()
    {
        (ServiceDocument document, _) = Samples.Load("bsmi-114-plan");
        (_, CriteriaEdition other) = Samples.Load("hualien-112-results");

        Assert.Throws<ArgumentException>(() => new DocumentRenderer().RenderToBytes(document, other, DocumentFormat.Html));
    }

    [Theory]
    [InlineData("markdown", ".md")]
    [InlineData("html", ".html")]
    [InlineData("fodt", ".fodt")]
    [InlineData("odt", ".odt")]
    public void FormatsKnowTheirExtension(string name, string extension)
    {
        DocumentFormat format = DocumentFormats.All.Single(f => f.Name == name);
        Assert.Equal(extension, format.FileExtension);
        Assert.Same(format, DocumentFormats.FromExtension(extension));
    }
}
