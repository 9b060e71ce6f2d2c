using System.Xml.Linq;
using ServiceEfficiency.Templates.Office;

namespace ServiceEfficiency.Templates.Tests.Office;

/// <summary>Control paragraphs, row loops and inline blocks in layouts made in Writer and Word.</summary>
public sealed class OfficeLayoutTests
{
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A results report's tables, each a heading and a table whose second row repeats for every entry.</summary>
    private static string OdtTables =>
        "<text:p>{{ for table in document.tables }}</text:p>" +
        "<text:h text:outline-level=\"2\">{{ table.heading }}</text:h>" +
        "<table:table table:name=\"T\"><table:table-column table:number-columns-repeated=\"3\"/>" +
        "<table:table-header-rows><table:table-row><table:table-cell><text:p>策略</text:p></table:table-cell><table:table-cell><text:p>主辦單位</text:p></table:table-cell><table:table-cell><text:p>成果</text:p></table:table-cell></table:table-row></table:table-header-rows>" +
        "<table:table-row>" +
        "<table:table-cell><text:p>{{ for row in table.rows }}</text:p><text:p>{{ row.strategy }}</text:p></table:table-cell>" +
        "<table:table-cell><text:p>{{ row.lead_units | array.join \"、\" }}</text:p></table:table-cell>" +
        "<table:table-cell><text:p>{{ for cell in row.cells }}</text:p><text:p>{{ for line in cell.lines }}</text:p><text:p>{{ line.content }}</text:p><text:p>{{ end }}</text:p><text:p>{{ end }}</text:p><text:p>{{ if row.figures.size > 0 }}量化：{{ row.figures.size }}{{ end }}</text:p><text:p>{{ end }}</text:p></table:table-cell>" +
        "</table:table-row></table:table>" +
        "<text:p>{{ end }}</text:p>";

    private static string DocxTables =>
        "<w:p><w:r><w:t>{{ for table in document.tables }}</w:t></w:r></w:p>" +
        "<w:p><w:r><w:t>{{ table.heading }}</w:t></w:r></w:p>" +
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"4000\"/></w:tblGrid>" +
        "<w:tr><w:tc><w:p><w:r><w:t>策略</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>主辦單位</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>成果</w:t></w:r></w:p></w:tc></w:tr>" +
        "<w:tr><w:tc>" + OfficeFixtures.WordParagraphs("{{ for row in table.rows }}", "{{ row.strategy }}") + "</w:tc>" +
        "<w:tc>" + OfficeFixtures.WordParagraphs("{{ row.lead_units | array.join \"、\" }}") + "</w:tc>" +
        "<w:tc>" + OfficeFixtures.WordParagraphs("{{ for cell in row.cells }}", "{{ for line in cell.lines }}", "{{ line.content }}", "{{ end }}", "{{ end }}", "{{ end }}") + "</w:tc></w:tr></w:tbl>" +
        OfficeFixtures.WordParagraphs("{{ end }}");

    [Theory]
    [InlineData("odt")]
    [InlineData("docx")]
    public void ARowLoopRepeatsTheRowForEveryEntryAndControlParagraphsDisappear(string format)
    {
        var (document, _) = Samples.Load("hualien-112-results");
        byte[] file = format == "odt" ? OfficeFixtures.Odt(OdtTables) : OfficeFixtures.Docx(DocxTables);
        byte[] output = OfficeFixtures.Render(file, "tables." + format, "hualien-112-results");
        XDocument part = XDocument.Parse(OfficeFixtures.Part(output, format == "odt" ? "content.xml" : "word/document.xml"));

        XName row = format == "odt" ? Table + "table-row" : W + "tr";
        XName table = format == "odt" ? Table + "table" : W + "tbl";
        List<XElement> tables = part.Descendants(table).ToList();
        Assert.Equal(document.Tables.Count, tables.Count);
        for (int i = 0; i < tables.Count; i++)
        {
            // The header row, then one row per entry, each holding the entry's strategy and lead units.
            List<XElement> rows = tables[i].Descendants(row).ToList();
            Assert.Equal(document.Tables[i].Entries.Count + 1, rows.Count);
            for (int r = 0; r < document.Tables[i].Entries.Count; r++)
            {
                string rowText = rows[r + 1].Value;
                Assert.Contains(string.Join("、", document.Tables[i].Entries[r].LeadUnits), rowText);
            }
        }

        string all = part.Root!.Value;
        Assert.DoesNotContain("{{", all);
        Assert.DoesNotContain("for row", all);
        foreach (var entry in document.Tables.SelectMany(t => t.Entries))
        {
            foreach (var block in entry.Results)
            {
                Assert.Contains(block.Text, all);
            }
        }
    }

    [Fact]
    public void AWordCellWhoseParagraphsWereAllControlParagraphsKeepsAnEmptyParagraph()
    {
        string body = "<w:tbl><w:tr><w:tc>" + OfficeFixtures.WordParagraphs("{{ for row in document.tables[0].rows }}") + "</w:tc><w:tc>" +
            OfficeFixtures.WordParagraphs("{{ row.strategy }}") + "</w:tc><w:tc>" + OfficeFixtures.WordParagraphs("{{ end }}") + "</w:tc></w:tr></w:tbl>" + OfficeFixtures.WordParagraphs("x");
        byte[] output = OfficeFixtures.Render(OfficeFixtures.Docx(body), "cells.docx", "hualien-112-results");
        XDocument part = XDocument.Parse(OfficeFixtures.Part(output, "word/document.xml"));
        Assert.All(part.Descendants(W + "tc"), cell => Assert.NotEmpty(cell.Elements(W + "p")));
    }

    [Fact]
    public void ParagraphsBetweenControlParagraphsRepeatAndAnInlineIfStaysInItsParagraph()
    {
        var (document, _) = Samples.Load("tainan-111-plan");
        string body = OfficeFixtures.OdfParagraphs(
            "{{ for section in document.sections }}",
            "{{ if section.heading }}{{ section.heading }}{{ else }}（無標題）{{ end }}",
            "{{ end }}");
        byte[] output = OfficeFixtures.Render(OfficeFixtures.Odt(body), "sections.odt", "tainan-111-plan");
        List<string> paragraphs = XDocument.Parse(OfficeFixtures.Part(output, "content.xml")).Descendants(Text + "p").Select(p => p.Value).ToList();
        var plan = (ServiceEfficiency.Documents.ImplementationPlan)document;
        Assert.True(paragraphs.Count >= 5, string.Join(" | ", paragraphs));
        Assert.Contains(paragraphs, p => p.StartsWith("壹", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("{{", StringComparison.Ordinal) || p.Length == 0);
        _ = plan;
    }

    [Fact]
    public void AValueIsEscapedIntoTheXmlAndItsLineBreaksBecomeBreaks()
    {
        string body = OfficeFixtures.OdfParagraphs("{{ \"a &lt; b &amp; c\\nd\" }}");
        byte[] output = OfficeFixtures.Render(OfficeFixtures.Odt(body), "escape.odt", "hualien-112-results");
        string content = OfficeFixtures.Part(output, "content.xml");
        Assert.Contains("a &lt; b &amp; c<text:line-break/>d", content);
        Assert.NotNull(XDocument.Parse(content));

        byte[] word = OfficeFixtures.Render(OfficeFixtures.Docx(OfficeFixtures.WordParagraphs("{{ \"x\\ty\\nz\" }}")), "escape.docx", "hualien-112-results");
        XDocument wordPart = XDocument.Parse(OfficeFixtures.Part(word, "word/document.xml"));
        XElement paragraph = wordPart.Descendants(W + "p").First();
        Assert.Equal(new[] { "t", "tab", "t", "br", "t" }, paragraph.Descendants().Where(e => e.Name.LocalName is "t" or "tab" or "br").Select(e => e.Name.LocalName));
        Assert.Equal("xyz", paragraph.Value);
    }

    [Fact]
    public void EverythingOutsideTheTaggedPartsIsWrittenBackByteForByteAndTheRenderIsDeterministic()
    {
        byte[] image = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray();
        byte[] file = OfficeFixtures.Odt(OfficeFixtures.OdfParagraphs("{{ document.title }}"), null, ("Pictures/logo.png", "not really a png"), ("settings.xml", "<?xml version=\"1.0\"?><office:document-settings xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"));
        byte[] first = OfficeFixtures.Render(file, "kept.odt", "hualien-112-results");
        byte[] second = OfficeFixtures.Render(file, "kept.odt", "hualien-112-results");
        Assert.Equal(first, second);

        var original = OdfZip.Entries(file);
        var rendered = OdfZip.Entries(first);
        Assert.Equal(original.Select(e => e.Name), rendered.Select(e => e.Name));
        Assert.Equal("mimetype", rendered[0].Name);
        Assert.True(rendered[0].Stored);
        foreach (var entry in original.Where(e => e.Name != "content.xml"))
        {
            Assert.Equal(entry.Data, rendered.Single(e => e.Name == entry.Name).Data);
        }

        _ = image;
    }

    [Fact]
    public void RestylingTheLayoutIsKept()
    {
        string restyled = OfficeFixtures.OdfStyles.Replace("Liberation Serif", "DFKai-SB", StringComparison.Ordinal).Replace("fo:margin-left=\"2cm\"", "fo:margin-left=\"3.5cm\"", StringComparison.Ordinal);
        byte[] output = OfficeFixtures.Render(OfficeFixtures.Odt(OfficeFixtures.OdfParagraphs("{{ document.title }}"), restyled), "styled.odt", "hualien-112-results");
        string styles = OfficeFixtures.Part(output, "styles.xml");
        Assert.Equal(restyled, styles);
        Assert.Contains("DFKai-SB", styles);
        Assert.Contains("fo:margin-left=\"3.5cm\"", styles);

        string docx = OfficeFixtures.Part(OfficeFixtures.Docx(OfficeFixtures.WordParagraphs("{{ document.title }}")), "word/document.xml")
            .Replace("w:left=\"1134\"", "w:left=\"2000\"", StringComparison.Ordinal);
        _ = docx;
    }

    [Fact]
    public void AFlatOdtRendersIntoAFlatOdt()
    {
        string flat = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document " + OfficeFixtures.OdfNamespaces + " office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:body><office:text>" +
            OfficeFixtures.OdfParagraphs("{{ document.title }}") + "</office:text></office:body></office:document>";
        OfficeTemplate layout = OfficeTemplate.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(flat)), "flat.fodt");
        Assert.Equal("fodt", layout.Format.Name);
        var (document, edition) = Samples.Load("hualien-112-results");
        string output = Samples.Text(new DocumentRenderer(new RenderOptions { TemplateSource = layout }).RenderToBytes(document, edition, layout.Format));
        Assert.Contains(document.Title, XDocument.Parse(output).Root!.Value);
    }

    [Fact]
    public void FieldsImagesAndBookmarksOutsideTheTagsSurviveInTheCompiledPart()
    {
        string odt = "<text:p>第 <text:page-number text:select-page=\"current\">1</text:page-number> 頁 {{ document.year }}</text:p>" +
            "<text:p><draw:frame draw:name=\"logo\" svg:width=\"2cm\" svg:height=\"1cm\"><draw:image xlink:href=\"Pictures/logo.png\" xlink:type=\"simple\"/></draw:frame><text:bookmark text:name=\"top\"/>{{ document.title }}</text:p>";
        XDocument content = XDocument.Parse(OfficeFixtures.Part(OfficeFixtures.Render(OfficeFixtures.Odt(odt, null, ("Pictures/logo.png", "png")), "fields.odt", "hualien-112-results"), "content.xml"));
        XElement page = Assert.Single(content.Descendants(Text + "page-number"));
        Assert.Equal("current", (string?)page.Attribute(Text + "select-page"));
        Assert.Equal("Pictures/logo.png", (string?)Assert.Single(content.Descendants(XName.Get("image", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"))).Attribute(XName.Get("href", "http://www.w3.org/1999/xlink")));
        Assert.Single(content.Descendants(Text + "bookmark"));

        string docx = "<w:p><w:r><w:t xml:space=\"preserve\">第 </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple><w:bookmarkStart w:id=\"0\" w:name=\"top\"/><w:r><w:t xml:space=\"preserve\"> 頁 {{ document.year }}</w:t></w:r><w:bookmarkEnd w:id=\"0\"/></w:p>";
        XDocument document = XDocument.Parse(OfficeFixtures.Part(OfficeFixtures.Render(OfficeFixtures.Docx(docx), "fields.docx", "hualien-112-results"), "word/document.xml"));
        Assert.Equal(" PAGE ", (string?)Assert.Single(document.Descendants(W + "fldSimple")).Attribute(W + "instr"));
        Assert.Single(document.Descendants(W + "bookmarkStart"));
        Assert.Single(document.Descendants(W + "bookmarkEnd"));
        Assert.Contains("頁 112", document.Root!.Value);
    }

    [Fact]
    public void TagsInHeadersAndFootersAreFilledAndTheirErrorsNameThePart()
    {
        string footer = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:ftr " + OfficeFixtures.WordNamespaces + ">" + OfficeFixtures.WordParagraphs("{{ document.agency.name }}") + "</w:ftr>";
        byte[] output = OfficeFixtures.Render(OfficeFixtures.Docx(OfficeFixtures.WordParagraphs("{{ document.title }}"), null, ("word/footer1.xml", footer)), "footer.docx", "hualien-112-results");
        var (document, _) = Samples.Load("hualien-112-results");
        Assert.Equal(document.Agency.Name, XDocument.Parse(OfficeFixtures.Part(output, "word/footer1.xml")).Root!.Value);

        string typo = footer.Replace("agency.name", "agency.nmae", StringComparison.Ordinal);
        var error = Assert.Single(OfficeFixtures.Failure(OfficeFixtures.Docx(OfficeFixtures.WordParagraphs("{{ document.title }}"), null, ("word/footer1.xml", typo)), "footer.docx"));
        Assert.Equal("SE2002", error.Code);
        Assert.Equal("footer1.xml, paragraph 1", error.Location.Place);

        string styles = OfficeFixtures.OdfStyles.Replace(
            "<style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\"/>",
            "<style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\"><style:header><text:p>{{ document.year }}年度</text:p></style:header></style:master-page>",
            StringComparison.Ordinal);
        byte[] odt = OfficeFixtures.Render(OfficeFixtures.Odt(OfficeFixtures.OdfParagraphs("{{ document.title }}"), styles), "header.odt", "hualien-112-results");
        Assert.Contains("<text:p>112年度</text:p>", OfficeFixtures.Part(odt, "styles.xml"));
    }
}
