using System.Collections.Generic;
using System.Text.Json.Serialization;

// The JSON shapes, exactly as schemas/*.schema.json describe them. They are mutable, nullable
// data holders so that the mappers, not the serializer, decide what is missing and say so with a
// located diagnostic; enum-like values stay strings for the same reason.
namespace ServiceEfficiency.Serialization;

internal sealed class EditionDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Id { get; set; }

    public string? Title { get; set; }

    public int? TotalPoints { get; set; }

    public List<int>? Years { get; set; }

    public List<LevelDto?>? Levels { get; set; }

    public List<DeadlineDto?>? Deadlines { get; set; }

    public List<string?>? RequiredPlanSections { get; set; }

    public List<NodeDto?>? Nodes { get; set; }
}

internal sealed class LevelDto
{
    public string? Name { get; set; }

    public string? Numbering { get; set; }
}

internal sealed class NodeDto
{
    public string? Key { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public int? Points { get; set; }

    public List<NodeDto?>? Children { get; set; }
}

internal sealed class DeadlineDto
{
    public string? Key { get; set; }

    public string? Title { get; set; }

    public List<string?>? Levels { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    public int? YearOffset { get; set; }

    public int? WithinMonths { get; set; }

    public string? After { get; set; }
}
