using System.Text.Json;

namespace ServiceEfficiency.Cli.Tests;

/// <summary>The exit codes and streams docs/cli.md promises calling systems, command by command.</summary>
public class ContractTests
{
    private static readonly string Upgrade = Tool.Sample("criteria/service-upgrade-program.criteria.json");
    private static readonly string Overall = Tool.Sample("criteria/service-award-overall.criteria.json");
    private static readonly string Bsmi = Tool.Sample("data/bsmi-114-plan.json");
    private static readonly string Tainan = Tool.Sample("data/tainan-111-plan.json");

    [Fact]
    public void Render_exits_0_for_a_clean_document_and_1_when_the_rendered_document_has_errors()
    {
        using var temp = new TempDirectory();

        ToolResult clean = Tool.Run("render", Bsmi, "-f", "md", "-o", temp.File("bsmi.md"));
        ToolResult withErrors = Tool.Run("render", Tainan, "-f", "md", "-o", temp.File("tainan.md"));

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.True(withErrors.ExitCode == 1, withErrors.ToString());
        // 1 still means the output was written, as it is.
        Assert.True(File.Exists(temp.File("tainan.md")));
        Assert.Contains("6 error(s)", withErrors.Error);
    }

    [Fact]
    public void Render_prints_the_figures_line_only_with_figures()
    {
        using var temp = new TempDirectory();
        string hualien = Tool.Sample("data/hualien-112-results.json");

        ToolResult byDefault = Tool.Run("render", hualien, "-f", "md", "-o", temp.File("default.md"));
        ToolResult withFigures = Tool.Run("render", hualien, "-f", "md", "-o", temp.File("figures.md"), "--figures");

        Assert.True(byDefault.ExitCode == 0, byDefault.ToString());
        Assert.True(withFigures.ExitCode == 0, withFigures.ToString());
        Assert.DoesNotContain("量化成果", File.ReadAllText(temp.File("default.md")), StringComparison.Ordinal);
        Assert.Contains("量化成果：受理商品檢驗 923 件", File.ReadAllText(temp.File("figures.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_exits_2_when_nothing_could_be_rendered_for_want_of_a_file()
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.Run("render", temp.File("missing.json"), "-f", "md", "-o", temp.File("x.md"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Validate_json_writes_the_per_document_summary_to_standard_error()
    {
        ToolResult result = Tool.Run("validate", Tainan, Bsmi, "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("tainan-111-plan.json: 6 error(s), 27 warning(s)", result.Error);
        Assert.Contains("bsmi-114-plan.json: 0 error(s), 0 warning(s)", result.Error);
        // Standard output is the JSON alone.
        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
    }

    [Theory]
    [InlineData("new plan -e UPGRADE -a 經濟部標準檢驗局 -y 114", 0)]
    [InlineData("new plan -e UPGRADE -a 經濟部標準檢驗局 -y 115", 0)]
    [InlineData("schedule -e UPGRADE -y 114 -l branch", 0)]
    [InlineData("schedule -e BROKEN -y 114 -l branch", 1)]
    [InlineData("schedule -e MISSING -y 114 -l branch", 2)]
    [InlineData("diff OVERALL UPGRADE", 0)]
    [InlineData("diff OVERALL BROKEN", 1)]
    [InlineData("diff OVERALL MISSING", 2)]
    [InlineData("validate BSMI", 0)]
    [InlineData("validate TAINAN", 1)]
    [InlineData("validate MISSING", 2)]
    [InlineData("commend -p BSMI --people PEOPLE --outcome award", 0)]
    [InlineData("commend -p BROKEN --people PEOPLE --outcome award", 1)]
    [InlineData("commend -p BSMI --people MISSING --outcome award", 2)]
    [InlineData("validate BSMI --no-such-option", 2)]
    public void Every_command_keeps_the_exit_code_contract(string command, int expected)
    {
        using var temp = new TempDirectory();
        string broken = temp.File("broken.criteria.json");
        File.WriteAllText(broken, "{ \"id\": \"x\", ");
        string people = temp.File("people.csv");
        File.WriteAllText(people, "name,role\n王小明,lead-officer\n");
        string[] args = System.Array.ConvertAll(command.Split(' '), a => a switch
        {
            "UPGRADE" => Upgrade,
            "OVERALL" => Overall,
            "BROKEN" => broken,
            "MISSING" => temp.File("missing.json"),
            "BSMI" => Bsmi,
            "TAINAN" => Tainan,
            "PEOPLE" => people,
            _ => a,
        });

        ToolResult result = Tool.Run(args);

        Assert.True(result.ExitCode == expected, result.ToString());
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void The_root_help_states_the_exit_codes()
    {
        ToolResult result = Tool.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 done, but the inputs have errors", result.Output);
        Assert.Contains("141 standard output closed by its reader", result.Output);
    }

    [Fact]
    public void A_broken_criteria_file_beside_the_document_is_a_warning_not_the_documents_error()
    {
        using var temp = new TempDirectory();
        string plan = temp.File("bsmi-114-plan.json");
        File.Copy(Bsmi, plan);
        File.Copy(Upgrade, temp.File("service-upgrade-program.criteria.json"));
        // Sorted before the document's own edition, so that it is met first.
        string broken = temp.File("aaa-draft.criteria.json");
        File.WriteAllText(broken, "{ \"id\": \"draft\", \"title\": ");

        ToolResult result = Tool.Run("validate", plan);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("warning: " + broken + ": not a usable criteria edition, skipped: " + broken + "(", result.Error);
        Assert.DoesNotContain("error SE", result.Output);
    }

    [Fact]
    public void A_broken_criteria_file_is_reported_in_full_when_no_edition_matches()
    {
        using var temp = new TempDirectory();
        string plan = temp.File("plan.json");
        File.Copy(Bsmi, plan);
        string broken = temp.File("service-upgrade-program.criteria.json");
        File.WriteAllText(broken, "{ \"id\": \"service-upgrade-program\", \"title\": ");

        ToolResult result = Tool.Run("validate", plan);

        // It may be the very edition the document names: its errors are the document's findings.
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(broken + "(1,", result.Output);
    }

    [Fact]
    public void Output_limit_is_passed_to_the_renderer()
    {
        using var temp = new TempDirectory();

        ToolResult small = Tool.Run("render", Bsmi, "-f", "fodt", "-o", temp.File("small.fodt"), "--output-limit", "1000");
        ToolResult large = Tool.Run("render", Bsmi, "-f", "fodt", "-o", temp.File("large.fodt"), "--output-limit", "100000000");
        ToolResult zero = Tool.Run("render", Bsmi, "-f", "fodt", "-o", temp.File("zero.fodt"), "--output-limit", "0");

        Assert.True(small.ExitCode == 1, small.ToString());
        Assert.Contains("error SE2005", small.Error);
        Assert.False(File.Exists(temp.File("small.fodt")));
        Assert.True(large.ExitCode == 0, large.ToString());
        Assert.True(File.Exists(temp.File("large.fodt")));
        Assert.True(zero.ExitCode == 2, zero.ToString());
        Assert.Contains("--output-limit 0: must be from 1 to 2147483647 characters", zero.Error);
    }
}
