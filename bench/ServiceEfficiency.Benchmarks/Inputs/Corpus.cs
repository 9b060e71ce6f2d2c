using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Benchmarks.Inputs;

/// <summary>The inputs the benchmarks use, by name: the sample editions and documents, and the synthetic ones.</summary>
public static class Corpus
{
    /// <summary>The synthetic edition of 10,000 nodes.</summary>
    public const string SyntheticEdition = "synthetic-10000";

    /// <summary>The synthetic headquarters-size results report (80 entries, 5 dimensions).</summary>
    public const string HeadquartersResults = "synthetic-hq-results";

    /// <summary>The synthetic results report of about 1 MB.</summary>
    public const string LargeResults = "synthetic-1mb-results";

    /// <summary>The largest sample document.</summary>
    public const string LargestSample = "tainan-111-plan";

    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, CriteriaEdition> Editions = new(StringComparer.Ordinal);

    /// <summary>The text of an edition: a sample's name (<c>service-award-overall</c>) or <see cref="SyntheticEdition"/>.</summary>
    public static string EditionText(string name) => Texts.GetOrAdd("edition:" + name, n => name == SyntheticEdition
        ? Synthetic.Edition(10_000)
        : File.ReadAllText(Repository.SampleCriteria(name), Encoding.UTF8));

    /// <summary>The path an edition is given in the generator's AdditionalText (a sample's real path).</summary>
    public static string EditionPath(string name) => name == SyntheticEdition
        ? Path.Combine(Repository.Root, "samples", "criteria", SyntheticEdition + ".criteria.json")
        : Repository.SampleCriteria(name);

    /// <summary>A loaded edition, by id.</summary>
    public static CriteriaEdition Edition(string id) => Editions.GetOrAdd(id, n =>
    {
        LoadResult<CriteriaEdition> result = CriteriaEditionLoader.Parse(EditionText(n), n + ".criteria.json");
        return result.Value ?? throw new InvalidOperationException($"edition {n} does not load: {string.Join("; ", result.Diagnostics)}");
    });

    /// <summary>The UTF-8 JSON of a document: a sample's name or one of the synthetic names.</summary>
    public static byte[] DocumentBytes(string name) => Encoding.UTF8.GetBytes(DocumentText(name));

    /// <summary>The JSON text of a document: a sample's name or one of the synthetic names.</summary>
    public static string DocumentText(string name) => Texts.GetOrAdd("document:" + name, n => name switch
    {
        HeadquartersResults => Synthetic.HeadquartersResults(Edition("service-award-overall")),
        LargeResults => Synthetic.LargeResults(Edition("service-award-overall")),
        _ => File.ReadAllText(Repository.SampleDocument(name), Encoding.UTF8),
    });

    /// <summary>A loaded document (it must load; validation findings do not matter here).</summary>
    public static ServiceDocument Document(string name)
    {
        LoadResult<ServiceDocument> result = DocumentLoader.Load(DocumentBytes(name), name + ".json");
        return result.Value ?? throw new InvalidOperationException($"document {name} does not load: {string.Join("; ", result.Diagnostics)}");
    }

    /// <summary>The edition a loaded document follows.</summary>
    public static CriteriaEdition EditionOf(ServiceDocument document) => Edition(document.EditionId);
}
