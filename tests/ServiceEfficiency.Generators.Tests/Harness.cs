extern alias Model;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Model::ServiceEfficiency.Criteria;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>Runs the generator with CSharpGeneratorDriver on in-memory files, the way the compiler does.</summary>
internal static class Harness
{
    public static readonly string Root = RepositoryRoot.Path;

    /// <summary>C# 8: the oldest language version the generated code promises to compile with.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp8, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Where(p => !Path.GetFileName(p).StartsWith("ServiceEfficiency.", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(CriteriaEdition).Assembly.Location))
            .ToImmutableArray();
    });

    public static string SampleCriteria(string name) => Path.Combine(Root, "samples", "criteria", name + ".criteria.json");

    public static string TestFile(params string[] parts) => Path.Combine(new[] { Root, "tests", "ServiceEfficiency.Generators.Tests" }.Concat(parts).ToArray());

    public static CSharpCompilation Compilation(bool withModel = true, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            withModel ? References.Value : References.Value.Where(r => !(r.Display ?? string.Empty).Contains("ServiceEfficiency.Model", StringComparison.Ordinal)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, TestOptions? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new CriteriaCatalogueGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            options ?? new TestOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; the outcome has the output compilation and every diagnostic.</summary>
    public static Outcome Run(IEnumerable<AdditionalText> files, TestOptions? options = null, CSharpCompilation? compilation = null)
    {
        compilation ??= Compilation();
        GeneratorDriver driver = Driver(files, options).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new Outcome(driver, driver.GetRunResult(), output, diagnostics);
    }

    public static Outcome RunSamples(TestOptions? options = null) =>
        Run(new[] { File("service-award-overall"), File("service-upgrade-program") }, options);

    public static AdditionalText File(string sampleName) => new InMemoryText(SampleCriteria(sampleName), System.IO.File.ReadAllText(SampleCriteria(sampleName)));

}

/// <summary>The result of one generator run.</summary>
internal sealed record Outcome(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics)
{
    public GeneratorRunResult Run => Result.Results.Single();

    public string Source(string hintName) => Run.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}

/// <summary>An AdditionalText held in memory.</summary>
internal sealed class InMemoryText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public InMemoryText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    /// <summary>
    /// A file's bytes decoded as Roslyn decodes a stream (SourceText.From): by its byte order mark,
    /// else as UTF-8 with U+FFFD for bytes that are not — so that encoding problems reach the generator
    /// as they do in a build, with <see cref="SourceText.Encoding"/> set.
    /// </summary>
    public static InMemoryText FromFile(string path, string? shownPath = null)
    {
        using var stream = System.IO.File.OpenRead(path);
        return new InMemoryText(shownPath ?? path, SourceText.From(stream));
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>MSBuild properties (build_property.X) and per-file metadata (build_metadata.AdditionalFiles.X) as the compiler passes them.</summary>
internal sealed class TestOptions : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, Dictionary<string, string>> _files = new(StringComparer.Ordinal);
    private readonly DictionaryOptions _global = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public TestOptions Property(string name, string value)
    {
        _global.Values["build_property." + name] = value;
        return this;
    }

    public TestOptions Metadata(string path, string name, string value)
    {
        if (!_files.TryGetValue(path, out Dictionary<string, string>? values))
        {
            _files[path] = values = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        values["build_metadata.AdditionalFiles." + name] = value;
        return this;
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new DictionaryOptions(_files.TryGetValue(textFile.Path, out Dictionary<string, string>? values) ? values : new Dictionary<string, string>());

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public DictionaryOptions(Dictionary<string, string> values) => Values = values;

        public Dictionary<string, string> Values { get; }

        public override bool TryGetValue(string key, out string value) => Values.TryGetValue(key, out value!);
    }
}
