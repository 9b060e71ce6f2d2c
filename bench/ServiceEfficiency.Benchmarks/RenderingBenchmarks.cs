using BenchmarkDotNet.Attributes;
using ServiceEfficiency.Benchmarks.Baselines;
using ServiceEfficiency.Benchmarks.Inputs;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Templates;

namespace ServiceEfficiency.Benchmarks;

/// <summary>
/// Rendering a loaded document to every format with the Scriban templates, against two renderings of the very
/// same HTML: the hand-written <see cref="StringBuilderHtmlRenderer"/> (the baseline: no engine at all) and the
/// template written for Fluid (the other engine). All produce UTF-8 bytes, as the library does.
/// </summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private readonly DocumentRenderer _renderer = new();
    private readonly FluidHtmlRenderer _fluid = new();
    private ServiceDocument? _document;
    private CriteriaEdition? _edition;

    /// <summary>The largest sample (a plan), or the synthetic headquarters results report.</summary>
    [Params(Corpus.LargestSample, Corpus.HeadquartersResults)]
    public string Document { get; set; } = Corpus.LargestSample;

    /// <summary>Loads the document and its edition.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = Corpus.Document(Document);
        _edition = Corpus.EditionOf(_document);
    }

    /// <summary>Baseline: HTML written by hand with a StringBuilder, byte-identical to the template's.</summary>
    [Benchmark(Baseline = true)]
    public byte[] HtmlStringBuilder() => StringBuilderHtmlRenderer.RenderToBytes(_document!, _edition!);

    /// <summary>The same HTML through the same template written for Fluid.</summary>
    [Benchmark]
    public byte[] HtmlFluid() => _fluid.RenderToBytes(_document!, _edition!);

    /// <summary>The library: HTML through Scriban.</summary>
    [Benchmark]
    public byte[] HtmlScriban() => _renderer.RenderToBytes(_document!, _edition!, DocumentFormat.Html);

    /// <summary>The library: Markdown.</summary>
    [Benchmark]
    public byte[] Markdown() => _renderer.RenderToBytes(_document!, _edition!, DocumentFormat.Markdown);

    /// <summary>The library: flat ODT (.fodt).</summary>
    [Benchmark]
    public byte[] FlatOdt() => _renderer.RenderToBytes(_document!, _edition!, DocumentFormat.FlatOdt);

    /// <summary>The library: zipped ODT (.odt).</summary>
    [Benchmark]
    public byte[] Odt() => _renderer.RenderToBytes(_document!, _edition!, DocumentFormat.Odt);
}
