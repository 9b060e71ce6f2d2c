namespace ServiceEfficiency.Conformance.Tests;

/// <summary>Proves that the LibreOffice → PDF → pdftotext check finds what is printed and misses what is not.</summary>
public sealed class PdfTextTests
{
    /// <summary>
    /// A cell's text split by a page break (the row's other cells, the footer and the repeated header between its
    /// parts) is found; a text whose rest is not on the next page, or a short one split in two, is not.
    /// </summary>
    [Fact]
    public void A_text_split_at_a_page_break_is_found_and_a_broken_one_is_not()
    {
        const string pdf = "(二)依所轄地區或業務之特性，提供適性服務，並提\n各課 本分局辦理\n第 1 頁，共 5 頁\f執行策略 主辦單位 績效與成果\n高偏遠或交通不便地區民眾的服務可近性。\n2 件\f間\n";

        Assert.Empty(PdfText.Missing(pdf, new[] { "(二)依所轄地區或業務之特性，提供適性服務，並提高偏遠或交通不便地區民眾的服務可近性。" }));
        Assert.Single(PdfText.Missing(pdf, new[] { "(二)依所轄地區或業務之特性，提供適性服務，並提高偏遠地區民眾的服務可近性。" }));
        Assert.Single(PdfText.Missing(pdf, new[] { "2 間" }));
    }

    /// <summary>Line breaks and pdftotext's CJK/digit spacing do not hide text.</summary>
    [Fact]
    public void Whitespace_is_ignored()
    {
        const string pdf = "1. 受理商品檢驗 49,633 件，滿意\n度 89%。\f經濟部標準檢驗局 114 年度提升服務效能執行計畫\n";
        Assert.Empty(PdfText.Missing(pdf, new[] { "受理商品檢驗49,633件", "滿意度89%", "49,633 件", "經濟部標準檢驗局114年度提升服務效能執行計畫" }));
    }

    /// <summary>Full-width and half-width forms are not equated (no NFKC): a renderer that reprints a figure or a unit is caught.</summary>
    [Fact]
    public void Width_variants_are_not_equated()
    {
        const string pdf = "受理商品檢驗 49,633 件 秘書室(事務) 滿意度 89%";
        Assert.Equal(
            new[] { "４９，６３３件", "秘書室（事務）", "89％", "49,634件" },
            PdfText.Missing(pdf, new[] { "４９，６３３件", "秘書室（事務）", "89％", "49,634件", "49,633件" }));
    }

    /// <summary>Only extraction artefacts are folded: Kangxi radicals and compatibility ideographs a font maps back to, soft hyphens.</summary>
    [Fact]
    public void Extraction_artefacts_are_folded()
    {
        Assert.Equal("構面一", PdfText.Normalize("構面\u2F00"));
        Assert.Equal("滑", PdfText.Normalize("\uF904"));
        Assert.Equal("服務效能", PdfText.Normalize("服務\u00AD效\u200B能"));
        Assert.Equal("４９，６３３", PdfText.Normalize("４９，６３３"));
        Assert.Empty(PdfText.Missing("構面\u2F00：基礎服務", new[] { "構面一：基礎服務" }));
    }

    /// <summary>Blank expectations are not counted as found or missing; duplicates are reported once.</summary>
    [Fact]
    public void Missing_lists_each_absent_text_once()
    {
        Assert.Equal(new[] { "第三課" }, PdfText.Missing("第一課、第二課", new[] { "第一課", "", " ", "第三課", "第三課" }));
    }

    /// <summary>The explanation tells a text split by a page break from one that is absent.</summary>
    [Fact]
    public void Explain_shows_how_much_was_found()
    {
        const string pdf = "訂定申辦業務標準作業流程，維持\f第 1 頁，共 2 頁\n執行策略\n服務措施處理一致性";
        Assert.Contains("first 15 and its last 9 of 24 characters", PdfText.Explain(pdf, "訂定申辦業務標準作業流程，維持服務措施處理一致性"), StringComparison.Ordinal);
        Assert.Contains("first 0 and its last 0 of 3 characters", PdfText.Explain(pdf, "秘書室"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The flat fixture converts, and its Chinese text, figures and footer come back — a strategy cell wrapped over
    /// several lines beside a lead-unit cell included; absent text is reported.
    /// </summary>
    [Fact]
    public void Fodt_converts_and_its_text_comes_back()
    {
        using var temp = new TempDirectory("pdf");
        PdfDocument pdf = PdfText.Convert(Fixtures.MinimalFodt, temp.Path);
        TestContext.Current.TestOutputHelper?.WriteLine($"minimal.fodt: LibreOffice {pdf.ConversionTime.TotalMilliseconds:0} ms, pdftotext {pdf.ExtractionTime.TotalMilliseconds:0} ms");

        Assert.EndsWith("minimal.fodt.pdf", pdf.Pdf, StringComparison.Ordinal);
        Assert.Empty(pdf.Missing(new[]
        {
            "經濟部標準檢驗局114年度提升服務效能執行計畫",
            "構面一：基礎服務（200分）",
            "(一)服務流程便捷性",
            "秘書室(事務)",
            "49,633件",
            "89%",
            "第1頁，共1頁",
            "1.訂定申辦業務標準作業流程：訂定申辦業務標準作業流程，維持服務措施處理一致性，且持續檢討申辦項目表單，進行簡化及標準化等。",
            "秘書室(研考)",
            "2,550件",
        }));
        Assert.Equal(
            new[] { "不存在的執行策略", "４９，６３３件", "第一課" },
            pdf.Missing(new[] { "不存在的執行策略", "４９，６３３件", "第一課", "具體推動作法" }));
    }

    /// <summary>An .odt built as DESIGN §6 says converts too, and its text comes back.</summary>
    [Fact]
    public void Odt_converts_and_its_text_comes_back()
    {
        using var temp = new TempDirectory("pdf");
        string odt = temp.File("minimal.odt");
        OdtPackage.Write(Fixtures.MinimalOdtParts, odt);

        PdfDocument pdf = PdfText.Convert(odt, temp.Path);
        TestContext.Current.TestOutputHelper?.WriteLine($"minimal.odt: LibreOffice {pdf.ConversionTime.TotalMilliseconds:0} ms, pdftotext {pdf.ExtractionTime.TotalMilliseconds:0} ms");

        Assert.Empty(pdf.Missing(new[] { "經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果", "(二)服務量能", "嘉義辦事處", "923件", "57場次", "第1頁，共1頁" }));
        Assert.Equal(new[] { "嘉辦" }, pdf.Missing(new[] { "嘉辦", "受理報驗" }));
    }

    /// <summary>
    /// LibreOffice would open a plain-text file named .fodt or .docx as text and print it (exit code 0); with the
    /// format's import filter forced it is refused, so a PDF always means the ODF or the WordprocessingML was understood.
    /// </summary>
    [Theory]
    [InlineData("plain.fodt")]
    [InlineData("plain.odt")]
    [InlineData("plain.docx")]
    public void Plain_text_under_an_ODF_or_DOCX_name_is_refused(string name)
    {
        using var temp = new TempDirectory("pdf");
        string file = temp.File(name);
        File.WriteAllText(file, "經濟部標準檢驗局 — plain text, not ODF");

        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => PdfText.Convert(file, temp.Path));
        Assert.Contains("did not convert", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Only ODF text files and .docx are accepted: no import filter is guessed for anything else.</summary>
    [Theory]
    [InlineData("x.doc")]
    [InlineData("x.rtf")]
    [InlineData("x.html")]
    public void Other_extensions_are_rejected(string name) =>
        Assert.Throws<ArgumentException>(() => PdfText.ConvertToPdf(name, Path.GetTempPath(), out TimeSpan _));
}
