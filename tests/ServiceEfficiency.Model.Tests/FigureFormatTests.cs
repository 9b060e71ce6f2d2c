using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ServiceEfficiency.Building;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Figures;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Tests;

/// <summary>
/// The format of a figure's qualifiers (approximate, atLeast, atMost) and printed text, and of
/// <c>"figures": "none"</c>: the loader reads them and refuses bad ones with located diagnostics, the
/// writer writes them back (and nothing for figures without them), the schema describes them, the
/// builder sets them and <see cref="ExtractedFigure.ToFigure"/> carries them over.
/// </summary>
public sealed class FigureFormatTests
{
    private const string Hualien = "hualien-112-results";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonSchema Schema => DocumentWriterTests.Schema;

    [Fact]
    public void The_loader_reads_qualifiers_text_and_none()
    {
        StrategyTable table = Load(WithNewFields()).Tables[0];

        IReadOnlyList<Figure> figures = table.Entries[1].Figures;
        Assert.Equal(4, figures.Count);
        Assert.Equal(FigureQualifiers.Approximate, figures[0].Qualifiers);
        Assert.True(figures[0].IsApproximate);
        Assert.Equal("計受理商品檢驗923件", figures[0].Text);
        Assert.Equal(FigureQualifiers.AtLeast, figures[1].Qualifiers);
        Assert.Null(figures[1].Text);
        Assert.Equal(FigureQualifiers.AtMost | FigureQualifiers.Approximate, figures[2].Qualifiers);
        Assert.Equal(FigureQualifiers.None, figures[3].Qualifiers);
        Assert.False(table.Entries[1].StatesNoQuantity);

        Assert.True(table.Entries[0].StatesNoQuantity);
        Assert.Empty(table.Entries[0].Figures);
        Assert.False(table.Entries[2].StatesNoQuantity);
    }

    [Fact]
    public void False_qualifiers_are_the_same_as_none_given()
    {
        Figure figure = Load(Edit(root => Figure(root, 0, 1, 0)["approximate"] = false)).Tables[0].Entries[1].Figures[0];

        Assert.Equal(FigureQualifiers.None, figure.Qualifiers);
        Assert.Equal(new Figure(923, "件", "受理商品檢驗"), figure);
    }

    [Fact]
    public void At_least_and_at_most_together_are_a_located_error()
    {
        string json = Edit(root =>
        {
            Figure(root, 0, 1, 0)["atLeast"] = true;
            Figure(root, 0, 1, 0)["atMost"] = true;
        });

        Diagnostic d = SingleError(json, "SE1004", "$.tables[0].entries[1].figures[0].atMost", "true");
        Assert.Contains("atLeast", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    public void An_empty_text_is_a_located_error(string text)
    {
        string json = Edit(root => Figure(root, 0, 1, 0)["text"] = JsonNode.Parse(text));

        SingleError(json, "SE1004", "$.tables[0].entries[1].figures[0].text", text);
    }

    [Fact]
    public void A_text_that_is_not_a_string_is_a_located_error()
    {
        string json = Edit(root => Figure(root, 0, 1, 0)["text"] = 923);

        SingleError(json, "SE1002", "$.tables[0].entries[1].figures[0].text", "923");
    }

    [Fact]
    public void A_qualifier_that_is_not_a_boolean_is_a_located_error()
    {
        string json = Edit(root => Figure(root, 0, 1, 0)["atLeast"] = "是");

        SingleError(json, "SE1002", "$.tables[0].entries[1].figures[0].atLeast", "\"是\"");
    }

    [Theory]
    [InlineData("\"None\"")]
    [InlineData("\"無\"")]
    [InlineData("\"\"")]
    public void Figures_as_another_word_than_none_is_a_located_error(string word)
    {
        string json = Edit(root => Entry(root, 0, 0)["figures"] = JsonNode.Parse(word));

        Diagnostic d = SingleError(json, "SE1002", "$.tables[0].entries[0].figures", word);
        Assert.Contains("none", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"none\": true}")]
    [InlineData("5")]
    [InlineData("true")]
    public void Figures_neither_an_array_nor_a_string_is_a_located_error(string value)
    {
        string json = Edit(root => Entry(root, 0, 0)["figures"] = JsonNode.Parse(value));

        Diagnostic d = SingleError(json, "SE1002", "$.tables[0].entries[0].figures", value.Substring(0, 1));
        Assert.Contains("\"none\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_value_inside_the_figures_array_is_still_located_at_the_value()
    {
        string json = Edit(root => Figure(root, 0, 1, 2)["value"] = "二〇五五");

        SingleError(json, "SE1002", "$.tables[0].entries[1].figures[2].value", "\"二〇五五\"");
    }

    [Fact]
    public void Load_write_load_keeps_qualifiers_text_and_none()
    {
        ServiceDocument original = Load(WithNewFields());

        string written = DocumentWriter.ToJson(original);
        ServiceDocument reloaded = Load(written);

        Assert.Null(ModelComparison.FirstDifference(original, reloaded));
        Assert.Equal(original.Tables[0].Entries[1].Figures, reloaded.Tables[0].Entries[1].Figures);
        Assert.True(reloaded.Tables[0].Entries[0].StatesNoQuantity);
        Assert.Contains("\"figures\": \"none\"", written, StringComparison.Ordinal);
        Assert.Matches("\"label\": \"受理商品檢驗\",\n *\"approximate\": true,\n *\"text\": \"計受理商品檢驗923件\"", written);
        Assert.Matches("\"label\": \"受理案件合計\",\n *\"approximate\": true,\n *\"atMost\": true\n", written);
        Assert.DoesNotContain("false", written, StringComparison.Ordinal);
        Assert.Equal(written, DocumentWriter.ToJson(reloaded));
        AssertValid(written);
    }

    [Fact]
    public void The_comparison_sees_a_lost_qualifier_text_or_none()
    {
        ServiceDocument original = Load(WithNewFields());

        Assert.NotNull(ModelComparison.FirstDifference(original, Load(Edit(WithNewFields(), root => Figure(root, 0, 1, 0).Remove("approximate")))));
        Assert.NotNull(ModelComparison.FirstDifference(original, Load(Edit(WithNewFields(), root => Figure(root, 0, 1, 0).Remove("text")))));
        Assert.NotNull(ModelComparison.FirstDifference(original, Load(Edit(WithNewFields(), root => Entry(root, 0, 0).Remove("figures")))));
    }

    [Theory]
    [InlineData("hualien-112-results")]
    [InlineData("tainan-111-plan")]
    [InlineData("bsmi-114-plan")]
    public void Figures_without_the_new_fields_are_written_as_the_sample_has_them(string sample)
    {
        JsonNode original = JsonNode.Parse(File.ReadAllText(Samples.Data(sample)))!;

        JsonNode written = JsonNode.Parse(DocumentWriter.ToJson(Samples.LoadDocument(sample).Value!))!;

        int compared = 0;
        JsonArray tables = original["tables"]!.AsArray();
        for (int t = 0; t < tables.Count; t++)
        {
            JsonArray entries = tables[t]!["entries"]!.AsArray();
            for (int e = 0; e < entries.Count; e++)
            {
                Assert.True(JsonNode.DeepEquals(entries[e]!["figures"], written["tables"]![t]!["entries"]![e]!["figures"]), $"tables[{t}].entries[{e}].figures");
                compared += entries[e]!["figures"] is JsonArray figures ? figures.Count : 0;
            }
        }

        Assert.True(compared > 0 || sample == "bsmi-114-plan", "figures compared: " + compared);
        Assert.DoesNotContain("\"approximate\"", written.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"atLeast\"", written.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"atMost\"", written.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_accepts_the_new_fields_and_none()
    {
        AssertValid(WithNewFields());
    }

    [Theory]
    [InlineData("{\"value\": 1, \"unit\": \"件\", \"label\": \"案件\", \"atLeast\": true, \"atMost\": true}")]
    [InlineData("{\"value\": 1, \"unit\": \"件\", \"label\": \"案件\", \"text\": \"\"}")]
    [InlineData("{\"value\": 1, \"unit\": \"件\", \"label\": \"案件\", \"approximate\": \"yes\"}")]
    [InlineData("\"none\"")]
    public void The_schema_refuses_a_bad_figure(string figure)
    {
        string json = Edit(root => Entry(root, 0, 1)["figures"] = new JsonArray(JsonNode.Parse(figure)));

        Assert.False(IsValid(json), figure);
    }

    [Theory]
    [InlineData("\"nothing\"")]
    [InlineData("\"None\"")]
    [InlineData("{}")]
    public void The_schema_refuses_figures_other_than_an_array_or_none(string value)
    {
        Assert.False(IsValid(Edit(root => Entry(root, 0, 0)["figures"] = JsonNode.Parse(value))), value);
    }

    [Fact]
    public void To_figure_carries_the_qualifiers_and_the_printed_quantity()
    {
        IReadOnlyList<ExtractedFigure> extracted = FigureExtractor.Extract("受理案件約 920 件，參加民眾5萬人以上。");
        Assert.Equal(2, extracted.Count);

        Figure approximate = extracted[0].ToFigure();
        Figure atLeast = extracted[1].ToFigure();

        Assert.Equal(FigureQualifiers.Approximate, approximate.Qualifiers);
        Assert.Equal("約 920 件", approximate.Text);
        Assert.Equal(920m, approximate.Value);
        Assert.Equal(FigureQualifiers.AtLeast, atLeast.Qualifiers);
        Assert.Equal("5萬人以上", atLeast.Text);
        Assert.Equal(50000m, atLeast.Value);
    }

    [Fact]
    public void A_figure_is_a_value()
    {
        var figure = new Figure(920, "件", "受理", FigureQualifiers.Approximate, "約920件");

        Assert.Equal(new Figure(920.0m, "件", "受理", FigureQualifiers.Approximate, "約920件"), figure);
        Assert.True(figure == new Figure(920, "件", "受理", FigureQualifiers.Approximate, "約920件"));
        Assert.Equal(figure.GetHashCode(), new Figure(920.0m, "件", "受理", FigureQualifiers.Approximate, "約920件").GetHashCode());
        Assert.NotEqual(new Figure(920, "件", "受理", FigureQualifiers.None, "約920件"), figure);
        Assert.NotEqual(new Figure(920, "件", "受理", FigureQualifiers.Approximate, null), figure);
        Assert.NotEqual(new Figure(920, "件", "受理"), figure);
        Assert.True(figure != new Figure(921, "件", "受理", FigureQualifiers.Approximate, "約920件"));
        Assert.False(figure.Equals(null));
        Assert.Equal(new Figure(920, "件", "受理"), new Figure(920, "件", "受理", FigureQualifiers.None, null));
    }

    [Fact]
    public void A_figure_refuses_both_bounds_an_unknown_flag_and_an_empty_text()
    {
        Assert.Throws<ArgumentException>("qualifiers", () => new Figure(1, "件", "案件", FigureQualifiers.AtLeast | FigureQualifiers.AtMost, null));
        Assert.Throws<ArgumentOutOfRangeException>("qualifiers", () => new Figure(1, "件", "案件", (FigureQualifiers)8, null));
        Assert.Throws<ArgumentException>("text", () => new Figure(1, "件", "案件", FigureQualifiers.None, " "));
    }

    [Fact]
    public void An_entry_that_states_no_quantity_has_no_figures()
    {
        Assert.Throws<ArgumentException>("figures", () => new StrategyEntry("A", null, Array.Empty<string>(), Array.Empty<ContentBlock>(), Array.Empty<ContentBlock>(), Array.Empty<ContentBlock>(), new[] { new Figure(1, "件", "案件") }, statesNoQuantity: true));
        Assert.True(new StrategyEntry("A", null, Array.Empty<string>(), Array.Empty<ContentBlock>(), Array.Empty<ContentBlock>(), Array.Empty<ContentBlock>(), Array.Empty<Figure>(), statesNoQuantity: true).StatesNoQuantity);
        Assert.False(new StrategyEntry("A", null, Array.Empty<string>(), Array.Empty<ContentBlock>(), Array.Empty<ContentBlock>(), Array.Empty<ContentBlock>(), Array.Empty<Figure>()).StatesNoQuantity);
    }

    [Fact]
    public void The_builder_sets_qualified_figures_and_none_and_the_writer_writes_them()
    {
        CriteriaEdition edition = Samples.Overall;
        Criterion dimension = edition.FindByKeyPath("BasicService")!;
        Criterion first = edition.FindByKeyPath("BasicService.ConsistencyAndAccuracy.StandardProcedures")!;
        Criterion second = edition.FindByKeyPath("BasicService.ConsistencyAndAccuracy.TimelyService")!;

        ResultsReport report = new ResultsReportBuilder(edition, 112, "經濟部標準檢驗局花蓮分局", AgencyLevel.Branch)
            .Unit("報驗發證科")
            .Table(dimension, t => t
                .Entry(first, e => e.LeadUnits("報驗發證科").ResultPoints("訂定標準作業流程").StatesNoQuantity())
                .Entry(second, e => e.LeadUnits("報驗發證科").ResultPoints("受理約920件").Figure(new Figure(920, "件", "受理", FigureQualifiers.Approximate, "受理約920件")).Figure(3, "次", "稽催")))
            .Build();

        StrategyEntry none = report.Tables[0].Entries[0];
        StrategyEntry counted = report.Tables[0].Entries[1];
        Assert.True(none.StatesNoQuantity);
        Assert.Empty(none.Figures);
        Assert.Equal(new[] { new Figure(920, "件", "受理", FigureQualifiers.Approximate, "受理約920件"), new Figure(3, "次", "稽催") }, counted.Figures);

        string json = DocumentWriter.ToJson(report);
        Assert.Contains("\"figures\": \"none\"", json, StringComparison.Ordinal);
        Assert.Null(ModelComparison.FirstDifference(report, Load(json)));
        AssertValid(json);
    }

    [Fact]
    public void The_builder_refuses_figures_and_none_together_and_a_bad_figure()
    {
        CriteriaEdition edition = Samples.Overall;
        Criterion dimension = edition.FindByKeyPath("BasicService")!;
        Criterion leaf = edition.FindByKeyPath("BasicService.ConsistencyAndAccuracy.StandardProcedures")!;
        var builder = new ResultsReportBuilder(edition, 112, "某分局", AgencyLevel.Branch);

        Assert.Throws<InvalidOperationException>(() => builder.Table(dimension, t => t.Entry(leaf, e => e.Figure(1, "件", "案件").StatesNoQuantity())));
        Assert.Throws<InvalidOperationException>(() => builder.Table(dimension, t => t.Entry(leaf, e => e.StatesNoQuantity().Figure(1, "件", "案件"))));
        Assert.Throws<InvalidOperationException>(() => builder.Table(dimension, t => t.Entry(leaf, e => e.StatesNoQuantity().Figure(new Figure(1, "件", "案件")))));
        Assert.Throws<ArgumentNullException>(() => builder.Table(dimension, t => t.Entry(leaf, e => e.Figure(null!))));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Table(dimension, t => t.Entry(leaf, e => e.Figure(new Figure(-1, "件", "案件")))));
        Assert.Throws<ArgumentException>(() => builder.Table(dimension, t => t.Entry(leaf, e => e.Figure(new Figure(1, " ", "案件")))));
    }

    // The Hualien sample with entry 0 of table 0 saying "none" and the figures of entry 1 qualified and with text.
    private static string WithNewFields() => Edit(root =>
    {
        Entry(root, 0, 0)["figures"] = "none";
        Figure(root, 0, 1, 0)["approximate"] = true;
        Figure(root, 0, 1, 0)["text"] = "計受理商品檢驗923件";
        Figure(root, 0, 1, 1)["atLeast"] = true;
        Figure(root, 0, 1, 2)["approximate"] = true;
        Figure(root, 0, 1, 2)["atMost"] = true;
    });

    private static string Edit(Action<JsonNode> edit) => Edit(File.ReadAllText(Samples.Data(Hualien)), edit);

    private static string Edit(string json, Action<JsonNode> edit)
    {
        JsonNode root = JsonNode.Parse(json)!;
        edit(root);
        return root.ToJsonString(Indented).Replace("\r\n", "\n");
    }

    private static JsonObject Entry(JsonNode root, int table, int entry) => root["tables"]![table]!["entries"]![entry]!.AsObject();

    private static JsonObject Figure(JsonNode root, int table, int entry, int figure) => Entry(root, table, entry)["figures"]![figure]!.AsObject();

    private static ServiceDocument Load(string json)
    {
        LoadResult<ServiceDocument> loaded = DocumentLoader.Parse(json, "figures.json");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError);
        return loaded.Value!;
    }

    // The one error of the JSON: its code, its path, and its line and column those of the value at the path (which starts with value).
    private static Diagnostic SingleError(string json, string code, string path, string value)
    {
        LoadResult<ServiceDocument> loaded = DocumentLoader.Parse(json, "figures.json");
        Diagnostic[] errors = loaded.Diagnostics.Where(d => d.IsError).ToArray();
        Assert.True(errors.Length == 1, "expected one error, got:\n" + string.Join("\n", loaded.Diagnostics));
        Diagnostic d = errors[0];
        Assert.Null(loaded.Value);
        Assert.Equal(code, d.Code);
        Assert.Equal(path, d.Location.JsonPath);
        Assert.Equal("figures.json", d.Location.FilePath);
        (int line, int column) = Position(json, path);
        Assert.Equal((line, column), (d.Location.Line, d.Location.Column));
        Assert.StartsWith(value, json.Split('\n')[line - 1].Substring(column - 1), StringComparison.Ordinal);
        return d;
    }

    // Where the value at the JSON path starts, found by reading the JSON token by token (column in UTF-16 code units, as the loader counts).
    private static (int Line, int Column) Position(string json, string path)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(utf8);
        var containers = new Stack<(string Path, bool IsArray, int Next)>();
        string? property = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                property = reader.GetString();
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.Pop();
                continue;
            }

            string here = "$";
            if (containers.Count > 0)
            {
                (string parent, bool isArray, int next) = containers.Pop();
                here = isArray ? parent + "[" + next + "]" : parent + "." + property;
                containers.Push((parent, isArray, isArray ? next + 1 : next));
            }

            if (here == path)
            {
                string before = Encoding.UTF8.GetString(utf8, 0, (int)reader.TokenStartIndex);
                int lineStart = before.LastIndexOf('\n') + 1;
                return (1 + before.Count(c => c == '\n'), before.Length - lineStart + 1);
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push((here, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }

        throw new InvalidOperationException("no value at " + path);
    }

    private static bool IsValid(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement).IsValid;
    }

    private static void AssertValid(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", ((IEnumerable<EvaluationResults>?)result.Details ?? Array.Empty<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values))));
    }
}
