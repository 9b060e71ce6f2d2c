namespace ServiceEfficiency.Documents;

/// <summary>Which of the two annual documents.</summary>
public enum DocumentKind
{
    /// <summary>提升服務效能執行計畫 (January).</summary>
    Plan,

    /// <summary>執行績效與成果 (January of the next year).</summary>
    Results,
}
