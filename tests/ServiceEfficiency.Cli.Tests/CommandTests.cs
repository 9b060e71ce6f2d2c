using System.Text;
using System.Text.Json;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Cli.Tests;

public class CommandTests
{
    private static readonly string Upgrade = Tool.Sample("criteria/service-upgrade-program.criteria.json");
    private static readonly string Overall = Tool.Sample("criteria/service-award-overall.criteria.json");

    [Theory]
    [InlineData("plan", 15)]
    [InlineData("results", 15)]
    public void New_scaffolds_a_loadable_document_with_every_leaf_criterion(string kind, int leaves)
    {
        using var temp = new TempDirectory();
        string path = temp.File("new.json");

        ToolResult result = Tool.Run("new", kind, "--edition", Upgrade, "--agency", "經濟部標準檢驗局", "--year", "114", "-o", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        LoadResult<ServiceDocument> loaded = DocumentLoader.LoadFile(path);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        ServiceDocument document = loaded.Value!;
        Assert.Equal("經濟部標準檢驗局114年度提升服務效能" + (kind == "plan" ? "執行計畫" : "執行績效與成果"), document.Title);
        CriteriaEdition edition = CriteriaEditionLoader.LoadFile(Upgrade).Value!;
        Assert.Equal(
            edition.AllNodes().Where(n => n.IsLeaf).Select(n => n.KeyPath),
            document.Entries().Select(e => e.Criterion));
        Assert.Equal(leaves, document.Entries().Count());
        Assert.Equal(5, document.Tables.Count);
        Assert.Equal(kind == "plan", document is ImplementationPlan);
    }

    [Fact]
    public void New_scaffold_of_the_overall_edition_titles_tables_by_dimension()
    {
        ToolResult result = Tool.Run("new", "results", "-e", Overall, "-a", "經濟部標準檢驗局花蓮分局", "-y", "112", "--level", "branch");

        Assert.True(result.ExitCode == 0, result.ToString());
        ServiceDocument document = DocumentLoader.Parse(result.Output).Value!;
        Assert.Equal("構面一：基礎服務（200分）", document.Tables[0].Title);
        Assert.Equal(47, document.Entries().Count());
        Assert.Equal(ServiceEfficiency.Calendar.AgencyLevel.Branch, document.Agency.Level);
    }

    [Fact]
    public void New_refuses_to_overwrite_without_force()
    {
        using var temp = new TempDirectory();
        string path = temp.File("plan.json");
        File.WriteAllText(path, "keep me");

        ToolResult refused = Tool.Run("new", "plan", "-e", Upgrade, "-a", "某機關", "-y", "114", "-o", path);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("keep me", File.ReadAllText(path));

        ToolResult forced = Tool.Run("new", "plan", "-e", Upgrade, "-a", "某機關", "-y", "114", "-o", path, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("{", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("headquarters", new[] { "115年1月31日前", "116年1月15日前", "當年度執行績效與成果報部" })]
    [InlineData("branch", new[] { "116年1月20日前", "當年度執行績效與成果報局" })]
    [InlineData("unit", new[] { "116年1月5日前" })]
    public void Schedule_lists_the_years_deadlines_for_a_level(string level, string[] expected)
    {
        ToolResult result = Tool.Run("schedule", "--edition", Upgrade, "--year", "115", "--level", level);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (string text in expected)
        {
            Assert.Contains(text, result.Output);
        }

        Assert.Contains("is the edition for 114年, not 115年", result.Error);
    }

    [Fact]
    public void Schedule_as_json_gives_iso_and_roc_dates()
    {
        ToolResult result = Tool.Run("schedule", "-e", Overall, "-y", "112", "-l", "branch", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement[] deadlines = json.RootElement.GetProperty("deadlines").EnumerateArray().ToArray();
        JsonElement plan = Assert.Single(deadlines, d => d.GetProperty("key").GetString() == "PlanPublished");
        Assert.Equal("2023-01-31", plan.GetProperty("date").GetString());
        Assert.Equal("112年1月31日", plan.GetProperty("rocDate").GetString());
        JsonElement improvement = Assert.Single(deadlines, d => d.TryGetProperty("withinMonths", out _));
        Assert.Equal(2, improvement.GetProperty("withinMonths").GetInt32());
        Assert.False(improvement.TryGetProperty("date", out _));
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Commend_grants_only_the_highest_commendation_under_the_bsmi_policy()
    {
        using var temp = new TempDirectory();
        string people = temp.File("people.csv");
        File.WriteAllText(people, "\uFEFFname,role,outcome\r\n王小明,head,site-visit\r\n王小明,lead-officer,award\r\n李小華,其他有功人員,\r\n\"=HYPERLINK(\"\"x\"\")\",lead-officer,nominated\r\n", new UTF8Encoding(false));

        ToolResult text = Tool.Run("commend", "--policy", Tool.Sample("data/bsmi-114-plan.json"), "--people", people, "--outcome", "site-visit");
        ToolResult json = Tool.Run("commend", "-p", Tool.Sample("data/bsmi-114-plan.json"), "--people", people, "--outcome", "site-visit", "--format", "json");
        ToolResult csv = Tool.Run("commend", "-p", Tool.Sample("data/bsmi-114-plan.json"), "--people", people, "--outcome", "site-visit", "--format", "csv");

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("同時符合者以最高額度辦理敘獎", text.Output);
        using JsonDocument document = JsonDocument.Parse(json.Output);
        JsonElement[] decisions = document.RootElement.GetProperty("decisions").EnumerateArray().ToArray();
        Assert.Equal(3, decisions.Length);
        JsonElement wang = decisions[0];
        Assert.Equal("王小明", wang.GetProperty("name").GetString());
        Assert.Equal(2, wang.GetProperty("qualifications").GetArrayLength());
        JsonElement grant = Assert.Single(wang.GetProperty("grants").EnumerateArray());
        Assert.Equal("major-merit", grant.GetProperty("kind").GetString());
        Assert.Equal("site-visit", decisions[1].GetProperty("qualifications")[0].GetProperty("outcome").GetString());
        // A name that would run as a spreadsheet formula is defused in CSV.
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv.Output);
        Assert.Equal(4, ValidateTests.Lines(csv.Output).Length);
    }

    [Fact]
    public void Commend_names_the_cell_of_an_unknown_role()
    {
        using var temp = new TempDirectory();
        string people = temp.File("people.csv");
        File.WriteAllText(people, "name,role\n王小明,組長\n");

        ToolResult result = Tool.Run("commend", "-p", Tool.Sample("data/bsmi-114-plan.json"), "--people", people, "--outcome", "award");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("people.csv(2,5): unknown role '組長'", result.Error);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Commend_needs_a_plan_with_a_policy()
    {
        ToolResult result = Tool.Run("commend", "-p", Tool.Sample("data/hualien-112-results.json"), "--people", "-", "--outcome", "award");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no commendation policy", result.Error);
    }

    [Theory]
    [InlineData("validate", "Examples:")]
    [InlineData("new", "service-efficiency new plan")]
    [InlineData("commend", "service-efficiency commend --policy")]
    [InlineData("schedule", "service-efficiency schedule --edition")]
    [InlineData("diff", "service-efficiency diff")]
    [InlineData("editions", "service-efficiency editions --format json")]
    [InlineData("templates", "service-efficiency templates export --format odt")]
    public void Every_command_has_help_with_examples(string command, string expected)
    {
        ToolResult result = Tool.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Output);
    }

    [Fact]
    public void An_output_path_that_cannot_be_written_exits_2_and_leaves_nothing()
    {
        using var temp = new TempDirectory();
        string intoMissingDirectory = Path.Combine(temp.Path, "missing", "schedule.txt");
        string intoDirectory = temp.Path;

        ToolResult missing = Tool.Run("schedule", "-e", Upgrade, "-y", "114", "-l", "branch", "-o", intoMissingDirectory);
        ToolResult directory = Tool.Run("schedule", "-e", Upgrade, "-y", "114", "-l", "branch", "-o", intoDirectory);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("cannot write", missing.Error);
        Assert.Equal(2, directory.ExitCode);
        Assert.Contains("it is a directory", directory.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_malformed_edition_is_reported_with_its_location()
    {
        using var temp = new TempDirectory();
        string edition = temp.File("bad.criteria.json");
        File.WriteAllText(edition, "{ \"id\": \"x\", \"title\": 5 }");

        ToolResult result = Tool.Run("schedule", "-e", edition, "-y", "114", "-l", "branch");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(edition + "(1,", result.Error);
        Assert.Contains("error SE", result.Error);
    }
}
