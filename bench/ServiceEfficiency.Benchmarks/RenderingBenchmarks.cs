using System.IO;
using BenchmarkDotNet.Attributes;
using ServiceEfficiency.Benchmarks.Baselines;
using ServiceEfficiency.Benchmarks.Inputs;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Templates;
using ServiceEfficiency.Templates.Office;

namespace ServiceEfficiency.Benchmarks;

/// <summary>
/// Rendering a loaded document to every format with the Scriban templates, against two renderings of the very
/// same HTML: the hand-written <see cref="StringBuilderHtmlRenderer"/> (the baseline: no engine at all) and the
/// template written for Fluid (the other engine). All produce UTF-8 bytes, as the library does. The office-template
/// rows render the same document through the exported starter (<see cref="OfficeStarter"/>), a layout equivalent to
/// the built-in one, compiled once in the setup as a caller would load it once: compare them with <c>Odt</c> and
/// <c>Docx</c>, the built-in templates of the same formats.
/// </summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private readonly DocumentRenderer _renderer = new();
    private readonly FluidHtmlRenderer _fluid = new();
    private OfficeTemplate? _odtLayout;
    private OfficeTemplate? _docxLayout;
    private DocumentRenderer? _odtLayoutRenderer;
    private DocumentRenderer? _docxLayoutRenderer;
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
        _odtLayout = OfficeTemplate.Load(new MemoryStream(OfficeStarter.Create(DocumentFormat.Odt)), "starter.odt");
        _docxLayout = OfficeTemplate.Load(new MemoryStream(OfficeStarter.Create(DocumentFormat.Docx)), "starter.docx");
        _odtLayoutRenderer = new DocumentRenderer(new RenderOptions { TemplateSource = _odtLayout });
        _docxLayoutRenderer = new DocumentRenderer(new RenderOptions { TemplateSource = _docxLayout });
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

    /// <summary>The library: DOCX.</summary>
    [Benchmark]
    public byte[] Docx() => _renderer.RenderToBytes(_document!, _edition!, DocumentFormat.Docx);

    /// <summary>An .odt through an office template made in Writer (the exported starter), against <see cref="Odt"/>.</summary>
    [Benchmark]
    public byte[] OdtOfficeTemplate() => _odtLayoutRenderer!.RenderToBytes(_document!, _edition!, _odtLayout!.Format);

    /// <summary>A .docx through an office template made in Word (the exported starter), against <see cref="Docx"/>.</summary>
    [Benchmark]
    public byte[] DocxOfficeTemplate() => _docxLayoutRenderer!.RenderToBytes(_document!, _edition!, _docxLayout!.Format);
}
