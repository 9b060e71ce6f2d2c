using System.Text;
using System.Text.Json;
using ServiceEfficiency.Criteria;

namespace ServiceEfficiency.Cli.Tests;

/// <summary>
/// The editions shipped with the tool (CriteriaEditions): a document whose edition is in no file given or
/// searched is checked against the shipped edition of its id; a user's own file with that id still wins;
/// <c>editions</c> lists them.
/// </summary>
public sealed class ShippedEditionTests
{
    private static readonly string Hualien = Tool.Sample("data/hualien-112-results.json");
    private static readonly string Overall = Tool.Sample("criteria/service-award-overall.criteria.json");

    /// <summary>
    /// A document two levels below a fresh directory, so that neither its directory nor its parent (the
    /// places searched) has a criteria file or folder: only the shipped editions can supply its edition.
    /// </summary>
    private static string Isolated(TempDirectory temp)
    {
        string folder = Path.Combine(temp.Path, "agency", "reports");
        Directory.CreateDirectory(folder);
        string document = Path.Combine(folder, "hualien-112-results.json");
        File.Copy(Hualien, document);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.criteria.json", SearchOption.AllDirectories));
        return document;
    }

    [Fact]
    public void Validate_with_no_edition_and_no_criteria_folder_uses_the_shipped_edition()
    {
        using var temp = new TempDirectory();
        string document = Isolated(temp);

        ToolResult shipped = Tool.Run(new ToolRun { WorkingDirectory = temp.Path }, "validate", document);
        ToolResult withFile = Tool.Run(new ToolRun { WorkingDirectory = temp.Path }, "validate", document, "--edition", Overall);

        Assert.True(shipped.ExitCode == 0, shipped.ToString());
        Assert.DoesNotContain("not found", shipped.Error);
        // Findings that only a check against the edition's tree can give, the same as with the file itself.
        Assert.Contains("warning SE1017: The results of 4.(二).1.(3)", shipped.Output);
        Assert.Equal(withFile.Output, shipped.Output);
        Assert.Equal(withFile.ExitCode, shipped.ExitCode);
    }

    [Fact]
    public void Validate_from_standard_input_in_an_empty_directory_uses_the_shipped_edition()
    {
        using var temp = new TempDirectory();
        string empty = Path.Combine(temp.Path, "a", "b");
        Directory.CreateDirectory(empty);

        ToolResult result = Tool.Run(new ToolRun { WorkingDirectory = empty, Input = File.ReadAllBytes(Hualien) }, "validate", "-");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("warning SE1017", result.Output);
    }

    [Fact]
    public void Render_with_no_edition_and_no_criteria_folder_uses_the_shipped_edition()
    {
        using var temp = new TempDirectory();
        string document = Isolated(temp);
        string shippedOut = temp.File("shipped.md");
        string fileOut = temp.File("file.md");

        ToolResult shipped = Tool.Run(new ToolRun { WorkingDirectory = temp.Path }, "render", document, "-f", "md", "-o", shippedOut);
        ToolResult withFile = Tool.Run(new ToolRun { WorkingDirectory = temp.Path }, "render", document, "-f", "md", "-o", fileOut, "--edition", Overall);

        Assert.True(shipped.ExitCode == 0, shipped.ToString());
        Assert.True(withFile.ExitCode == 0, withFile.ToString());
        string markdown = File.ReadAllText(shippedOut);
        Assert.Contains("經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果", markdown);
        Assert.Contains("構面一：基礎服務", markdown);
        Assert.Equal(File.ReadAllBytes(fileOut), File.ReadAllBytes(shippedOut));
    }

    [Fact]
    public void A_users_own_edition_file_with_the_shipped_id_wins()
    {
        using var temp = new TempDirectory();
        string document = Isolated(temp);
        string criteria = Path.Combine(Path.GetDirectoryName(document)!, "criteria");
        Directory.CreateDirectory(criteria);
        string own = File.ReadAllText(Overall).Replace("\"title\": \"基礎服務\"", "\"title\": \"基礎服務（本局版）\"", StringComparison.Ordinal);
        Assert.NotEqual(File.ReadAllText(Overall), own);
        File.WriteAllText(Path.Combine(criteria, "agency.criteria.json"), own, new UTF8Encoding(false));
        string output = temp.File("own.md");

        ToolResult result = Tool.Run(new ToolRun { WorkingDirectory = temp.Path }, "render", document, "-f", "md", "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("基礎服務（本局版）", File.ReadAllText(output));
    }

    [Fact]
    public void An_edition_neither_found_nor_shipped_says_both_and_exits_2()
    {
        using var temp = new TempDirectory();
        string folder = Path.Combine(temp.Path, "a", "b");
        Directory.CreateDirectory(folder);
        string document = Path.Combine(folder, "plan.json");
        File.WriteAllText(document, File.ReadAllText(Hualien).Replace("\"edition\": \"service-award-overall\"", "\"edition\": \"service-award-2030\"", StringComparison.Ordinal), new UTF8Encoding(false));

        ToolResult result = Tool.Run(new ToolRun { WorkingDirectory = temp.Path }, "validate", document);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("criteria edition 'service-award-2030' not found in " + folder, result.Error);
        Assert.Contains("nor is it one of the editions shipped with the tool (service-award-overall, service-upgrade-program)", result.Error);
    }

    [Fact]
    public void Editions_prints_both_shipped_editions_as_a_table()
    {
        ToolResult result = Tool.Run("editions");

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(new[] { "id", "years", "points", "nodes", "title" }, lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach ((string line, CriteriaEdition edition) in lines.Skip(1).Zip(CriteriaEditions.All))
        {
            string[] cells = line.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal(
                new[] { edition.Id, string.Join(",", edition.Years), edition.TotalPoints?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", edition.AllNodes().Count().ToString(System.Globalization.CultureInfo.InvariantCulture), edition.Title },
                cells);
        }

        Assert.StartsWith("service-award-overall ", lines[1]);
        Assert.EndsWith("政府服務獎 整體服務類", lines[1]);
        Assert.StartsWith("service-upgrade-program ", lines[2]);
        Assert.EndsWith("政府服務躍升方案", lines[2]);
        // Columns line up: every title starts at the same column.
        Assert.Equal(lines[1].IndexOf('政'), lines[2].IndexOf('政'));
    }

    [Fact]
    public void Editions_speaks_the_chosen_language()
    {
        ToolResult result = Tool.Run("editions", "--lang", "zh-TW");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { "代碼", "適用年度", "總分", "節點數", "名稱" }, result.Output.Split('\n')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Editions_as_json_lists_id_title_years_points_and_node_count()
    {
        using var temp = new TempDirectory();
        string output = temp.File("editions.json");

        ToolResult result = Tool.Run("editions", "--format", "json", "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(output));
        JsonElement[] editions = json.RootElement.GetProperty("editions").EnumerateArray().ToArray();
        Assert.Equal(new[] { "service-award-overall", "service-upgrade-program" }, editions.Select(e => e.GetProperty("id").GetString()));
        JsonElement overall = editions[0];
        Assert.Equal("政府服務獎 整體服務類", overall.GetProperty("title").GetString());
        Assert.Equal(new[] { 111, 112 }, overall.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal(1000, overall.GetProperty("totalPoints").GetInt32());
        Assert.Equal(CriteriaEditions.Get("service-award-overall").AllNodes().Count(), overall.GetProperty("nodes").GetInt32());
        Assert.Equal(new[] { 114 }, editions[1].GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal(CriteriaEditions.Get("service-upgrade-program").TotalPoints, editions[1].GetProperty("totalPoints").ValueKind == JsonValueKind.Null ? null : editions[1].GetProperty("totalPoints").GetInt32());
    }
}
