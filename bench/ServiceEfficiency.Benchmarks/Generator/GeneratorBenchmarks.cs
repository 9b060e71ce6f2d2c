using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ServiceEfficiency.Benchmarks.Inputs;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Benchmarks.Generator;

/// <summary>
/// The generator's cold run on one criteria file: a new driver and a new compilation (as in a command-line build),
/// against the run-time loader reading the same file (System.Text.Json into the same CriteriaEdition).
/// </summary>
[MemoryDiagnoser]
public class GeneratorColdBenchmarks
{
    private string _text = string.Empty;
    private AdditionalText[] _files = System.Array.Empty<AdditionalText>();
    private CSharpCompilation _compilation = GeneratorScenarios.Compilation();

    /// <summary>A sample edition, or the synthetic edition of 10,000 nodes.</summary>
    [Params("service-award-overall", "service-upgrade-program", Corpus.SyntheticEdition)]
    public string Edition { get; set; } = "service-award-overall";

    /// <summary>Reads the edition's text and makes the compilation (once; each run clones it).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = Corpus.EditionText(Edition);
        _files = new[] { GeneratorScenarios.EditionFile(Edition) };
        _compilation = GeneratorScenarios.Compilation();
    }

    /// <summary>Baseline: the run-time loader on the same text.</summary>
    [Benchmark(Baseline = true)]
    public CriteriaEdition? RuntimeLoader() => CriteriaEditionLoader.Parse(_text, Edition + ".criteria.json").Value;

    /// <summary>A new driver on a new compilation: parse, check, emit the catalogue.</summary>
    [Benchmark]
    public GeneratorDriverRunResult ColdRun() =>
        GeneratorScenarios.Driver(_files).RunGenerators(_compilation.Clone()).GetRunResult();
}

/// <summary>
/// What the generator costs while someone types: a driver that has already run on a project with two criteria
/// files runs again after nothing changed (the baseline), after an edit of C# code, and after an edit of one of
/// the two criteria files; the cold run of both files is there for scale.
/// </summary>
[MemoryDiagnoser]
public class GeneratorIncrementalBenchmarks
{
    private AdditionalText[] _files = System.Array.Empty<AdditionalText>();
    private AdditionalText _editedUpgrade = GeneratorScenarios.EditedUpgradeProgram();
    private CSharpCompilation _compilation = GeneratorScenarios.Compilation();
    private SyntaxTree _editedTree = CSharpSyntaxTree.ParseText(GeneratorScenarios.EditedUserCode, GeneratorScenarios.ParseOptions);
    private GeneratorDriver _warm = GeneratorScenarios.Driver(System.Array.Empty<AdditionalText>());

    /// <summary>Runs the driver once on both sample editions; every benchmark starts from that (immutable) driver.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _files = GeneratorScenarios.TwoFiles();
        _editedUpgrade = GeneratorScenarios.EditedUpgradeProgram();
        _compilation = GeneratorScenarios.Compilation();
        _editedTree = CSharpSyntaxTree.ParseText(GeneratorScenarios.EditedUserCode, GeneratorScenarios.ParseOptions, path: "Report.cs");
        _warm = GeneratorScenarios.Driver(_files).RunGenerators(_compilation);
    }

    /// <summary>Baseline: the same compilation and files again; every step is cached.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriverRunResult RerunWithNoChange() => _warm.RunGenerators(_compilation).GetRunResult();

    /// <summary>A keystroke in a C# file: a new compilation, the same criteria files.</summary>
    [Benchmark]
    public GeneratorDriverRunResult RerunAfterUnrelatedCSharpEdit() =>
        _warm.RunGenerators(_compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees[0], _editedTree)).GetRunResult();

    /// <summary>A title reworded in one of the two criteria files.</summary>
    [Benchmark]
    public GeneratorDriverRunResult RerunAfterEditingOneOfTwoCriteriaFiles() =>
        _warm.ReplaceAdditionalText(_files[1], _editedUpgrade).RunGenerators(_compilation).GetRunResult();

    /// <summary>For scale: a new driver on both files.</summary>
    [Benchmark]
    public GeneratorDriverRunResult ColdRunOfBothFiles() =>
        GeneratorScenarios.Driver(_files).RunGenerators(_compilation.Clone()).GetRunResult();
}
