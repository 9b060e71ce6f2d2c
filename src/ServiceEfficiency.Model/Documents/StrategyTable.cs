using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

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
