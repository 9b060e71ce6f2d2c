using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

/// <summary>提升服務效能執行計畫: sections 壹 … 捌 and the strategy tables (which may carry a results column).</summary>
public sealed class ImplementationPlan : ServiceDocument
{
    /// <summary>Creates a plan.</summary>
    /// <param name="editionId">The id of the criteria edition (評核架構) the document follows, such as <c>service-award-overall</c> (ROC 111–112) or <c>service-upgrade-program</c> (ROC 114).</param>
    /// <param name="year">The ROC (民國) year the document is about, such as 114; a results report issued in January 113 is about 112.</param>
    /// <param name="title">The plan's title as printed (經濟部標準檢驗局114年度提升服務效能執行計畫).</param>
    /// <param name="agency">The agency that wrote the document, with its ordered units against which the 主辦單位 of the tables are resolved.</param>
    /// <param name="issued">How the document was issued, as in 114年1月6日經標秘字第11490000310號函訂定 (ROC date and 文號), or null when the document does not print it.</param>
    /// <param name="sections">The plan's sections 壹 … 捌; those the plan lacks are null inside it.</param>
    /// <param name="tables">The strategy tables of 肆、執行策略及具體推動作法 in the order printed; a table may also carry a results column (執行績效與成果(1-12月)).</param>
    public ImplementationPlan(string editionId, int year, string title, Agency agency, DocumentReference? issued, PlanSections sections, IReadOnlyList<StrategyTable> tables)
        : base(editionId, year, title, agency, issued, tables) => Sections = sections;

    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.Plan;

    /// <summary>The sections.</summary>
    public PlanSections Sections { get; }
}
