// The generator emits these members by name into the catalogue it writes (src/Shared/README.md).
namespace ServiceEfficiency.Calendar;

/// <summary>Where an agency stands in the reporting chain.</summary>
#if SE_GENERATOR
internal enum AgencyLevel
#else
public enum AgencyLevel
#endif
{
    /// <summary>總局: reports to the ministry.</summary>
    Headquarters,

    /// <summary>分局: reports to headquarters.</summary>
    Branch,

    /// <summary>A unit (單位) of headquarters: reports to the secretariat.</summary>
    Unit,
}
