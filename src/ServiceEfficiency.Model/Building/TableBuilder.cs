using System;
using System.Collections.Generic;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Text;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Building;

/// <summary>
/// A strategy table while it is built: the criterion it covers (a 構面 in the 111–112 editions, a
/// 執行策略 in 114), the document kind's default columns (<see cref="DefaultColumns.For(DocumentKind)"/>)
/// unless others are given, and its rows.
/// </summary>
public sealed class TableBuilder
{
    private readonly CriteriaEdition _edition;
    private readonly Criterion _criterion;
    private readonly List<StrategyEntry> _entries = new();
    private IReadOnlyList<TableColumn> _columns;
    private string? _title;

    internal TableBuilder(CriteriaEdition edition, Criterion criterion, DocumentKind kind)
    {
        _edition = edition;
        _criterion = criterion;
        _columns = DefaultColumns.For(kind);
    }

    /// <summary>
    /// The heading printed above the table, when it is not the criterion's heading with its points
    /// (構面一：基礎服務（200分）, which the renderers print when none is given).
    /// </summary>
    /// <param name="title">The heading as printed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null, empty or white space.</exception>
    public TableBuilder Title(string title)
    {
        _title = BuildArguments.Text(title, nameof(title), Messages.ApiBuildWhatTitle);
        return this;
    }

    /// <summary>The table's columns in printed order, instead of the document kind's defaults.</summary>
    /// <param name="columns">Each column's role and printed title, such as 執行方法 for <see cref="ColumnRole.Method"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No column is given.</exception>
    public TableBuilder Columns(params TableColumn[] columns)
    {
        BuildArguments.NotNull(columns, nameof(columns));
        if (Array.IndexOf(columns, null) >= 0)
        {
            throw new ArgumentNullException(nameof(columns));
        }

        if (columns.Length == 0)
        {
            throw new ArgumentException(Messages.ApiBuildNoColumns.Format(), nameof(columns));
        }

        _columns = (TableColumn[])columns.Clone();
        return this;
    }

    /// <summary>
    /// Adds a row for <paramref name="criterion"/>, filled by <paramref name="build"/>. The row is
    /// added only when <paramref name="build"/> returns: if it throws, the table is as it was.
    /// </summary>
    /// <param name="criterion">
    /// The criterion the row addresses, from the edition or its typed catalogue; a node with children
    /// converts to its criterion (<c>ServiceAwardOverall.BasicService.Friendliness</c>).
    /// </param>
    /// <param name="build">Fills the row: lead units, actions or results, figures; null leaves it empty.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> is of another edition.</exception>
    public TableBuilder Entry(Criterion criterion, Action<EntryBuilder>? build = null)
    {
        var entry = new EntryBuilder(BuildArguments.Own(_edition, criterion, nameof(criterion)));
        build?.Invoke(entry);
        _entries.Add(entry.Build());
        return this;
    }

    internal StrategyTable Build() => new(_title, _criterion.KeyPath, _columns, _entries.ToArray());
}
