using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using Diagnostic = ServiceEfficiency.Diagnostics.Diagnostic;

namespace ServiceEfficiency.Tests;

/// <summary>
/// <see cref="DocumentLoader.LoadAsync"/>, <see cref="CriteriaEditionLoader.LoadAsync"/> and their
/// <c>LoadFileAsync</c> against the sync loaders: on every sample, on broken documents and editions,
/// and on the streams that test the reading itself (endless, failing, cancelled, one byte per read).
/// The same diagnostics (code, severity, message, file, line, column, JSON path) and, for good input,
/// the same model (compared property by property, <see cref="ModelDump"/>).
/// </summary>
public sealed class AsyncLoadingTests
{
    private const string Criteria = "criteria";
    private const string Document = "document";

    private const string ValidDocument = "{\"kind\":\"plan\",\"edition\":\"service-award-overall\",\"year\":114,\"title\":\"標準檢驗局\",\n"
        + "\"agency\":{\"name\":\"經濟部標準檢驗局\",\"level\":\"branch\",\"units\":[{\"name\":\"秘書室\"}]},\n"
        + "\"tables\":[{\"title\":\"構面一\",\"columns\":[],\"entries\":[{\"criterion\":\"A\",\"figures\":[{\"value\":1,\"unit\":\"件\",\"label\":\"案件\"}]}]}]}";

    public static TheoryData<string, string> AllSamples
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string path in SampleFiles(Criteria))
            {
                data.Add(Criteria, Path.GetFileName(path));
            }

            foreach (string path in SampleFiles(Document))
            {
                data.Add(Document, Path.GetFileName(path));
            }

            return data;
        }
    }

    /// <summary>Broken documents, each a small variation of a valid one; every one must be refused.</summary>
    public static TheoryData<string, string> BrokenDocuments
    {
        get
        {
            string valid = ValidDocument;
            var data = new TheoryData<string, string>
            {
                { "empty", string.Empty },
                { "blank", " \n\t\n" },
                { "bom-only", "\uFEFF" },
                { "root-is-null", "null" },
                { "root-is-string", "\"政府服務獎\"" },
                { "root-is-array", "[]" },
                { "truncated-after-name", valid.Substring(0, valid.IndexOf("\"title\":\"", StringComparison.Ordinal) + 9) },
                { "truncated-in-Chinese", valid.Substring(0, valid.IndexOf("檢驗", StringComparison.Ordinal) + 1) },
                { "trailing-comma", valid.Replace("\"秘書室\"}]", "\"秘書室\"},]") },
                { "comment", valid.Replace("\"year\":114,", "\"year\":114, /* 註 */") },
                { "content-after-root", valid + " {}" },
                { "single-quotes", valid.Replace("\"標準檢驗局\"", "'標準檢驗局'") },
                { "escaped-lone-surrogate", valid.Replace("構面一", "構面\\uD800") },
                { "year-is-a-string", valid.Replace("\"year\":114", "\"year\":\"一一四\"") },
                { "year-zero", valid.Replace("\"year\":114", "\"year\":0") },
                { "agency-is-an-array", valid.Replace("\"agency\":{", "\"agency\":[{").Replace("}]},\n\"tables\"", "}]}],\n\"tables\"") },
                { "unknown-property", valid.Replace("\"title\":\"標準檢驗局\"", "\"titel\":\"標準檢驗局\"") },
                { "duplicate-property", valid.Replace("\"year\":114,", "\"year\":114,\"year\":115,") },
                { "unknown-kind", valid.Replace("\"kind\":\"plan\"", "\"kind\":\"report\"") },
                { "missing-agency-name", valid.Replace("\"name\":\"經濟部標準檢驗局\",", string.Empty) },
                { "duplicate-unit", valid.Replace("[{\"name\":\"秘書室\"}]", "[{\"name\":\"秘書室\"},{\"name\":\"秘書室\"}]") },
                { "figure-without-value", valid.Replace("\"value\":1,", string.Empty) },
                { "figure-value-is-a-string", valid.Replace("\"value\":1", "\"value\":\"九二三\"") },
                { "results-with-sections", valid.Replace("\"kind\":\"plan\"", "\"kind\":\"results\",\"sections\":{}") },
                { "issued-date-does-not-exist", valid.Replace("\"title\":\"標準檢驗局\",", "\"title\":\"標準檢驗局\",\"issued\":{\"date\":\"114年2月30日\"},") },
                { "nested-too-deep", "{\"tables\":" + new string('[', 100) + new string(']', 100) + "}" },
            };

            // The sample documents cut where a UTF-8 character or a value is open.
            foreach (string path in SampleFiles(Document))
            {
                string text = File.ReadAllText(path, Encoding.UTF8);
                data.Add(Path.GetFileName(path) + "@half", text.Substring(0, text.Length / 2));
                data.Add(Path.GetFileName(path) + "@no-last-brace", text.TrimEnd().Substring(0, text.TrimEnd().Length - 1));
            }

            return data;
        }
    }

    [Fact]
    public void The_cases_cover_the_samples_and_valid_input_is_really_valid()
    {
        // So that the theories cannot pass on an empty sample directory or on a broken "valid" base.
        Assert.Equal(2, SampleFiles(Criteria).Length);
        Assert.Equal(3, SampleFiles(Document).Length);
        Assert.True(BrokenDocuments.Count() > 25);
        LoadResult<ServiceDocument> valid = DocumentLoader.Parse(ValidDocument);
        Assert.True(valid.Succeeded && valid.Diagnostics.Count == 0, Describe(valid.Diagnostics));
    }

    // ---------------------------------------------------------------- every sample, both ways

    [Theory]
    [MemberData(nameof(AllSamples))]
    public async Task Every_sample_loads_to_the_same_model_sync_and_async(string loader, string fileName)
    {
        string path = SamplePath(loader, fileName);
        byte[] bytes = File.ReadAllBytes(path);
        Outcome sync = Sync(loader, new TestStream(bytes), path);

        Assert.True(sync.Diagnostics.Count == 0, Describe(sync.Diagnostics));
        Assert.NotNull(sync.Value);
        foreach (Outcome other in new[]
        {
            await Async(loader, new TestStream(bytes), path),
            await Async(loader, new TestStream(bytes) { MaxPerRead = 1 }, path),
            await Async(loader, new MemoryStream(bytes), path),
            await AsyncFile(loader, path),
            SyncFile(loader, path),
        })
        {
            AssertSame(sync, other);
        }

        // The model dump is the whole model, not an empty shell: it holds the title and every node or table.
        Assert.Contains(Title(sync.Value!), sync.Shape, StringComparison.Ordinal);
        if (sync.Value is ServiceDocument document)
        {
            Assert.NotEmpty(document.Tables);
            Assert.Equal(document.Tables.Sum(t => t.Entries.Count), ((ServiceDocument)(await Async(loader, new TestStream(bytes) { MaxPerRead = 1 }, path)).Value!).Tables.Sum(t => t.Entries.Count));
        }
        else
        {
            CriteriaEdition edition = (CriteriaEdition)sync.Value!;
            Assert.NotEmpty(edition.AllNodes());
            Assert.Equal(edition.AllNodes().Count(), ((CriteriaEdition)(await Async(loader, new TestStream(bytes) { MaxPerRead = 1 }, path)).Value!).AllNodes().Count());
        }
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public async Task A_byte_order_mark_read_one_byte_at_a_time_still_loads_the_same_model(string loader, string fileName)
    {
        byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(File.ReadAllBytes(SamplePath(loader, fileName))).ToArray();
        Outcome sync = Sync(loader, new TestStream(bytes), "bom.json");
        Outcome async = await Async(loader, new TestStream(bytes) { MaxPerRead = 1 }, "bom.json");

        Assert.True(sync.Diagnostics.Count == 0, Describe(sync.Diagnostics));
        AssertSame(sync, async);
        AssertSame(Sync(loader, new TestStream(bytes.Skip(3).ToArray()), "bom.json"), async);
    }

    [Fact]
    public async Task The_model_comparison_tells_two_different_samples_apart()
    {
        // The comparison that the theories rely on can fail: two documents are not "the same".
        string[] documents = SampleFiles(Document);
        Outcome first = await AsyncFile(Document, documents[0]);
        Outcome second = await AsyncFile(Document, documents[1]);
        Assert.NotEqual(first.Shape, second.Shape);

        // Nor are a sample and the same sample with one character of one entry changed.
        string text = File.ReadAllText(documents[0], Encoding.UTF8);
        int at = text.IndexOf("\"strategy\": \"", StringComparison.Ordinal) + 13;
        Assert.True(at > 13);
        string edited = text.Substring(0, at) + "甲" + text.Substring(at);
        Outcome changed = await Async(Document, new MemoryStream(Encoding.UTF8.GetBytes(edited)), documents[0]);
        Assert.Empty(changed.Diagnostics);
        Assert.NotEqual(first.Shape, changed.Shape);
    }

    // ---------------------------------------------------------------- broken input, both ways

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public async Task Every_broken_document_gets_the_same_diagnostics_sync_and_async(string name, string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        await AssertBrokenAgree(Document, name, bytes);
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public async Task Mutated_samples_get_the_same_diagnostics_sync_and_async(string loader, string fileName)
    {
        byte[] original = File.ReadAllBytes(SamplePath(loader, fileName));
        var random = new Random(fileName.Length * 7919 + fileName[0]);
        int refused = 0;
        for (int i = 0; i < 40; i++)
        {
            byte[] bytes = Mutate(original, random);
            Outcome sync = Sync(loader, new TestStream(bytes), fileName);
            Outcome async = await Async(loader, new TestStream(bytes) { MaxPerRead = 1 + (i % 7) }, fileName);
            AssertSame(sync, async);
            refused += sync.Diagnostics.Any(d => d.IsError) ? 1 : 0;
        }

        Assert.True(refused >= 10, $"only {refused} of 40 mutations were refused: the mutations are too gentle to test broken input");
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public async Task Invalid_UTF8_split_across_reads_is_located_the_same(string loader)
    {
        // 政 is E6 94 BF; a stray continuation byte after it, read one byte at a time.
        byte[] bytes = Encoding.UTF8.GetBytes("{\n  \"title\": \"政").Concat(new byte[] { 0xBF, 0x80 }).Concat(Encoding.UTF8.GetBytes("\"\n}")).ToArray();
        Outcome sync = Sync(loader, new TestStream(bytes), "bad.json");
        Outcome async = await Async(loader, new TestStream(bytes) { MaxPerRead = 1 }, "bad.json");

        Diagnostic d = Assert.Single(sync.Diagnostics);
        Assert.Equal(loader == Criteria ? "SE0001" : "SE1001", d.Code);
        Assert.Equal(2, d.Location.Line);
        AssertSame(sync, async);
    }

    // ---------------------------------------------------------------- the reading itself

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public async Task An_endless_stream_is_refused_after_reading_exactly_one_byte_over_the_limit(string loader)
    {
        var sync = TestStream.Endless();
        var async = TestStream.Endless();
        Outcome expected = Sync(loader, sync, "-");
        Outcome outcome = await Async(loader, async, "-");

        Diagnostic d = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SE1003", d.Code);
        Assert.Null(outcome.Value);
        Assert.Equal("The input is 16,777,217 bytes or more; the limit is 16,777,216 bytes (JsonLoadOptions.MaxBytes).", d.Message);
        Assert.Equal(JsonLoadOptions.Default.MaxBytes + 1, async.BytesRead);
        Assert.Equal(sync.BytesRead, async.BytesRead);
        AssertSame(expected, outcome);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public async Task An_endless_stream_read_one_byte_at_a_time_stops_one_byte_over_a_lower_limit(string loader)
    {
        var options = new JsonLoadOptions { MaxBytes = 1000 };
        var stream = TestStream.Endless();
        stream.MaxPerRead = 1;
        Outcome outcome = await Async(loader, stream, "-", options);

        Diagnostic d = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SE1003", d.Code);
        Assert.Equal(1001, stream.BytesRead);
        Assert.Equal(1001, stream.Reads);
        AssertSame(Sync(loader, TestStream.Endless(), "-", options), outcome);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public async Task A_stream_of_exactly_the_limit_loads_and_one_byte_more_is_refused(string loader)
    {
        byte[] bytes = File.ReadAllBytes(SampleFiles(loader)[0]);
        var fits = new TestStream(bytes) { MaxPerRead = 1 };
        var over = new TestStream(bytes) { MaxPerRead = 1 };
        Outcome loaded = await Async(loader, fits, "x", new JsonLoadOptions { MaxBytes = bytes.Length });
        Outcome refused = await Async(loader, over, "x", new JsonLoadOptions { MaxBytes = bytes.Length - 1 });

        Assert.True(loaded.Diagnostics.Count == 0, Describe(loaded.Diagnostics));
        Assert.Equal("SE1003", Assert.Single(refused.Diagnostics).Code);
        Assert.Equal(bytes.Length, over.BytesRead);
        AssertSame(Sync(loader, new TestStream(bytes), "x", new JsonLoadOptions { MaxBytes = bytes.Length - 1 }), refused);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public async Task A_seekable_stream_that_says_it_is_too_large_is_refused_unread(string loader)
    {
        var stream = new TestStream(new byte[16]) { Seekable = true, ClaimedLength = 1536L * 1024 * 1024 };
        Outcome outcome = await Async(loader, stream, "sparse.json");

        Diagnostic d = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SE1003", d.Code);
        Assert.Contains("1,610,612,736", d.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.BytesRead);
        AssertSame(Sync(loader, new TestStream(new byte[16]) { Seekable = true, ClaimedLength = 1536L * 1024 * 1024 }, "sparse.json"), outcome);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public async Task A_stream_that_throws_an_IOException_mid_read_is_unreadable(string loader)
    {
        byte[] bytes = File.ReadAllBytes(SampleFiles(loader)[0]);
        var stream = new TestStream(bytes) { FailAfter = 100, MaxPerRead = 30 };
        Outcome outcome = await Async(loader, stream, "broken.json");

        Diagnostic d = Assert.Single(outcome.Diagnostics);
        Assert.Null(outcome.Value);
        Assert.Equal("SE1000", d.Code);
        Assert.True(d.IsError);
        Assert.Equal(("broken.json", "$"), (d.Location.FilePath, d.Location.JsonPath));
        Assert.Equal("Cannot read 'broken.json': The device is not ready.", d.Message);
        Assert.Equal(100, stream.BytesRead);
        AssertSame(Sync(loader, new TestStream(bytes) { FailAfter = 100, MaxPerRead = 30 }, "broken.json"), outcome);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public async Task A_cancelled_token_throws_before_anything_is_read(string loader)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var stream = new TestStream(File.ReadAllBytes(SampleFiles(loader)[0]));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Async(loader, stream, "x", null, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AsyncFile(loader, SampleFiles(loader)[0], cancelled.Token));
        Assert.Equal(0, stream.BytesRead);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public async Task A_token_cancelled_while_reading_stops_the_reading(string loader)
    {
        // The stream ignores the token: the loader itself must notice it before its next read.
        using var source = new CancellationTokenSource();
        byte[] bytes = File.ReadAllBytes(SampleFiles(loader)[0]);
        var stream = new TestStream(bytes) { MaxPerRead = 10, OnRead = reads => { if (reads == 3) source.Cancel(); } };

        OperationCanceledException e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Async(loader, stream, "x", null, source.Token));
        Assert.Equal(source.Token, e.CancellationToken);
        Assert.Equal(3, stream.Reads);
        Assert.Equal(30, stream.BytesRead);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public async Task The_async_loader_reads_asynchronously(string loader)
    {
        // A stream whose synchronous Read fails: the sync loader says it is unreadable, the async one never calls it.
        byte[] bytes = File.ReadAllBytes(SampleFiles(loader)[0]);
        var stream = new TestStream(bytes) { SyncReadFails = true, YieldOnRead = true, MaxPerRead = 4096 };
        Outcome outcome = await Async(loader, stream, "x");

        Assert.True(outcome.Diagnostics.Count == 0, Describe(outcome.Diagnostics));
        Assert.True(stream.AsyncReads > 1);
        Assert.Equal(0, stream.SyncReads);
        Assert.Equal("SE1000", Assert.Single(Sync(loader, new TestStream(bytes) { SyncReadFails = true }, "x").Diagnostics).Code);
    }

    [Theory]
    [InlineData(Criteria)]
    [InlineData(Document)]
    public async Task A_missing_file_and_a_directory_are_unreadable_as_in_the_sync_loader(string loader)
    {
        string missing = Path.Combine(Samples.Root, "samples", "no-such-file-" + Guid.NewGuid().ToString("N") + ".json");
        string directory = Path.Combine(Samples.Root, "samples", "data");
        foreach (string path in new[] { missing, directory })
        {
            Outcome outcome = await AsyncFile(loader, path);
            Diagnostic d = Assert.Single(outcome.Diagnostics);
            Assert.Equal("SE1000", d.Code);
            Assert.Equal(path, d.Location.FilePath);
            AssertSame(SyncFile(loader, path), outcome);
        }
    }

    [Fact]
    public void Bad_arguments_throw_at_the_call_as_from_the_sync_loaders()
    {
        var tooSmall = new JsonLoadOptions { MaxBytes = 0 };
        Assert.Throws<ArgumentNullException>(() => { _ = DocumentLoader.LoadAsync(null!); });
        Assert.Throws<ArgumentNullException>(() => { _ = CriteriaEditionLoader.LoadAsync(null!); });
        Assert.Throws<ArgumentNullException>(() => { _ = DocumentLoader.LoadFileAsync(null!); });
        Assert.Throws<ArgumentNullException>(() => { _ = CriteriaEditionLoader.LoadFileAsync(null!); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = DocumentLoader.LoadAsync(new MemoryStream(), null, tooSmall); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = CriteriaEditionLoader.LoadFileAsync("x.json", tooSmall); });
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentLoader.Load(new MemoryStream(), null, tooSmall));
    }

    // ---------------------------------------------------------------- helpers

    private static async Task AssertBrokenAgree(string loader, string name, byte[] bytes)
    {
        Outcome sync = Sync(loader, new TestStream(bytes), name);
        Assert.True(sync.Diagnostics.Any(d => d.IsError), $"{name} is not broken: {Describe(sync.Diagnostics)}");
        Assert.Null(sync.Value);
        AssertSame(sync, await Async(loader, new TestStream(bytes), name));
        AssertSame(sync, await Async(loader, new TestStream(bytes) { MaxPerRead = 1 }, name));
        AssertSame(sync, await Async(loader, new MemoryStream(bytes), name));
    }

    private static void AssertSame(Outcome expected, Outcome actual)
    {
        Assert.Equal(Facts(expected.Diagnostics), Facts(actual.Diagnostics));
        Assert.Equal(expected.Value is null, actual.Value is null);
        Assert.Equal(expected.Value?.GetType(), actual.Value?.GetType());
        Assert.Equal(expected.Shape, actual.Shape);
        Assert.Equal(expected.SourceMap.FilePath, actual.SourceMap.FilePath);
        foreach (string path in new[] { "$", "$.title", "$.tables[0]", "$.tables[0].entries[0]", "$.nodes[0]", "$.nodes[0].children[0]" })
        {
            Assert.Equal(expected.SourceMap.Locate(path).ToString(), actual.SourceMap.Locate(path).ToString());
        }
    }

    internal static List<string> Facts(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => string.Join(
            " | ",
            d.Code,
            d.Severity.ToString(),
            d.Message,
            d.Location.FilePath ?? "<none>",
            d.Location.Line.ToString(CultureInfo.InvariantCulture),
            d.Location.Column.ToString(CultureInfo.InvariantCulture),
            d.Location.JsonPath,
            d.Suggestion ?? "<none>")).ToList();

    private static string Title(object value) => value is ServiceDocument d ? d.Title : ((CriteriaEdition)value).Title;

    private static Outcome Sync(string loader, Stream stream, string? name, JsonLoadOptions? options = null) =>
        loader == Criteria ? From(CriteriaEditionLoader.Load(stream, name, options)) : From(DocumentLoader.Load(stream, name, options));

    private static async Task<Outcome> Async(string loader, Stream stream, string? name, JsonLoadOptions? options = null, CancellationToken token = default) =>
        loader == Criteria
            ? From(await CriteriaEditionLoader.LoadAsync(stream, name, options, token))
            : From(await DocumentLoader.LoadAsync(stream, name, options, token));

    private static Outcome SyncFile(string loader, string path) =>
        loader == Criteria ? From(CriteriaEditionLoader.LoadFile(path)) : From(DocumentLoader.LoadFile(path));

    private static async Task<Outcome> AsyncFile(string loader, string path, CancellationToken token = default) =>
        loader == Criteria
            ? From(await CriteriaEditionLoader.LoadFileAsync(path, null, token))
            : From(await DocumentLoader.LoadFileAsync(path, null, token));

    private static Outcome From<T>(LoadResult<T> result)
        where T : class =>
        new(result.Value, result.Diagnostics, result.SourceMap, ModelDump.Of(result.Value));

    private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join(Environment.NewLine, diagnostics);

    private static string[] SampleFiles(string loader) =>
        loader == Criteria
            ? Directory.GetFiles(Path.Combine(Samples.Root, "samples", "criteria"), "*.criteria.json").OrderBy(p => p, StringComparer.Ordinal).ToArray()
            : Directory.GetFiles(Path.Combine(Samples.Root, "samples", "data"), "*.json").Where(p => !p.EndsWith(".criteria.json", StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal).ToArray();

    private static string SamplePath(string loader, string fileName) =>
        Path.Combine(Samples.Root, "samples", loader == Criteria ? "criteria" : "data", fileName);

    private static byte[] Mutate(byte[] original, Random random)
    {
        const string structural = "{}[]\":,\\ \n0123456789-.etrufalsn";
        var bytes = new List<byte>(original);
        for (int e = random.Next(1, 4); e > 0 && bytes.Count > 0; e--)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 9), bytes.Count - at));
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes[at] = (byte)structural[random.Next(structural.Length)];
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return bytes.ToArray();
    }

    private sealed record Outcome(object? Value, IReadOnlyList<Diagnostic> Diagnostics, JsonSourceMap SourceMap, string Shape);

    /// <summary>
    /// A read-only stream over some bytes, or endless: at most <see cref="MaxPerRead"/> bytes a read,
    /// optionally failing with an IOException after <see cref="FailAfter"/> bytes, seekable with a claimed
    /// length, or refusing synchronous reads. It ignores cancellation tokens (the loader must check them).
    /// </summary>
    internal sealed class TestStream : Stream
    {
        private readonly byte[] _content;
        private readonly bool _endless;

        public TestStream(byte[] content, bool endless = false)
        {
            _content = content;
            _endless = endless;
        }

        public int MaxPerRead { get; set; } = int.MaxValue;

        public long FailAfter { get; set; } = -1;

        public bool Seekable { get; init; }

        public long ClaimedLength { get; init; } = -1;

        public bool SyncReadFails { get; init; }

        public bool YieldOnRead { get; init; }

        public Action<int>? OnRead { get; init; }

        public long BytesRead { get; private set; }

        public int Reads => SyncReads + AsyncReads;

        public int SyncReads { get; private set; }

        public int AsyncReads { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => Seekable;

        public override bool CanWrite => false;

        public override long Length => Seekable ? (ClaimedLength >= 0 ? ClaimedLength : _content.Length) : throw new NotSupportedException();

        public override long Position
        {
            get => Seekable ? BytesRead : throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        /// <summary>{"title": "xxxx… without end.</summary>
        public static TestStream Endless() => new(Encoding.UTF8.GetBytes("{\"title\": \""), endless: true);

        public override int Read(byte[] buffer, int offset, int count)
        {
            SyncReads++;
            if (SyncReadFails)
            {
                throw new NotSupportedException("This stream is read asynchronously only.");
            }

            return Fill(buffer.AsSpan(offset, count));
        }

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            await ReadAsync(buffer.AsMemory(offset, count), cancellationToken);

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            AsyncReads++;
            if (YieldOnRead)
            {
                await Task.Yield();
            }

            return Fill(buffer.Span);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Fill(Span<byte> buffer)
        {
            if (FailAfter >= 0 && BytesRead >= FailAfter)
            {
                throw new IOException("The device is not ready.");
            }

            long left = _endless ? long.MaxValue : _content.Length - BytesRead;
            int wanted = (int)Math.Min(Math.Min(buffer.Length, MaxPerRead), left);
            if (FailAfter >= 0)
            {
                wanted = (int)Math.Min(wanted, FailAfter - BytesRead);
            }

            for (int i = 0; i < wanted; i++)
            {
                long p = BytesRead + i;
                buffer[i] = p < _content.Length ? _content[p] : (byte)'x';
            }

            BytesRead += wanted;
            OnRead?.Invoke(Reads);
            return wanted;
        }
    }
}

/// <summary>
/// A loaded model written out property by property (public properties, in name order, lists item by
/// item), so that two loads can be compared whole. An object met again (a parent, the edition) is
/// written as a back-reference; a property that throws is written as the exception's type.
/// </summary>
internal static class ModelDump
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Write(text, value, 0, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value, int depth, HashSet<object> seen)
    {
        if (depth > 100)
        {
            throw new InvalidOperationException("The model is nested deeper than 100 levels: a cycle the dump does not see?");
        }

        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s).Append('"');
                return;
            case IFormattable formattable when value.GetType().IsPrimitive || value is decimal || value is Enum:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool b:
                text.Append(b ? "true" : "false");
                return;
        }

        Type type = value.GetType();
        if (type.IsValueType)
        {
            // RocDate, a tuple, a key-value pair: its own text says all of it.
            text.Append(type.Name).Append('(').Append((value as IFormattable)?.ToString(null, CultureInfo.InvariantCulture) ?? value.ToString()).Append(')');
            return;
        }

        if (value is IEnumerable items)
        {
            text.Append('[');
            foreach (object? item in items)
            {
                Write(text, item, depth + 1, seen);
                text.Append(',');
            }

            text.Append(']');
            return;
        }

        if (!seen.Add(value))
        {
            text.Append("<seen ").Append(type.Name).Append('>');
            return;
        }

        text.Append(type.Name).Append('{');
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(property.Name).Append('=');
            object? propertyValue;
            try
            {
                propertyValue = property.GetValue(value);
            }
            catch (TargetInvocationException e)
            {
                text.Append('<').Append(e.InnerException?.GetType().Name).Append(">;");
                continue;
            }

            Write(text, propertyValue, depth + 1, seen);
            text.Append(';');
        }

        text.Append('}');
    }
}
