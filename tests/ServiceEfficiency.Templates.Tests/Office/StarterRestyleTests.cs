using System.Text.RegularExpressions;
using ServiceEfficiency.Templates.Office;
using ServiceEfficiency.Testing;

namespace ServiceEfficiency.Templates.Tests.Office;

/// <summary>
/// Restyling the exported starter is kept: the starter's body font and page margins are changed in its office
/// XML, as Writer or Word would save them (the ODT's styles.xml; the DOCX's styles.xml and the section's
/// margins in document.xml, the part with the tags), and a sample rendered through it has the new ones.
/// </summary>
public sealed class StarterRestyleTests
{
    private const string Sample = "tainan-111-plan";

    [Fact]
    public void AnOdtStartersNewFontAndMarginsAreInTheRenderedDocument()
    {
        byte[] starter = OfficeStarter.Create(DocumentFormat.Odt);
        string styles = OfficeFixtures.Part(starter, "styles.xml");
        string restyled = ChangePageMargins(styles).Replace("Noto Serif CJK TC", "DFKai-SB", StringComparison.Ordinal);
        Assert.NotEqual(styles, restyled);

        byte[] output = OfficeFixtures.Render(ZipParts.Rewrite(starter, "styles.xml", _ => restyled), "restyled.odt", Sample);
        string rendered = OfficeFixtures.Part(output, "styles.xml");
        Assert.Equal(restyled, rendered);
        Assert.Contains("DFKai-SB", rendered);
        Assert.Contains("fo:margin-left=\"3.3cm\"", rendered);
        Assert.DoesNotContain("Noto Serif CJK TC", rendered);
    }

    [Fact]
    public void ADocxStartersNewFontAndMarginsAreInTheRenderedDocument()
    {
        byte[] starter = OfficeStarter.Create(DocumentFormat.Docx);
        string styles = OfficeFixtures.Part(starter, "word/styles.xml").Replace("Noto Serif CJK TC", "DFKai-SB", StringComparison.Ordinal);
        string document = Regex.Replace(OfficeFixtures.Part(starter, "word/document.xml"), "<w:pgMar [^>]*/>", "<w:pgMar w:top=\"1440\" w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>");
        byte[] restyled = ZipParts.Rewrite(ZipParts.Rewrite(starter, "word/styles.xml", _ => styles), "word/document.xml", _ => document);

        byte[] output = OfficeFixtures.Render(restyled, "restyled.docx", Sample);
        Assert.Equal(styles, OfficeFixtures.Part(output, "word/styles.xml"));
        string rendered = OfficeFixtures.Part(output, "word/document.xml");
        Assert.Contains("<w:pgMar w:top=\"1440\" w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\" />", rendered.Replace("\"/>", "\" />", StringComparison.Ordinal));
        Assert.Single(Regex.Matches(rendered, "<w:pgMar "));
    }

    /// <summary>The page layout's four margins set to 2.7 cm (top, bottom) and 3.3 cm (left, right).</summary>
    private static string ChangePageMargins(string styles) =>
        Regex.Replace(styles, "<style:page-layout-properties [^>]*>", m => Regex.Replace(
            Regex.Replace(m.Value, "fo:margin-(top|bottom)=\"[^\"]*\"", "fo:margin-$1=\"2.7cm\""),
            "fo:margin-(left|right)=\"[^\"]*\"",
            "fo:margin-$1=\"3.3cm\""));
}
