using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

/// <summary>Which of the two annual documents.</summary>
public enum DocumentKind
{
    /// <summary>提升服務效能執行計畫 (January).</summary>
    Plan,

    /// <summary>執行績效與成果 (January of the next year).</summary>
    Results,
}

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

/// <summary>提升服務效能執行計畫: sections 壹 … 捌 and the strategy tables (which may carry a results column).</summary>
public sealed class ImplementationPlan : ServiceDocument
{
    /// <summary>Creates a plan.</summary>
    public ImplementationPlan(string editionId, int year, string title, Agency agency, DocumentReference? issued, PlanSections sections, IReadOnlyList<StrategyTable> tables)
        : base(editionId, year, title, agency, issued, tables) => Sections = sections;

    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.Plan;

    /// <summary>The sections.</summary>
    public PlanSections Sections { get; }
}

/// <summary>執行績效與成果: one strategy table per dimension.</summary>
public sealed class ResultsReport : ServiceDocument
{
    /// <summary>Creates a results report.</summary>
    public ResultsReport(string editionId, int year, string title, Agency agency, DocumentReference? issued, IReadOnlyList<StrategyTable> tables)
        : base(editionId, year, title, agency, issued, tables)
    {
    }

    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.Results;
}
