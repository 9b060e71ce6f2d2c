namespace ServiceEfficiency.Documents;

/// <summary>How a lead unit as printed was understood.</summary>
internal enum LeadUnitMatch
{
    /// <summary>The unit's full name.</summary>
    Name,

    /// <summary>The unit's abbreviation (嘉辦).</summary>
    Abbreviation,

    /// <summary>A range over the agency's unit list (第一課至第六課).</summary>
    Range,

    /// <summary>Not one of the agency's units.</summary>
    Unknown,

    /// <summary>A range whose ends are not units of the agency, or that runs backwards.</summary>
    InvalidRange,
}
