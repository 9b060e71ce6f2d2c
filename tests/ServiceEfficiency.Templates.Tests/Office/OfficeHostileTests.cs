using System.IO.Compression;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Templates.Office;

namespace ServiceEfficiency.Templates.Tests.Office;

/// <summary>
/// Hostile and broken layouts are stopped with one located SE2xxx error — at the paragraph or
/// cell and the tag, not an XML offset — and leave no output file.
/// </summary>
public sealed class OfficeHostileTests
{
    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        Diagnostic error = Assert.Single(diagnostics);
        Assert.True(error.Code == code, error.ToString());
        return error;
    }

    private static IReadOnlyList<Diagnostic> LoadFailure(byte[] file, string name) =>
        Assert.Throws<TemplateRenderException>(() => OfficeFixtures.Load(file, name)).Diagnostics;

    [Fact]
    public void ALoopWithoutEndIsRefusedAtItsParagraph()
    {
        byte[] file = OfficeFixtures.Odt(OfficeFixtures.OdfParagraphs("{{ document.title }}", "{{ for table in document.tables }}", "{{ table.heading }}"));
        Diagnostic error = Single(LoadFailure(file, "loop.odt"), "SE2011");
        Assert.Equal("loop.odt", error.Location.FilePath);
        Assert.Equal("paragraph 2", error.Location.Place);
        Assert.Contains("{{ for table in document.tables }}", error.Message);
        Assert.StartsWith("loop.odt: paragraph 2: error SE2011:", error.ToString());
    }

    [Fact]
    public void AnEndWithoutBlockIsRefused()
    {
        Diagnostic error = Single(LoadFailure(OfficeFixtures.Docx(OfficeFixtures.WordParagraphs("x", "{{ end }}")), "end.docx"), "SE2011");
        Assert.Equal("paragraph 2", error.Location.Place);
    }

    [Fact]
    public void ATagOpenedInOneCellAndClosedInAnotherIsRefusedAtTheCell()
    {
        string body = "<table:table><table:table-row><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row>" +
            "<table:table-row><table:table-cell><text:p>{{ row.</text:p></table:table-cell><table:table-cell><text:p>strategy }}</text:p></table:table-cell></table:table-row></table:table>";
        Diagnostic error = Single(LoadFailure(OfficeFixtures.Odt(body), "cells.odt"), "SE2011");
        Assert.Equal("table 1, row 2, cell 1", error.Location.Place);
        Assert.Contains("{{ row.", error.Message);
    }

    [Fact]
    public void ABlockOpenedOutsideATableAndEndedInItsCellIsRefused()
    {
        string body = OfficeFixtures.WordParagraphs("{{ for table in document.tables }}") +
            "<w:tbl><w:tr><w:tc>" + OfficeFixtures.WordParagraphs("{{ table.heading }}", "{{ end }}") + "</w:tc></w:tr></w:tbl>";
        Diagnostic error = Assert.Single(LoadFailure(OfficeFixtures.Docx(body), "cross.docx"));
        Assert.Equal("SE2011", error.Code);
        Assert.Equal("paragraph 1", error.Location.Place);
        Assert.Contains("table 1, row 1, cell 1, paragraph 2", error.Message); // where its end is
    }

    [Fact]
    public void AnUnknownMemberIsAnErrorAtTheCellAndTheTag()
    {
        string body = "<table:table><table:table-row><table:table-cell><text:p>策略</text:p></table:table-cell></table:table-row>" +
            "<table:table-row><table:table-cell><text:p>{{ for row in document.tables[0].rows }}</text:p><text:p>{{ row.titel }}</text:p><text:p>{{ end }}</text:p></table:table-cell></table:table-row></table:table>";
        Diagnostic error = Single(OfficeFixtures.Failure(OfficeFixtures.Odt(body), "my-layout.odt"), "SE2002");
        Assert.Equal("table 1, row 2, cell 1, paragraph 2", error.Location.Place);
        Assert.Contains("unknown member 'titel'", error.Message);
        Assert.Contains("{{ row.titel }}", error.Message);
        Assert.StartsWith("my-layout.odt: table 1, row 2, cell 1, paragraph 2: error SE2002:", error.ToString());
    }

    [Fact]
    public void ATagThatDoesNotParseIsRefusedWhenLoaded()
    {
        Diagnostic error = Assert.Single(LoadFailure(OfficeFixtures.Odt(OfficeFixtures.OdfParagraphs("ok", "{{ document.title + }}")), "syntax.odt"));
        Assert.Equal("SE2001", error.Code);
        Assert.Equal("paragraph 2", error.Location.Place);
        Assert.Contains("{{ document.title + }}", error.Message);
    }

    [Theory]
    [InlineData("{{ include \"../../../../etc/passwd\" }}")]
    [InlineData("{{ include \"odt/content.xml.sbn\" }}")]
    [InlineData("{{ include \"office/content.xml\" }}")]
    public void AnOfficeTemplateIncludesNothing(string tag)
    {
        Diagnostic error = Single(OfficeFixtures.Failure(OfficeFixtures.Odt(OfficeFixtures.OdfParagraphs(tag)), "include.odt"), "SE2006");
        Assert.Equal("paragraph 1", error.Location.Place);
    }

    [Fact]
    public void A100MegabyteOutputIsStoppedAndNoFileIsLeft()
    {
        byte[] file = OfficeFixtures.Odt(OfficeFixtures.OdfParagraphs("{{ for i in 1..100 }}{{ \"x\" | string.pad_left 1000000 }}{{ end }}"));
        OfficeTemplate layout = OfficeFixtures.Load(file, "big.odt");
        var (document, edition) = Samples.Load("hualien-112-results");
        string target = Path.Combine(Path.GetTempPath(), "se-office-" + Guid.NewGuid().ToString("N") + ".odt");
        var failure = Assert.Throws<TemplateRenderException>(() =>
            new DocumentRenderer(new RenderOptions { TemplateSource = layout }).RenderToFile(document, edition, layout.Format, target));
        Diagnostic error = Assert.Single(failure.Diagnostics);
        Assert.True(error.Code == "SE2005", error.ToString());
        Assert.Equal("paragraph 1", error.Location.Place);
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(target) + "*"));
    }

    [Fact]
    public void AZipBombStopsAtTheLimitWithoutExpandingFurther()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string path, byte[] data) in OdfZip.Entries(OfficeFixtures.Odt(OfficeFixtures.OdfParagraphs("{{ document.title }}"))).Select(e => (e.Name, e.Data)))
            {
                using Stream s = zip.CreateEntry(path).Open();
                s.Write(data);
            }

            using Stream bomb = zip.CreateEntry("Pictures/bomb.png", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < 80; i++)
            {
                bomb.Write(zeros);
            }
        }

        Assert.True(buffer.Length < 1024 * 1024, "the bomb is small compressed");
        Diagnostic error = Single(LoadFailure(buffer.ToArray(), "bomb.odt"), "SE2010");
        Assert.Contains("Pictures/bomb.png", error.Message);
    }

    [Fact]
    public void ADocxWithAnExternalRelationshipTargetIsRefused()
    {
        string rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"http://tracker.example/pixel.png\" TargetMode=\"External\"/></Relationships>";
        Diagnostic error = Single(LoadFailure(OfficeFixtures.Docx(OfficeFixtures.WordParagraphs("{{ document.title }}"), rels), "linked.docx"), "SE2010");
        Assert.Contains("http://tracker.example/pixel.png", error.Message);
    }

    [Fact]
    public void AHyperlinkIsNotAnExternalTargetThatIsRefused()
    {
        string rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://www.example.gov.tw/\" TargetMode=\"External\"/></Relationships>";
        Assert.Equal("docx", OfficeFixtures.Load(OfficeFixtures.Docx(OfficeFixtures.WordParagraphs("{{ document.title }}"), rels), "link.docx").Format.Name);
    }

    [Fact]
    public void AnOdtImageLinkedByUrlIsRefused()
    {
        string body = "<text:p><draw:frame draw:name=\"i\" svg:width=\"1cm\" svg:height=\"1cm\"><draw:image xlink:href=\"https://tracker.example/p.png\" xlink:type=\"simple\"/></draw:frame>{{ document.title }}</text:p>";
        Diagnostic error = Single(LoadFailure(OfficeFixtures.Odt(body), "linked.odt"), "SE2010");
        Assert.Contains("https://tracker.example/p.png", error.Message);
    }

    [Theory]
    [InlineData("not a zip at all", "x.odt")]
    [InlineData("", "x.docx")]
    public void NotAPackageIsRefused(string content, string name)
    {
        Single(LoadFailure(System.Text.Encoding.UTF8.GetBytes(content), name), "SE2010");
    }

    [Theory]
    [InlineData("layout.doc")]
    [InlineData("layout.sbn")]
    [InlineData("layout")]
    public void AnExtensionThatNamesNoOfficeFormatIsRefused(string name)
    {
        Single(LoadFailure(OfficeFixtures.Odt(OfficeFixtures.OdfParagraphs("{{ document.title }}")), name), "SE2010");
    }

    [Fact]
    public void ADtdAndItsEntitiesAreRefused()
    {
        string content = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><office:document-content " + OfficeFixtures.OdfNamespaces + "><office:body><office:text><text:p>&b;</text:p></office:text></office:body></office:document-content>";
        byte[] file = OfficeFixtures.Zip(new[] { ("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content) });
        Single(LoadFailure(file, "dtd.odt"), "SE2010");
    }

    [Fact]
    public void ElementsNestedTooDeepAreRefusedWithoutExhaustingTheStack()
    {
        string deep = string.Concat(Enumerable.Repeat("<text:span>", 100_000)) + "{{ document.title }}" + string.Concat(Enumerable.Repeat("</text:span>", 100_000));
        Single(LoadFailure(OfficeFixtures.Odt("<text:p>" + deep + "</text:p>"), "deep.odt"), "SE2010");
    }

    [Fact]
    public void ManyTagsInOneParagraphCompileInLinearTime()
    {
        // Not a timing assertion: 50 000 tags and bookmarks in one paragraph must simply finish (the benchmark measures it).
        string paragraph = "<text:p>" + string.Concat(Enumerable.Repeat("{{ document.year }}<text:bookmark text:name=\"b\"/>", 50_000)) + "</text:p>";
        OfficeTemplate layout = OfficeFixtures.Load(OfficeFixtures.Odt(paragraph), "many.odt");
        Assert.Equal("odt", layout.Format.Name);
    }

    [Fact]
    public void AWrongMimetypeIsRefused()
    {
        byte[] file = OfficeFixtures.Zip(new[] { ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>") });
        Diagnostic error = Single(LoadFailure(file, "sheet.odt"), "SE2010");
        Assert.Contains("spreadsheet", error.Message);
    }
}
