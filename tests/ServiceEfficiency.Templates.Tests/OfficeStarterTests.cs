using System.Text;
using System.Xml.Linq;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Templates.Office;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// Issue 15's starter (<see cref="OfficeStarter"/>): an office file with the default layout and tags
/// in its body. Its own parts are the default render's bytes, its body holds the tags, it is valid
/// and the same every time.
/// </summary>
public sealed class OfficeStarterTests
{
    public static TheoryData<string> Formats() => new() { "odt", "fodt", "docx" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void TheStarterIsTheSameBytesEveryTime(string format)
    {
        byte[] first = OfficeStarter.Create(Format(format));
        byte[] second = OfficeStarter.Create(Format(format), new RenderOptions());

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void TheBodyHoldsTagsNotData(string format)
    {
        string body = Body(format, OfficeStarter.Create(Format(format)));

        foreach (string tag in new[]
        {
            "{{ document.title }}",
            "{{ if document.issued }}",
            "{{ for section in document.sections }}",
            "{{ section.heading }}",
            "{{ line.content }}",
            "{{ for table in document.tables }}",
            "{{ table.heading }}",
            "{{ for row in table.rows }}",
            "{{ group.heading }}",
            "{{ row.strategy }}",
            "{{ row.lead_units | array.join \"、\" }}",
            "{{ for cell in row.cells }}",
            "{{ for line in cell.lines }}",
        })
        {
            Assert.Contains(tag, body, StringComparison.Ordinal);
        }

        // The placeholder document the starter is rendered with is nowhere: the title paragraph is a tag.
        Assert.DoesNotContain(OfficeStarter.PlaceholderTitle, body, StringComparison.Ordinal);
    }

    /// <summary>Each opening tag has its end: the tags of the body nest (ends counted against for and if).</summary>
    [Theory]
    [MemberData(nameof(Formats))]
    public void TheBlocksOfTheBodyAreClosed(string format)
    {
        string text = Text(Body(format, OfficeStarter.Create(Format(format))));

        int depth = 0;
        foreach (System.Text.RegularExpressions.Match tag in System.Text.RegularExpressions.Regex.Matches(text, @"\{\{\s*(for|if|end)\b"))
        {
            depth += tag.Groups[1].Value == "end" ? -1 : 1;
            Assert.True(depth >= 0, $"an end without its block in {format}");
        }

        Assert.Equal(0, depth);
    }

    /// <summary>No title or creator in the metadata: a layout keeps it in every document rendered through it.</summary>
    [Theory]
    [InlineData("odt", "meta.xml")]
    [InlineData("docx", "docProps/core.xml")]
    public void TheMetadataNamesNoDocument(string format, string part)
    {
        string meta = Samples.Text(Entry(OfficeStarter.Create(Format(format)), part));

        XDocument.Parse(meta);
        Assert.DoesNotContain("title", meta, StringComparison.Ordinal);
        Assert.DoesNotContain("creator", meta, StringComparison.Ordinal);
        Assert.DoesNotContain(OfficeStarter.PlaceholderTitle, meta, StringComparison.Ordinal);
        Assert.Contains("zh-TW", meta, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("odt", "styles.xml")]
    [InlineData("odt", "META-INF/manifest.xml")]
    [InlineData("docx", "word/styles.xml")]
    [InlineData("docx", "word/settings.xml")]
    [InlineData("docx", "word/footer1.xml")]
    [InlineData("docx", "[Content_Types].xml")]
    [InlineData("docx", "word/_rels/document.xml.rels")]
    public void ThePartsBesideTheBodyAreTheDefaultRendersBytes(string format, string part)
    {
        (var document, var edition) = Samples.Load("bsmi-114-plan");
        byte[] rendered = new DocumentRenderer().RenderToBytes(document, edition, Format(format));

        byte[] starter = OfficeStarter.Create(Format(format));

        Assert.Equal(Entry(rendered, part), Entry(starter, part));
    }

    /// <summary>The page setup, fonts and automatic table styles of content.xml are the default's too: all of content.xml before the body.</summary>
    [Fact]
    public void TheOdtContentBeforeTheBodyIsTheDefaultRenders()
    {
        (var document, var edition) = Samples.Load("hualien-112-results");
        string rendered = Samples.Text(Entry(new DocumentRenderer().RenderToBytes(document, edition, DocumentFormat.Odt), "content.xml"));
        string starter = Samples.Text(Entry(OfficeStarter.Create(DocumentFormat.Odt), "content.xml"));

        string head = rendered.Substring(0, rendered.IndexOf("<office:body>", StringComparison.Ordinal));
        Assert.StartsWith(head, starter, StringComparison.Ordinal);
    }

    /// <summary>The fonts of the options reach the starter's styles, as they reach a render's.</summary>
    [Fact]
    public void TheOptionsFontsAreTheStartersFonts()
    {
        var options = new RenderOptions { Fonts = new DocumentFonts(new FontPair("DFKai-SB", "Times New Roman"), new FontPair("Microsoft JhengHei", "Arial")) };
        (var document, var edition) = Samples.Load("bsmi-114-plan");
        byte[] rendered = new DocumentRenderer(options).RenderToBytes(document, edition, DocumentFormat.Docx);

        byte[] starter = OfficeStarter.Create(DocumentFormat.Docx, options);

        Assert.Equal(Entry(rendered, "word/styles.xml"), Entry(starter, "word/styles.xml"));
        Assert.Contains("DFKai-SB", Samples.Text(Entry(starter, "word/styles.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPartOfTheOdtStarterIsWellFormedXml()
    {
        byte[] odt = OfficeStarter.Create(DocumentFormat.Odt);

        var entries = OdfZip.Entries(odt);
        Assert.Equal("mimetype", entries[0].Name);
        foreach ((string name, _, byte[] data) in entries.Skip(1))
        {
            XDocument.Parse(Samples.Text(data));
        }

        XDocument.Parse(Samples.Text(OfficeStarter.Create(DocumentFormat.FlatOdt)));
    }

    [Fact]
    public void TheDocxStarterPassesTheOpenXmlValidator()
    {
        IReadOnlyList<string> errors = DocxValidationTests.Validate(OfficeStarter.Create(DocumentFormat.Docx));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void TheStarterTemplatesAreNoDefaults()
    {
        Assert.DoesNotContain(DocumentRenderer.DefaultTemplateNames, n => n.StartsWith("starter/", StringComparison.Ordinal));
        Assert.DoesNotContain("{{ for row in table.rows }}", DocumentRenderer.GetDefaultTemplate("odf/_body.sbn"), StringComparison.Ordinal);
    }

    /// <summary>A caller's override of the body does not replace the starter's: the starter is what it says.</summary>
    [Fact]
    public void ACallersBodyOverrideDoesNotReplaceTheStartersBody()
    {
        var options = new RenderOptions { TemplateSource = new OneTemplate("docx/document.xml.sbn", "not a document") };

        string body = Samples.Text(Entry(OfficeStarter.Create(DocumentFormat.Docx, options), "word/document.xml"));

        Assert.Contains("{{ for row in table.rows }}", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    public void OtherFormatsAreRefusedNamingTheSupportedOnes(string format)
    {
        var refused = Assert.Throws<ArgumentException>(() => OfficeStarter.Create(Format(format)));

        Assert.Contains("odt, fodt or docx", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => OfficeStarter.Create(null!));
    }

    public static IEnumerable<object[]> SamplesAndFormats() =>
        from sample in Samples.Names from format in new[] { "odt", "fodt", "docx" } select new object[] { sample, format };

    /// <summary>
    /// The starter, loaded back as an office template, renders every sample with the default layout's
    /// paragraphs, in order: title, issued line, section headings and lines, table headings, column
    /// titles, group headings, strategies, lead units, methods, actions and results (the default
    /// render's empty cells aside).
    /// </summary>
    [Theory]
    [MemberData(nameof(SamplesAndFormats))]
    public void TheStarterRendersEverySampleWithTheDefaultsParagraphs(string sample, string format)
    {
        (var document, var edition) = Samples.Load(sample);
        string expected = Text(Body(format, new DocumentRenderer().RenderToBytes(document, edition, Format(format))));

        OfficeTemplate layout = OfficeTemplate.Load(new MemoryStream(OfficeStarter.Create(Format(format))), "starter." + format);
        byte[] output = new DocumentRenderer(new RenderOptions { TemplateSource = layout }).RenderToBytes(document, edition, layout.Format);
        string rendered = Text(Body(format, output));
        if (format == "docx")
        {
            IReadOnlyList<string> errors = DocxValidationTests.Validate(output);
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }

        Assert.Equal(NonEmpty(expected), NonEmpty(rendered));
        foreach (StrategyTable table in document.Tables)
        {
            foreach (StrategyEntry entry in table.Entries)
            {
                Assert.Contains(string.Join("、", entry.LeadUnits), rendered, StringComparison.Ordinal);
                if (!string.IsNullOrWhiteSpace(entry.Strategy))
                {
                    Assert.Contains(entry.Strategy, rendered, StringComparison.Ordinal);
                }
            }
        }
    }

    /// <summary>With the figures asked for, the starter prints them as the default does.</summary>
    [Fact]
    public void TheStarterPrintsTheFiguresWhenAskedFor()
    {
        (var document, var edition) = Samples.Load("hualien-112-results");
        var options = new RenderOptions { IncludeFigures = true };
        string expected = Text(Body("docx", new DocumentRenderer(options).RenderToBytes(document, edition, DocumentFormat.Docx)));

        options.TemplateSource = OfficeTemplate.Load(new MemoryStream(OfficeStarter.Create(DocumentFormat.Docx)), "starter.docx");
        string rendered = Text(Body("docx", new DocumentRenderer(options).RenderToBytes(document, edition, ((OfficeTemplate)options.TemplateSource).Format)));

        Assert.Contains("量化成果：", expected, StringComparison.Ordinal);
        Assert.Equal(NonEmpty(expected), NonEmpty(rendered));
    }

    private static List<string> NonEmpty(string text) => text.Split('\n').Where(l => l.Length > 0).ToList();

    internal static DocumentFormat Format(string cliName) => DocumentFormats.All.Single(f => f.CliName == cliName);

    /// <summary>An entry of a zip package.</summary>
    internal static byte[] Entry(byte[] zip, string name) => OdfZip.Entries(zip).Single(e => e.Name == name).Data;

    /// <summary>The part that holds the body: content.xml, word/document.xml, or the whole flat file.</summary>
    internal static string Body(string format, byte[] file) => format switch
    {
        "odt" => Samples.Text(Entry(file, "content.xml")),
        "docx" => Samples.Text(Entry(file, "word/document.xml")),
        _ => Samples.Text(file),
    };

    /// <summary>The text of an XML part: its text nodes in order, each paragraph on a line.</summary>
    internal static string Text(string xml)
    {
        var builder = new StringBuilder();
        foreach (XElement element in XDocument.Parse(xml).Descendants())
        {
            if (element.Name.LocalName is "p" or "h")
            {
                builder.Append(string.Concat(element.DescendantNodes().OfType<XText>().Select(t => t.Value))).Append('\n');
            }
        }

        return builder.ToString();
    }

    private sealed class OneTemplate(string name, string text) : ITemplateSource
    {
        public string? GetTemplate(string n) => n == name ? text : null;
    }
}
