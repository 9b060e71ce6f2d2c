using System.Text.Json;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Numbering;

namespace ServiceEfficiency.Tests;

/// <summary>
/// The JSON names of numbering styles, agency levels and plan sections are made from the members'
/// names (<see cref="CriteriaNames"/>); the schema is written by hand. Renaming, adding or reordering
/// a member without the schema (or the other way round) fails here, so the file format cannot drift.
/// </summary>
public sealed class CriteriaNamesSchemaTests
{
    private static readonly JsonElement Schema =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples.Root, "schemas", "criteria.schema.json"))).RootElement;

    [Fact]
    public void NumberingStylesAreTheSchemasInItsOrder() =>
        Assert.Equal(Enum(Schema.GetProperty("$defs").GetProperty("numbering")), CriteriaNames.Numbering.Names);

    [Fact]
    public void AgencyLevelsAreTheSchemasInItsOrder() =>
        Assert.Equal(
            Enum(Schema.GetProperty("$defs").GetProperty("deadline").GetProperty("properties").GetProperty("levels").GetProperty("items")),
            CriteriaNames.Levels.Names);

    [Fact]
    public void PlanSectionsAreTheSchemasInItsOrder() =>
        Assert.Equal(
            Enum(Schema.GetProperty("properties").GetProperty("requiredPlanSections").GetProperty("items")),
            CriteriaNames.Sections.Names);

    [Fact]
    public void AMultiWordMemberBecomesKebabCase()
    {
        Assert.Equal("level-name-chinese", CriteriaNames.Numbering.NameOf(NumberingStyle.LevelNameChinese));
        Assert.Equal(NumberingStyle.LowerRomanDot, CriteriaNames.Numbering.ByName["lower-roman-dot"]);
    }

    private static string[] Enum(JsonElement schema) =>
        schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
}
