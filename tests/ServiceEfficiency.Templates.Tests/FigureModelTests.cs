using System.Text.Json.Nodes;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// The template model's figure qualifiers (<c>approximate</c>, <c>at_least</c>, <c>at_most</c>), printed
/// text (<c>printed</c>) and a row's <c>states_no_quantity</c>; a figure's <c>text</c> does not change with them.
/// </summary>
public sealed class FigureModelTests
{
    private const string Template =
        "{{ for table in document.tables }}{{ for row in table.rows }}{{ if row.states_no_quantity }}none;{{ end }}"
        + "{{ for figure in row.figures }}{{ figure.approximate }},{{ figure.at_least }},{{ figure.at_most }},{{ figure.printed ?? '-' }},{{ figure.text }}|{{ end }}{{ end }}{{ end }}";

    [Fact]
    public void Templates_see_qualifiers_printed_text_and_none()
    {
        JsonNode root = JsonNode.Parse(File.ReadAllText(Path.Combine(Samples.Root, "samples", "data", "hualien-112-results.json")))!;
        JsonNode entries = root["tables"]![0]!["entries"]!;
        entries[0]!["figures"] = "none";
        entries[1]!["figures"]![0]!["approximate"] = true;
        entries[1]!["figures"]![0]!["text"] = "計受理商品檢驗923件";
        entries[1]!["figures"]![1]!["atLeast"] = true;
        entries[1]!["figures"]![2]!["atMost"] = true;
        LoadResult<ServiceDocument> loaded = DocumentLoader.Parse(root.ToJsonString(), "figures.json");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        CriteriaEdition edition = Samples.Load("hualien-112-results").Edition;

        string text = Render(loaded.Value!, edition);

        Assert.StartsWith(
            "none;true,false,false,計受理商品檢驗923件,受理商品檢驗 923 件|false,true,false,-,度量衡器檢定 1,132 件|false,false,true,-,受理案件合計 2,055 件|false,false,false,-,",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_has_no_qualifiers_and_no_row_that_says_none()
    {
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load("hualien-112-results");

        string text = Render(document, edition);

        Assert.DoesNotContain("none;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("true", text, StringComparison.Ordinal);
        Assert.Contains("false,false,false,-,受理商品檢驗 923 件|", text, StringComparison.Ordinal);
    }

    private static string Render(ServiceDocument document, CriteriaEdition edition)
    {
        var options = new RenderOptions { TemplateSource = new MemoryTemplates(("html/document.sbn", Template)) };
        return Samples.Text(new DocumentRenderer(options).RenderToBytes(document, edition, DocumentFormat.Html));
    }
}
