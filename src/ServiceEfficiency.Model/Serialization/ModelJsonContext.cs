using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace ServiceEfficiency.Serialization;

/// <summary>
/// Source-generated serialization metadata: no reflection at run time, trimming-safe.
/// Unknown and duplicate properties are errors so that a misspelt or repeated property name never
/// drops data silently. When writing (DocumentWriter), a null property is left out: the DTOs' nulls
/// are what the format calls "omitted".
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(EditionDto))]
[JsonSerializable(typeof(DocumentDto))]
[JsonSerializable(typeof(BlockObjectDto))]
[JsonSerializable(typeof(List<FigureDto?>))]
internal sealed partial class ModelJsonContext : JsonSerializerContext
{
}
