using System.Collections.Generic;
using System.Text.Json.Serialization;

// The JSON shapes, exactly as schemas/*.schema.json describe them. They are mutable, nullable
// data holders so that the mappers, not the serializer, decide what is missing and say so with a
// located diagnostic; enum-like values stay strings for the same reason.
namespace ServiceEfficiency.Serialization;

internal sealed class DocumentDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Kind { get; set; }

    public string? Edition { get; set; }

    public int? Year { get; set; }

    public string? Title { get; set; }

    public AgencyDto? Agency { get; set; }

    public ReferenceDto? Issued { get; set; }

    public SectionsDto? Sections { get; set; }

    public List<TableDto?>? Tables { get; set; }
}

internal sealed class AgencyDto
{
    public string? Name { get; set; }

    public string? Parent { get; set; }

    public string? Level { get; set; }

    public List<UnitDto?>? Units { get; set; }
}

internal sealed class UnitDto
{
    public string? Name { get; set; }

    public string? Abbreviation { get; set; }

    public bool? Collective { get; set; }
}

internal sealed class ReferenceDto
{
    public string? Label { get; set; }

    public string? Issuer { get; set; }

    public string? Date { get; set; }

    public string? DocumentNumber { get; set; }

    public string? Text { get; set; }
}

/// <summary>A paragraph (JSON string) or a numbered point (JSON object); see <see cref="BlockDtoConverter"/>.</summary>
[JsonConverter(typeof(BlockDtoConverter))]
internal sealed class BlockDto
{
    public string? Label { get; set; }

    public string? Text { get; set; }

    public List<BlockDto?>? Points { get; set; }
}

/// <summary>The object form of <see cref="BlockDto"/>, read by the serializer.</summary>
internal sealed class BlockObjectDto
{
    public string? Label { get; set; }

    public string? Text { get; set; }

    public List<BlockDto?>? Points { get; set; }
}

internal class SectionDto
{
    public string? Label { get; set; }

    public string? Title { get; set; }

    public List<BlockDto?>? Content { get; set; }
}

internal sealed class BasisSectionDto
{
    public string? Label { get; set; }

    public string? Title { get; set; }

    public List<ReferenceDto?>? References { get; set; }
}

internal sealed class RewardsSectionDto
{
    public string? Label { get; set; }

    public string? Title { get; set; }

    public List<BlockDto?>? Content { get; set; }

    public PolicyDto? CommendationPolicy { get; set; }
}

internal sealed class SectionsDto
{
    public BasisSectionDto? Basis { get; set; }

    public SectionDto? Goals { get; set; }

    public SectionDto? Participants { get; set; }

    public SectionDto? Strategies { get; set; }

    public SectionDto? Steps { get; set; }

    public SectionDto? Assessment { get; set; }

    public RewardsSectionDto? Rewards { get; set; }

    public SectionDto? Closing { get; set; }
}

internal sealed class PolicyDto
{
    public bool? HighestOnly { get; set; }

    public List<RuleDto?>? Rules { get; set; }
}

internal sealed class RuleDto
{
    public string? Label { get; set; }

    public string? Outcome { get; set; }

    public List<string?>? Roles { get; set; }

    public CommendationDto? Commendation { get; set; }

    public bool? UpTo { get; set; }

    public string? Text { get; set; }
}

internal sealed class CommendationDto
{
    public string? Kind { get; set; }

    public int? Count { get; set; }
}

internal sealed class TableDto
{
    public string? Title { get; set; }

    public string? Criterion { get; set; }

    public List<ColumnDto?>? Columns { get; set; }

    public List<EntryDto?>? Entries { get; set; }
}

internal sealed class ColumnDto
{
    public string? Role { get; set; }

    public string? Title { get; set; }
}

internal sealed class EntryDto
{
    public string? Criterion { get; set; }

    public string? Strategy { get; set; }

    public List<string?>? LeadUnits { get; set; }

    public List<BlockDto?>? Method { get; set; }

    public List<BlockDto?>? Actions { get; set; }

    public List<BlockDto?>? Results { get; set; }

    public FiguresDto? Figures { get; set; }
}

/// <summary>An entry's <c>figures</c>: an array of figures or a word (<c>"none"</c>); see <see cref="FiguresDtoConverter"/>.</summary>
[JsonConverter(typeof(FiguresDtoConverter))]
internal sealed class FiguresDto
{
    /// <summary>The figures, when written as an array.</summary>
    public List<FigureDto?>? Items { get; set; }

    /// <summary>The word, when written as a string (<c>"none"</c>; any other is the loader's error).</summary>
    public string? Word { get; set; }

    /// <summary>Whether the value was neither an array nor a string (skipped by the converter, reported by the loader).</summary>
    public bool WrongKind { get; set; }
}

internal sealed class FigureDto
{
    public decimal? Value { get; set; }

    public string? Unit { get; set; }

    public string? Label { get; set; }

    public bool? Approximate { get; set; }

    public bool? AtLeast { get; set; }

    public bool? AtMost { get; set; }

    public string? Text { get; set; }
}
