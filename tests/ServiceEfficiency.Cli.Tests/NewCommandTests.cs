using System.Text;
using System.Text.Json;
using Json.Schema;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Cli.Tests;

/// <summary><c>new</c> writes its scaffold with the Model's DocumentWriter: the schema's format, loadable with no error.</summary>
public class NewCommandTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Tool.Root, "schemas", "document.schema.json")));

    [Theory]
    [InlineData("plan", "service-upgrade-program", "headquarters")]
    [InlineData("results", "service-upgrade-program", "headquarters")]
    [InlineData("plan", "service-award-overall", "branch")]
    [InlineData("results", "service-award-overall", "unit")]
    public void New_output_passes_the_json_schema_and_loads_with_no_error_diagnostics(string kind, string edition, string level)
    {
        ToolResult result = Tool.Run("new", kind, "-e", Tool.Sample($"criteria/{edition}.criteria.json"), "-a", "經濟部標準檢驗局", "-y", "114", "--level", level);
        Assert.True(result.ExitCode == 0, result.ToString());

        using (JsonDocument json = JsonDocument.Parse(result.Output))
        {
            EvaluationResults evaluation = Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(evaluation.IsValid, string.Join("\n", ((IEnumerable<EvaluationResults>?)evaluation.Details ?? Array.Empty<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values))));
        }

        LoadResult<ServiceDocument> loaded = DocumentLoader.Parse(result.Output, "new.json");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        // What the writer makes of the loaded scaffold is the scaffold: the tool writes exactly the writer's format.
        Assert.Equal(result.Output, DocumentWriter.ToJson(loaded.Value!));
    }

    [Fact]
    public void The_schema_check_can_fail()
    {
        ToolResult result = Tool.Run("new", "plan", "-e", Tool.Sample("criteria/service-upgrade-program.criteria.json"), "-a", "某機關", "-y", "114");
        string broken = result.Output.Replace("\"role\": \"leadUnits\"", "\"role\": \"lead-units\"");
        Assert.NotEqual(result.Output, broken);
        using JsonDocument json = JsonDocument.Parse(broken);
        Assert.False(Schema.Evaluate(json.RootElement).IsValid);
    }

    [Fact]
    public void A_new_plan_has_every_section_with_its_cells_to_fill()
    {
        ToolResult result = Tool.Run("new", "plan", "-e", Tool.Sample("criteria/service-upgrade-program.criteria.json"), "-a", "某機關", "-y", "114");
        var plan = (ImplementationPlan)DocumentLoader.Parse(result.Output).Value!;

        foreach (PlanSectionKind section in Enum.GetValues<PlanSectionKind>())
        {
            Assert.NotNull(plan.Sections.Get(section));
            Assert.Contains("\"" + section.JsonName() + "\": {", result.Output);
        }

        Assert.StartsWith("{\n  \"$schema\": \"" + DocumentWriter.SchemaId + "\",\n", result.Output);
        Assert.Contains("\"references\": []", result.Output);
        Assert.Contains("\"content\": []", result.Output);
        Assert.Contains("\"leadUnits\": []", result.Output);
        Assert.Contains("\"actions\": []", result.Output);
        Assert.DoesNotContain("\"results\": []", result.Output);
        Assert.Equal(Encoding.UTF8.GetByteCount(result.Output), DocumentWriter.ToUtf8Bytes(plan).Length);
    }
}
