using System;

namespace ServiceEfficiency.Commendations;

/// <summary>Chinese names of outcomes and roles.</summary>
public static class CommendationNames
{
    /// <summary>The outcome as the plans word it.</summary>
    /// <param name="outcome">How the unit fared in the 政府服務獎; an undefined value throws <see cref="ArgumentOutOfRangeException"/>.</param>
    public static string Name(this AwardOutcome outcome) => outcome switch
    {
        AwardOutcome.Award => "獲頒政府服務獎",
        AwardOutcome.SiteVisit => "入圍實地訪查",
        AwardOutcome.Nominated => "薦送參選惟未入圍",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>The role as the plans word it.</summary>
    /// <param name="role">The part the person played, such as <see cref="CommendationRole.LeadOfficer"/> (主要承辦人員); an undefined value throws <see cref="ArgumentOutOfRangeException"/>.</param>
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
