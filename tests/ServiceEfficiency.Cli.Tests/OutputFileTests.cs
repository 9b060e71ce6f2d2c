using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ServiceEfficiency.Cli.Tests;

/// <summary>Outputs that must never be destroyed or lost: special files, colliding names, failures part-way, signals, long names.</summary>
public class OutputFileTests
{
    private static readonly string Bsmi = Tool.Sample("data/bsmi-114-plan.json");
    private static readonly string Hualien = Tool.Sample("data/hualien-112-results.json");

    [Fact]
    public void A_character_device_is_written_into_and_stays_a_device()
    {
        using var temp = new TempDirectory();
        // As root a regression would replace the machine's own /dev/null with a regular file (it
        // did once, while this test was shown to fail): root gets a null device of its own.
        string device = "/dev/null";
        if (Environment.UserName == "root")
        {
            device = temp.File("null");
            Run("mknod", "-m", "666", device, "c", "1", "3");
        }

        Assert.False(IsRegularFile(device));

        ToolResult result = Tool.Run("render", Hualien, "-f", "md", "-o", device);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(IsRegularFile(device));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(device)!, ".null.*"));
    }

    [Fact]
    public async Task A_fifo_is_written_into_and_its_reader_gets_the_document()
    {
        using var temp = new TempDirectory();
        string fifo = temp.File("document.pipe");
        Run("mkfifo", fifo);

        // The reader opens the FIFO first (the tool's open blocks until it does) and reads to the end.
        Task<byte[]> reader = Task.Run(() => File.ReadAllBytes(fifo));
        ToolResult result = Tool.Run("render", Hualien, "-f", "md", "-o", fifo);

        Assert.True(result.ExitCode == 0, result.ToString());
        string markdown = Encoding.UTF8.GetString(await reader.WaitAsync(System.TimeSpan.FromSeconds(60)));
        Assert.Contains("經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果", markdown);
        // Still a FIFO, and nothing else beside it (no temporary file).
        Assert.False(IsRegularFile(fifo));
        Assert.Equal(new[] { fifo }, Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_proc_self_fd_link_writes_to_that_descriptor()
    {
        ToolResult result = Tool.Run("render", Hualien, "-f", "md", "-o", "/proc/self/fd/1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("經濟部標準檢驗局花蓮分局112年度提升服務效能執行績效與成果", result.Output);
    }

    [Fact]
    public void A_link_to_a_regular_file_is_followed_and_stays_a_link()
    {
        using var temp = new TempDirectory();
        string target = temp.File("plan.md");
        File.WriteAllText(target, "old");
        string link = temp.File("latest.md");
        File.CreateSymbolicLink(link, target);

        ToolResult result = Tool.Run("render", Bsmi, "-f", "md", "-o", link);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Contains("標準檢驗局", File.ReadAllText(target));
    }

    [Fact]
    public void Two_inputs_with_the_same_name_are_an_error_before_anything_is_written()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("a"));
        Directory.CreateDirectory(temp.File("b"));
        string a = Path.Combine(temp.Path, "a", "plan.json");
        string b = Path.Combine(temp.Path, "b", "plan.json");
        File.Copy(Bsmi, a);
        File.Copy(Hualien, b);
        string output = temp.File("out");

        ToolResult result = Tool.Run("render", a, b, "-f", "md", "-o", output, "--edition", Tool.Sample("criteria"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"{a} and {b} would both be written to {Path.Combine(output, "plan.md")}", result.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Names_differing_only_in_case_are_two_outputs_on_Linux()
    {
        using var temp = new TempDirectory();
        string upper = temp.File("Plan.json");
        string lower = temp.File("plan.json");
        File.Copy(Bsmi, upper);
        File.Copy(Bsmi, lower);

        ToolResult result = Tool.Run("render", upper, lower, "-f", "md", "-o", temp.File("out"), "--edition", Tool.Sample("criteria"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, Directory.GetFiles(temp.File("out")).Length);
    }

    [Fact]
    public void An_output_that_is_the_input_is_an_error_and_the_input_is_kept()
    {
        using var temp = new TempDirectory();
        string plan = temp.File("plan.json");
        File.Copy(Bsmi, plan);
        byte[] before = File.ReadAllBytes(plan);

        ToolResult result = Tool.Run("render", plan, "-f", "md", "-o", plan, "--edition", Tool.Sample("criteria"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"{plan}: the output {plan} would replace this input; nothing was written", result.Error);
        Assert.Equal(before, File.ReadAllBytes(plan));
    }

    [Fact]
    public void A_render_failing_part_way_names_each_outcome_in_the_summary_and_the_report()
    {
        using var temp = new TempDirectory();
        string output = temp.File("out");
        // A directory where one output should go: that write fails, the others must still happen.
        Directory.CreateDirectory(Path.Combine(output, "hualien-112-results.md"));
        string report = temp.File("report.json");

        ToolResult result = Tool.Run("render", Bsmi, Hualien, "-f", "md,html", "-o", output, "--report", report);

        Assert.True(result.ExitCode == 2, result.ToString());
        string failed = Path.Combine(output, "hualien-112-results.md");
        Assert.Contains("render: 3 of 4 output(s) written", result.Error);
        Assert.Contains("render: not written: " + failed, result.Error);
        Assert.True(File.Exists(Path.Combine(output, "bsmi-114-plan.md")));
        Assert.True(File.Exists(Path.Combine(output, "hualien-112-results.html")));

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(report));
        JsonElement root = json.RootElement;
        Assert.Equal(2, root.GetProperty("exitCode").GetInt32());
        Assert.Equal(3, root.GetProperty("written").GetInt32());
        JsonElement[] documents = root.GetProperty("documents").EnumerateArray().ToArray();
        Assert.Equal(new[] { Bsmi, Hualien }, documents.Select(d => d.GetProperty("input").GetString()));
        Assert.Equal("rendered", documents[0].GetProperty("status").GetString());
        Assert.Equal("incomplete", documents[1].GetProperty("status").GetString());
        JsonElement md = documents[1].GetProperty("outputs").EnumerateArray().Single(o => o.GetProperty("format").GetString() == "md");
        Assert.Equal("failed", md.GetProperty("status").GetString());
        Assert.Equal(failed, md.GetProperty("path").GetString());
        Assert.Contains("it is a directory", md.GetProperty("error").GetString());
        // Hualien's warnings travel with its document.
        Assert.Equal(30, documents[1].GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void The_report_of_a_document_with_errors_says_rendered_with_errors_and_exit_1()
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.Run("render", Tool.Sample("data/tainan-111-plan.json"), "-f", "md", "-o", temp.File("t.md"), "--report", "-");

        Assert.True(result.ExitCode == 1, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement document = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("rendered-with-errors", document.GetProperty("status").GetString());
        Assert.Equal(6, document.GetProperty("diagnostics").EnumerateArray().Count(d => d.GetProperty("severity").GetString() == "error"));
        Assert.Equal(1, json.RootElement.GetProperty("exitCode").GetInt32());
    }

    [Theory]
    [InlineData("TERM", "SIGTERM", 143)]
    [InlineData("HUP", "SIGHUP", 129)]
    [InlineData("INT", "Ctrl+C", 130)]
    public async Task Sigterm_and_sighup_cancel_like_ctrl_c_and_leave_no_file(string signal, string name, int exitCode)
    {
        using var temp = new TempDirectory();
        string target = temp.File("plan.md");

        // The document comes from a standard input that stays open: the tool waits in the read
        // until the signal cancels it.
        using Process process = Tool.Start(new ToolRun(), "render", "-", "-f", "md", "-o", target, "--edition", Tool.Sample("criteria"));
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write("{");
        process.StandardInput.Flush();
        // Time to start the runtime and register the handlers; a signal before that would end the
        // process with 143 too, but without the message asserted below.
        await Task.Delay(3000);
        Tool.Signal(process, signal);

        Assert.True(process.WaitForExit(60_000), "the tool did not end after SIGTERM");
        string said = await error;
        Assert.True(process.ExitCode == exitCode, "exit " + process.ExitCode + "\n" + said);
        Assert.Contains($"cancelled ({name}); no output was written", said);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_243_byte_file_name_is_written()
    {
        using var temp = new TempDirectory();
        // 80 three-byte characters and "abc": 243 bytes, plus ".md" = 246 — valid, below NAME_MAX (255).
        string name = new string('計', 80) + "abc.md";
        Assert.Equal(246, Encoding.UTF8.GetByteCount(name));

        ToolResult result = Tool.Run("render", Bsmi, "-f", "md", "-o", temp.File(name));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { temp.File(name) }, Directory.GetFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData("plan.md")]
    [InlineData("abc.md")]
    public void The_temporary_name_stays_within_NAME_MAX(string tail)
    {
        string name = new string('計', 84) + tail;

        string temporary = CliFiles.TemporaryName(name);

        Assert.True(Encoding.UTF8.GetByteCount(temporary) <= 255, temporary);
        Assert.StartsWith(".計計", temporary);
        Assert.EndsWith(".tmp", temporary);
    }

    private static void Run(string program, params string[] args)
    {
        using Process process = Process.Start(program, args)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, program + " failed");
    }

    private static bool IsRegularFile(string path)
    {
        using Process stat = Process.Start(new ProcessStartInfo("stat", new[] { "-L", "-c", "%F", path }) { RedirectStandardOutput = true })!;
        string kind = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return kind.StartsWith("regular", System.StringComparison.Ordinal);
    }
}
