using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Conformance.Tests;

/// <summary>A sample document with the criteria edition it follows.</summary>
/// <param name="Name">The data file's name without extension (bsmi-114-plan).</param>
/// <param name="Path">The data file.</param>
/// <param name="Document">The document.</param>
/// <param name="Edition">Its edition (matched by <see cref="ServiceDocument.EditionId"/>, as the samples program does).</param>
public sealed record SampleDocument(string Name, string Path, ServiceDocument Document, CriteriaEdition Edition)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>What the PDF of a rendered document must contain, by kind.</summary>
/// <param name="StrategyTitles">Per row, its strategy cell as printed, or the title of its criterion when it has none (see <see cref="Of"/>).</param>
/// <param name="LeadUnits">Every lead unit as printed (主辦單位: name, abbreviation, range or collective, with its remark).</param>
/// <param name="Figures">Every figure as <see cref="Figure.FormattedValue"/> with its unit (49,633 件, 89%).</param>
public sealed record SourceTexts(IReadOnlyList<string> StrategyTitles, IReadOnlyList<string> LeadUnits, IReadOnlyList<string> Figures)
{
    /// <summary>Every expected text, tagged with its kind, for failure messages.</summary>
    public IEnumerable<(string Kind, string Text)> All =>
        StrategyTitles.Select(t => ("strategy title", t))
            .Concat(LeadUnits.Select(t => ("lead unit", t)))
            .Concat(Figures.Select(t => ("figure", t)));

    /// <summary>The texts of <paramref name="document"/> (resolving each row's criterion in <paramref name="edition"/>).</summary>
    /// <param name="document">The source document.</param>
    /// <param name="edition">Its criteria edition.</param>
    /// <param name="criterionTitles">
    /// Also require the edition's title of every row's criterion when the row has its own strategy cell. Off by default:
    /// the strategy title of a row is what the source document prints in its strategy cell, and the edition's wording
    /// differs from it in 6 rows of the samples (tainan-111-plan "每年測試2次" where the edition says "每4個月至少測試1次",
    /// missing final "。", a dropped "，"); a row without a strategy cell is held to its criterion's title either way.
    /// </param>
    /// <exception cref="InvalidOperationException">A row's criterion is not in the edition.</exception>
    public static SourceTexts Of(ServiceDocument document, CriteriaEdition edition, bool criterionTitles = false)
    {
        var titles = new List<string>();
        var units = new List<string>();
        var figures = new List<string>();
        foreach (StrategyEntry entry in document.Entries())
        {
            Criterion criterion = edition.Resolve(entry.Criterion)
                ?? throw new InvalidOperationException($"criterion '{entry.Criterion}' of {document.Title} is not in edition {edition.Id}");
            bool hasStrategy = !string.IsNullOrWhiteSpace(entry.Strategy);
            if (hasStrategy)
            {
                titles.Add(entry.Strategy!);
            }

            if (!hasStrategy || criterionTitles)
            {
                titles.Add(criterion.Title);
            }

            units.AddRange(entry.LeadUnits.Where(u => !string.IsNullOrWhiteSpace(u)));
            figures.AddRange(entry.Figures.Select(Format));
        }

        return new SourceTexts(Distinct(titles), Distinct(units), Distinct(figures));
    }

    /// <summary>How a figure is looked for: value with thousands separators, then the unit (white space does not matter in the comparison).</summary>
    public static string Format(Figure figure) => figure.Unit == "%" ? figure.FormattedValue + "%" : figure.FormattedValue + " " + figure.Unit;

    /// <summary>Every sample document under <c>samples/data</c> with its edition from <c>samples/criteria</c>.</summary>
    public static IReadOnlyList<SampleDocument> Samples()
    {
        string samples = RepositoryRoot.Combine("samples");
        var editions = new Dictionary<string, CriteriaEdition>(StringComparer.Ordinal);
        foreach (string path in Directory.GetFiles(System.IO.Path.Combine(samples, "criteria"), "*.criteria.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            LoadResult<CriteriaEdition> loaded = CriteriaEditionLoader.LoadFile(path);
            CriteriaEdition edition = loaded.Value ?? throw new InvalidOperationException($"{path}: {string.Join("; ", loaded.Diagnostics)}");
            editions[edition.Id] = edition;
        }

        var documents = new List<SampleDocument>();
        foreach (string path in Directory.GetFiles(System.IO.Path.Combine(samples, "data"), "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            LoadResult<ServiceDocument> loaded = DocumentLoader.LoadFile(path);
            ServiceDocument document = loaded.Value ?? throw new InvalidOperationException($"{path}: {string.Join("; ", loaded.Diagnostics)}");
            CriteriaEdition edition = editions.TryGetValue(document.EditionId, out CriteriaEdition? found)
                ? found
                : throw new InvalidOperationException($"{path}: edition '{document.EditionId}' is not among the samples");
            documents.Add(new SampleDocument(System.IO.Path.GetFileNameWithoutExtension(path), path, document, edition));
        }

        return documents;
    }

    private static IReadOnlyList<string> Distinct(IEnumerable<string> texts) => texts.Distinct(StringComparer.Ordinal).ToList();
}
