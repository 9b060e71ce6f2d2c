using System;

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

/// <summary>The part a person played.</summary>
public enum CommendationRole
{
    /// <summary>主要承辦人員</summary>
    LeadOfficer,

    /// <summary>首長(主管)</summary>
    Head,

    /// <summary>其他有功人員</summary>
    OtherContributor,

    /// <summary>上級機關輔導有功人員</summary>
    SuperiorAgencySupervisor,

    /// <summary>本局輔導有功人員</summary>
    AgencySupervisor,
}

/// <summary>Chinese names of outcomes and roles.</summary>
public static class CommendationNames
{
    /// <summary>The outcome as the plans word it.</summary>
    public static string Name(this AwardOutcome outcome) => outcome switch
    {
        AwardOutcome.Award => "獲頒政府服務獎",
        AwardOutcome.SiteVisit => "入圍實地訪查",
        AwardOutcome.Nominated => "薦送參選惟未入圍",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>The role as the plans word it.</summary>
    public static string Name(this CommendationRole role) => role switch
    {
        CommendationRole.LeadOfficer => "主要承辦人員",
        CommendationRole.Head => "首長(主管)",
        CommendationRole.OtherContributor => "其他有功人員",
        CommendationRole.SuperiorAgencySupervisor => "上級機關輔導有功人員",
        CommendationRole.AgencySupervisor => "本局輔導有功人員",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
