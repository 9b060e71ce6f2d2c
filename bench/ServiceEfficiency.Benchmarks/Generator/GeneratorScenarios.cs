using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ServiceEfficiency.Benchmarks.Inputs;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Generators;

namespace ServiceEfficiency.Benchmarks.Generator;

/// <summary>
/// The generator runs the benchmarks measure, set up the way the compiler runs them: a
/// <see cref="CSharpGeneratorDriver"/> over in-memory criteria files and a compilation that references the
/// framework and ServiceEfficiency.Model, with step tracking on (so every run can be inspected).
/// </summary>
public static class GeneratorScenarios
{
    /// <summary>A user's C# file, so that an edit unrelated to the criteria has something to change.</summary>
    public const string UserCode = "namespace Agency.Tool { public static class Report { public static int Count => 1; } }";

    /// <summary>The same file after a keystroke-sized edit.</summary>
    public const string EditedUserCode = "namespace Agency.Tool { public static class Report { public static int Count => 2; } }";

    /// <summary>C# 8, as the generator tests use.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp8, DocumentationMode.Parse);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        // The shared framework's assemblies (what a net10.0 project references) and the Model.
        string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.EnumerateFiles(framework, "*.dll")
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(TryReference)
            .Where(r => r is not null)
            .Select(r => r!)
            .Append(MetadataReference.CreateFromFile(typeof(CriteriaEdition).Assembly.Location))
            .ToImmutableArray();
    });

    /// <summary>A compilation with the user's file and the references; each call makes a new one (a cold compilation).</summary>
    public static CSharpCompilation Compilation(string userCode = UserCode) =>
        CSharpCompilation.Create(
            "Agency.Tool",
            new[] { CSharpSyntaxTree.ParseText(userCode, ParseOptions, path: "Report.cs") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    /// <summary>A new driver with step tracking on, over <paramref name="files"/>.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files) =>
        CSharpGeneratorDriver.Create(
            new[] { new CriteriaCatalogueGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new BuildOptions("Agency.Tool"),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>An edition's file as the compiler would pass it.</summary>
    public static AdditionalText EditionFile(string name) => new MemoryText(Corpus.EditionPath(name), Corpus.EditionText(name));

    /// <summary>The one edit the criteria-file scenario makes: a title reworded in <c>service-upgrade-program</c>.</summary>
    public static AdditionalText EditedUpgradeProgram()
    {
        string text = Corpus.EditionText("service-upgrade-program");
        string edited = text.Replace("完備基礎服務", "完備基礎服務項目", StringComparison.Ordinal);
        if (edited == text)
        {
            throw new InvalidOperationException("the edit found nothing to change in service-upgrade-program");
        }

        return new MemoryText(Corpus.EditionPath("service-upgrade-program"), edited);
    }

    /// <summary>Every named scenario, once, returning the run result (for the step table and the Steps column).</summary>
    public static GeneratorRunResult Run(string scenario, string? edition) => RunDriver(scenario, edition).GetRunResult().Results.Single();

    /// <summary>Every named scenario, once, returning the driver after it (its run result and timing info).</summary>
    public static GeneratorDriver RunDriver(string scenario, string? edition)
    {
        switch (scenario)
        {
            case nameof(GeneratorColdBenchmarks.ColdRun):
                return Driver(new[] { EditionFile(edition!) }).RunGenerators(Compilation());
            case nameof(GeneratorIncrementalBenchmarks.ColdRunOfBothFiles):
                return Driver(TwoFiles()).RunGenerators(Compilation());
        }

        CSharpCompilation compilation = Compilation();
        AdditionalText[] files = TwoFiles();
        GeneratorDriver warm = Driver(files).RunGenerators(compilation);
        return scenario switch
        {
            nameof(GeneratorIncrementalBenchmarks.RerunWithNoChange) => warm.RunGenerators(compilation),
            nameof(GeneratorIncrementalBenchmarks.RerunAfterUnrelatedCSharpEdit) => warm.RunGenerators(EditUserCode(compilation)),
            nameof(GeneratorIncrementalBenchmarks.RerunAfterEditingOneOfTwoCriteriaFiles) => warm.ReplaceAdditionalText(files[1], EditedUpgradeProgram()).RunGenerators(compilation),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null),
        };
    }

    /// <summary>The two sample editions, as a project with two criteria files has them.</summary>
    public static AdditionalText[] TwoFiles() => new[] { EditionFile("service-award-overall"), EditionFile("service-upgrade-program") };

    /// <summary>The compilation after the user's keystroke: the same references, one tree replaced.</summary>
    public static CSharpCompilation EditUserCode(CSharpCompilation compilation) =>
        compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText(EditedUserCode, ParseOptions, path: "Report.cs"));

    /// <summary>The generator's own named steps (the driver adds its input and output steps).</summary>
    public static IReadOnlyList<string> NamedSteps { get; } = new[]
    {
        CriteriaCatalogueGenerator.Steps.Parse,
        CriteriaCatalogueGenerator.Steps.Diagnostics,
        CriteriaCatalogueGenerator.Steps.Catalogue,
        CriteriaCatalogueGenerator.Steps.ClassNames,
        CriteriaCatalogueGenerator.Steps.ModelReferenced,
        CriteriaCatalogueGenerator.Steps.Emit,
    };

    /// <summary>
    /// How many of the generator's named step executions ran (reason New, Modified or Unchanged: the step's
    /// function was called) out of all the step executions the run tracked (the rest were Cached or Removed).
    /// </summary>
    public static (int Ran, int Total) CountRan(GeneratorRunResult result)
    {
        int ran = 0, total = 0;
        foreach (string step in NamedSteps)
        {
            if (!result.TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs))
            {
                continue;
            }

            foreach (IncrementalGeneratorRunStep run in runs)
            {
                total++;
                if (run.Outputs.Any(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged))
                {
                    ran++;
                }
            }
        }

        return (ran, total);
    }

    /// <summary>
    /// How many output callbacks ran with a new or modified value: the catalogue emitter (one per file), the
    /// diagnostics reporter (one per file) and the duplicate-class check (one). An edit that changes one catalogue
    /// runs one: only that file's code is emitted again.
    /// </summary>
    public static int CountOutputsRun(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);

    private static MetadataReference? TryReference(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata ? MetadataReference.CreateFromFile(path) : null;
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>An AdditionalText held in memory.</summary>
    private sealed class MemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public MemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The MSBuild properties the compiler passes (RootNamespace), no per-file metadata.</summary>
    private sealed class BuildOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(new Dictionary<string, string>());
        private readonly AnalyzerConfigOptions _global;

        public BuildOptions(string rootNamespace) =>
            _global = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
