using System.Text;

namespace ServiceEfficiency.Cli.Tests;

/// <summary>
/// Inputs that used to end the tool with an unhandled exception (exit 134): each now gives one
/// clear message and a documented exit code (docs/cli.md).
/// </summary>
public class CrashTests
{
    private static readonly string Upgrade = Tool.Sample("criteria/service-upgrade-program.criteria.json");
    private static readonly string Bsmi = Tool.Sample("data/bsmi-114-plan.json");
    private static readonly string Hualien = Tool.Sample("data/hualien-112-results.json");

    [Fact]
    public void A_people_file_in_Big5_names_the_file_line_and_byte()
    {
        using var temp = new TempDirectory();
        string people = temp.File("people.csv");
        // Line 2 holds 王小明 in Big5 (A4FD A470 A9FA), as a spreadsheet on a Traditional Chinese Windows saves it.
        byte[] header = Encoding.ASCII.GetBytes("name,role,outcome\n");
        byte[] row = { 0xA4, 0xFD, 0xA4, 0x70, 0xA9, 0xFA, (byte)',', (byte)'h', (byte)'e', (byte)'a', (byte)'d', (byte)'\n' };
        File.WriteAllBytes(people, [.. header, .. row]);

        ToolResult result = Tool.Run("commend", "-p", Bsmi, "--people", people, "--outcome", "award");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(people + "(2): not UTF-8 text: invalid byte at offset " + header.Length, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Empty(result.Output);
    }

    [Theory]
    [InlineData("2147484")]
    [InlineData("2147483647")]
    [InlineData("0")]
    public void A_timeout_out_of_range_is_a_usage_error_naming_the_range(string seconds)
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.Run("render", Hualien, "-f", "md", "-o", temp.File("x.md"), "--timeout", seconds);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"--timeout {seconds}: must be from 1 to 2147483 seconds", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void The_greatest_timeout_is_accepted()
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.Run("render", Hualien, "-f", "md", "-o", temp.File("x.md"), "--timeout", "2147483");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(temp.File("x.md")));
    }

    [Theory]
    [InlineData("render - -f md -o - --edition CRITERIA")]
    [InlineData("validate - --format json --edition CRITERIA")]
    [InlineData("validate - --format sarif --edition CRITERIA")]
    [InlineData("validate - --edition CRITERIA")]
    [InlineData("schedule -e UPGRADE -y 114 -l branch")]
    public void Standard_output_on_a_full_disk_is_reported_and_exits_2(string command)
    {
        string[] args = System.Array.ConvertAll(command.Split(' '), a => a switch
        {
            "CRITERIA" => Tool.Sample("criteria"),
            "UPGRADE" => Upgrade,
            _ => a,
        });
        var run = new ToolRun { Input = File.ReadAllBytes(Hualien), StandardOutputFile = "/dev/full" };

        ToolResult result = Tool.Run(run, args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error: cannot write standard output: no space left on device", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData("render", "-f", "fodt", "-o", "-")]
    [InlineData("validate")]
    public void A_closed_standard_output_is_a_broken_pipe_not_success(params string[] args)
    {
        var run = new ToolRun { CloseStandardOutput = true };

        ToolResult result = Tool.Run(run, [args[0], Hualien, .. args[1..]]);

        Assert.True(result.ExitCode == 141, result.ToString());
        Assert.Contains("cannot write standard output: the reading end of the pipe was closed (broken pipe)", result.Error);
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("8089")]
    [InlineData("0")]
    public void A_year_outside_the_calendar_is_refused_with_the_range(string year)
    {
        ToolResult schedule = Tool.Run("schedule", "-e", Upgrade, "-y", year, "-l", "branch");
        ToolResult scaffold = Tool.Run("new", "plan", "-e", Upgrade, "-a", "經濟部標準檢驗局", "-y", year);

        foreach (ToolResult result in new[] { schedule, scaffold })
        {
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains($"--year {year}: ROC years run from 1 (民國元年, 1912) to 8088 (Gregorian 9999)", result.Error);
            Assert.Empty(result.Output);
        }
    }

    [Fact]
    public void The_last_ROC_year_whose_deadlines_fall_beyond_the_calendar_is_a_clear_error()
    {
        // 8088 is Gregorian 9999; its results are due in 8089年 (10000), which RocDate cannot hold.
        ToolResult result = Tool.Run("schedule", "-e", Upgrade, "-y", "8088", "-l", "branch");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--year 8088: a deadline falls outside the calendar", result.Error);
        Assert.DoesNotContain("(Parameter", result.Error);
    }

    [Fact]
    public void A_directory_given_as_the_document_is_said_to_be_a_directory()
    {
        ToolResult validate = Tool.Run("validate", Tool.Sample("data"));
        ToolResult render = Tool.Run("render", Tool.Sample("data"), "-f", "md", "-o", "-");

        foreach (ToolResult result in new[] { validate, render })
        {
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(Tool.Sample("data") + ": cannot read: is a directory", result.Error);
            Assert.DoesNotContain("permission denied", result.Error);
        }
    }
}
