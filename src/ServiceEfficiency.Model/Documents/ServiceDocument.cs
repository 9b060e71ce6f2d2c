using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

/// <summary>What a plan and a results report share: agency, year, title, edition and strategy tables.</summary>
public abstract class ServiceDocument
{
    /// <summary>Creates the shared part.</summary>
    protected ServiceDocument(string editionId, int year, string title, Agency agency, DocumentReference? issued, IReadOnlyList<StrategyTable> tables)
    {
        EditionId = editionId;
        Year = year;
        Title = title;
        Agency = agency;
        Issued = issued;
        Tables = tables;
    }

    /// <summary>Plan or results.</summary>
    public abstract DocumentKind Kind { get; }

    /// <summary>Id of the criteria edition the document follows.</summary>
    public string EditionId { get; }

    /// <summary>ROC year the document is about.</summary>
    public int Year { get; }

    /// <summary>The title as printed.</summary>
    public string Title { get; }

    /// <summary>The agency.</summary>
    public Agency Agency { get; }

    /// <summary>How the document was issued (date and 文號), if printed.</summary>
    public DocumentReference? Issued { get; }

    /// <summary>The strategy tables.</summary>
    public IReadOnlyList<StrategyTable> Tables { get; }

    /// <summary>Every entry of every table, in order.</summary>
    public IEnumerable<StrategyEntry> Entries()
    {
        foreach (StrategyTable table in Tables)
        {
            foreach (StrategyEntry entry in table.Entries)
            {
                yield return entry;
            }
        }
    }
}
