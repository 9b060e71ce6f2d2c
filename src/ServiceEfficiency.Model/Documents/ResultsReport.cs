using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

/// <summary>執行績效與成果: one strategy table per dimension.</summary>
public sealed class ResultsReport : ServiceDocument
{
    /// <summary>Creates a results report.</summary>
    /// <param name="editionId">The id of the criteria edition (評核架構) the document follows, such as <c>service-award-overall</c> (ROC 111–112) or <c>service-upgrade-program</c> (ROC 114).</param>
    /// <param name="year">The ROC (民國) year the document is about, such as 114; a results report issued in January 113 is about 112.</param>
    /// <param name="title">The report's title as printed (經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果).</param>
    /// <param name="agency">The agency that wrote the document, with its ordered units against which the 主辦單位 of the tables are resolved.</param>
    /// <param name="issued">How the document was issued, as in 114年1月6日經標秘字第11490000310號函訂定 (ROC date and 文號), or null when the document does not print it.</param>
    /// <param name="tables">The strategy tables in the order printed, one per dimension (構面), with columns such as 執行策略 | 主辦單位 | 執行績效與成果.</param>
    public ResultsReport(string editionId, int year, string title, Agency agency, DocumentReference? issued, IReadOnlyList<StrategyTable> tables)
        : base(editionId, year, title, agency, issued, tables)
    {
    }

    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.Results;
}
