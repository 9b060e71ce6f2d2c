// Linked into the Model (public, ServiceEfficiency.Calendar) and into the generator (internal,
// ServiceEfficiency.Generators.Calendar): the generator emits its members by name (src/Shared/README.md).
#if SE_GENERATOR
namespace ServiceEfficiency.Generators.Calendar;
#else
namespace ServiceEfficiency.Calendar;
#endif

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
