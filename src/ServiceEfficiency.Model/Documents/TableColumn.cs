namespace ServiceEfficiency.Documents;

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
