using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

/// <summary>What a plan and a results report share: agency, year, title, edition and strategy tables.</summary>
public abstract class ServiceDocument
{
    /// <summary>Creates the shared part.</summary>
    /// <param name="editionId">The id of the criteria edition (評核架構) the document follows, such as <c>service-award-overall</c> (ROC 111–112) or <c>service-upgrade-program</c> (ROC 114).</param>
    /// <param name="year">The ROC (民國) year the document is about, such as 114; a results report issued in January 113 is about 112.</param>
    /// <param name="title">The document's title as printed, such as 經濟部標準檢驗局114年度提升服務效能執行計畫.</param>
    /// <param name="agency">The agency that wrote the document, with its ordered units against which the 主辦單位 of the tables are resolved.</param>
    /// <param name="issued">How the document was issued, as in 114年1月6日經標秘字第11490000310號函訂定 (ROC date and 文號), or null when the document does not print it.</param>
    /// <param name="tables">The strategy tables in the order printed: one per dimension (111–112) or per strategy (114).</param>
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
