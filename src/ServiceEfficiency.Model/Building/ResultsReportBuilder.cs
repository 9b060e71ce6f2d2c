using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Building;

/// <summary>
/// Builds a results report (執行績效與成果) from an agency tool's own data, with criteria from the
/// edition or its typed catalogue:
/// <code>
/// ResultsReport report = new ResultsReportBuilder(ServiceAwardOverall.Edition, 112, "經濟部標準檢驗局花蓮分局", AgencyLevel.Branch)
///     .ParentAgency("經濟部標準檢驗局")
///     .Unit("報驗發證科")
///     .Table(ServiceAwardOverall.BasicService, table => table
///         .Entry(ServiceAwardOverall.BasicService.ConsistencyAndAccuracy.StandardProcedures, row => row
///             .LeadUnits("報驗發證科")
///             .Results("訂定申辦業務標準作業流程，於服務場所及本分局網站公布。")
///             .Figure(923, "件", "受理商品檢驗")))
///     .Build();
/// </code>
/// </summary>
public sealed class ResultsReportBuilder : DocumentBuilder<ResultsReportBuilder, ResultsReport>
{
    /// <summary>Begins a results report.</summary>
    /// <param name="edition">The criteria edition the report follows.</param>
    /// <param name="year">The ROC year whose results it reports (112 for the report issued in January 113).</param>
    /// <param name="agency">The agency's full name, as in the standard title (經濟部標準檢驗局花蓮分局).</param>
    /// <param name="level">Where the agency stands in the reporting chain, which sets its deadlines.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="edition"/> or <paramref name="agency"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="agency"/> is empty or white space.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="year"/> is not an ROC year, or <paramref name="level"/> is not defined.</exception>
    public ResultsReportBuilder(CriteriaEdition edition, int year, string agency, AgencyLevel level)
        : base(DocumentKind.Results, edition, year, agency, level)
    {
    }

    /// <inheritdoc/>
    public override ResultsReport Build() => new(Edition.Id, Year, BuildTitle(), BuildAgency(), BuildIssued(), BuildTables());
}
