using System.Text;
using ServiceEfficiency.Benchmarks.Baselines;
using ServiceEfficiency.Benchmarks.Inputs;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Templates;

namespace ServiceEfficiency.Benchmarks.Tests;

/// <summary>The two HTML baselines render exactly what the library's Scriban template renders.</summary>
public sealed class HtmlBaselineTests
{
    public static TheoryData<string> Documents => new()
    {
        "hualien-112-results", "tainan-111-plan", "bsmi-114-plan", Corpus.HeadquartersResults, Corpus.LargeResults,
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void StringBuilderHtmlIsByteIdenticalToTheTemplate(string name)
    {
        (ServiceDocument document, CriteriaEdition edition) = Load(name);
        byte[] template = new DocumentRenderer().RenderToBytes(document, edition, DocumentFormat.Html);

        byte[] handWritten = StringBuilderHtmlRenderer.RenderToBytes(document, edition);

        AssertIdentical(template, handWritten);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void FluidHtmlIsByteIdenticalToTheScribanTemplate(string name)
    {
        (ServiceDocument document, CriteriaEdition edition) = Load(name);
        byte[] scriban = new DocumentRenderer().RenderToBytes(document, edition, DocumentFormat.Html);

        byte[] fluid = new FluidHtmlRenderer().RenderToBytes(document, edition);

        AssertIdentical(scriban, fluid);
    }

    [Fact]
    public void AllThreeEscapeHostileValuesAlike()
    {
        // Markup, quotes, an ampersand, a character XML forbids and an unclosed right-to-left override, in the
        // title (element text), a unit name (cell text) and a result (paragraph text).
        const string hostile = "<script>alert('x')</script> & \\\"q\\\" \\u0001 \\u202E";
        string json = Corpus.DocumentText("hualien-112-results")
            .Replace("\"title\": \"經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果\"", "\"title\": \"" + hostile + "\"", StringComparison.Ordinal)
            .Replace("訂定申辦業務標準作業流程，於服務場所", hostile + "訂定申辦業務標準作業流程，於服務場所", StringComparison.Ordinal);
        Assert.Contains("<script>", json, StringComparison.Ordinal);
        ServiceDocument document = DocumentLoader.Parse(json, "hostile.json").Value!;
        CriteriaEdition edition = Corpus.EditionOf(document);

        byte[] scriban = new DocumentRenderer().RenderToBytes(document, edition, DocumentFormat.Html);
        string html = Encoding.UTF8.GetString(scriban);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)", html, StringComparison.Ordinal);

        AssertIdentical(scriban, StringBuilderHtmlRenderer.RenderToBytes(document, edition));
        AssertIdentical(scriban, new FluidHtmlRenderer().RenderToBytes(document, edition));
    }

    private static (ServiceDocument Document, CriteriaEdition Edition) Load(string name)
    {
        ServiceDocument document = Corpus.Document(name);
        return (document, Corpus.EditionOf(document));
    }

    private static void AssertIdentical(byte[] expected, byte[] actual)
    {
        // Strings first, so a difference is shown where it is; then the bytes themselves.
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.True(expected.AsSpan().SequenceEqual(actual), "the UTF-8 bytes differ");
        Assert.True(expected.Length > 1000);
    }
}
