extern alias Model;

using System.Globalization;
using Microsoft.CodeAnalysis;
using Model::ServiceEfficiency.Criteria;
using Model::ServiceEfficiency.Serialization;
using ModelDiagnostic = Model::ServiceEfficiency.Diagnostics.Diagnostic;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>
/// The generator and the run-time loader on the same hand-written broken files (Broken/*.criteria.json):
/// the loader reports the generator's code (SE0xxx: criteria-file problems have one code at build time
/// and at run time) at the same line and column, with the same text, in English and in zh-TW. The only exceptions are
/// the files whose keys are valid and only clash with member names the generator makes.
/// </summary>
public sealed class BrokenFileMessageTests
{
    /// <summary>Files only the generator refuses: the keys are valid, they only clash with generated member names.</summary>
    private static readonly HashSet<string> GeneratorOnly = new(StringComparer.Ordinal)
    {
        "key-collides-with-edition-member", "key-collides-with-node-member", "key-collides-with-node-class", "key-same-as-parent",
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string[] row in Manifest())
        {
            data.Add(row[0], row[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GeneratorAndLoaderReportTheSameCodeLineColumnAndMessage(string name, string code)
    {
        string path = Harness.TestFile("Broken", name + ".criteria.json");
        Diagnostic generated = Harness.Run(new[] { InMemoryText.FromFile(path) }).Diagnostics.First(d => d.Id == code);
        FileLinePositionSpan span = generated.Location.GetLineSpan();
        (int Line, int Column) generatorAt = (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        LoadResult<CriteriaEdition> loaded = CriteriaEditionLoader.LoadFile(path);

        if (GeneratorOnly.Contains(name))
        {
            Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError || d.Code == "SE0009");
            return;
        }

        ModelDiagnostic? run = loaded.Diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.True(run is not null, $"{name}: no {code} from the loader, but: {string.Join(" | ", loaded.Diagnostics)}");
        Assert.Equal(
            (code, generatorAt.Line, generatorAt.Column, generated.GetMessage(CultureInfo.InvariantCulture)),
            (run!.Code, run.Location.Line, run.Location.Column, run.Message));

        // The same in Traditional Chinese: the loader words its messages in the UI culture's language
        // (in globalization-invariant mode a stand-in that only has the name: all either side reads).
        CultureInfo chinese = TestCultures.RealOrNamed("zh-TW");
        CultureInfo before = CultureInfo.CurrentUICulture;
        ModelDiagnostic? chineseRun;
        try
        {
            CultureInfo.CurrentUICulture = chinese;
            chineseRun = CriteriaEditionLoader.LoadFile(path).Diagnostics.FirstOrDefault(d => d.Code == code);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        Assert.Equal(generated.GetMessage(chinese), chineseRun?.Message);
    }

    [Fact]
    public void TheListsNameOnlyFilesThatExist()
    {
        var files = Manifest().Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(GeneratorOnly, f => Assert.Contains(f, files));
    }

    private static IEnumerable<string[]> Manifest() =>
        File.ReadAllLines(Harness.TestFile("Broken", "expected.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'));
}
