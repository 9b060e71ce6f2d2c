// Linked into the Model and into the generator: the property names each object of a criteria file
// may have, in the order both list them in an unknown-property message (SE0004).
namespace ServiceEfficiency.Criteria;

/// <summary>The properties of each kind of object in a <c>*.criteria.json</c> file.</summary>
internal static class CriteriaProperties
{
    /// <summary>The edition (the root object).</summary>
    public static readonly string[] Root = { "$schema", "id", "title", "totalPoints", "years", "levels", "deadlines", "requiredPlanSections", "nodes" };

    /// <summary>A level.</summary>
    public static readonly string[] Level = { "name", "numbering" };

    /// <summary>A node (criterion).</summary>
    public static readonly string[] Node = { "key", "title", "description", "points", "children" };

    /// <summary>A reporting deadline.</summary>
    public static readonly string[] Deadline = { "key", "title", "levels", "month", "day", "yearOffset", "withinMonths", "after" };
}
