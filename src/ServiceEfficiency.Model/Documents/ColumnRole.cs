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
