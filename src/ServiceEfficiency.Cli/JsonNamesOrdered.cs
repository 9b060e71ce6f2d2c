using System.Linq;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Cli;

/// <summary>The JSON names of the model's choices, in a fixed order for help texts and validation.</summary>
internal static class JsonNamesOrdered
{
    public static readonly string[] Levels = JsonNames.AgencyLevels.OrderBy(p => p.Value).Select(p => p.Key).ToArray();

    public static readonly string[] Outcomes = JsonNames.AwardOutcomes.OrderBy(p => p.Value).Select(p => p.Key).ToArray();

    public static readonly string[] Roles = JsonNames.CommendationRoles.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
}
