extern alias Model;

using System.Globalization;
using Model::ServiceEfficiency.Criteria;
using Model::ServiceEfficiency.Serialization;
using ModelDiagnostic = Model::ServiceEfficiency.Diagnostics.Diagnostic;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>
/// Every hand-written broken criteria file (Broken/*.criteria.json) through the run-time loader's sync
/// and async paths — file and stream, the stream also one byte per read — with the same diagnostics
/// (code, severity, message, file, line, column, JSON path) each way. The async loader is tested in
/// full in the Model's tests (AsyncLoadingTests); the broken criteria files live here.
/// </summary>
public sealed class BrokenFileAsyncLoadingTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string name in FileNames())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_broken_criteria_file_gets_the_same_diagnostics_sync_and_async(string fileName)
    {
        string path = Harness.TestFile("Broken", fileName);
        byte[] bytes = File.ReadAllBytes(path);
        LoadResult<CriteriaEdition> sync = CriteriaEditionLoader.LoadFile(path);

        // Each file is refused by the loader, except the few only the generator refuses (their keys
        // clash with generated member names): those load, and load to the same edition each way.
        bool generatorOnly = BrokenFileMessageTests.GeneratorOnly.Contains(fileName.Replace(".criteria.json", string.Empty));
        Assert.Equal(!generatorOnly, sync.Diagnostics.Any(d => d.IsError));
        List<string> expected = Facts(sync.Diagnostics);
        foreach (LoadResult<CriteriaEdition> other in new[]
        {
            await CriteriaEditionLoader.LoadFileAsync(path),
            await CriteriaEditionLoader.LoadAsync(new MemoryStream(bytes), path),
            await CriteriaEditionLoader.LoadAsync(new OneBytePerRead(bytes), path),
            CriteriaEditionLoader.Load(new OneBytePerRead(bytes), path),
        })
        {
            Assert.Equal(expected, Facts(other.Diagnostics));
            Assert.Equal(Shape(sync.Value), Shape(other.Value));
        }

        // An edition with inconsistent points (SE0009) is still handed out, with its error, so only these must load.
        if (generatorOnly)
        {
            Assert.NotNull(sync.Value);
        }
    }

    // The edition's identity and every node, by key path, title and points.
    private static string? Shape(CriteriaEdition? edition) =>
        edition is null
            ? null
            : edition.Id + "|" + edition.Title + "|" + edition.TotalPoints + "|" + string.Join(",", edition.Years) + "|"
                + string.Join(";", edition.AllNodes().Select(n => n.KeyPath + "=" + n.Title + ":" + n.Points));

    [Fact]
    public void Every_file_of_the_manifest_is_among_the_cases()
    {
        var files = FileNames().ToHashSet(StringComparer.Ordinal);
        string[] listed = File.ReadAllLines(Harness.TestFile("Broken", "expected.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t')[0] + ".criteria.json")
            .ToArray();
        Assert.True(listed.Length > 40);
        Assert.All(listed, name => Assert.Contains(name, files));
    }

    private static IEnumerable<string> FileNames() =>
        Directory.GetFiles(Harness.TestFile("Broken"), "*.criteria.json").Select(p => Path.GetFileName(p)).OrderBy(n => n, StringComparer.Ordinal);

    private static List<string> Facts(IEnumerable<ModelDiagnostic> diagnostics) =>
        diagnostics.Select(d => string.Join(
            " | ",
            d.Code,
            d.Severity.ToString(),
            d.Message,
            d.Location.FilePath ?? "<none>",
            d.Location.Line.ToString(CultureInfo.InvariantCulture),
            d.Location.Column.ToString(CultureInfo.InvariantCulture),
            d.Location.JsonPath)).ToList();

    /// <summary>A forward-only stream that gives one byte a read, sync or async.</summary>
    private sealed class OneBytePerRead : Stream
    {
        private readonly byte[] _content;
        private int _position;

        public OneBytePerRead(byte[] content) => _content = content;

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
            if (count == 0 || _position == _content.Length)
            {
                return 0;
            }

            buffer[offset] = _content[_position++];
            return 1;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            if (buffer.Length == 0 || _position == _content.Length)
            {
                return 0;
            }

            buffer.Span[0] = _content[_position++];
            return 1;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
