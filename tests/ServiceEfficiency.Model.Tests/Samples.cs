using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Tests;

/// <summary>Locates and loads the bundled samples (the ground truth transcribed from the seed documents).</summary>
internal static class Samples
{
    public static readonly string Root = RepositoryRoot.Path;

    public static string Criteria(string name) => Path.Combine(Root, "samples", "criteria", name + ".criteria.json");

    public static string Data(string name) => Path.Combine(Root, "samples", "data", name + ".json");

    public static CriteriaEdition Overall => LoadEdition("service-award-overall");

    public static CriteriaEdition Upgrade => LoadEdition("service-upgrade-program");

    public static CriteriaEdition LoadEdition(string name)
    {
        LoadResult<CriteriaEdition> result = CriteriaEditionLoader.LoadFile(Criteria(name));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Value!;
    }

    public static LoadResult<ServiceDocument> LoadDocument(string name)
    {
        LoadResult<ServiceDocument> result = DocumentLoader.LoadFile(Data(name));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result;
    }

}
