using System.Xml.Linq;

namespace ServiceEfficiency.Templates.Tests.Office;

/// <summary>Tags typed into Writer and Word files, split the ways office suites split them, render as if typed whole.</summary>
public sealed class OfficeTagTests
{
    private const string Sample = "hualien-112-results";

    /// <summary>Five ways a tag is split in a saved file, each for ODF and for Word: a formatting change, autocorrect quotes, a bookmark, a proofing mark (ODF: a soft page break), a soft hyphen.</summary>
    public static TheoryData<string, string, string> SplitTags => new()
    {
        { "formatting change", "odt", "<text:p>{{ docu<text:span text:style-name=\"T1\">ment.ti</text:span>tle }}</text:p>" },
        { "autocorrect quotes", "odt", "<text:p>{{ if document.kind == \u201Cresults\u201D }}{{ document.title }}{{ end }}</text:p>" },
        { "bookmark", "odt", "<text:p>{{ document.<text:bookmark-start text:name=\"b\"/>title<text:bookmark-end text:name=\"b\"/> }}</text:p>" },
        { "soft page break", "odt", "<text:p>{{ document<text:soft-page-break/>.title }}</text:p>" },
        { "soft hyphen", "odt", "<text:p>{{ docu\u00ADment.title }}</text:p>" },
        { "formatting change", "docx", "<w:p><w:r><w:t>{{ docu</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ment.ti</w:t></w:r><w:r w:rsidR=\"00A1\"><w:t>tle }}</w:t></w:r></w:p>" },
        { "autocorrect quotes", "docx", "<w:p><w:r><w:t xml:space=\"preserve\">{{ if document.kind == \u201Cresults\u201D }}{{ document.title }}{{ end }}</w:t></w:r></w:p>" },
        { "bookmark", "docx", "<w:p><w:r><w:t xml:space=\"preserve\">{{ document.</w:t></w:r><w:bookmarkStart w:id=\"0\" w:name=\"b\"/><w:r><w:t>title</w:t></w:r><w:bookmarkEnd w:id=\"0\"/><w:r><w:t xml:space=\"preserve\"> }}</w:t></w:r></w:p>" },
        { "proofing mark", "docx", "<w:p><w:r><w:t xml:space=\"preserve\">{{ </w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t>document.title</w:t></w:r><w:proofErr w:type=\"spellEnd\"/><w:r><w:t xml:space=\"preserve\"> }}</w:t></w:r></w:p>" },
        { "soft hyphen", "docx", "<w:p><w:r><w:t>{{ docu</w:t><w:softHyphen/><w:t>ment.title }}</w:t></w:r></w:p>" },
    };

    [Theory]
    [MemberData(nameof(SplitTags))]
    public void ASplitTagRendersAsIfTypedWhole(string how, string format, string paragraph)
    {
        string title = Samples.Load(Sample).Document.Title;
        byte[] file = format == "odt" ? OfficeFixtures.Odt(paragraph) : OfficeFixtures.Docx(paragraph);
        byte[] output = OfficeFixtures.Render(file, "split." + format, Sample);

        string part = OfficeFixtures.Part(output, format == "odt" ? "content.xml" : "word/document.xml");
        string text = string.Concat(XDocument.Parse(part).Descendants().Where(e => e.Name.LocalName is "p").Select(p => p.Value));
        Assert.True(text == title, $"{how} ({format}): the paragraph reads 「{text}」, not the title 「{title}」");
        Assert.DoesNotContain("{{", part);
    }

    [Fact]
    public void ABlockKeywordAutocorrectCapitalisedStillOpensAndClosesItsBlock()
    {
        string body = OfficeFixtures.OdfParagraphs("{{ For table in document.tables }}", "{{ table.heading }}", "{{ End }}");
        byte[] output = OfficeFixtures.Render(OfficeFixtures.Odt(body), "capitals.odt", Sample);
        var (document, _) = Samples.Load(Sample);
        string text = XDocument.Parse(OfficeFixtures.Part(output, "content.xml")).Root!.Value;
        Assert.DoesNotContain("{{", text);
        Assert.Equal(document.Tables.Count, XDocument.Parse(OfficeFixtures.Part(output, "content.xml")).Descendants().Count(e => e.Name.LocalName == "p"));
    }
}
