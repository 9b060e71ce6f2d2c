namespace ServiceEfficiency.Commendations;

/// <summary>How an agency (unit) fared in the 政府服務獎.</summary>
public enum AwardOutcome
{
    /// <summary>獲頒「政府服務獎」</summary>
    Award,

    /// <summary>獲頒(獎狀)入圍實地訪查</summary>
    SiteVisit,

    /// <summary>經本部薦送參選惟未入圍</summary>
    Nominated,
}
