using System.Text.Json;

namespace ServiceEfficiency.Cli.Tests;

public class DiffTests
{
    private static readonly string Overall = Tool.Sample("criteria/service-award-overall.criteria.json");
    private static readonly string Upgrade = Tool.Sample("criteria/service-upgrade-program.criteria.json");

    /// <summary>
    /// Tainan 111's entries and the 114 躍升方案 sub-strategy each belongs under, decided by reading
    /// both criteria texts (the same hand-made expectation as the model's MigrationTests, here
    /// through the tool's JSON output as other systems read it).
    /// </summary>
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["1.(一).1"] = "CompleteBasicServices.StandardOperatingProcedures",
        ["1.(二).1"] = "CompleteBasicServices.CourtesyAndServiceEnvironment",
        ["1.(二).2.(1)"] = "CompleteBasicServices.CourtesyAndServiceEnvironment",
        ["1.(二).3.(1)"] = "CompleteBasicServices.CourtesyAndServiceEnvironment",
        ["1.(二).3.(2)"] = "CompleteBasicServices.CourtesyAndServiceEnvironment",
        ["1.(二).4.(1)"] = "CompleteBasicServices.AccessibleInformationAndProgressTracking",
        ["1.(二).4.(2)"] = "OpenTransparentGovernance.OpenDataEnvironment",
        ["1.(二).4.(3)"] = "CompleteBasicServices.AccessibleInformationAndProgressTracking",
        ["2.(一).3"] = "ConvenientServiceDelivery.ReduceRequiredDocuments",
        ["2.(二).1"] = "ConvenientServiceDelivery.AdaptiveServicesAndAccessibility",
        ["2.(二).2"] = "ConvenientServiceDelivery.SharedResourcesIntegratedService",
        ["2.(二).3"] = "ConvenientServiceDelivery.AdaptiveServicesAndAccessibility",
        ["4.(一).2"] = "FeedbackAndParticipation.OpinionSurveysAndResponse",
        ["4.(二).1.(1)"] = "FeedbackAndParticipation.OpinionSurveysAndResponse",
    };

    [Fact]
    public void Tainan_111_onto_the_114_edition_maps_as_a_reader_would()
    {
        ToolResult result = Tool.Run("diff", Overall, Upgrade, "--document", Tool.Sample("data/tainan-111-plan.json"), "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        Dictionary<string, JsonElement> entries = json.RootElement.GetProperty("entries").EnumerateArray()
            .ToDictionary(e => e.GetProperty("criterion").GetString()!, e => e.Clone());
        Assert.Equal(42, entries.Count);
        foreach ((string code, string keyPath) in Expected)
        {
            JsonElement entry = entries[code];
            Assert.True(keyPath == entry.GetProperty("new").GetProperty("keyPath").GetString(), code);
            // Tainan names criteria by code, so the reference to write is the new edition's code.
            Assert.Equal(entry.GetProperty("new").GetProperty("code").GetString(), entry.GetProperty("newReference").GetString());
        }

        Assert.Equal("moved", entries["2.(一).3"].GetProperty("status").GetString());
        Assert.Equal(41, entries.Values.Count(e => e.GetProperty("status").GetString() == "no-longer-maps"));
    }

    [Fact]
    public void The_edition_diff_lists_every_node_once()
    {
        ToolResult result = Tool.Run("diff", Overall, Upgrade, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement[] changes = json.RootElement.GetProperty("changes").EnumerateArray().ToArray();
        // 71 nodes before, 20 after; one (ReduceRequiredDocuments) continues under a new parent.
        Assert.Equal(70, changes.Count(c => c.GetProperty("kind").GetString() == "removed"));
        Assert.Equal(19, changes.Count(c => c.GetProperty("kind").GetString() == "added"));
        JsonElement moved = Assert.Single(changes, c => c.GetProperty("kind").GetString() == "moved");
        Assert.Equal("ServiceDelivery.Convenience.ReduceRequiredDocuments", moved.GetProperty("old").GetProperty("keyPath").GetString());
        Assert.Equal("三.(一)", moved.GetProperty("new").GetProperty("code").GetString());
    }

    [Fact]
    public void The_text_report_names_the_moves_and_counts()
    {
        ToolResult result = Tool.Run("diff", Overall, Upgrade);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("moved   ServiceDelivery.Convenience.ReduceRequiredDocuments (2.(一).3) → ConvenientServiceDelivery.ReduceRequiredDocuments (三.(一))", result.Output);
        Assert.Contains("19 added, 70 removed", result.Output);
    }

    [Fact]
    public void An_edition_against_itself_has_no_changes()
    {
        ToolResult result = Tool.Run("diff", Overall, Overall, "-d", Tool.Sample("data/hualien-112-results.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("0 added, 0 removed, 0 renamed, 0 moved, 0 points-changed", result.Output);
        Assert.Contains("47 entries: 47 maps, 0 moved, 0 no-longer-maps, 0 unresolved", result.Output);
    }
}
