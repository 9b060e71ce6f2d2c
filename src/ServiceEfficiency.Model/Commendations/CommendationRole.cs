namespace ServiceEfficiency.Commendations;

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
