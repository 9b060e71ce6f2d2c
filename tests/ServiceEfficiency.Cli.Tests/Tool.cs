using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace ServiceEfficiency.Cli.Tests;

/// <summary>What a run of the tool gave back.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs the built <c>service-efficiency</c> tool as a separate process, the way other systems call it.</summary>
internal static class Tool
{
    public static readonly string Root = RepositoryRoot.Path;

    private static readonly string ToolPath = Path.Combine(
        Root, "src", "ServiceEfficiency.Cli", "bin",
        typeof(Tool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration,
        "net8.0", "service-efficiency.dll");

    public static string Sample(string relative) => Path.Combine(Root, "samples", relative);

    public static ToolResult Run(params string[] args) => RunAsync(new ToolRun(), args).GetAwaiter().GetResult();

    public static ToolResult RunWithInput(byte[] input, params string[] args) => RunAsync(new ToolRun { Input = input }, args).GetAwaiter().GetResult();

    public static ToolResult RunWithEnvironment(string variable, string value, params string[] args) =>
        RunAsync(new ToolRun { Environment = { [variable] = value } }, args).GetAwaiter().GetResult();

    public static ToolResult Run(ToolRun run, params string[] args) => RunAsync(run, args).GetAwaiter().GetResult();

    /// <summary>Starts the tool and leaves it running (for signals); standard input stays open.</summary>
    public static Process Start(ToolRun run, params string[] args)
    {
        Process process = Process.Start(StartInfo(run, args))!;
        return process;
    }

    /// <summary>
    /// Sends <paramref name="signal"/> (TERM, HUP, INT) with kill(1), as a service manager or a
    /// terminal would.
    /// </summary>
    public static void Signal(Process process, string signal)
    {
        using Process kill = Process.Start("kill", new[] { "-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })!;
        kill.WaitForExit();
    }

    private static ProcessStartInfo StartInfo(ToolRun run, string[] args)
    {
        Assert.True(File.Exists(ToolPath), "the tool is not built at " + ToolPath);
        bool redirected = run.StandardOutputFile is not null || run.StandardInputFile is not null;
        var start = new ProcessStartInfo(redirected ? "/bin/sh" : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = run.WorkingDirectory ?? Root,
        };
        // English messages whatever the machine's locale, unless a test asks otherwise: LC_ALL
        // decides the language in globalization-invariant mode, and the UI culture otherwise.
        start.Environment["LC_ALL"] = "en_US.UTF-8";
        foreach ((string name, string? value) in run.Environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        if (redirected)
        {
            // sh -c 'exec "$0" "$@" > OUT < IN' dotnet tool.dll args…: the tool's stdout or stdin is the file itself.
            string redirections = (run.StandardOutputFile is string output ? " > '" + output + "'" : string.Empty)
                + (run.StandardInputFile is string input ? " < '" + input + "'" : string.Empty);
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("exec \"$0\" \"$@\"" + redirections);
            start.ArgumentList.Add("dotnet");
        }

        start.ArgumentList.Add(ToolPath);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static async Task<ToolResult> RunAsync(ToolRun run, string[] args)
    {
        using Process process = Process.Start(StartInfo(run, args))!;
        if (run.CloseStandardOutput)
        {
            // The reader goes away before the tool writes anything: its writes meet a broken pipe.
            process.StandardOutput.Close();
        }

        Task<string> output = run.CloseStandardOutput ? Task.FromResult(string.Empty) : process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (run.Input is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(run.Input);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("service-efficiency " + string.Join(" ", args) + " did not finish in 120 s");
        }

        return new ToolResult(process.ExitCode, await output, await error);
    }

}

/// <summary>How to run the tool: standard input, environment, where standard output goes.</summary>
internal sealed class ToolRun
{
    /// <summary>Bytes for standard input (closed at once when null).</summary>
    public byte[]? Input { get; init; }

    /// <summary>Variables to set (null removes one).</summary>
    public Dictionary<string, string?> Environment { get; } = new();

    /// <summary>Closes the reading end of standard output before the tool writes.</summary>
    public bool CloseStandardOutput { get; init; }

    /// <summary>A file (such as /dev/full) the tool's standard output is redirected to by the shell.</summary>
    public string? StandardOutputFile { get; init; }

    /// <summary>A file (such as /dev/zero) the tool's standard input is redirected from by the shell.</summary>
    public string? StandardInputFile { get; init; }

    /// <summary>The working directory (default: the repository root).</summary>
    public string? WorkingDirectory { get; init; }
}

/// <summary>A temporary directory removed after the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    // The tool looks for criteria files in a document's folder and in the folder above it. The
    // folder above is ours too, so a stray *.criteria.json in the machine's temp folder cannot
    // change what a test sees (a CI run once failed that way).
    private readonly string _root;

    public TempDirectory()
    {
        _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "se-cli-" + Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(_root, "work");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
