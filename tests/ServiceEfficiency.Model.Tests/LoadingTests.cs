using System.Text;
using System.Text.Json;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using Diagnostic = ServiceEfficiency.Diagnostics.Diagnostic;

namespace ServiceEfficiency.Tests;

/// <summary>
/// The run-time loaders (<see cref="CriteriaEditionLoader"/>, <see cref="DocumentLoader"/>) on the
/// bundled samples and on broken input: every failure is one located diagnostic, never an exception.
/// Expected lines and columns are computed from the text each test builds, in characters (UTF-16
/// code units, as an editor counts), not in UTF-8 bytes.
/// </summary>
public sealed class LoadingTests
{
    private const string Criteria = "criteria";
    private const string Document = "document";
    private const string OverallEdition = "service-award-overall";
    private const string HualienResults = "hualien-112-results";
    private const string BsmiPlan = "bsmi-114-plan";

    private static readonly string[] NumberingNames =
    {
        "capital-chinese-comma", "chinese-comma", "chinese-parenthesized", "arabic-dot",
        "arabic-parenthesized", "lower-roman-dot", "level-name-chinese",
    };

    public static TheoryData<string> CriteriaSamples => SampleNames("criteria", ".criteria.json");

    public static TheoryData<string> DocumentSamples => SampleNames("data", ".json");

    public static TheoryData<string, string> AllSamples
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string name in SampleFiles("criteria", ".criteria.json"))
            {
                data.Add(Criteria, name);
            }

            foreach (string name in SampleFiles("data", ".json"))
            {
                data.Add(Document, name);
            }

            return data;
        }
    }

    // ---------------------------------------------------------------- 1. the samples load cleanly

    [Theory]
    [MemberData(nameof(CriteriaSamples))]
    public void Every_criteria_sample_loads_without_any_diagnostic(string fileName)
    {
        string path = Path.Combine(Samples.Root, "samples", "criteria", fileName);
        LoadResult<CriteriaEdition> result = CriteriaEditionLoader.LoadFile(path);

        Assert.True(result.Diagnostics.Count == 0, Describe(result.Diagnostics));
        Assert.NotNull(result.Value);
        Assert.True(result.Succeeded);
        Assert.NotEmpty(result.Value!.Nodes);
        Assert.Equal(path, result.SourceMap.FilePath);
        Assert.Equal(new SourceLocation(path, 1, 1, "$").ToString(), result.SourceMap.Locate("$").ToString());
    }

    [Theory]
    [MemberData(nameof(DocumentSamples))]
    public void Every_document_sample_loads_without_any_diagnostic(string fileName)
    {
        string path = Path.Combine(Samples.Root, "samples", "data", fileName);
        LoadResult<ServiceDocument> result = DocumentLoader.LoadFile(path);

        Assert.True(result.Diagnostics.Count == 0, Describe(result.Diagnostics));
        Assert.NotNull(result.Value);
        Assert.True(result.Succeeded);
        Assert.NotEmpty(result.Value!.Tables);
    }

    [Fact]
    public void The_sample_directories_hold_at_least_the_seed_samples()
    {
        // So that the theories above cannot pass on an empty or misplaced directory; more samples are welcome.
        Assert.Subset(
            new HashSet<string>(SampleFiles("criteria", ".criteria.json")),
            new HashSet<string> { "service-award-overall.criteria.json", "service-upgrade-program.criteria.json" });
        Assert.Subset(
            new HashSet<string>(SampleFiles("data", ".json")),
            new HashSet<string> { "bsmi-114-plan.json", "hualien-112-results.json", "tainan-111-plan.json" });
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Every_sample_loads_cleanly_through_bytes_text_and_a_non_seekable_stream(string loader, string fileName)
    {
        byte[] bytes = File.ReadAllBytes(SamplePath(loader, fileName));

        Outcome fromBytes = Load(loader, bytes);
        Outcome fromText = loader == Criteria
            ? From(CriteriaEditionLoader.Parse(Encoding.UTF8.GetString(bytes)))
            : From(DocumentLoader.Parse(Encoding.UTF8.GetString(bytes)));
        Outcome fromStream = LoadStream(loader, new ForwardOnlyStream(bytes));

        foreach (Outcome outcome in new[] { fromBytes, fromText, fromStream })
        {
            Assert.True(outcome.Diagnostics.Count == 0, Describe(outcome.Diagnostics));
            Assert.NotNull(outcome.Value);
        }
    }

    // ---------------------------------------------------------------- 2a. truncated input

    [Fact]
    public void A_results_report_cut_inside_Chinese_text_says_it_ends_too_early_at_the_cut()
    {
        string text = SampleText(Document, HualienResults);
        const string marker = "112年計辦理商品市場檢查7402件";
        int cutAt = UniqueIndex(text, marker) + "112年計辦理商品".Length;
        byte[] bytes = Encoding.UTF8.GetBytes(text.Substring(0, cutAt));
        Assert.Equal(Encoding.UTF8.GetBytes(text).Take(bytes.Length), bytes);

        (int line, int column) = PositionOf(text, cutAt);
        Diagnostic d = SingleError(Load(Document, bytes), "SE1001", line, column, "$.tables[1].entries[3].results[0]");
        Assert.Contains("ends too early", d.Message, StringComparison.Ordinal);

        // The criteria loader explains it with the generator's reader: the string that never ends, at its opening quote.
        (int quoteLine, int quoteColumn) = PositionOf(text, text.LastIndexOf('"', cutAt - 1));
        d = SingleError(Load(Criteria, bytes), "SE0001", quoteLine, quoteColumn, "$.tables[1].entries[3].results[0]");
        Assert.Contains("Unterminated string", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_results_report_cut_inside_a_UTF8_character_says_it_ends_too_early_at_that_character()
    {
        string text = SampleText(Document, HualienResults);
        const string marker = "112年計辦理商品市場檢查7402件";
        int charIndex = UniqueIndex(text, marker) + "112年計辦理商品".Length; // at 市
        int byteIndex = Encoding.UTF8.GetByteCount(text.Substring(0, charIndex));
        byte[] all = Encoding.UTF8.GetBytes(text);
        Assert.Equal(Encoding.UTF8.GetBytes("市"), all.Skip(byteIndex).Take(3));

        (int line, int column) = PositionOf(text, charIndex);
        foreach (int partial in new[] { 1, 2 })
        {
            byte[] cut = all.Take(byteIndex + partial).ToArray();
            Diagnostic d = SingleError(Load(Document, cut), "SE1001", line, column, "$.tables[1].entries[3].results[0]");
            Assert.Contains("ends too early", d.Message, StringComparison.Ordinal);

            // The criteria loader: the generator's reader, at the opening quote of the string that never ends.
            (int quoteLine, int quoteColumn) = PositionOf(text, text.LastIndexOf('"', charIndex - 1));
            d = SingleError(Load(Criteria, cut), "SE0001", quoteLine, quoteColumn, "$.tables[1].entries[3].results[0]");
            Assert.Contains("Unterminated string", d.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_truncated_edition_is_located_at_its_end()
    {
        string text = SampleText(Criteria, OverallEdition);
        int cutAt = UniqueIndex(text, "\"title\": \"基礎服務\"") + "\"title\": \"基礎".Length;
        Outcome outcome = Load(Criteria, Encoding.UTF8.GetBytes(text.Substring(0, cutAt)));

        // The generator's reader reports the string that never ends, at its opening quote.
        (int line, int column) = PositionOf(text, UniqueIndex(text, "\"title\": \"基礎服務\"") + "\"title\": ".Length);
        Diagnostic d = SingleError(outcome, "SE0001", line, column, "$.nodes[0].title");
        Assert.Equal("Malformed JSON: Unterminated string: the file ends before its closing '\"'", d.Message);
    }

    [Fact]
    public void A_results_report_cut_anywhere_says_it_ends_too_early_where_it_ends()
    {
        byte[] all = File.ReadAllBytes(Samples.Data(HualienResults));
        var cuts = Enumerable.Range(1, all.Length - 2).Where(i => i % 11 == 0 || all[i - 1] == (byte)'\n' || all[i - 1] == (byte)',');
        foreach (int cut in cuts)
        {
            byte[] prefix = all.AsSpan(0, cut).ToArray();
            Outcome outcome = Load(Document, prefix);

            // Where the text ends, in characters; a character cut in two is not counted.
            string text = Encoding.UTF8.GetString(prefix).TrimEnd('\uFFFD');
            (int line, int column) = PositionOf(text, text.Length);
            Assert.True(outcome.Value is null && outcome.Diagnostics.Count == 1, $"cut at {cut}: {Describe(outcome.Diagnostics)}");
            Diagnostic d = outcome.Diagnostics[0];
            Assert.True(d.Code == "SE1001" && d.Message.Contains("ends too early", StringComparison.Ordinal), $"cut at {cut}: {d}");

            // System.Text.Json places a cut right after a comma at the comma: one column early.
            Assert.True(d.Location.Line == line && (d.Location.Column == column || (d.Location.Column == column - 1 && text.EndsWith(','))), $"cut at {cut}, expected ({line},{column}): {d}");
        }
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public void Input_cut_between_properties_points_at_the_enclosing_object(string loader)
    {
        // Cut after "a": 1, inside the next property name: the open object is what is unfinished.
        const string json = "{\n  \"內容\": {\n    \"a\": 1,\n    \"b";
        // A criteria file is explained by the generator's reader: the string "b that never ends, at its quote.
        Diagnostic d = SingleError(Load(loader, Encoding.UTF8.GetBytes(json)), For(loader, "SE0001", "SE1001"), 4, loader == Criteria ? 5 : 7, "$.內容");
        Assert.Contains(loader == Criteria ? "Unterminated string: the file ends" : "ends too early", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"title\": \"政府服務獎\"} {}", "{}", "$")]
    [InlineData("{\"title\": \"政府服務獎\"}\n\"甲\"", "\"甲\"", "$")]
    [InlineData("{\"title\": \"政府服務獎\" /* 註 */}", "/*", "$")]
    [InlineData("{\"title\": \"政府服務獎\",}", "}", "$")]
    [InlineData("{\"title\": \"政府服務獎\", \"years\": [111 112]}", "112", "$.years[1]")]
    [InlineData("{\"title\": \"政府服務獎\", \"id\": '甲'}", "'甲'", "$.id")]
    [InlineData("{\"title\": \"政府服務獎\", \"id\": 甲}", "甲}", "$.id")]
    [InlineData("{\"title\": \"政府服務獎\", \"totalPoints\": 01}", "1}", "$.totalPoints")]
    [InlineData("{\"title\": \"政府服務獎\", \"id\": \"甲\tx\"}", "\tx", "$.id")]
    [InlineData("{\"title\": \"政府服務獎\", \"id\": \"\\q\"}", "q\"}", "$.id")]
    public void Malformed_JSON_that_is_not_truncated_is_located_and_not_called_truncated(string json, string at, string path)
    {
        int index = UniqueIndex(json, at);
        foreach (string loader in new[] { Criteria, Document })
        {
            // The generator's reader (criteria files) points at an invalid escape's backslash, System.Text.Json at the escaped character.
            (int line, int column) = PositionOf(json, loader == Criteria && json[index - 1] == '\\' ? index - 1 : index);
            Diagnostic d = SingleError(Load(loader, json), For(loader, "SE0001", "SE1001"), line, column, path);
            Assert.StartsWith("Malformed JSON", d.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("{\"title\": \"政府服務獎\", \"id\": \"甲\\uD800\"}", "\"甲", "$.id")]
    [InlineData("{\"title\": \"政府服務獎\", \"years\": [\"\\uDC00\"]}", "\"\\uDC00", "$.years[0]")]
    [InlineData("{\"title\": \"政府服務獎\", \"\\uD800x\": 1}", "\"\\uD800x", "$")]
    public void An_escaped_lone_surrogate_is_malformed_at_its_string(string json, string at, string path)
    {
        (int line, int column) = PositionOf(json, UniqueIndex(json, at));
        SingleError(Load(Document, json), "SE1001", line, column, path);

        // A criteria file, as the generator reads it: at the \u escape itself.
        (int escapeLine, int escapeColumn) = PositionOf(json, json.IndexOf("\\u", UniqueIndex(json, at), StringComparison.Ordinal));
        SingleError(Load(Criteria, json), "SE0001", escapeLine, escapeColumn, path);
    }

    // ---------------------------------------------------------------- 2b. wrong types

    [Fact]
    public void A_string_for_points_in_the_real_edition_is_a_located_wrong_type()
    {
        string text = Edit(
            SampleText(Criteria, OverallEdition),
            "\"title\": \"基礎服務\",\n      \"points\": 200,",
            "\"title\": \"基礎服務\", \"points\": \"two hundred\",");

        (int line, int column) = PositionOf(text, UniqueIndex(text, "\"two hundred\""));
        Assert.Equal(102, line);
        Assert.Equal(34, column); // 6 spaces, "title": "基礎服務", "points":  — in bytes it would be 42
        Diagnostic d = SingleError(Load(Criteria, text), "SE0003", line, column, "$.nodes[0].points");
        Assert.Equal("'$.nodes[0].points' must be an integer (from -2147483648 to 2147483647), but is a string", d.Message);
    }

    [Fact]
    public void A_string_for_the_year_in_the_real_results_report_is_a_located_wrong_type()
    {
        string title = "\"title\": \"經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果\",";
        string text = Edit(
            SampleText(Document, HualienResults),
            "\"year\": 112,\n  " + title,
            title + " \"year\": \"112\",");

        (int line, int column) = PositionOf(text, UniqueIndex(text, "\"year\": \"112\"") + "\"year\": ".Length);
        Assert.Equal(5, line);
        Diagnostic d = SingleError(Load(Document, text), "SE1002", line, column, "$.year");
        Assert.Contains("whole number", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Criteria, "{\"title\": \"政府服務獎\", \"years\": [111, \"一一二\"]}", "$.years[1]", "\"一一二\"")]
    [InlineData(Criteria, "{\"title\": \"政府服務獎\", \"id\": {\"名稱\": 1}}", "$.id", "{\"名稱\"")]
    [InlineData(Criteria, "{\"title\": \"政府服務獎\", \"nodes\": {}}", "$.nodes", "{}")]
    [InlineData(Document, "{\"title\": \"花蓮分局\", \"agency\": [\"花蓮\"]}", "$.agency", "[\"花蓮\"]")]
    [InlineData(Document, "{\"title\": \"花蓮分局\", \"tables\": [{\"title\": \"構面一\", \"entries\": [{\"figures\": [{\"value\": \"九二三\"}]}]}]}", "$.tables[0].entries[0].figures[0].value", "\"九二三\"")]
    [InlineData(Document, "{\"title\": \"花蓮分局\", \"agency\": {\"units\": [{\"name\": \"秘書室\", \"collective\": \"是\"}]}}", "$.agency.units[0].collective", "\"是\"")]
    [InlineData(Document, "{\"title\": \"花蓮分局\", \"$schema\": 5}", "$.$schema", "5}")]
    public void A_wrong_type_after_Chinese_text_is_located_at_the_value(string loader, string json, string path, string value)
    {
        (int line, int column) = PositionOf(json, UniqueIndex(json, value));
        Assert.Equal(1, line);
        SingleError(Load(loader, json), For(loader, "SE0003", "SE1002"), line, column, path);
    }

    // ---------------------------------------------------------------- 2c. nesting

    [Fact]
    public void Criteria_nested_200_levels_deep_exceed_the_depth_limit_where_level_65_opens()
    {
        string json = NestedNodes(200);
        int limit = JsonLoadOptions.Default.MaxDepth;
        int at = NthContainer(json, limit + 1);
        Assert.StartsWith("{\"key\":\"A\",\"title\":\"甲\"", json.Substring(at), StringComparison.Ordinal);

        // Containers: the root {, nodes [, then { and children [ per node: container 65 is node 31's {.
        string path = "$.nodes[0]" + string.Concat(Enumerable.Repeat(".children[0]", (limit + 1 - 3) / 2));
        (int line, int column) = PositionOf(json, at);
        Assert.Equal((1, 11 + (31 * 35) + 1), (line, column)); // in UTF-8 bytes the column would be 31 * 2 further right
        Diagnostic d = SingleError(Load(Criteria, json), "SE0001", line, column, path);
        Assert.Contains(limit.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_nested_200_levels_deep_exceeds_the_depth_limit_where_level_65_opens()
    {
        var json = new StringBuilder("{\"tables\": [{\"entries\": [{\"results\": [");
        for (int i = 0; i < 200; i++)
        {
            json.Append("{\"text\": \"乙\", \"points\": [");
        }

        for (int i = 0; i < 200; i++)
        {
            json.Append("]}");
        }

        json.Append("]}]}]}");
        string text = json.ToString();
        int at = NthContainer(text, JsonLoadOptions.Default.MaxDepth + 1);

        // root {, tables [, table {, entries [, entry {, results [, then { and points [ per block.
        string path = "$.tables[0].entries[0].results[0]" + string.Concat(Enumerable.Repeat(".points[0]", (JsonLoadOptions.Default.MaxDepth + 1 - 7) / 2));
        (int line, int column) = PositionOf(text, at);
        SingleError(Load(Document, text), "SE1003", line, column, path);
    }

    [Fact]
    public void A_depth_limit_raised_in_the_options_is_honoured_by_the_whole_loader()
    {
        // 100 levels of criteria under a one-level edition: legal JSON within MaxDepth = 300, so
        // the only findings are the depths the edition's levels do not allow (SE1004), not SE1002/SE1003.
        string json = "{\"id\": \"x\", \"title\": \"甲\", \"years\": [112], \"levels\": [{\"name\": \"層\", \"numbering\": \"arabic-dot\"}], "
            + NestedNodes(100).Substring(1);
        LoadResult<CriteriaEdition> result = CriteriaEditionLoader.Parse(json, options: new JsonLoadOptions { MaxDepth = 300 });

        Assert.Null(result.Value);
        Assert.True(result.Diagnostics.Count == 99 && result.Diagnostics.All(d => d.Code == "SE0011"), Describe(result.Diagnostics.Take(3)));
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public void A_lower_depth_limit_rejects_the_real_samples_with_SE1003(string loader)
    {
        string path = SamplePath(loader, loader == Criteria ? OverallEdition : HualienResults);
        var options = new JsonLoadOptions { MaxDepth = 3 };
        Outcome outcome = loader == Criteria
            ? From(CriteriaEditionLoader.LoadFile(path, options))
            : From(DocumentLoader.LoadFile(path, options));

        Diagnostic d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(loader == Criteria ? "SE0001" : "SE1003", d.Code); // nesting too deep is a syntax error in a criteria file, as in the generator
        Assert.Null(outcome.Value);
    }

    // ---------------------------------------------------------------- 2d. size

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public void A_50_MB_file_exceeds_the_size_limit(string loader)
    {
        string path = Path.Combine(Path.GetTempPath(), "se-loading-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            using (var content = HugeStringDocument())
            {
                content.CopyTo(file);
            }

            Assert.Equal(HugeStringDocument().TotalLength, new FileInfo(path).Length);
            Outcome outcome = LoadFile(loader, path);
            Diagnostic d = SingleError(outcome, "SE1003", 1, 1, "$");
            Assert.Equal(path, d.Location.FilePath);
            Assert.Contains("MaxBytes", d.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public void A_50_MB_non_seekable_stream_exceeds_the_size_limit_without_being_read_to_its_end(string loader)
    {
        using ForwardOnlyStream stream = HugeStringDocument();
        Outcome outcome = LoadStream(loader, stream, "huge.json");

        Diagnostic d = SingleError(outcome, "SE1003", 1, 1, "$");
        Assert.Equal("huge.json", d.Location.FilePath);
        Assert.True(stream.BytesRead <= JsonLoadOptions.Default.MaxBytes + (1 << 20), $"read {stream.BytesRead:N0} bytes");
        Assert.True(stream.BytesRead < stream.TotalLength);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public void An_endless_stream_is_refused_after_reading_exactly_one_byte_over_the_limit(string loader)
    {
        // What standard input looks like when it never ends (yes | …, /dev/zero piped in).
        using var stream = new ForwardOnlyStream(Encoding.UTF8.GetBytes("{\"title\": \""), (byte)'x', long.MaxValue / 2, Array.Empty<byte>());
        Outcome outcome = LoadStream(loader, stream, "-");

        Diagnostic d = SingleError(outcome, "SE1003", 1, 1, "$");
        Assert.Equal(JsonLoadOptions.Default.MaxBytes + 1, stream.BytesRead);
        Assert.Equal("The input is 16,777,217 bytes or more; the limit is 16,777,216 bytes (JsonLoadOptions.MaxBytes).", d.Message);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public void A_stream_of_exactly_the_limit_is_read_and_one_byte_more_is_refused(string loader)
    {
        string name = loader == Criteria ? OverallEdition + ".criteria.json" : HualienResults + ".json";
        byte[] bytes = File.ReadAllBytes(SamplePath(loader, name));
        var exact = new JsonLoadOptions { MaxBytes = bytes.Length };
        var under = new JsonLoadOptions { MaxBytes = bytes.Length - 1 };

        var fits = new ForwardOnlyStream(bytes);
        Outcome loaded = loader == Criteria ? From(CriteriaEditionLoader.Load(fits, "x", exact)) : From(DocumentLoader.Load(fits, "x", exact));
        var over = new ForwardOnlyStream(bytes);
        Outcome refused = loader == Criteria ? From(CriteriaEditionLoader.Load(over, "x", under)) : From(DocumentLoader.Load(over, "x", under));

        Assert.True(loaded.Diagnostics.Count == 0, Describe(loaded.Diagnostics));
        SingleError(refused, "SE1003", 1, 1, "$");
        Assert.Equal(bytes.Length, over.BytesRead);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public void A_seekable_input_that_says_it_is_too_large_is_refused_unread(string loader)
    {
        using var stream = new HugeSeekableStream(1536L * 1024 * 1024);
        Outcome outcome = LoadStream(loader, stream, "sparse.json");

        Diagnostic d = SingleError(outcome, "SE1003", 1, 1, "$");
        Assert.Equal(0, stream.BytesRead);
        Assert.Contains("1,610,612,736", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public void A_sparse_file_of_1_5_GiB_is_refused_by_its_length(string loader)
    {
        string path = Path.Combine(Path.GetTempPath(), "se-sparse-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                file.SetLength(1536L * 1024 * 1024); // sparse where the file system allows: no data written
            }

            Diagnostic d = SingleError(LoadFile(loader, path), "SE1003", 1, 1, "$");
            Assert.Equal(path, d.Location.FilePath);
            Assert.Contains("1,610,612,736", d.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public void The_zero_device_is_refused_at_the_limit(string loader)
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // no such device on this system (Windows)
        }

        Diagnostic d = SingleError(loader == Criteria
            ? From(CriteriaEditionLoader.LoadFile("/dev/zero", new JsonLoadOptions { MaxBytes = 1 << 20 }))
            : From(DocumentLoader.LoadFile("/dev/zero", new JsonLoadOptions { MaxBytes = 1 << 20 })), "SE1003", 1, 1, "$");
        Assert.Equal("/dev/zero", d.Location.FilePath);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public void A_lower_size_limit_rejects_a_sample_from_bytes_and_from_a_stream(string loader)
    {
        string name = loader == Criteria ? OverallEdition + ".criteria.json" : HualienResults + ".json";
        byte[] bytes = File.ReadAllBytes(SamplePath(loader, name));
        var options = new JsonLoadOptions { MaxBytes = 1000 };

        Outcome fromBytes = loader == Criteria ? From(CriteriaEditionLoader.Load(bytes, "x", options)) : From(DocumentLoader.Load(bytes, "x", options));
        Outcome fromStream = loader == Criteria
            ? From(CriteriaEditionLoader.Load(new ForwardOnlyStream(bytes), "x", options))
            : From(DocumentLoader.Load(new ForwardOnlyStream(bytes), "x", options));
        SingleError(fromBytes, "SE1003", 1, 1, "$");
        SingleError(fromStream, "SE1003", 1, 1, "$");
    }

    // ---------------------------------------------------------------- 2e. invalid UTF-8

    [Theory]
    [InlineData(Criteria, new byte[] { 0xFF })]
    [InlineData(Document, new byte[] { 0xFF })]
    [InlineData(Criteria, new byte[] { 0xE6, 0x94 })] // 政 without its last byte
    [InlineData(Document, new byte[] { 0xE6, 0x94 })]
    [InlineData(Criteria, new byte[] { 0x80 })]
    [InlineData(Document, new byte[] { 0xC0, 0xAF })] // overlong '/'
    public void Invalid_UTF8_after_Chinese_text_on_line_3_is_located_by_character(string loader, byte[] bad)
    {
        const string before = "{\n  \"id\": \"x\",\n  \"title\": \"政府服務";
        byte[] bytes = Encoding.UTF8.GetBytes(before).Concat(bad).Concat(Encoding.UTF8.GetBytes("獎\"\n}\n")).ToArray();

        (int line, int column) = PositionOf(before, before.Length);
        Assert.Equal((3, 17), (line, column)); // by bytes it would be column 29
        Diagnostic d = SingleError(Load(loader, bytes), For(loader, "SE0001", "SE1001"), line, column, "$.title");
        Assert.Contains("UTF-8", d.Message, StringComparison.Ordinal);
        Assert.Equal("Malformed JSON: The file is not valid UTF-8: the bytes at offset " + Encoding.UTF8.GetByteCount(before) + " cannot be read as a character. Save the file as UTF-8.", d.Message);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public void Invalid_UTF8_in_a_real_sample_is_located_by_character(string loader)
    {
        string name = loader == Criteria ? OverallEdition + ".criteria.json" : HualienResults + ".json";
        string text = SampleText(loader, name);
        const string title = "\"title\": \"";
        int titleIndex = text.IndexOf(title, StringComparison.Ordinal) + title.Length + 2; // two Chinese characters in
        byte[] all = Encoding.UTF8.GetBytes(text);
        int byteIndex = Encoding.UTF8.GetByteCount(text.Substring(0, titleIndex));
        all[byteIndex] = 0xFF;

        (int line, int column) = PositionOf(text, titleIndex);
        SingleError(Load(loader, all), For(loader, "SE0001", "SE1001"), line, column, "$.title");
    }

    // ---------------------------------------------------------------- 2f. empty input

    [Theory]
    [InlineData(Criteria, "")]
    [InlineData(Document, "")]
    [InlineData(Criteria, "   \r\n\t\n  ")]
    [InlineData(Document, "\n\n\n")]
    [InlineData(Criteria, "\uFEFF")]
    [InlineData(Document, "\uFEFF \n")]
    public void Empty_or_blank_input_is_malformed_at_1_1(string loader, string text)
    {
        Diagnostic d = SingleError(Load(loader, Encoding.UTF8.GetBytes(text)), For(loader, "SE0001", "SE1001"), 1, 1, "$");
        Assert.Contains("empty", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Criteria, "")]
    [InlineData(Document, "  \n ")]
    public void Empty_or_blank_files_are_malformed_at_1_1(string loader, string text)
    {
        string path = Path.Combine(Path.GetTempPath(), "se-loading-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
            Diagnostic d = SingleError(LoadFile(loader, path), For(loader, "SE0001", "SE1001"), 1, 1, "$");
            Assert.Equal(path, d.Location.FilePath);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // ---------------------------------------------------------------- 2g. unknown properties

    [Fact]
    public void A_misspelt_property_in_the_real_edition_is_named_and_located()
    {
        string text = Edit(SampleText(Criteria, OverallEdition), "\"title\": \"基礎服務\"", "\"titel\": \"基礎服務\"");

        (int line, int column) = PositionOf(text, UniqueIndex(text, "\"titel\""));
        Assert.Equal((102, 7), (line, column));
        Diagnostic d = SingleError(Load(Criteria, text), "SE0004", line, column, "$.nodes[0].titel");
        Assert.Contains("'titel'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_after_Chinese_text_in_the_real_report_is_named_and_located()
    {
        string text = Edit(SampleText(Document, HualienResults), "\"name\": \"報驗發證科\"\n", "\"name\": \"報驗發證科\", \"abbr\": \"報\"\n");

        (int line, int column) = PositionOf(text, UniqueIndex(text, "\"abbr\""));
        Assert.Equal(26, column); // 8 spaces, "name": "報驗發證科", — in bytes it would be 36
        Diagnostic d = SingleError(Load(Document, text), "SE1002", line, column, "$.agency.units[0].abbr");
        Assert.Contains("'abbr'", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ti-tle", "$.ti-tle")]
    [InlineData("a.b", "$['a.b']")]
    [InlineData("名 稱", "$['名 稱']")]
    [InlineData("it's", "$['it's']")] // System.Text.Json does not escape the quote
    [InlineData("$ref", "$.$ref")]
    public void An_unknown_property_with_an_unusual_name_is_named_and_located_at_its_name(string name, string path)
    {
        string json = "{\"title\": \"政府服務獎\", " + JsonSerializer.Serialize(name) + ": [1]}";
        (int line, int column) = PositionOf(json, UniqueIndex(json, JsonSerializer.Serialize(name)));
        foreach (string loader in new[] { Criteria, Document })
        {
            Diagnostic d = SingleError(Load(loader, json), For(loader, "SE0004", "SE1002"), line, column, path);
            Assert.Contains("'" + name + "'", d.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("\"label\": \"（四）\",\n              \"text\"", "$.sections.rewards.content[1].points[3].txt")]
    [InlineData("\"label\": \"2.\",\n                  \"text\": \"由本部", "$.sections.assessment.content[1].points[0].points[1].txt")]
    public void An_unknown_property_in_a_numbered_point_is_named_and_located_with_its_full_path(string find, string path)
    {
        // Numbered points are read by a converter that deserializes each point on its own.
        string text = Edit(SampleText(Document, BsmiPlan), find, find.Replace("\"text\"", "\"txt\"", StringComparison.Ordinal));

        (int line, int column) = PositionOf(text, UniqueIndex(text, "\"txt\""));
        Diagnostic d = SingleError(Load(Document, text), "SE1002", line, column, path);
        Assert.Contains("'txt'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_type_in_a_nested_numbered_point_is_located_with_its_full_path()
    {
        string text = Edit(SampleText(Document, BsmiPlan), "\"label\": \"（五）\",", "\"label\": 5,");

        (int line, int column) = PositionOf(text, UniqueIndex(text, "\"label\": 5,") + "\"label\": ".Length);
        Diagnostic d = SingleError(Load(Document, text), "SE1002", line, column, "$.sections.rewards.content[1].points[4].label");
        Assert.Contains("a string", d.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- 2h. missing required properties

    [Fact]
    public void A_node_without_key_is_reported_at_the_node()
    {
        string text = Edit(SampleText(Criteria, OverallEdition), "\"key\": \"BasicService\",\n      ", string.Empty);

        int node = text.LastIndexOf('{', UniqueIndex(text, "\"title\": \"基礎服務\""));
        (int line, int column) = PositionOf(text, node);
        Assert.Equal((100, 5), (line, column));
        Diagnostic d = SingleError(Load(Criteria, text), "SE0002", line, column, "$.nodes[0].key");
        Assert.Equal("node 「基礎服務」 ($.nodes[0]) has no 'key' property, which is required", d.Message);
    }

    [Fact]
    public void A_document_without_agency_is_reported_at_the_root_object_by_name()
    {
        string text = SampleText(Document, HualienResults);
        int start = UniqueIndex(text, "  \"agency\": {");
        int end = UniqueIndex(text, "  \"tables\": [");
        text = text.Remove(start, end - start);

        Diagnostic d = SingleError(Load(Document, text), "SE1002", 1, 1, "$.agency");
        Assert.Equal("Missing required property 'agency' in the object at $.", d.Message);
    }

    [Fact]
    public void A_figure_without_value_is_reported_at_the_figure()
    {
        string text = Edit(SampleText(Document, HualienResults), "\"value\": 7402,\n              ", string.Empty);

        int figure = text.LastIndexOf('{', UniqueIndex(text, "\"label\": \"商品市場檢查\""));
        (int line, int column) = PositionOf(text, figure);
        Diagnostic d = SingleError(Load(Document, text), "SE1002", line, column, "$.tables[1].entries[3].figures[0].value");
        Assert.Equal("Missing required property 'value' in the object at $.tables[1].entries[3].figures[0].", d.Message);
    }

    [Theory]
    [InlineData(Document, "{\"kind\":\"plan\",\"edition\":\"甲\",\"year\":114,\"title\":\"標準檢驗局\",\"agency\":{\"level\":\"branch\",\"units\":[]},\"tables\":[]}", "{\"level\"", "$.agency", "name")]
    [InlineData(Criteria, "{\"id\":\"甲\",\"title\":\"評核\",\"totalPoints\":10,\"years\":[114],\"levels\":[{\"name\":\"構面\",\"numbering\":\"arabic-dot\"}],\"nodes\":[{\"key\":\"A\",\"title\":\"服務\",\"points\":10},{\"title\":\"第二項\"}]}", "{\"title\":\"第二項\"", "$.nodes[1]", "key")]
    public void A_missing_property_on_a_minified_Chinese_line_names_the_property_and_locates_its_object(string loader, string json, string objectStart, string objectPath, string property)
    {
        (int line, int column) = PositionOf(json, UniqueIndex(json, objectStart));

        Diagnostic d = SingleError(Load(loader, Encoding.UTF8.GetBytes(json)), For(loader, "SE0002", "SE1002"), line, column, objectPath + "." + property);
        Assert.Equal(
            loader == Criteria ? $"node 「第二項」 ({objectPath}) has no '{property}' property, which is required" : $"Missing required property '{property}' in the object at {objectPath}.",
            d.Message);
    }

    // ---------------------------------------------------------------- 2i. unreadable paths

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public void A_missing_file_is_unreadable(string loader)
    {
        string path = Path.Combine(Samples.Root, "samples", "no-such-file-" + Guid.NewGuid().ToString("N") + ".json");
        Diagnostic d = Unreadable(LoadFile(loader, path));
        Assert.Equal(path, d.Location.FilePath);
        Assert.Contains(path, d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public void A_directory_is_unreadable(string loader)
    {
        string path = Path.Combine(Samples.Root, "samples", "data");
        Diagnostic d = Unreadable(LoadFile(loader, path));
        Assert.Equal(path, d.Location.FilePath);
        Assert.Equal($"Cannot read '{path}': it is a directory, not a file.", d.Message);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public void A_stream_that_fails_while_reading_is_unreadable(string loader)
    {
        Diagnostic d = Unreadable(LoadStream(loader, new ForwardOnlyStream(Encoding.UTF8.GetBytes("{\"title\": \"甲"), failAfter: 5), "broken.json"));
        Assert.Equal("broken.json", d.Location.FilePath);
    }

    // ---------------------------------------------------------------- 2j. byte order mark

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void A_UTF8_byte_order_mark_still_loads(string loader, string fileName)
    {
        byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(File.ReadAllBytes(SamplePath(loader, fileName))).ToArray();
        Outcome outcome = Load(loader, bytes);

        Assert.True(outcome.Diagnostics.Count == 0, Describe(outcome.Diagnostics));
        Assert.NotNull(outcome.Value);
        Assert.Equal((1, 1), (outcome.SourceMap.Locate("$").Line, outcome.SourceMap.Locate("$").Column));
    }

    [Fact]
    public void A_byte_order_mark_does_not_shift_columns()
    {
        byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"title\": \"甲\", \"id\": 5}")).ToArray();
        SingleError(Load(Criteria, bytes), "SE0003", 1, 22, "$.id");
    }

    // ---------------------------------------------------------------- 2k. a root that is not an object

    [Theory]
    [InlineData(Criteria, "null", 1, 1)]
    [InlineData(Document, "null", 1, 1)]
    [InlineData(Criteria, "\n  null\n", 2, 3)]
    [InlineData(Document, " \n\tnull", 2, 2)]
    [InlineData(Criteria, "[]", 1, 1)]
    [InlineData(Document, "\"政府服務獎\"", 1, 1)]
    [InlineData(Document, "\n 42", 2, 2)]
    public void A_root_that_is_not_an_object_is_a_wrong_type(string loader, string json, int line, int column)
    {
        SingleError(Load(loader, Encoding.UTF8.GetBytes(json)), For(loader, "SE0003", "SE1002"), line, column, "$");
    }

    // ---------------------------------------------------------------- 2l. values outside a closed list

    [Fact]
    public void An_unknown_numbering_style_lists_the_accepted_styles()
    {
        string text = Edit(SampleText(Criteria, OverallEdition), "\"numbering\": \"arabic-dot\"", "\"numbering\": \"roman-upper\"");

        (int line, int column) = PositionOf(text, UniqueIndex(text, "\"roman-upper\""));
        Diagnostic d = SingleError(Load(Criteria, text), "SE0010", line, column, "$.levels[2].numbering");
        Assert.Contains("'roman-upper'", d.Message, StringComparison.Ordinal);
        Assert.All(NumberingNames, name => Assert.Contains(name, d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_document_kind_lists_the_accepted_kinds()
    {
        string text = Edit(SampleText(Document, HualienResults), "\"kind\": \"results\"", "\"kind\": \"report\"");

        (int line, int column) = PositionOf(text, UniqueIndex(text, "\"report\""));
        Diagnostic d = SingleError(Load(Document, text), "SE1002", line, column, "$.kind");
        Assert.Contains("'report'", d.Message, StringComparison.Ordinal);
        Assert.Contains("plan", d.Message, StringComparison.Ordinal);
        Assert.Contains("results", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_commendation_kind_lists_the_accepted_kinds()
    {
        string text = Edit(SampleText(Document, BsmiPlan), "\"kind\": \"major-merit\"", "\"kind\": \"記大功\"");

        (int line, int column) = PositionOf(text, UniqueIndex(text, "\"記大功\""));
        Diagnostic d = SingleError(Load(Document, text), "SE1002", line, column, "$.sections.rewards.commendationPolicy.rules[0].commendation.kind");
        Assert.Contains("citation, merit, major-merit", d.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- 2m. invalid values

    [Fact]
    public void A_ROC_date_that_does_not_exist_is_an_invalid_value()
    {
        string text = Edit(SampleText(Document, BsmiPlan), "\"date\": \"106年1月9日\"", "\"date\": \"113年2月30日\"");

        (int line, int column) = PositionOf(text, UniqueIndex(text, "\"113年2月30日\""));
        Diagnostic d = SingleError(Load(Document, text), "SE1004", line, column, "$.sections.basis.references[0].date");
        Assert.Contains("113年2月30日", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_issued_date_that_does_not_exist_is_an_invalid_value_after_Chinese_text()
    {
        string text = Edit(
            SampleText(Document, BsmiPlan),
            "\"issuer\": \"經濟部標準檢驗局\",\n    \"date\": \"114年1月6日\"",
            "\"issuer\": \"經濟部標準檢驗局\", \"date\": \"114年13月6日\"");

        (int line, int column) = PositionOf(text, UniqueIndex(text, "\"114年13月6日\""));
        SingleError(Load(Document, text), "SE1004", line, column, "$.issued.date");
    }

    // ---------------------------------------------------------------- 2n. keys

    [Fact]
    public void A_duplicate_sibling_key_is_an_invalid_value_at_the_second_key()
    {
        string text = Edit(SampleText(Criteria, OverallEdition), "\"key\": \"ServiceDelivery\"", "\"key\": \"BasicService\"");

        int second = text.IndexOf("\"key\": \"BasicService\"", UniqueIndex(text, "\"title\": \"基礎服務\""), StringComparison.Ordinal);
        (int line, int column) = PositionOf(text, second + "\"key\": ".Length);
        Assert.Equal(236, line);
        Diagnostic d = SingleError(Load(Criteria, text), "SE0006", line, column, "$.nodes[1].key");
        Assert.Contains("'BasicService'", d.Message, StringComparison.Ordinal);
        Assert.Contains("already used by a sibling, 「基礎服務」", d.Message, StringComparison.Ordinal); // the sibling by its title, as the generator names it
    }

    [Fact]
    public void A_key_that_is_not_an_identifier_is_an_invalid_value_at_the_key()
    {
        string text = Edit(
            SampleText(Criteria, OverallEdition),
            "\"key\": \"ServiceCapacity\",\n      \"title\": \"服務量能\",",
            "\"title\": \"服務量能\", \"key\": \"1Bad\",");

        (int line, int column) = PositionOf(text, UniqueIndex(text, "\"1Bad\""));
        Assert.Equal(31, column); // in bytes it would be 39
        Diagnostic d = SingleError(Load(Criteria, text), "SE0007", line, column, "$.nodes[2].key");
        Assert.Contains("'1Bad'", d.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- 2o. the source map

    [Fact]
    public void The_source_map_locates_a_strategy_where_a_text_search_finds_it()
    {
        string path = Samples.Data(HualienResults);
        string[] lines = File.ReadAllLines(path);

        // By hand: the second table's "entries", then the fifth "strategy" property after it.
        int entries = NthLine(lines, 0, "\"entries\": [", 2);
        int strategy = NthLine(lines, entries + 1, "\"strategy\": ", 5);
        Assert.True(strategy < NthLine(lines, 0, "\"entries\": [", 3), "the fifth strategy is still in the second table");
        int valueIndex = lines[strategy].IndexOf("\"strategy\": ", StringComparison.Ordinal) + "\"strategy\": ".Length;
        Assert.Equal('"', lines[strategy][valueIndex]);

        LoadResult<ServiceDocument> result = DocumentLoader.LoadFile(path);
        Assert.True(result.Succeeded, Describe(result.Diagnostics));
        SourceLocation location = result.SourceMap.Locate("$.tables[1].entries[4].strategy");
        Assert.Equal(path, location.FilePath);
        Assert.Equal("$.tables[1].entries[4].strategy", location.JsonPath);
        Assert.Equal((strategy + 1, valueIndex + 1), (location.Line, location.Column));

        // And what is there is what the report holds.
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(path));
        string expected = json.RootElement.GetProperty("tables")[1].GetProperty("entries")[4].GetProperty("strategy").GetString()!;
        Assert.StartsWith("\"" + expected + "\"", lines[strategy].Substring(valueIndex), StringComparison.Ordinal);
        Assert.Equal(expected, result.Value!.Tables[1].Entries[4].Strategy);
    }

    [Fact]
    public void The_source_map_counts_columns_in_characters_and_falls_back_to_the_enclosing_value()
    {
        const string json = "{\"title\": \"政府服務獎 整體服務類\", \"id\": \"x\", \"years\": [111, 112], \"nodes\": [{\"key\": \"甲\"}]}";
        LoadResult<CriteriaEdition> result = CriteriaEditionLoader.Parse(json, "inline.json");

        Assert.Equal(PositionOf(json, UniqueIndex(json, "\"x\"")), Position(result.SourceMap.Locate("$.id")));
        Assert.Equal(PositionOf(json, UniqueIndex(json, "112]")), Position(result.SourceMap.Locate("$.years[1]")));
        Assert.Equal(PositionOf(json, UniqueIndex(json, "{\"key\"")), Position(result.SourceMap.Locate("$.nodes[0].children[3].points")));
        Assert.Equal("$.nodes[0].children[3].points", result.SourceMap.Locate("$.nodes[0].children[3].points").JsonPath);
        Assert.Equal("inline.json", result.SourceMap.Locate("$.id").FilePath);
        Assert.Equal((0, 0), Position(JsonSourceMap.Empty().Locate("$.id")));
    }

    [Fact]
    public void A_supplementary_character_counts_as_two_columns()
    {
        // 𠀀 (U+20000) is one character to a reader but two UTF-16 code units, as editors count columns.
        const string json = "{\"title\": \"𠀀𠀀\", \"id\": 1}";
        (int line, int column) = PositionOf(json, UniqueIndex(json, "1}"));
        Assert.Equal(25, column); // in bytes it would be 29, in code points 23
        SingleError(Load(Criteria, json), "SE0003", line, column, "$.id");
    }

    // ---------------------------------------------------------------- 3. robustness

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Two_thousand_mutations_of_a_sample_never_throw_and_are_located_when_refused(string loader, string fileName)
    {
        byte[] original = File.ReadAllBytes(SamplePath(loader, fileName));
        string originalText = Encoding.UTF8.GetString(original);
        var random = new Random(20261123);
        int refused = 0;

        for (int variant = 0; variant < 2000; variant++)
        {
            byte[] bytes = random.Next(2) == 0 ? MutateBytes(original, random) : MutateText(originalText, random);
            Outcome outcome;
            try
            {
                outcome = Load(loader, bytes);
            }
            catch (Exception e)
            {
                Assert.Fail($"variant {variant} of {fileName} threw {e}");
                return;
            }

            int lineCount = 1 + bytes.Count(b => b == (byte)'\n');
            if (outcome.Value is null)
            {
                refused++;
                Assert.True(outcome.Diagnostics.Any(d => d.IsError), $"variant {variant} of {fileName}: no value and no error");
            }

            foreach (Diagnostic d in outcome.Diagnostics)
            {
                Assert.NotEqual("SE1000", d.Code);
                Assert.True(
                    d.Location.Line >= 1 && d.Location.Line <= lineCount + 1 && d.Location.Column >= 1,
                    $"variant {variant} of {fileName}: {d} is not located ({lineCount} lines)");
                Assert.False(string.IsNullOrWhiteSpace(d.Message));
                Assert.StartsWith("$", d.Location.JsonPath, StringComparison.Ordinal);
            }
        }

        Assert.True(refused > 1000, $"only {refused} of 2000 variants were refused: the mutations are too gentle");
    }

    // ---------------------------------------------------------------- helpers

    // A criteria file's problems have the generator's SE0xxx codes at run time too; a document's, SE1xxx.
    private static string For(string loader, string criteriaCode, string documentCode) => loader == Criteria ? criteriaCode : documentCode;

    private static Diagnostic SingleError(Outcome outcome, string code, int line, int column, string path)
    {
        Assert.True(outcome.Diagnostics.Count == 1, "expected exactly one diagnostic, got:" + Environment.NewLine + Describe(outcome.Diagnostics));
        Diagnostic d = outcome.Diagnostics[0];
        Assert.Null(outcome.Value);
        Assert.True(d.IsError, d.ToString());
        Assert.Equal(code, d.Code);
        Assert.Equal((line, column), (d.Location.Line, d.Location.Column));
        Assert.Equal(path, d.Location.JsonPath);
        Assert.False(string.IsNullOrWhiteSpace(d.Message));
        return d;
    }

    private static Diagnostic Unreadable(Outcome outcome)
    {
        Assert.Null(outcome.Value);
        Diagnostic d = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SE1000", d.Code);
        Assert.True(d.IsError);
        Assert.Equal("$", d.Location.JsonPath);
        return d;
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));

    private static (int Line, int Column) Position(SourceLocation location) => (location.Line, location.Column);

    /// <summary>1-based line and column (UTF-16 code units) of a character index.</summary>
    private static (int Line, int Column) PositionOf(string text, int index)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private static int UniqueIndex(string text, string value)
    {
        int index = text.IndexOf(value, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{value}' is not in the text");
        Assert.True(text.IndexOf(value, index + 1, StringComparison.Ordinal) < 0, $"'{value}' is in the text more than once");
        return index;
    }

    private static string Edit(string text, string find, string replacement)
    {
        UniqueIndex(text, find);
        return text.Replace(find, replacement);
    }

    private static int NthLine(string[] lines, int from, string value, int n)
    {
        for (int i = from; i < lines.Length; i++)
        {
            if (lines[i].Contains(value, StringComparison.Ordinal) && --n == 0)
            {
                return i;
            }
        }

        Assert.Fail($"'{value}' is not found that often");
        return -1;
    }

    /// <summary>Index of the n-th (1-based) '{' or '[' of a text whose strings hold no brackets.</summary>
    private static int NthContainer(string json, int n)
    {
        for (int i = 0; i < json.Length; i++)
        {
            if ((json[i] == '{' || json[i] == '[') && --n == 0)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(n));
    }

    /// <summary>An edition fragment whose node tree is <paramref name="depth"/> levels deep, on one line.</summary>
    private static string NestedNodes(int depth) =>
        "{\"nodes\": ["
        + string.Concat(Enumerable.Repeat("{\"key\":\"A\",\"title\":\"甲\",\"children\":[", depth))
        + string.Concat(Enumerable.Repeat("]}", depth))
        + "]}";

    /// <summary>{"id": "xxxx…"} with a 50 MB string, generated as it is read.</summary>
    private static ForwardOnlyStream HugeStringDocument() =>
        new(Encoding.UTF8.GetBytes("{\"title\": \"甲\", \"id\": \""), (byte)'x', 50L * 1024 * 1024, Encoding.UTF8.GetBytes("\"}\n"));

    private static byte[] MutateBytes(byte[] original, Random random)
    {
        const string structural = "{}[]\":,\\ \n0123456789-.eEtrufalsn";
        var bytes = new List<byte>(original);
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 9), bytes.Count - at));
                    break;
                case 1:
                    int length = Math.Min(random.Next(1, 64), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 2:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 3:
                    bytes[at] = (byte)structural[random.Next(structural.Length)];
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at); // truncation
                    break;
            }

            if (bytes.Count == 0)
            {
                break;
            }
        }

        return bytes.ToArray();
    }

    private static byte[] MutateText(string original, Random random)
    {
        string[] pieces = { "{", "}", "[", "]", "\"", ",", ":", "\\", "\\u", "\\uD800", "null", "true", "-1", "1e999", "99999999999", "0.5", "甲", "\u3000", "\uD83D", "𠀀", "\"titel\": 1,", "\"key\": \"1Bad\",", "\n", "\r\n", "\t", "\0" };
        var text = new StringBuilder(original);
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits && text.Length > 0; e++)
        {
            int at = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at));
                    break;
                case 1:
                    int length = Math.Min(random.Next(1, 200), text.Length - at);
                    text.Insert(random.Next(text.Length), text.ToString(at, length));
                    break;
                case 2:
                    text[at] = pieces[random.Next(pieces.Length)][0];
                    break;
                default:
                    text.Insert(at, pieces[random.Next(pieces.Length)]);
                    break;
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static IEnumerable<string> SampleFiles(string folder, string suffix) =>
        Directory.GetFiles(Path.Combine(Samples.Root, "samples", folder), "*" + suffix)
            .Select(Path.GetFileName)
            .Select(name => name!)
            .Where(name => suffix != ".json" || !name.EndsWith(".criteria.json", StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();

    private static TheoryData<string> SampleNames(string folder, string suffix)
    {
        var data = new TheoryData<string>();
        foreach (string name in SampleFiles(folder, suffix))
        {
            data.Add(name);
        }

        return data;
    }

    private static string SamplePath(string loader, string fileName)
    {
        string name = fileName.EndsWith(".json", StringComparison.Ordinal)
            ? fileName
            : fileName + (loader == Criteria ? ".criteria.json" : ".json");
        return Path.Combine(Samples.Root, "samples", loader == Criteria ? "criteria" : "data", name);
    }

    private static string SampleText(string loader, string fileName) => File.ReadAllText(SamplePath(loader, fileName), Encoding.UTF8);

    private static Outcome Load(string loader, string text) => Load(loader, Encoding.UTF8.GetBytes(text));

    private static Outcome Load(string loader, byte[] utf8) => loader switch
    {
        Criteria => From(CriteriaEditionLoader.Load(utf8)),
        Document => From(DocumentLoader.Load(utf8)),
        _ => throw new ArgumentOutOfRangeException(nameof(loader)),
    };

    private static Outcome LoadFile(string loader, string path) => loader switch
    {
        Criteria => From(CriteriaEditionLoader.LoadFile(path)),
        Document => From(DocumentLoader.LoadFile(path)),
        _ => throw new ArgumentOutOfRangeException(nameof(loader)),
    };

    private static Outcome LoadStream(string loader, Stream stream, string? sourceName = null) => loader switch
    {
        Criteria => From(CriteriaEditionLoader.Load(stream, sourceName)),
        Document => From(DocumentLoader.Load(stream, sourceName)),
        _ => throw new ArgumentOutOfRangeException(nameof(loader)),
    };

    private static Outcome From<T>(LoadResult<T> result)
        where T : class =>
        new(result.Value, result.Diagnostics, result.SourceMap);

    private sealed record Outcome(object? Value, IReadOnlyList<Diagnostic> Diagnostics, JsonSourceMap SourceMap);

    /// <summary>
    /// A read-only stream that cannot seek: a head, a run of one byte, a tail — generated as read,
    /// so a 50 MB input costs no memory — optionally failing with an IOException after some bytes.
    /// </summary>
    /// <summary>A seekable stream that reports a huge length (a sparse file) and counts what is read.</summary>
    private sealed class HugeSeekableStream : Stream
    {
        private readonly long _length;

        public HugeSeekableStream(long length) => _length = length;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => _length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, _length - Position);
            Array.Clear(buffer, offset, n);
            Position += n;
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class ForwardOnlyStream : Stream
    {
        private readonly byte[] _head;
        private readonly byte _fill;
        private readonly long _fillLength;
        private readonly byte[] _tail;
        private readonly long _failAfter;

        public ForwardOnlyStream(byte[] content, long failAfter = -1)
            : this(content, 0, 0, Array.Empty<byte>(), failAfter)
        {
        }

        public ForwardOnlyStream(byte[] head, byte fill, long fillLength, byte[] tail, long failAfter = -1)
        {
            _head = head;
            _fill = fill;
            _fillLength = fillLength;
            _tail = tail;
            _failAfter = failAfter;
        }

        public long BytesRead { get; private set; }

        public long TotalLength => _head.Length + _fillLength + _tail.Length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_failAfter >= 0 && BytesRead >= _failAfter)
            {
                throw new IOException("The device is not ready.");
            }

            long wanted = Math.Min(count, TotalLength - BytesRead);
            if (_failAfter >= 0)
            {
                wanted = Math.Min(wanted, _failAfter - BytesRead);
            }

            for (int i = 0; i < wanted; i++)
            {
                long p = BytesRead + i;
                buffer[offset + i] = p < _head.Length
                    ? _head[p]
                    : p < _head.Length + _fillLength ? _fill : _tail[p - _head.Length - _fillLength];
            }

            BytesRead += wanted;
            return (int)wanted;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
