using ServiceEfficiency.Criteria;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Tests;

/// <summary>
/// Every hand-written broken criteria file (tests/ServiceEfficiency.Generators.Tests/Broken, where the
/// generator's tests keep them with their expected positions) through the run-time loader's sync and
/// async paths — file and stream, the stream also one byte per read — with the same diagnostics
/// (code, severity, message, file, line, column, JSON path, suggestion) each way.
/// </summary>
public sealed class BrokenCriteriaFileAsyncTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "ServiceEfficiency.Generators.Tests", "Broken");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string[] row in Manifest())
        {
            data.Add(row[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_broken_criteria_file_gets_the_same_diagnostics_sync_and_async(string name)
    {
        string path = Path.Combine(Folder, name + ".criteria.json");
        byte[] bytes = File.ReadAllBytes(path);
        LoadResult<CriteriaEdition> sync = CriteriaEditionLoader.LoadFile(path);

        // The manifest says which files the loader refuses too; the others (keys that only clash with
        // generated member names) load, and load to the same edition each way.
        bool loaderRejects = Manifest().Single(row => row[0] == name)[4] == "yes";
        Assert.Equal(loaderRejects, sync.Diagnostics.Any(d => d.IsError));
        List<string> expected = AsyncLoadingTests.Facts(sync.Diagnostics);
        foreach (LoadResult<CriteriaEdition> other in new[]
        {
            await CriteriaEditionLoader.LoadFileAsync(path),
            await CriteriaEditionLoader.LoadAsync(new MemoryStream(bytes), path),
            await CriteriaEditionLoader.LoadAsync(new AsyncLoadingTests.TestStream(bytes) { MaxPerRead = 1 }, path),
            CriteriaEditionLoader.Load(new AsyncLoadingTests.TestStream(bytes) { MaxPerRead = 1 }, path),
        })
        {
            Assert.Equal(expected, AsyncLoadingTests.Facts(other.Diagnostics));
            Assert.Equal(Shape(sync.Value), Shape(other.Value));
        }

        if (!loaderRejects)
        {
            Assert.NotNull(sync.Value);
        }
    }

    [Fact]
    public void Every_broken_file_is_in_the_manifest()
    {
        string[] files = Directory.GetFiles(Folder, "*.criteria.json").Select(p => Path.GetFileName(p)).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.True(files.Length > 40);
        Assert.Equal(files, Manifest().Select(row => row[0] + ".criteria.json").OrderBy(n => n, StringComparer.Ordinal));
    }

    // The edition's identity and every node, by key path, title and points.
    private static string? Shape(CriteriaEdition? edition) =>
        edition is null
            ? null
            : edition.Id + "|" + edition.Title + "|" + edition.TotalPoints + "|" + string.Join(",", edition.Years) + "|"
                + string.Join(";", edition.AllNodes().Select(n => n.KeyPath + "=" + n.Title + ":" + n.Points));

    // Broken/expected.tsv: file, code, line, column, whether the loader rejects it too.
    private static IEnumerable<string[]> Manifest() =>
        File.ReadAllLines(Path.Combine(Folder, "expected.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'));
}
