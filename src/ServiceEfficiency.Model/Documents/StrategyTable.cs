using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

/// <summary>The role of a column of a strategy table.</summary>
public enum ColumnRole
{
    /// <summary>執行策略</summary>
    Strategy,

    /// <summary>主辦單位</summary>
    LeadUnits,

    /// <summary>執行方法</summary>
    Method,

    /// <summary>具體推動作法 (planned actions)</summary>
    Actions,

    /// <summary>執行績效與成果, 具體作法與成果 (achieved results)</summary>
    Results,
}

/// <summary>A column of a strategy table: its role and its title as printed.</summary>
public sealed class TableColumn
{
    /// <summary>Creates a column.</summary>
    public TableColumn(ColumnRole role, string title)
    {
        Role = role;
        Title = title;
    }

    /// <summary>What the column holds.</summary>
    public ColumnRole Role { get; }

    /// <summary>The title as printed (執行績效與成果(1-12月)).</summary>
    public string Title { get; }
}

/// <summary>
/// One row of a strategy table: the criterion it addresses, its lead units (主辦單位), planned
/// actions, achieved results and the figures they state.
/// </summary>
public sealed class StrategyEntry
{
    /// <summary>Creates an entry.</summary>
    public StrategyEntry(
        string criterion,
        string? strategy,
        IReadOnlyList<string> leadUnits,
        IReadOnlyList<ContentBlock> method,
        IReadOnlyList<ContentBlock> actions,
        IReadOnlyList<ContentBlock> results,
        IReadOnlyList<Figure> figures)
    {
        Criterion = criterion;
        Strategy = strategy;
        LeadUnits = leadUnits;
        Method = method;
        Actions = actions;
        Results = results;
        Figures = figures;
    }

    /// <summary>The key path or code of the criterion, as written in the document data.</summary>
    public string Criterion { get; }

    /// <summary>The strategy cell as printed, if the row has one.</summary>
    public string? Strategy { get; }

    /// <summary>主辦單位 as printed (names, abbreviations, ranges, remarks).</summary>
    public IReadOnlyList<string> LeadUnits { get; }

    /// <summary>執行方法, if the table has that column.</summary>
    public IReadOnlyList<ContentBlock> Method { get; }

    /// <summary>具體推動作法.</summary>
    public IReadOnlyList<ContentBlock> Actions { get; }

    /// <summary>執行績效與成果.</summary>
    public IReadOnlyList<ContentBlock> Results { get; }

    /// <summary>Quantities the row states.</summary>
    public IReadOnlyList<Figure> Figures { get; }
}

/// <summary>A strategy table: one per dimension (111–112) or per strategy (114).</summary>
public sealed class StrategyTable
{
    /// <summary>Creates a table.</summary>
    public StrategyTable(string? title, string? criterion, IReadOnlyList<TableColumn> columns, IReadOnlyList<StrategyEntry> entries)
    {
        Title = title;
        Criterion = criterion;
        Columns = columns;
        Entries = entries;
    }

    /// <summary>The heading above the table as printed.</summary>
    public string? Title { get; }

    /// <summary>Key path or code of the criterion the table covers, if stated.</summary>
    public string? Criterion { get; }

    /// <summary>The columns in order.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The rows in order.</summary>
    public IReadOnlyList<StrategyEntry> Entries { get; }

    /// <summary>The title of the column with <paramref name="role"/>, or null when the table has none.</summary>
    public string? ColumnTitle(ColumnRole role)
    {
        foreach (TableColumn column in Columns)
        {
            if (column.Role == role)
            {
                return column.Title;
            }
        }

        return null;
    }
}
