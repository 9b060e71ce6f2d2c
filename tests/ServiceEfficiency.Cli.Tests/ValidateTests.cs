using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServiceEfficiency.Cli.Tests;

public class ValidateTests
{
    private static readonly Regex CompilerStyle = new(@"^(?<file>.+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<code>SE\d{4}): .+ \[\$.*\]$");

    [Fact]
    public void A_clean_document_exits_0_and_its_warnings_are_compiler_style()
    {
        ToolResult result = Tool.Run("validate", Tool.Sample("data/hualien-112-results.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] lines = Lines(result.Output).Where(l => !l.StartsWith("    suggestion:")).ToArray();
        Assert.Equal(30, lines.Length);
        Assert.All(lines, l => Assert.Matches(CompilerStyle, l));
        Assert.All(lines, l => Assert.Contains(" warning SE", l));
        Assert.Contains("0 error(s), 30 warning(s)", result.Error);
    }

    [Fact]
    public void A_document_with_errors_exits_1_and_names_each_at_its_line()
    {
        string tainan = Tool.Sample("data/tainan-111-plan.json");
        ToolResult result = Tool.Run("validate", tainan, "--min-severity", "error");

        Assert.True(result.ExitCode == 1, result.ToString());
        Match[] errors = Lines(result.Output).Select(l => CompilerStyle.Match(l)).ToArray();
        Assert.Equal(6, errors.Length);
        Assert.All(errors, m =>
        {
            Assert.True(m.Success);
            Assert.Equal("SE1014", m.Groups["code"].Value);
            Assert.Equal(tainan, m.Groups["file"].Value);
            int line = int.Parse(m.Groups["line"].Value);
            // The line named is where the entry without 主辦單位 starts (it has no leadUnits to point at).
            string[] source = File.ReadAllLines(tainan);
            Assert.Equal("{", source[line - 1].Trim());
            Assert.Equal(source[line - 1].IndexOf('{') + 1, int.Parse(m.Groups["column"].Value));
            Assert.Contains("\"criterion\": \"4.", source[line]);
        });
    }

    [Fact]
    public void Several_documents_at_once_report_each_and_exit_with_the_worst()
    {
        ToolResult result = Tool.Run("validate", Tool.Sample("data/bsmi-114-plan.json"), Tool.Sample("data/tainan-111-plan.json"), Tool.Sample("data/hualien-112-results.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bsmi-114-plan.json: 0 error(s), 0 warning(s)", result.Error);
        Assert.Contains("tainan-111-plan.json: 6 error(s)", result.Error);
        Assert.Contains("hualien-112-results.json: 0 error(s), 30 warning(s)", result.Error);
    }

    [Fact]
    public void Json_format_is_an_array_machines_can_read()
    {
        ToolResult result = Tool.Run("validate", Tool.Sample("data/tainan-111-plan.json"), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement[] items = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(6, items.Count(i => i.GetProperty("code").GetString() == "SE1014" && i.GetProperty("severity").GetString() == "error"));
        JsonElement[] units = items.Where(i => i.GetProperty("code").GetString() == "SE1015").ToArray();
        Assert.Equal(5, units.Length);
        Assert.All(units, unit =>
        {
            Assert.Equal("資訊小組", unit.GetProperty("suggestion").GetString());
            Assert.True(unit.GetProperty("line").GetInt32() > 1);
            Assert.StartsWith("$.tables[1].entries[", unit.GetProperty("jsonPath").GetString());
        });
        // Chinese is written as UTF-8, not as \u escapes.
        Assert.Contains("資訊室", result.Output);
    }

    [Fact]
    public void Standard_input_is_read_for_dash()
    {
        byte[] document = File.ReadAllBytes(Tool.Sample("data/tainan-111-plan.json"));

        ToolResult result = Tool.RunWithInput(document, "validate", "-", "--edition", Tool.Sample("criteria"), "--min-severity", "error");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(6, Lines(result.Output).Count(l => l.StartsWith("<stdin>(") && l.Contains("error SE1014")));
    }

    [Fact]
    public void A_missing_file_exits_2_with_one_clear_message()
    {
        ToolResult result = Tool.Run("validate", "no-such-plan.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-plan.json: cannot read: no such file", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Malformed_json_is_a_located_error_and_exits_1()
    {
        using var temp = new TempDirectory();
        string path = temp.File("broken.json");
        File.WriteAllText(path, "{\n  \"kind\": \"plan\",\n  \"edition\": \"service-award-overall\",\n  \"year\": 112,\n  \"title\": \"臺南分局\n", new UTF8Encoding(false));

        ToolResult result = Tool.Run("validate", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Match error = CompilerStyle.Match(Lines(result.Output)[0]);
        Assert.True(error.Success, result.Output);
        Assert.Equal("error", error.Groups["severity"].Value);
        Assert.Equal(path, error.Groups["file"].Value);
        Assert.Equal("5", error.Groups["line"].Value);
    }

    [Fact]
    public void An_unknown_edition_exits_2_and_says_where_it_looked()
    {
        using var temp = new TempDirectory();
        string path = temp.File("plan.json");
        // An id no file and no shipped edition has (the shipped ones are found with no file: ShippedEditionTests).
        File.WriteAllText(path, File.ReadAllText(Tool.Sample("data/bsmi-114-plan.json")).Replace("\"edition\": \"service-upgrade-program\"", "\"edition\": \"agency-draft-116\"", StringComparison.Ordinal));

        ToolResult result = Tool.Run("validate", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("criteria edition 'agency-draft-116' not found in " + temp.Path, result.Error);
        Assert.Contains("--edition", result.Error);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_exiting_2()
    {
        ToolResult result = Tool.Run("validate", Tool.Sample("data/bsmi-114-plan.json"), "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.Error);
        Assert.Contains("--help", result.Error);
    }

    internal static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
}
