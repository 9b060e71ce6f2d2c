using System.Text;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>The bundled sample documents, each with the edition it follows.</summary>
internal static class Samples
{
    public static readonly string Root = RepositoryRoot.Path;

    public static readonly string[] Names = { "bsmi-114-plan", "hualien-112-results", "tainan-111-plan" };

    private static readonly Dictionary<string, (ServiceDocument Document, CriteriaEdition Edition)> Cache = new(StringComparer.Ordinal);

    public static string TestDirectory => Path.Combine(Root, "tests", "ServiceEfficiency.Templates.Tests");

    public static (ServiceDocument Document, CriteriaEdition Edition) Load(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var pair))
            {
                LoadResult<ServiceDocument> document = DocumentLoader.LoadFile(Path.Combine(Root, "samples", "data", name + ".json"));
                Assert.True(document.Succeeded, string.Join(Environment.NewLine, document.Diagnostics));
                LoadResult<CriteriaEdition> edition = CriteriaEditionLoader.LoadFile(Path.Combine(Root, "samples", "criteria", document.Value!.EditionId + ".criteria.json"));
                Assert.True(edition.Succeeded, string.Join(Environment.NewLine, edition.Diagnostics));
                pair = (document.Value!, edition.Value!);
                Cache[name] = pair;
            }

            return pair;
        }
    }

    public static string Text(byte[] bytes) => new UTF8Encoding(false, true).GetString(bytes);

}
