using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ServiceEfficiency.Benchmarks.Inputs;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Validation;

namespace ServiceEfficiency.Benchmarks;

/// <summary>
/// Loading a document (UTF-8 JSON → plan or results model, with the source map for located diagnostics) and
/// validating it against its edition, against the floor of parsing the same bytes with <see cref="JsonDocument"/>.
/// </summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private byte[] _bytes = System.Array.Empty<byte>();
    private CriteriaEdition? _edition;

    /// <summary>A sample document, or the synthetic results report of about 1 MB.</summary>
    [Params("hualien-112-results", "tainan-111-plan", "bsmi-114-plan", Corpus.LargeResults)]
    public string Document { get; set; } = "tainan-111-plan";

    /// <summary>Reads the bytes and loads the edition.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _bytes = Corpus.DocumentBytes(Document);
        _edition = Corpus.EditionOf(Corpus.Document(Document));
    }

    /// <summary>Baseline: System.Text.Json's DOM over the same bytes, no model, no checks.</summary>
    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        using JsonDocument json = JsonDocument.Parse(_bytes);
        return json.RootElement.GetProperty("tables").GetArrayLength();
    }

    /// <summary>DocumentLoader: the strict, located load into the model.</summary>
    [Benchmark]
    public ServiceDocument? Load() => DocumentLoader.Load(_bytes, Document + ".json").Value;

    /// <summary>DocumentLoader and ComplianceValidator, as <c>service-efficiency validate</c> does.</summary>
    [Benchmark]
    public int LoadAndValidate()
    {
        LoadResult<ServiceDocument> loaded = DocumentLoader.Load(_bytes, Document + ".json");
        IReadOnlyList<Diagnostic> findings = ComplianceValidator.Validate(loaded, _edition!);
        return findings.Count;
    }
}
