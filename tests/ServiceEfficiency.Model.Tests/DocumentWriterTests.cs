using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Tests;

/// <summary>
/// DocumentWriter: load → write → load gives an equal model, writing is a byte fixed point and
/// deterministic, the output is the schema's format, hostile text survives and a lone surrogate is
/// refused with its JSON path.
/// </summary>
public sealed class DocumentWriterTests
{
    // One instance for the test assembly: JsonSchema.Net registers a schema by its $id and refuses a second one.
    internal static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Samples.Root, "schemas", "document.schema.json")));

    private static readonly string[] Names = { "hualien-112-results", "tainan-111-plan", "bsmi-114-plan" };

    public static TheoryData<string> SampleNames => new(Names);

    [Fact]
    public void Every_sample_is_covered()
    {
        string[] files = Directory.GetFiles(Path.Combine(Samples.Root, "samples", "data"), "*.json").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
        Assert.Equal(files, Names.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Load_write_load_gives_an_equal_model(string sample)
    {
        ServiceDocument original = Samples.LoadDocument(sample).Value!;

        ServiceDocument reloaded = Reload(DocumentWriter.ToUtf8Bytes(original));

        Assert.Null(ModelComparison.FirstDifference(original, reloaded));
        Assert.True(ModelComparison.CountValues(original) > 200, "the comparison walked the whole document");
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Writing_the_reloaded_document_gives_the_same_bytes(string sample)
    {
        byte[] first = DocumentWriter.ToUtf8Bytes(Samples.LoadDocument(sample).Value!);

        byte[] second = DocumentWriter.ToUtf8Bytes(Reload(first));

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void The_output_passes_the_json_schema(string sample)
    {
        AssertValid(DocumentWriter.ToUtf8Bytes(Samples.LoadDocument(sample).Value!));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void The_comparison_fails_on_a_changed_value_anywhere(string sample)
    {
        // Mutations of the written JSON, each of one value deep in the document: the comparison must see every one.
        ServiceDocument original = Samples.LoadDocument(sample).Value!;
        JsonDocument json = JsonDocument.Parse(DocumentWriter.ToUtf8Bytes(original));
        var strings = new List<string>();
        CollectStringPaths(json.RootElement, "$", strings);
        Assert.True(strings.Count > 50);
        int mutations = 0;
        foreach (string path in strings.Where((_, i) => i % 7 == 3))
        {
            if (path is "$['$schema']")
            {
                continue;
            }

            ServiceDocument mutated = Reload(Encoding.UTF8.GetBytes(MutateString(json.RootElement, "$", path)));
            Assert.NotNull(ModelComparison.FirstDifference(original, mutated));
            mutations++;
        }

        Assert.True(mutations > 5);
    }

    [Fact]
    public void The_comparison_names_where_two_documents_differ()
    {
        ServiceDocument original = Samples.LoadDocument("hualien-112-results").Value!;
        string json = DocumentWriter.ToJson(original);

        string figure = ModelComparison.FirstDifference(original, Reload(Encoding.UTF8.GetBytes(json.Replace("\"value\": 923", "\"value\": 924"))))!;
        string collective = ModelComparison.FirstDifference(original, Reload(Encoding.UTF8.GetBytes(ReplaceFirst(json, "\"collective\": true", "\"collective\": false"))))!;
        string level = ModelComparison.FirstDifference(original, Reload(Encoding.UTF8.GetBytes(json.Replace("\"level\": \"branch\"", "\"level\": \"headquarters\""))))!;

        Assert.Contains(".Figures[", figure);
        Assert.Contains("923", figure);
        Assert.Contains(".IsCollective", collective);
        Assert.Contains("document.Agency.Level", level);
    }

    [Fact]
    public void The_output_is_utf8_without_bom_two_space_indented_lf_with_a_final_newline_and_schema_first()
    {
        byte[] bytes = DocumentWriter.ToUtf8Bytes(Samples.LoadDocument("tainan-111-plan").Value!);
        string text = new UTF8Encoding(false, true).GetString(bytes);

        Assert.False(bytes.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.StartsWith("{\n  \"$schema\": \"" + DocumentWriter.SchemaId + "\",\n  \"kind\": \"plan\",\n", text);
        Assert.EndsWith("}\n", text);
        Assert.DoesNotContain("\r", text);
        Assert.DoesNotContain("\t", text);
        Assert.All(text.Split('\n').Where(l => l.Length > 0), l => Assert.True((l.Length - l.TrimStart(' ').Length) % 2 == 0, l));
        Assert.Contains("臺南分局", text); // Chinese written as is, not \u escapes
        Assert.Equal(text, DocumentWriter.ToJson(Samples.LoadDocument("tainan-111-plan").Value!));
    }

    [Fact]
    public void The_schema_id_written_is_the_schemas_own()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples.Root, "schemas", "document.schema.json")));
        Assert.Equal(DocumentWriter.SchemaId, schema.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void Properties_are_written_in_the_order_of_the_schema()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples.Root, "schemas", "document.schema.json")));
        var seen = 0;
        foreach (string sample in Names)
        {
            using JsonDocument written = JsonDocument.Parse(DocumentWriter.ToUtf8Bytes(Samples.LoadDocument(sample).Value!));
            seen += CheckOrder(written.RootElement, schema.RootElement, schema.RootElement);
        }

        Assert.True(seen > 100, "objects checked: " + seen);
    }

    [Fact]
    public void Writing_is_deterministic_across_calls_cultures_and_equal_documents()
    {
        ServiceDocument document = Samples.LoadDocument("bsmi-114-plan").Value!;
        byte[] first = DocumentWriter.ToUtf8Bytes(document);
        CultureInfo culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = TestCultures.RealOrLookAlike("fi-FI");
            Assert.Equal(first, DocumentWriter.ToUtf8Bytes(document));
            CultureInfo.CurrentCulture = TestCultures.RealOrLookAlike("ar-SA");
            Assert.Equal(first, DocumentWriter.ToUtf8Bytes(document));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal(first, DocumentWriter.ToUtf8Bytes(Samples.LoadDocument("bsmi-114-plan").Value!));
    }

    [Fact]
    public async Task Stream_file_and_async_forms_write_the_same_bytes()
    {
        ServiceDocument document = Samples.LoadDocument("hualien-112-results").Value!;
        byte[] expected = DocumentWriter.ToUtf8Bytes(document);
        string dir = Path.Combine(Path.GetTempPath(), "se-writer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            using var stream = new MemoryStream();
            DocumentWriter.Write(document, stream);
            Assert.Equal(expected, stream.ToArray());

            using var asyncStream = new MemoryStream();
            await DocumentWriter.WriteAsync(document, asyncStream);
            Assert.Equal(expected, asyncStream.ToArray());

            string path = Path.Combine(dir, "report.json");
            File.WriteAllText(path, "old");
            DocumentWriter.WriteFile(document, path);
            Assert.Equal(expected, File.ReadAllBytes(path));
            await DocumentWriter.WriteFileAsync(document, Path.Combine(dir, "async.json"));
            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(dir, "async.json")));
            Assert.Equal(new[] { "async.json", "report.json" }, Directory.GetFiles(dir).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));

            Assert.True(DocumentLoader.LoadFile(path).Succeeded);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_refused_document_leaves_the_file_and_the_stream_as_they_were()
    {
        ServiceDocument bad = WithResults(Samples.LoadDocument("hualien-112-results").Value!, 0, 1, new ContentBlock("前\uD800後"));
        string dir = Path.Combine(Path.GetTempPath(), "se-writer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string path = Path.Combine(dir, "report.json");
            File.WriteAllText(path, "keep me");
            Assert.Throws<ArgumentException>(() => DocumentWriter.WriteFile(bad, path));
            Assert.Equal("keep me", File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(dir));

            using var stream = new MemoryStream();
            Assert.Throws<ArgumentException>(() => DocumentWriter.Write(bad, stream));
            Assert.Equal(0, stream.Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_cancelled_file_write_leaves_the_file_as_it_was()
    {
        ServiceDocument document = Samples.LoadDocument("hualien-112-results").Value!;
        string dir = Path.Combine(Path.GetTempPath(), "se-writer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string path = Path.Combine(dir, "report.json");
            File.WriteAllText(path, "keep me");
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DocumentWriter.WriteFileAsync(document, path, cancelled.Token));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DocumentWriter.WriteAsync(document, new MemoryStream(), cancelled.Token));

            Assert.Equal("keep me", File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(dir));
            Assert.Throws<ArgumentException>(() => DocumentWriter.WriteFile(document, " "));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // By index: xUnit serialises theory arguments, and a string with a lone surrogate would not survive it.
    public static TheoryData<int> HostileTexts => new(Enumerable.Range(0, Hostiles.Length));

    public static TheoryData<int> LoneSurrogates => new(Enumerable.Range(0, Lone.Length));

    private static readonly string[] Lone = { "\uD800", "前\uDC00", "\uDE00\uD83D", "😀\uD83D", "\uDBFF" };

    private static readonly string[] Hostiles =
    {
        "<script>alert('x')</script>&amp;<![CDATA[ ]]></table>",
        "\u0000\u0001\u0008\u000B\u000C\u000E\u001F\u007F",
        "line\nbreak\r\ntab\t\"quoted\" back\\slash /slash",
        "\u202E反轉\u202C\u200B\u2028\u2029\uFEFF",
        "\uFFFE\uFFFF\uFDD0",
        "😀𠮷 (pairs of surrogates) \uDBFF\uDFFF",
        "{\"label\":\"(1)\",\"text\":\"not a point\"}",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_survives_write_and_load_unchanged(int index)
    {
        string hostile = Hostiles[index];
        ServiceDocument document = Hostile(hostile);

        byte[] bytes = DocumentWriter.ToUtf8Bytes(document);
        ServiceDocument reloaded = Reload(bytes);

        Assert.Null(ModelComparison.FirstDifference(document, reloaded));
        Assert.Equal(hostile, reloaded.Title);
        Assert.Equal(hostile, reloaded.Tables[0].Entries[0].Results[0].Points[0].Text);
        Assert.Equal(bytes, DocumentWriter.ToUtf8Bytes(reloaded));
        AssertValid(bytes);
    }

    [Fact]
    public void One_megabyte_values_survive_write_and_load_unchanged()
    {
        string huge = new string('服', 1024 * 1024) + "<&>\u202E" + new string('a', 1024 * 1024);
        ServiceDocument hualien = Samples.LoadDocument("hualien-112-results").Value!;
        ServiceDocument document = WithResults(hualien, 1, 0, new ContentBlock(huge, "(1)", new[] { new ContentBlock(huge) }));

        byte[] bytes = DocumentWriter.ToUtf8Bytes(document);
        ServiceDocument reloaded = Reload(bytes);

        Assert.Null(ModelComparison.FirstDifference(document, reloaded));
        Assert.Equal(huge, reloaded.Tables[1].Entries[0].Results[0].Points[0].Text);
        Assert.Equal(bytes, DocumentWriter.ToUtf8Bytes(reloaded));
    }

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void A_lone_surrogate_is_refused_with_its_json_path(int index)
    {
        string text = Regex.Unescape(Lone[index]);
        Assert.Contains(text, c => char.IsSurrogate(c));
        ServiceDocument document = WithResults(Samples.LoadDocument("hualien-112-results").Value!, 0, 1, new ContentBlock("正常"), new ContentBlock(text));

        var refused = Assert.Throws<ArgumentException>(() => DocumentWriter.ToUtf8Bytes(document));

        Assert.Contains("$.tables[0].entries[1].results[1]", refused.Message);
        Assert.DoesNotContain("results[1].text", refused.Message);
        Assert.Contains("lone surrogate", refused.Message);
        Assert.Equal("document", refused.ParamName);
    }

    [Fact]
    public void A_lone_surrogate_in_a_point_a_label_or_a_unit_is_located()
    {
        ServiceDocument hualien = Samples.LoadDocument("hualien-112-results").Value!;
        Assert.Contains("$.tables[0].entries[1].results[0].points[0] ", Refusal(WithResults(hualien, 0, 1, new ContentBlock("a", "(1)", new[] { new ContentBlock("\uD800") }))));
        Assert.Contains("$.tables[0].entries[1].results[0].points[1].text", Refusal(WithResults(hualien, 0, 1, new ContentBlock("a", "(1)", new[] { new ContentBlock("b"), new ContentBlock("\uD800", "1.") }))));
        Assert.Contains("$.tables[0].entries[1].results[0].label", Refusal(WithResults(hualien, 0, 1, new ContentBlock("a", "\uDC00"))));

        var agency = new Agency(hualien.Agency.Name, hualien.Agency.Parent, hualien.Agency.Level, hualien.Agency.Units.Append(new OrganizationUnit("科", "\uD800")).ToList());
        Assert.Contains("$.agency.units[" + hualien.Agency.Units.Count + "].abbreviation", Refusal(new ResultsReport(hualien.EditionId, hualien.Year, hualien.Title, agency, null, hualien.Tables)));
    }

    [Fact]
    public void The_refusal_is_in_the_callers_language()
    {
        ServiceDocument document = WithResults(Samples.LoadDocument("hualien-112-results").Value!, 0, 1, new ContentBlock("\uD800"));
        try
        {
            global::ServiceEfficiency.Text.Messages.Use(MessageLanguage.TraditionalChinese);
            string message = Refusal(document);
            Assert.Contains("不成對的代理字元", message);
            Assert.Contains("$.tables[0].entries[1].results[0]", message);
        }
        finally
        {
            global::ServiceEfficiency.Text.Messages.Use(null);
        }
    }

    [Fact]
    public void A_null_the_format_requires_and_an_unnamed_enumeration_value_are_refused_with_their_paths()
    {
        ServiceDocument hualien = Samples.LoadDocument("hualien-112-results").Value!;
        var nullTitle = new ResultsReport(hualien.EditionId, hualien.Year, null!, hualien.Agency, null, hualien.Tables);
        Assert.Contains("$.title", Refusal(nullTitle));

        var agency = new Agency(hualien.Agency.Name, null, (AgencyLevel)42, hualien.Agency.Units);
        string unnamed = Refusal(new ResultsReport(hualien.EditionId, hualien.Year, hualien.Title, agency, null, hualien.Tables));
        Assert.Contains("$.agency.level", unnamed);
        Assert.Contains("42", unnamed);

        var table = new StrategyTable(null, null, new[] { new TableColumn(ColumnRole.Strategy, "執行策略"), null! }, Array.Empty<StrategyEntry>());
        Assert.Contains("$.tables[0].columns[1]", Refusal(new ResultsReport(hualien.EditionId, hualien.Year, hualien.Title, hualien.Agency, null, new[] { table })));
    }

    [Fact]
    public void A_document_built_in_code_writes_what_it_holds()
    {
        var agency = new Agency("某機關", null, AgencyLevel.Headquarters, new[] { new OrganizationUnit("秘書室"), new OrganizationUnit("各單位", isCollective: true) });
        var table = new StrategyTable(
            "一、完備基礎服務",
            "FoundationalService",
            new[] { new TableColumn(ColumnRole.Strategy, "執行策略"), new TableColumn(ColumnRole.LeadUnits, "主辦單位"), new TableColumn(ColumnRole.Results, "執行績效與成果") },
            new[]
            {
                new StrategyEntry("FoundationalService", "策略", new[] { "秘書室" }, Array.Empty<ContentBlock>(), Array.Empty<ContentBlock>(), Array.Empty<ContentBlock>(), new[] { new Figure(12.50m, "%", "比率") }),
            });
        var report = new ResultsReport("service-upgrade-program", 114, "某機關114年度提升服務效能執行績效與成果", agency, new DocumentReference(null, "某機關", new RocDate(115, 1, 6), "字第1號", null), new[] { table });

        string json = DocumentWriter.ToJson(report);

        Assert.Contains("\"collective\": true", json);
        Assert.DoesNotContain("\"collective\": false", json);
        Assert.Contains("\"date\": \"115年1月6日\"", json);
        Assert.Contains("\"value\": 12.50", json);
        Assert.Contains("\"results\": []", json); // the table has the column: the cell to fill is written
        Assert.DoesNotContain("\"actions\"", json); // and no column, no empty cell
        Assert.DoesNotContain("\"sections\"", json);
        Assert.Null(ModelComparison.FirstDifference(report, Reload(Encoding.UTF8.GetBytes(json))));
        AssertValid(Encoding.UTF8.GetBytes(json));
    }

    [Fact]
    public void A_paragraph_is_a_string_and_a_point_an_object()
    {
        ServiceDocument document = WithResults(Samples.LoadDocument("hualien-112-results").Value!, 0, 0, new ContentBlock("段落"), new ContentBlock("要點", "(1)"), new ContentBlock("無編號", null, new[] { new ContentBlock("子項") }));

        string json = DocumentWriter.ToJson(document);

        Assert.Contains("\"results\": [\n            \"段落\",\n            {\n              \"label\": \"(1)\",\n              \"text\": \"要點\"\n            },\n            {\n              \"text\": \"無編號\",\n              \"points\": [\n                \"子項\"\n              ]\n            }\n          ]", json);
    }

    private static ServiceDocument Reload(byte[] bytes)
    {
        LoadResult<ServiceDocument> loaded = DocumentLoader.Load(bytes, "written.json");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == ServiceEfficiency.Diagnostics.DiagnosticSeverity.Error);
        return loaded.Value!;
    }

    private static void AssertValid(byte[] bytes)
    {
        using JsonDocument json = JsonDocument.Parse(bytes);
        EvaluationResults result = Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", ((IEnumerable<EvaluationResults>?)result.Details ?? Array.Empty<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values))));
    }

    private static string Refusal(ServiceDocument document) => Assert.Throws<ArgumentException>(() => DocumentWriter.ToUtf8Bytes(document)).Message;

    // The document with the results of one entry replaced.
    private static ServiceDocument WithResults(ServiceDocument document, int tableIndex, int entryIndex, params ContentBlock[] results)
    {
        StrategyTable[] tables = document.Tables.ToArray();
        StrategyTable table = tables[tableIndex];
        StrategyEntry[] entries = table.Entries.ToArray();
        StrategyEntry e = entries[entryIndex];
        entries[entryIndex] = new StrategyEntry(e.Criterion, e.Strategy, e.LeadUnits, e.Method, e.Actions, results, e.Figures);
        tables[tableIndex] = new StrategyTable(table.Title, table.Criterion, table.Columns, entries);
        return new ResultsReport(document.EditionId, document.Year, document.Title, document.Agency, document.Issued, tables);
    }

    // A document that carries the hostile text in every kind of place the format has text.
    private static ServiceDocument Hostile(string text)
    {
        var agency = new Agency(text, text, AgencyLevel.Branch, new[] { new OrganizationUnit(text, text + "簡"), new OrganizationUnit("各單位", null, true) });
        var entry = new StrategyEntry(
            text,
            text,
            new[] { text },
            new[] { new ContentBlock(text) },
            new[] { new ContentBlock(text, text) },
            new[] { new ContentBlock(text, "(1)", new[] { new ContentBlock(text, text) }) },
            new[] { new Figure(-0.5m, text, text) });
        var columns = new[] { new TableColumn(ColumnRole.Strategy, text), new TableColumn(ColumnRole.Results, text) };
        var tables = new[] { new StrategyTable(text, text, columns, new[] { entry }) };
        var issued = new DocumentReference(text, text, new RocDate(114, 1, 6), text, text);
        var sections = new PlanSections(
            new BasisSection(text, text, new[] { issued }),
            new PlanSection(text, text, new[] { new ContentBlock(text) }),
            rewards: new RewardsSection(text, text, null, new ServiceEfficiency.Commendations.CommendationPolicy(
                new[] { new ServiceEfficiency.Commendations.CommendationRule(text, ServiceEfficiency.Commendations.AwardOutcome.SiteVisit, new[] { ServiceEfficiency.Commendations.CommendationRole.Head }, new ServiceEfficiency.Commendations.Commendation(ServiceEfficiency.Commendations.CommendationKind.Merit, 2), true, text) },
                true)));
        return new ImplementationPlan(text, 114, text, agency, issued, sections, tables);
    }

    private static void CollectStringPaths(JsonElement element, string path, List<string> paths)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    CollectStringPaths(property.Value, path + "['" + property.Name + "']", paths);
                }

                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    CollectStringPaths(item, path + "[" + i++ + "]", paths);
                }

                break;
            case JsonValueKind.String:
                paths.Add(path);
                break;
        }
    }

    // The JSON with the one string at target changed (kept valid for its place: enumeration names and dates are left alone by the caller's choice of path only when they would not load).
    private static string MutateString(JsonElement root, string path, string target)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Copy(root, path, target, writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Copy(JsonElement element, string path, string target, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Copy(property.Value, path + "['" + property.Name + "']", target, writer);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Copy(item, path + "[" + i++ + "]", target, writer);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String when path == target:
                writer.WriteStringValue(Mutated(element.GetString()!, path));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    // A change the loader still accepts: another member of an enumeration, another date, or text appended.
    private static string Mutated(string value, string path) => path switch
    {
        _ when path.EndsWith("['kind']", StringComparison.Ordinal) && path.Contains("commendation", StringComparison.Ordinal) => value == "merit" ? "citation" : "merit",
        _ when path.EndsWith("['kind']", StringComparison.Ordinal) => value,
        _ when path.EndsWith("['level']", StringComparison.Ordinal) => value == "branch" ? "unit" : "branch",
        _ when path.EndsWith("['role']", StringComparison.Ordinal) => value == "method" ? "actions" : "method",
        _ when path.Contains("['roles']", StringComparison.Ordinal) => value == "head" ? "lead-officer" : "head",
        _ when path.EndsWith("['outcome']", StringComparison.Ordinal) => value == "award" ? "nominated" : "award",
        _ when path.EndsWith("['date']", StringComparison.Ordinal) => "99年9月9日",
        _ => value + "※",
    };

    private static string ReplaceFirst(string text, string what, string with)
    {
        int at = text.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, what);
        return text.Substring(0, at) + with + text.Substring(at + what.Length);
    }

    // Every object's property names appear in the order of its schema's "properties"; returns how many objects were checked.
    private static int CheckOrder(JsonElement value, JsonElement schema, JsonElement root)
    {
        schema = Resolve(schema, root);
        int checkedObjects = 0;
        if (value.ValueKind == JsonValueKind.Object)
        {
            JsonElement objectSchema = schema;
            if (schema.TryGetProperty("oneOf", out JsonElement oneOf))
            {
                objectSchema = oneOf.EnumerateArray().Select(s => Resolve(s, root)).First(s => s.TryGetProperty("properties", out _));
            }

            JsonElement properties = objectSchema.GetProperty("properties");
            List<string> order = properties.EnumerateObject().Select(p => p.Name).ToList();
            int last = -1;
            foreach (JsonProperty property in value.EnumerateObject())
            {
                int at = order.IndexOf(property.Name);
                Assert.True(at > last, $"'{property.Name}' is out of the schema's order ({string.Join(", ", order)})");
                last = at;
                checkedObjects += CheckOrder(property.Value, properties.GetProperty(property.Name), root);
            }

            checkedObjects++;
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            if (schema.TryGetProperty("oneOf", out JsonElement oneOf))
            {
                // An array or a word (an entry's figures: an array or "none"): the array's branch.
                schema = oneOf.EnumerateArray().Select(s => Resolve(s, root)).First(s => s.TryGetProperty("items", out _));
            }

            JsonElement items = schema.TryGetProperty("items", out JsonElement i) ? i : schema;
            foreach (JsonElement item in value.EnumerateArray())
            {
                checkedObjects += CheckOrder(item, items, root);
            }
        }

        return checkedObjects;
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement root)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out JsonElement reference))
        {
            schema = root.GetProperty("$defs").GetProperty(reference.GetString()!.Substring("#/$defs/".Length));
        }

        return schema;
    }
}
