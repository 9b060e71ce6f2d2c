using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ServiceEfficiency.Templates.Tests.Office;

/// <summary>
/// A .docx layout saved by LibreOffice carries a few values outside the WordprocessingML schema;
/// the document rendered through it spells them as the schema does, and Word's validator accepts it.
/// </summary>
public sealed class WordSchemaRepairTests
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    // The table and the rows as LibreOffice 7.4 writes them: w:val="true"/"false" and a table's w:jc="start".
    private const string Body =
        "<w:p><w:r><w:t>{{ document.title }}</w:t></w:r></w:p>" +
        "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:jc w:val=\"start\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"9000\"/></w:tblGrid>" +
        "<w:tr><w:trPr><w:cantSplit w:val=\"true\"/><w:tblHeader w:val=\"true\"/></w:trPr><w:tc><w:p><w:r><w:t>執行策略</w:t></w:r></w:p></w:tc></w:tr>" +
        "<w:tr><w:trPr><w:cantSplit w:val=\"false\"/></w:trPr><w:tc><w:p><w:r><w:t>{{ document.agency.name }}</w:t></w:r></w:p></w:tc></w:tr>" +
        "</w:tbl>";

    // A list level with w:pStyle before w:numFmt and w:lvlJc="start", and fonts with w:characterSet beside w:val.
    private const string Numbering =
        Declaration + "<w:numbering " + OfficeFixtures.WordNamespaces + "><w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:pStyle w:val=\"Heading2\"/>" +
        "<w:numFmt w:val=\"none\"/><w:suff w:val=\"nothing\"/><w:lvlText w:val=\"\"/><w:lvlJc w:val=\"start\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";

    private const string Fonts =
        Declaration + "<w:fonts " + OfficeFixtures.WordNamespaces + "><w:font w:name=\"Times New Roman\"><w:charset w:val=\"00\" w:characterSet=\"windows-1252\"/><w:family w:val=\"roman\"/></w:font>" +
        "<w:font w:name=\"Noto Serif CJK TC\"><w:charset w:val=\"01\" w:characterSet=\"utf-8\"/><w:family w:val=\"roman\"/></w:font></w:fonts>";

    private const string Styles =
        Declaration + "<w:styles " + OfficeFixtures.WordNamespaces + "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Liberation Serif\" w:eastAsia=\"Noto Serif CJK TC\"/><w:sz w:val=\"24\"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>";

    [Fact]
    public void A_layout_with_LibreOffices_spellings_renders_into_a_document_Words_validator_accepts()
    {
        byte[] layout = Layout();
        IReadOnlyList<string> before = Errors(layout);
        Assert.True(before.Count >= 6, "the layout itself must have the errors under test:" + Environment.NewLine + string.Join(Environment.NewLine, before));

        byte[] rendered = OfficeFixtures.Render(layout, "libreoffice.docx", "hualien-112-results");

        IReadOnlyList<string> after = Errors(rendered);
        Assert.True(after.Count == 0, string.Join(Environment.NewLine, after));
    }

    [Fact]
    public void Each_value_is_spelt_as_the_schema_spells_the_same_meaning()
    {
        byte[] rendered = OfficeFixtures.Render(Layout(), "libreoffice.docx", "hualien-112-results");

        string document = OfficeFixtures.Part(rendered, "word/document.xml");
        Assert.Contains("<w:cantSplit /><w:tblHeader /></w:trPr>", document, StringComparison.Ordinal); // true: the value left out means on
        Assert.Contains("<w:cantSplit w:val=\"off\" />", document, StringComparison.Ordinal);
        Assert.Contains("<w:jc w:val=\"left\" /></w:tblPr>", document, StringComparison.Ordinal);
        Assert.Contains("經濟部標準檢驗局花蓮分局", document, StringComparison.Ordinal);

        string numbering = OfficeFixtures.Part(rendered, "word/numbering.xml");
        Assert.Contains("<w:start w:val=\"1\" /><w:numFmt w:val=\"none\" /><w:pStyle w:val=\"Heading2\" />", numbering, StringComparison.Ordinal);
        Assert.Contains("<w:lvlJc w:val=\"left\" />", numbering, StringComparison.Ordinal);

        string fonts = OfficeFixtures.Part(rendered, "word/fontTable.xml");
        Assert.DoesNotContain("characterSet", fonts, StringComparison.Ordinal);
        Assert.Contains("<w:charset w:val=\"01\" />", fonts, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_with_nothing_to_repair_keeps_its_bytes()
    {
        byte[] rendered = OfficeFixtures.Render(Layout(), "libreoffice.docx", "hualien-112-results");

        Assert.Equal(Styles, OfficeFixtures.Part(rendered, "word/styles.xml"));
    }

    [Fact]
    public void A_value_the_schema_takes_is_left_as_it_is()
    {
        string body = Body.Replace("<w:jc w:val=\"start\"/>", "<w:jc w:val=\"center\"/>", StringComparison.Ordinal)
            .Replace("<w:cantSplit w:val=\"false\"/>", "<w:cantSplit w:val=\"on\"/>", StringComparison.Ordinal);
        byte[] rendered = OfficeFixtures.Render(Layout(body), "libreoffice.docx", "hualien-112-results");

        string document = OfficeFixtures.Part(rendered, "word/document.xml");
        Assert.Contains("<w:jc w:val=\"center\" />", document, StringComparison.Ordinal);
        Assert.Contains("<w:cantSplit w:val=\"on\" />", document, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_is_right_in_a_right_to_left_table()
    {
        string body = Body.Replace("<w:jc w:val=\"start\"/>", "<w:bidiVisual/><w:jc w:val=\"start\"/>", StringComparison.Ordinal);
        byte[] rendered = OfficeFixtures.Render(Layout(body), "libreoffice.docx", "hualien-112-results");

        Assert.Contains("<w:bidiVisual /><w:jc w:val=\"right\" />", OfficeFixtures.Part(rendered, "word/document.xml"), StringComparison.Ordinal);
    }

    /// <summary>A .docx with document, styles, numbering and font table parts, related and typed as Word writes them.</summary>
    private static byte[] Layout(string body = Body)
    {
        const string Main = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        const string Relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        string document = Declaration + "<w:document " + OfficeFixtures.WordNamespaces + "><w:body>" + body +
            "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
        return OfficeFixtures.Zip(new[]
        {
            ("[Content_Types].xml", Declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"" + Main + "document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"" + Main + "styles+xml\"/>" +
                "<Override PartName=\"/word/numbering.xml\" ContentType=\"" + Main + "numbering+xml\"/><Override PartName=\"/word/fontTable.xml\" ContentType=\"" + Main + "fontTable+xml\"/></Types>"),
            ("_rels/.rels", Declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + Relationship + "officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", Declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + Relationship + "styles\" Target=\"styles.xml\"/>" +
                "<Relationship Id=\"rId2\" Type=\"" + Relationship + "numbering\" Target=\"numbering.xml\"/><Relationship Id=\"rId3\" Type=\"" + Relationship + "fontTable\" Target=\"fontTable.xml\"/></Relationships>"),
            ("word/styles.xml", Styles),
            ("word/numbering.xml", Numbering),
            ("word/fontTable.xml", Fonts),
        });
    }

    private static IReadOnlyList<string> Errors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, false);
        return new OpenXmlValidator(global::DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri}: {e.Path?.XPath}: {e.Description}").ToList();
    }
}
