namespace ServiceEfficiency.Documents;

/// <summary>A column of a strategy table: its role and its title as printed.</summary>
public sealed class TableColumn
{
    /// <summary>Creates a column.</summary>
    /// <param name="role">What the column holds: 執行策略, 主辦單位, 執行方法, 具體推動作法 or 執行績效與成果.</param>
    /// <param name="title">The column title as printed, which varies between documents (績效與成果, 執行績效與成果(1-12月)).</param>
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
