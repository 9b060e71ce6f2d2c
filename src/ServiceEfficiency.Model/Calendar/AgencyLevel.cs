namespace ServiceEfficiency.Calendar;

/// <summary>Where an agency stands in the reporting chain.</summary>
public enum AgencyLevel
{
    /// <summary>總局: reports to the ministry.</summary>
    Headquarters,

    /// <summary>分局: reports to headquarters.</summary>
    Branch,

    /// <summary>A unit (單位) of headquarters: reports to the secretariat.</summary>
    Unit,
}
