using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

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
