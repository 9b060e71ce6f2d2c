using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>RenderOptions.Fonts: the checked names, the <c>fonts</c> model, and the faces in ODF and HTML.</summary>
public sealed class FontTests
{
    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static readonly XNamespace Svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

    // 標楷體 with Times New Roman for the body, 新細明體 for the headings: what an office asks for.
    private static readonly DocumentFonts OfficeFonts = new(new FontPair("DFKai-SB", "Times New Roman"), new FontPair("PMingLiU"));

    [Fact]
    public void TheWesternFaceIsTheEastAsianOneUnlessGiven()
    {
        var pair = new FontPair("DFKai-SB");

        Assert.Equal("DFKai-SB", pair.EastAsian);
        Assert.Equal("DFKai-SB", pair.Western);
        Assert.Equal("Times New Roman", new FontPair("DFKai-SB", "Times New Roman").Western);
    }

    [Fact]
    public void TheDefaultsAreNotoCjkTc()
    {
        DocumentFonts fonts = new RenderOptions().Fonts;

        Assert.Equal(new FontPair("Noto Serif CJK TC", "Noto Serif CJK TC"), fonts.Serif);
        Assert.Equal(new FontPair("Noto Sans CJK TC", "Noto Sans CJK TC"), fonts.Sans);
        Assert.Equal(DocumentFonts.Default, new DocumentFonts());
        Assert.Equal(DocumentFonts.Default, new DocumentFonts(new FontPair(DocumentFonts.DefaultSerifName), null));
    }

    [Fact]
    public void PairsAndFontsAreEqualByValue()
    {
        Assert.True(new FontPair("DFKai-SB", "Arial") == new FontPair("DFKai-SB", "Arial"));
        Assert.Equal(new FontPair("DFKai-SB", "Arial").GetHashCode(), new FontPair("DFKai-SB", "Arial").GetHashCode());
        Assert.True(new FontPair("DFKai-SB", "Arial") != new FontPair("DFKai-SB"));
        Assert.False(new FontPair("DFKai-SB").Equals(new FontPair("dfkai-sb"))); // a style names its face exactly
        Assert.True(new DocumentFonts(new FontPair("DFKai-SB")) == new DocumentFonts(new FontPair("DFKai-SB"), new FontPair("Noto Sans CJK TC")));
        Assert.NotEqual(DocumentFonts.Default, new DocumentFonts(sans: new FontPair("DFKai-SB")));
        Assert.Equal("DFKai-SB,Times New Roman", new FontPair("DFKai-SB", "Times New Roman").ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" DFKai-SB")]
    [InlineData("DFKai-SB\u3000")]
    [InlineData("DFKai\u0000SB")]
    [InlineData("DFKai\u001BSB")]
    [InlineData("DFKai\nSB")]
    [InlineData("DFKai\u0085SB")]
    [InlineData("DFKai\u202ESB")]
    [InlineData("DFKai\u200BSB")]
    [InlineData("DFKai\u2028SB")]
    [InlineData("DFKai\uFFFESB")]
    [InlineData("DFKai-SB,Times New Roman")]
    [InlineData("DFKai;SB")]
    [InlineData("DFKai\"SB")]
    [InlineData("DFKai\\SB")]
    public void ABadNameIsRefusedWhenThePairIsMade(string name)
    {
        ArgumentException eastAsian = Assert.Throws<ArgumentException>(() => new FontPair(name));
        ArgumentException western = Assert.Throws<ArgumentException>(() => new FontPair("DFKai-SB", name));

        Assert.Equal("eastAsian", eastAsian.ParamName);
        Assert.Equal("western", western.ParamName);
        // The message never carries an invisible or reordering character of the name.
        Assert.DoesNotMatch("[\\u0000-\\u001F\\u0085\\u200B\\u202E\\u2028\\uFFFE\\uD800]", eastAsian.Message);
    }

    [Fact]
    public void ANameHasAtMostSixtyFourCharacters()
    {
        Assert.Equal("x", new FontPair(new string('x', FontPair.MaxNameLength)).EastAsian.Substring(0, 1));
        Assert.Equal("eastAsian", Assert.Throws<ArgumentException>(() => new FontPair(new string('x', FontPair.MaxNameLength + 1))).ParamName);
        Assert.Throws<ArgumentNullException>(() => new FontPair(null!));
    }

    [Fact]
    public void ALoneSurrogateIsRefused()
    {
        // Not an InlineData: the test runner's serialization would turn it into U+FFFD.
        Assert.Throws<ArgumentException>(() => new FontPair("DFKai\uD800SB"));
        Assert.Throws<ArgumentException>(() => new FontPair("DFKai-SB", "Arial\uDC00"));
        Assert.Equal("\U00020000 Font", new FontPair("\U00020000 Font").EastAsian);
    }

    [Theory]
    [InlineData("標楷體")]
    [InlineData("DFKai-SB")]
    [InlineData("O'Brien Sans")]
    [InlineData("𠀀 Font")]
    [InlineData("</style><script>alert(1)</script>")]
    public void RealAndOddButHarmlessNamesAreAccepted(string name)
    {
        Assert.Equal(name, new FontPair(name).EastAsian);
    }

    [Fact]
    public void TemplatesSeeTheFaces()
    {
        var source = new MemoryTemplates(("markdown/document.sbn",
            "{{ fonts.serif.east_asian }}|{{ fonts.serif.western }}|{{ fonts.sans.east_asian }}|{{ fonts.sans.western }}|"
            + "{{ for face in fonts.faces }}{{ face.name }}={{ face.generic }};{{ end }}"));
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("bsmi-114-plan");

        string text = Samples.Text(new DocumentRenderer(new RenderOptions { TemplateSource = source, Fonts = OfficeFonts }).RenderToBytes(document, edition, DocumentFormat.Markdown));

        Assert.Equal("DFKai-SB|Times New Roman|PMingLiU|PMingLiU|DFKai-SB=roman;Times New Roman=roman;PMingLiU=swiss;", text);
    }

    [Fact]
    public void TheRendererKeepsTheFontsItWasGiven()
    {
        var options = new RenderOptions { Fonts = OfficeFonts };
        var renderer = new DocumentRenderer(options);
        options.Fonts = DocumentFonts.Default;
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("bsmi-114-plan");

        string fodt = Samples.Text(renderer.RenderToBytes(document, edition, DocumentFormat.FlatOdt));

        Assert.Contains("style:font-name-asian=\"DFKai-SB\"", fodt, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new DocumentRenderer(new RenderOptions { Fonts = null! }));
    }

    [Theory]
    [InlineData("fodt", "")]
    [InlineData("odt", "styles.xml")]
    [InlineData("odt", "content.xml")]
    public void OdfDeclaresEachFaceOnceAndItsStylesUseThem(string format, string entry)
    {
        XDocument xml = Odf(OfficeFonts, format, entry);

        Assert.Equal(
            new[] { ("DFKai-SB", "'DFKai-SB'", "roman"), ("Times New Roman", "'Times New Roman'", "roman"), ("PMingLiU", "'PMingLiU'", "swiss") },
            Faces(xml));
        Assert.All(FontReferences(xml), name => Assert.Contains(name, Faces(xml).Select(f => f.Name)));
        if (entry != "content.xml")
        {
            XElement body = Styles(xml).Single(s => s.Name == Style + "default-style" && (string?)s.Attribute(Style + "family") == "paragraph");
            Assert.Equal(("Times New Roman", "DFKai-SB", "Times New Roman"), Names(body));
            foreach (string heading in new[] { "Title", "Heading_20_2", "Heading_20_3" })
            {
                Assert.Equal(("PMingLiU", "PMingLiU", "PMingLiU"), Names(Styles(xml).Single(s => (string?)s.Attribute(Style + "name") == heading)));
            }
        }
    }

    [Fact]
    public void AFaceUsedTwiceIsDeclaredOnceAsItsFirstUse()
    {
        XDocument xml = Odf(new DocumentFonts(new FontPair("DFKai-SB"), new FontPair("DFKai-SB", "Arial")), "fodt", string.Empty);

        Assert.Equal(new[] { ("DFKai-SB", "'DFKai-SB'", "roman"), ("Arial", "'Arial'", "swiss") }, Faces(xml));
    }

    [Fact]
    public void ANameWithAnApostropheIsQuotedWithDoubleQuotesInSvgFontFamily()
    {
        // LibreOffice reads no escapes in svg:font-family, only the other quote: "O'Brien Sans".
        XDocument xml = Odf(new DocumentFonts(new FontPair("O'Brien Sans")), "fodt", string.Empty);

        Assert.Equal(("O'Brien Sans", "\"O'Brien Sans\"", "roman"), Faces(xml)[0]);
        Assert.Contains("O'Brien Sans", FontReferences(xml));
    }

    [Fact]
    public void HtmlPutsTheSansFacesFirstWesternBeforeEastAsian()
    {
        string html = Html(new DocumentFonts(sans: new FontPair("DFKai-SB", "Arial")));

        Assert.Contains("body { font-family: \"Arial\", \"DFKai-SB\", \"Noto Sans TC\", \"Microsoft JhengHei\", \"PingFang TC\", sans-serif;", html, StringComparison.Ordinal);
        Assert.Contains("body { font-family: \"標楷體\", \"Noto Sans TC\",", Html(new DocumentFonts(sans: new FontPair("標楷體"))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("</style><script>alert(1)</script>")]
    [InlineData("x'}</STYLE><img src=x onerror=alert(1)>")]
    [InlineData("a&b <!-- x")]
    [InlineData("}body{display:none}")]
    public void AHostileNameStaysInsideItsCssString(string name)
    {
        string html = Html(new DocumentFonts(sans: new FontPair(name)));

        // One <style> element, closed by the template; nothing of the name outside the string.
        Assert.Single(Regex.Matches(html, "</style", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Match stack = Regex.Match(html, "body \\{ font-family: \"((?:[^\"\\\\]|\\\\[0-9a-f]+ )*)\", \"Noto Sans TC\"");
        Assert.True(stack.Success, html.Substring(0, 600));
        Assert.Equal(name, CssUnescape(stack.Groups[1].Value));
    }

    [Theory]
    [InlineData("</style><script>alert(1)</script>")]
    [InlineData("x'}</STYLE><img src=x onerror=alert(1)>")]
    [InlineData("a&b <!-- x")]
    [InlineData("]]><x/>")]
    public void AHostileNameIsOneWellFormedFaceInOdf(string name)
    {
        XDocument xml = Odf(new DocumentFonts(sans: new FontPair(name)), "fodt", string.Empty);

        Assert.Equal(name, Faces(xml)[1].Name);
        Assert.Equal(name.Contains('\'') ? "\"" + name + "\"" : "'" + name + "'", Faces(xml)[1].Family);
        Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName is "script" or "img" or "x");
    }

    // Word reads a run's face from w:rFonts: ascii/hAnsi for Latin, eastAsia for Chinese, cs for complex scripts.
    [Theory]
    [InlineData("DFKai-SB", "Times New Roman", "PMingLiU")]
    [InlineData("a&b <!-- x", "x'y <w:b/>", "]]><x/>")]
    public void DocxStylesUseTheFacesForEachScript(string serifEastAsian, string serifWestern, string sans)
    {
        var fonts = new DocumentFonts(new FontPair(serifEastAsian, serifWestern), new FontPair(sans));
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        XDocument styles = DocxPart(Render(fonts, DocumentFormat.Docx), "word/styles.xml");

        XElement body = styles.Root!.Element(w + "docDefaults")!.Element(w + "rPrDefault")!.Descendants(w + "rFonts").Single();
        Assert.Equal(
            (serifWestern, serifWestern, serifEastAsian, serifWestern),
            ((string?)body.Attribute(w + "ascii"), (string?)body.Attribute(w + "hAnsi"), (string?)body.Attribute(w + "eastAsia"), (string?)body.Attribute(w + "cs")));
        foreach (string heading in new[] { "Title", "Heading2", "Heading3" })
        {
            XElement fontsOf = styles.Root.Elements(w + "style").Single(e => (string?)e.Attribute(w + "styleId") == heading).Descendants(w + "rFonts").Single();
            Assert.All(new[] { "ascii", "hAnsi", "eastAsia", "cs" }, a => Assert.Equal(sans, (string?)fontsOf.Attribute(w + a)));
        }
    }

    private static XDocument DocxPart(byte[] docx, string entry) =>
        XDocument.Parse(Encoding.UTF8.GetString(OdfZip.Entries(docx).Single(e => e.Name == entry).Data));

    [Fact]
    public void TheDefaultsRenderTheFacesOfBefore()
    {
        string fodt = Samples.Text(Render(DocumentFonts.Default, DocumentFormat.FlatOdt));

        Assert.Contains(
            "<office:font-face-decls>\n"
            + "<style:font-face style:name=\"Noto Serif CJK TC\" svg:font-family=\"&apos;Noto Serif CJK TC&apos;\" style:font-family-generic=\"roman\" style:font-pitch=\"variable\"/>\n"
            + "<style:font-face style:name=\"Noto Sans CJK TC\" svg:font-family=\"&apos;Noto Sans CJK TC&apos;\" style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>\n"
            + "</office:font-face-decls>\n",
            fodt,
            StringComparison.Ordinal);
        Assert.Contains("body { font-family: \"Noto Sans CJK TC\", \"Noto Sans TC\", \"Microsoft JhengHei\", \"PingFang TC\", sans-serif;", Html(DocumentFonts.Default), StringComparison.Ordinal);
        Assert.Equal(Render(DocumentFonts.Default, DocumentFormat.Odt), Render(new DocumentFonts(new FontPair("Noto Serif CJK TC"), new FontPair("Noto Sans CJK TC", "Noto Sans CJK TC")), DocumentFormat.Odt));
        Assert.Equal(Render(DocumentFonts.Default, DocumentFormat.Docx), Render(new DocumentFonts(new FontPair("Noto Serif CJK TC"), new FontPair("Noto Sans CJK TC", "Noto Sans CJK TC")), DocumentFormat.Docx));
    }

    private static byte[] Render(DocumentFonts fonts, DocumentFormat format)
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("bsmi-114-plan");
        return new DocumentRenderer(new RenderOptions { Fonts = fonts }).RenderToBytes(document, edition, format);
    }

    private static string Html(DocumentFonts fonts) => Samples.Text(Render(fonts, DocumentFormat.Html));

    private static XDocument Odf(DocumentFonts fonts, string format, string entry)
    {
        byte[] bytes = Render(fonts, format == "odt" ? DocumentFormat.Odt : DocumentFormat.FlatOdt);
        byte[] xml = format == "odt" ? OdfZip.Entries(bytes).Single(e => e.Name == entry).Data : bytes;
        return XDocument.Parse(Samples.Text(xml));
    }

    private static List<(string Name, string Family, string Generic)> Faces(XDocument xml) =>
        xml.Descendants(Office + "font-face-decls").Single().Elements(Style + "font-face")
            .Select(f => ((string)f.Attribute(Style + "name")!, (string)f.Attribute(Svg + "font-family")!, (string)f.Attribute(Style + "font-family-generic")!))
            .ToList();

    private static IEnumerable<XElement> Styles(XDocument xml) =>
        xml.Descendants(Office + "styles").Single().Elements();

    private static (string? Western, string? Asian, string? Complex) Names(XElement style)
    {
        XElement text = style.Element(Style + "text-properties")!;
        return ((string?)text.Attribute(Style + "font-name"), (string?)text.Attribute(Style + "font-name-asian"), (string?)text.Attribute(Style + "font-name-complex"));
    }

    private static List<string> FontReferences(XDocument xml) =>
        xml.Descendants().Attributes()
            .Where(a => a.Name.Namespace == Style && a.Name.LocalName.StartsWith("font-name", StringComparison.Ordinal))
            .Select(a => a.Value)
            .ToList();

    // The CSS escapes the renderer writes: a backslash, hexadecimal digits, one space.
    private static string CssUnescape(string text) =>
        Regex.Replace(text, "\\\\([0-9a-f]+) ", m => char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
}
