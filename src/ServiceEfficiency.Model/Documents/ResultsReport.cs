using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

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
