using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

/// <summary>A strategy table: one per dimension (111–112) or per strategy (114).</summary>
public sealed class StrategyTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="title">The heading above the table as printed (構面一：基礎服務(200分)), or null when there is none.</param>
    /// <param name="criterion">The key path (BasicService) or code of the dimension or strategy the table covers, or null when not stated.</param>
    /// <param name="columns">The table's columns in printed order, each with its <see cref="ColumnRole"/> and printed title.</param>
    /// <param name="entries">The rows (one per strategy cell) in printed order.</param>
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
    /// <param name="role">What the wanted column holds, such as <see cref="ColumnRole.Results"/> for 執行績效與成果.</param>
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
