namespace ServiceEfficiency.Generators.Model;

// The pipeline's values: plain data with value equality (records, strings, numbers and
// EquatableArray), never a symbol, a compilation, a syntax node or a Location, so that an unchanged
// criteria file yields an equal value and the driver skips everything after it.

/// <summary>Everything needed to emit one catalogue, and nothing that only diagnostics need.</summary>
internal sealed record CatalogueModel(
    string FilePath,
    string Namespace,
    string ClassName,
    string Id,
    string Title,
    int? TotalPoints,
    EquatableArray<int> Years,
    EquatableArray<LevelModel> Levels,
    EquatableArray<DeadlineModel> Deadlines,
    EquatableArray<string> RequiredPlanSections,
    EquatableArray<NodeModel> Nodes,
    bool Shipped = false)
{
    /// <summary>The class's full name without <c>global::</c>.</summary>
    public string FullName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;
}

/// <summary>A level: its name and the <c>NumberingStyle</c> member it uses.</summary>
internal sealed record LevelModel(string Name, ServiceEfficiency.Numbering.NumberingStyle Numbering);

/// <summary>A reporting deadline; <c>LevelMembers</c> are <c>AgencyLevel</c> member names.</summary>
internal sealed record DeadlineModel(
    string Key,
    string Title,
    EquatableArray<string> LevelMembers,
    int? Month,
    int? Day,
    int YearOffset,
    int? WithinMonths,
    string? After);

/// <summary>
/// A criterion with what the Model computes when the edition is built (label, code, key path,
/// heading), computed here too so that the doc comments and the lookup switches can show them.
/// </summary>
internal sealed record NodeModel(
    string Key,
    string Identifier,
    string Title,
    string? Description,
    int? Points,
    string LevelName,
    string Label,
    string Code,
    string KeyPath,
    string Heading,
    EquatableArray<NodeModel> Children);
