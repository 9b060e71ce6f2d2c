using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ServiceEfficiency.Cli.Tests;

/// <summary><c>validate --format sarif</c> against the vendored OASIS SARIF 2.1.0 schema (schemas/sarif/).</summary>
public class SarifTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Tool.Root, "schemas", "sarif", "sarif-schema-2.1.0.json")));

    [Theory]
    [InlineData("bsmi-114-plan")]
    [InlineData("hualien-112-results")]
    [InlineData("tainan-111-plan")]
    public void Every_samples_SARIF_is_valid_against_the_schema(string sample)
    {
        ToolResult result = Tool.Run("validate", Tool.Sample($"data/{sample}.json"), "--format", "sarif", "--min-severity", "info");

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        using JsonDocument sarif = JsonDocument.Parse(result.Output);
        EvaluationResults evaluation = Schema.Evaluate(sarif.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, Describe(evaluation));
    }

    [Fact]
    public void The_schema_check_rejects_a_broken_log()
    {
        ToolResult result = Tool.Run("validate", Tool.Sample("data/tainan-111-plan.json"), "--format", "sarif");
        JsonNode log = JsonNode.Parse(result.Output)!;
        // "fatal" is no SARIF level, and a run needs its tool.
        log["runs"]![0]!["results"]![0]!["level"] = "fatal";
        JsonNode withoutTool = JsonNode.Parse(result.Output)!;
        withoutTool["runs"]![0]!.AsObject().Remove("tool");

        foreach (JsonNode broken in new[] { log, withoutTool })
        {
            using JsonDocument document = JsonDocument.Parse(broken.ToJsonString());
            Assert.False(Schema.Evaluate(document.RootElement).IsValid);
        }
    }

    [Fact]
    public void Results_carry_the_rule_level_location_and_json_path()
    {
        ToolResult result = Tool.Run("validate", "samples/data/tainan-111-plan.json", "--format", "sarif");

        Assert.True(result.ExitCode == 1, result.ToString());
        using JsonDocument sarif = JsonDocument.Parse(result.Output);
        JsonElement run = sarif.RootElement.GetProperty("runs").EnumerateArray().Single();
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        JsonElement driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("service-efficiency", driver.GetProperty("name").GetString());
        JsonElement[] rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(29, rules.Length); // every code of DiagnosticCodes.All: SE1000–SE1024 without the retired SE1018, and the SE0xxx a criteria file gets at run time
        JsonElement se1015 = rules.Single(r => r.GetProperty("id").GetString() == "SE1015");
        Assert.Equal("warning", se1015.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.EndsWith("docs/diagnostics.md#codes", se1015.GetProperty("helpUri").GetString());

        JsonElement[] results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(6, results.Count(r => r.GetProperty("ruleId").GetString() == "SE1014" && r.GetProperty("level").GetString() == "error"));
        // The same finding as the compiler-style line: tainan-111-plan.json(1424,9) at $.tables[3].entries[0].
        JsonElement first = results.First(r => r.GetProperty("ruleId").GetString() == "SE1014");
        JsonElement physical = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("samples/data/tainan-111-plan.json", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(1424, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(9, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("$.tables[3].entries[0]", first.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.Equal("SE1014", rules[first.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Contains("tainan-111-plan.json: 6 error(s)", result.Error);
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? new System.Collections.Generic.List<EvaluationResults>())
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
}
