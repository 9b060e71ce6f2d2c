using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;

namespace ServiceEfficiency.Cli.Tests;

/// <summary>What a run of the tool gave back.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs the built <c>service-efficiency</c> tool as a separate process, the way other systems call it.</summary>
internal static class Tool
{
    public static readonly string Root = FindRoot();

    private static readonly string ToolPath = Path.Combine(
        Root, "src", "ServiceEfficiency.Cli", "bin",
        typeof(Tool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration,
        "net8.0", "service-efficiency.dll");

    public static string Sample(string relative) => Path.Combine(Root, "samples", relative);

    public static ToolResult Run(params string[] args) => RunAsync(null, null, args).GetAwaiter().GetResult();

    public static ToolResult RunWithInput(byte[] input, params string[] args) => RunAsync(input, null, args).GetAwaiter().GetResult();

    public static ToolResult RunWithEnvironment(string variable, string value, params string[] args) => RunAsync(null, (variable, value), args).GetAwaiter().GetResult();

    private static async Task<ToolResult> RunAsync(byte[]? input, (string Name, string Value)? environment, string[] args)
    {
        Assert.True(File.Exists(ToolPath), "the tool is not built at " + ToolPath);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = Root,
        };
        if (environment is { } variable)
        {
            start.Environment[variable.Name] = variable.Value;
        }

        start.ArgumentList.Add(ToolPath);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(input);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("service-efficiency " + string.Join(" ", args) + " did not finish in 120 s");
        }

        return new ToolResult(process.ExitCode, await output, await error);
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ServiceEfficiency.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ServiceEfficiency.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary directory removed after the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "se-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
