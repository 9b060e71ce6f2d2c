using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ServiceEfficiency.Benchmarks.Inputs;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Validation;

namespace ServiceEfficiency.Benchmarks;

/// <summary>
/// Whether loading and validating cost the same per row at every size: a sample grown to 1,000,
/// 4,000 and 16,000 rows, minified (one line: where computing columns was quadratic) and pretty-printed,
/// loaded and validated as <c>service-efficiency validate</c> does. Every size is a method of this one
/// class, so that BenchmarkDotNet's Ratio column compares them within one run against one baseline
/// (1,000 rows, minified): linear cost means a ratio of about 4 at 4,000 rows and 16 at 16,000.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private readonly Dictionary<string, byte[]> _documents = new(System.StringComparer.Ordinal);
    private CriteriaEdition? _edition;

    /// <summary>Writes the six documents and loads the edition.</summary>
    [GlobalSetup]
    public void Setup()
    {
        foreach (int rows in new[] { 1_000, 4_000, 16_000 })
        {
            foreach (bool indented in new[] { false, true })
            {
                _documents[Scaled.Name(rows, indented)] = Scaled.Document(rows, indented);
            }
        }

        _edition = Corpus.EditionOf(Corpus.Document(Scaled.Sample));
    }

    /// <summary>Baseline: 1,000 rows on one line.</summary>
    [Benchmark(Baseline = true)]
    public int Minified1000() => LoadAndValidate("minified-1000");

    /// <summary>4,000 rows on one line.</summary>
    [Benchmark]
    public int Minified4000() => LoadAndValidate("minified-4000");

    /// <summary>16,000 rows on one line.</summary>
    [Benchmark]
    public int Minified16000() => LoadAndValidate("minified-16000");

    /// <summary>1,000 rows pretty-printed.</summary>
    [Benchmark]
    public int Pretty1000() => LoadAndValidate("pretty-1000");

    /// <summary>4,000 rows pretty-printed.</summary>
    [Benchmark]
    public int Pretty4000() => LoadAndValidate("pretty-4000");

    /// <summary>16,000 rows pretty-printed.</summary>
    [Benchmark]
    public int Pretty16000() => LoadAndValidate("pretty-16000");

    // The number of findings (the sample's own and those of repeated rows), so nothing is optimized away.
    private int LoadAndValidate(string name)
    {
        LoadResult<ServiceDocument> loaded = DocumentLoader.Load(_documents[name], name + ".json");
        IReadOnlyList<Diagnostic> findings = ComplianceValidator.Validate(loaded, _edition!);
        return findings.Count + 1;
    }
}
