using System;
using System.Collections.Generic;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Text;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Building;

/// <summary>
/// What building a plan (<see cref="PlanBuilder"/>) and a results report (<see cref="ResultsReportBuilder"/>)
/// have in common: the edition the document follows, its ROC year, the agency and its units, the
/// standard title, and the strategy tables made from the edition's criteria.
/// </summary>
/// <typeparam name="TBuilder">The concrete builder, which every method returns so calls can be chained.</typeparam>
/// <typeparam name="TDocument">The document it builds.</typeparam>
/// <remarks>
/// A builder refuses at once only what no document can hold: null or blank names, a criterion of
/// another edition, a negative or non-finite figure (an <see cref="ArgumentException"/> naming the
/// parameter, and the builder is as it was before the call). Everything else — a missing dimension,
/// an unknown lead unit, a plan without quantified targets — is left to <c>ComplianceValidator</c>,
/// so a built document and the same document loaded from JSON get the same findings.
/// </remarks>
public abstract class DocumentBuilder<TBuilder, TDocument>
    where TBuilder : DocumentBuilder<TBuilder, TDocument>
    where TDocument : ServiceDocument
{
    private readonly DocumentKind _kind;
    private readonly string _agency;
    private readonly AgencyLevel _level;
    private readonly List<OrganizationUnit> _units = new();
    private readonly List<StrategyTable> _tables = new();
    private string? _parent;
    private string? _title;
    private DocumentReference? _issued;

    private protected DocumentBuilder(DocumentKind kind, CriteriaEdition edition, int year, string agency, AgencyLevel level)
    {
        Edition = BuildArguments.NotNull(edition, nameof(edition));
        if (year < RocDate.MinYear || year > RocDate.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, Messages.ApiBuildYearOutOfRange.Format(year, RocDate.MinYear, RocDate.MaxYear));
        }

        if (!Enum.IsDefined(typeof(AgencyLevel), level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, null);
        }

        _kind = kind;
        Year = year;
        _agency = BuildArguments.Text(agency, nameof(agency), Messages.ApiBuildWhatName);
        _level = level;
    }

    /// <summary>The criteria edition the document follows; every criterion given must be one of its nodes.</summary>
    public CriteriaEdition Edition { get; }

    /// <summary>The ROC year the document is about (112 for the results of 112, issued in January 113).</summary>
    public int Year { get; }

    /// <summary>The agency the document's agency reports to (經濟部標準檢驗局 for 經濟部標準檢驗局花蓮分局).</summary>
    /// <param name="name">The parent agency's full name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public TBuilder ParentAgency(string name)
    {
        _parent = BuildArguments.Text(name, nameof(name), Messages.ApiBuildWhatName);
        return (TBuilder)this;
    }

    /// <summary>
    /// The document's title, when it is not the standard title (<see cref="StandardTitle.Of(string, int, DocumentKind)"/>:
    /// 經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果), which is used when none is given.
    /// </summary>
    /// <param name="title">The title as printed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null, empty or white space.</exception>
    public TBuilder Title(string title)
    {
        _title = BuildArguments.Text(title, nameof(title), Messages.ApiBuildWhatTitle);
        return (TBuilder)this;
    }

    /// <summary>The letter that issued the document (發文日期, 字號), when it has one.</summary>
    /// <param name="reference">The issuing letter.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    public TBuilder Issued(DocumentReference reference)
    {
        _issued = BuildArguments.NotNull(reference, nameof(reference));
        return (TBuilder)this;
    }

    /// <summary>Adds one of the agency's units (秘書室, 第一課…), which lead units name.</summary>
    /// <param name="name">The unit's full name.</param>
    /// <param name="abbreviation">How lead units may abbreviate it (秘), or null.</param>
    /// <param name="isCollective">True for a name that stands for several units (各課), false for one unit.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or a given <paramref name="abbreviation"/> is empty or white space.</exception>
    public TBuilder Unit(string name, string? abbreviation = null, bool isCollective = false)
    {
        string checkedName = BuildArguments.Text(name, nameof(name), Messages.ApiBuildWhatName);
        string? checkedAbbreviation = BuildArguments.OptionalText(abbreviation, nameof(abbreviation), Messages.ApiBuildWhatName);
        _units.Add(new OrganizationUnit(checkedName, checkedAbbreviation, isCollective));
        return (TBuilder)this;
    }

    /// <summary>
    /// Adds the strategy table of <paramref name="criterion"/>, filled by <paramref name="build"/>, with
    /// the document kind's default columns (執行策略 | 主辦單位 | 具體推動作法 or 執行績效與成果). The
    /// table is added only when <paramref name="build"/> returns: if it throws, the document is as it was.
    /// </summary>
    /// <param name="criterion">
    /// The dimension or strategy the table covers, from the edition or its typed catalogue
    /// (<c>ServiceAwardOverall.BasicService</c> converts to its criterion).
    /// </param>
    /// <param name="build">Adds the rows; null leaves the table empty.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> is of another edition.</exception>
    public TBuilder Table(Criterion criterion, Action<TableBuilder>? build = null)
    {
        var table = new TableBuilder(Edition, BuildArguments.Own(Edition, criterion, nameof(criterion)), _kind);
        build?.Invoke(table);
        _tables.Add(table.Build());
        return (TBuilder)this;
    }

    /// <summary>The document as built so far; the builder can go on and build another.</summary>
    /// <returns>A new document, independent of later calls.</returns>
    public abstract TDocument Build();

    /// <summary>The agency with the units added so far.</summary>
    private protected Agency BuildAgency() => new(_agency, _parent, _level, _units.ToArray());

    /// <summary>The title given, or the standard one.</summary>
    private protected string BuildTitle() => _title ?? StandardTitle.Of(_agency, Year, _kind);

    /// <summary>The issuing letter, if given.</summary>
    private protected DocumentReference? BuildIssued() => _issued;

    /// <summary>The tables added so far.</summary>
    private protected IReadOnlyList<StrategyTable> BuildTables() => _tables.ToArray();
}
