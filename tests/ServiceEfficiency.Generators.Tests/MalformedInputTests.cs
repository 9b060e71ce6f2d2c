extern alias Model;

using Microsoft.CodeAnalysis;
using Model::ServiceEfficiency.Criteria;
using Model::ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>
/// Hand-written broken criteria files (Broken/*.criteria.json). Broken/expected.tsv gives, for
/// each, the SE0xxx code and the line and column of the error, and whether the run-time loader
/// refuses the file too (it accepts the keys that only clash with generated member names).
/// </summary>
public sealed class MalformedInputTests
{
    public static TheoryData<string, string, int, int, bool> Cases()
    {
        var data = new TheoryData<string, string, int, int, bool>();
        foreach (string[] row in Manifest())
        {
            data.Add(row[0], row[1], int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture), row[4] == "yes");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GeneratorReportsTheCodeAtTheLineAndColumn(string name, string code, int line, int column, bool loaderRejects)
    {
        _ = loaderRejects;
        string path = Harness.TestFile("Broken", name + ".criteria.json");
        Outcome outcome = Harness.Run(new[] { InMemoryText.FromFile(path) });

        Assert.Null(outcome.Run.Exception);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id == "CS8785");
        string all = string.Join(Environment.NewLine, outcome.Diagnostics.Select(d => d.ToString()));
        Diagnostic? match = outcome.Diagnostics.FirstOrDefault(d => d.Id == code);
        Assert.True(match is not null, $"No {code} among:{Environment.NewLine}{all}");
        FileLinePositionSpan span = match!.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.True((line, column) == (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1), $"{code} expected at ({line},{column}):{Environment.NewLine}{all}");
        Assert.Equal(DiagnosticSeverity.Error, match.Severity);

        // No catalogue for a broken file — except for points, which the loader also returns an edition for.
        Assert.Equal(code == "SE0009" ? 1 : 0, outcome.Run.GeneratedSources.Length);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RunTimeLoaderAgreesWhetherTheFileIsBroken(string name, string code, int line, int column, bool loaderRejects)
    {
        _ = (code, line, column);
        LoadResult<CriteriaEdition> loaded = CriteriaEditionLoader.LoadFile(Harness.TestFile("Broken", name + ".criteria.json"));

        Assert.Equal(loaderRejects, !loaded.Succeeded);
    }

    [Fact]
    public void EveryBrokenFileIsInTheManifestAndThereAreAtLeastThirty()
    {
        var files = Directory.GetFiles(Harness.TestFile("Broken"), "*.criteria.json").Select(f => Path.GetFileName(f)[..^".criteria.json".Length]).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var listed = Manifest().Select(r => r[0]).OrderBy(f => f, StringComparer.Ordinal).ToList();

        Assert.Equal(files, listed);
        Assert.True(files.Count >= 30, files.Count + " broken files");
    }

    [Fact]
    public void EveryInputCodeIsCoveredByABrokenFile()
    {
        var covered = Manifest().Select(r => r[1]).ToHashSet(StringComparer.Ordinal);

        foreach (string code in new[] { "SE0001", "SE0002", "SE0003", "SE0004", "SE0005", "SE0006", "SE0007", "SE0008", "SE0009", "SE0010", "SE0011" })
        {
            Assert.Contains(code, covered);
        }
    }

    private static IEnumerable<string[]> Manifest() =>
        File.ReadAllLines(Harness.TestFile("Broken", "expected.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'));
}
