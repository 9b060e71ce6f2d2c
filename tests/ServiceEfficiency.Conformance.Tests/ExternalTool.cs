using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ServiceEfficiency.Conformance.Tests;

/// <summary>What a finished process left: its exit code, its output and how long it took.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="StandardOutput">Standard output, decoded as UTF-8.</param>
/// <param name="StandardError">Standard error, decoded as UTF-8.</param>
/// <param name="Elapsed">Wall-clock time from start to exit.</param>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed);

/// <summary>
/// The external programs the conformance checks use (jing, LibreOffice, pdftotext, Node.js with
/// tools/axe, Chromium, python-docx), how to run them, and the CI rule: a missing program <b>fails</b> the test
/// when the environment variable <c>CI</c> is set, and skips it, with the reason, otherwise.
/// </summary>
public static class ExternalTool
{
    /// <summary>The hint every "missing" message ends with.</summary>
    public const string InstallHint = "run .ci/install-tools (as root) to install it";

    /// <summary>
    /// Whether the tests run in CI: <c>CI</c> is set to anything but an empty string, <c>false</c> or <c>0</c>
    /// (.ci/run and CI runners set <c>CI=true</c>).
    /// </summary>
    public static bool InCi => IsCiValue(Environment.GetEnvironmentVariable("CI"));

    /// <summary><c>jing</c> (Debian package jing).</summary>
    public static string Jing => Require("jing", "Debian package 'jing'", "jing");

    /// <summary><c>soffice</c> or <c>libreoffice</c> (Debian package libreoffice-writer-nogui).</summary>
    public static string Soffice => Require("LibreOffice", "Debian package 'libreoffice-writer-nogui' (with 'fonts-noto-cjk' for Chinese glyphs)", "soffice", "libreoffice");

    /// <summary><c>pdftotext</c> (Debian package poppler-utils).</summary>
    public static string PdfToText => Require("pdftotext", "Debian package 'poppler-utils'", "pdftotext");

    /// <summary>
    /// <c>/usr/bin/python3</c> able to import python-docx (Debian package python3-docx): Debian's own Python, not
    /// whichever python3 a virtual environment puts first on PATH, because that is where the Debian package installs.
    /// </summary>
    public static string PythonDocx
    {
        get
        {
            const string python = "/usr/bin/python3";
            const string package = "install the Debian package 'python3-docx'";
            if (!File.Exists(python))
            {
                Unavailable($"{python} not found: {package} (it brings python3) — {InstallHint}.");
            }

            ProcessResult import = Run(python, new[] { "-c", "import docx" }, TimeSpan.FromMinutes(1));
            if (import.ExitCode != 0)
            {
                Unavailable($"{python} cannot import docx (python-docx): {package} — {InstallHint}. {import.StandardError.Trim()}");
            }

            return python;
        }
    }

    /// <summary><c>node</c> (Node.js 20 or later).</summary>
    public static string Node => Require("node", "Node.js >= 20 ('node' on PATH)", "node");

    /// <summary>Debian's Chromium at <c>/usr/bin/chromium</c> (or <c>CHROMIUM_PATH</c>), which tools/axe drives.</summary>
    public static string Chromium
    {
        get
        {
            string path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
            if (!File.Exists(path))
            {
                Unavailable($"Chromium not found at {path}: install the Debian package 'chromium' — {InstallHint}.");
            }

            return path;
        }
    }

    /// <summary>
    /// <c>tools/axe/check-html.mjs</c>, once its npm dependencies (axe-core, playwright-core) are installed,
    /// together with node and Chromium.
    /// </summary>
    public static string AxeScript
    {
        get
        {
            _ = Node;
            _ = Chromium;
            string dir = RepositoryRoot.Combine("tools", "axe");
            string script = Path.Combine(dir, "check-html.mjs");
            if (!File.Exists(script))
            {
                throw new FileNotFoundException("tools/axe/check-html.mjs is missing from the repository", script);
            }

            foreach (string package in new[] { "axe-core", "playwright-core" })
            {
                if (!File.Exists(Path.Combine(dir, "node_modules", package, "package.json")))
                {
                    Unavailable($"npm package '{package}' is not installed in tools/axe/node_modules: run 'npm ci' in tools/axe — {InstallHint}.");
                }
            }

            return script;
        }
    }

    /// <summary>Whether <paramref name="value"/> (the value of <c>CI</c>) means "running in CI".</summary>
    public static bool IsCiValue(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !value!.Trim().Equals("false", StringComparison.OrdinalIgnoreCase) && value.Trim() != "0";

    /// <summary>The first of <paramref name="names"/> found as an executable file on <c>PATH</c> (or as given, when it is a path), or null.</summary>
    public static string? Find(params string[] names)
    {
        string[] directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (string name in names)
        {
            if (name.Contains(Path.DirectorySeparatorChar))
            {
                if (IsExecutable(name))
                {
                    return Path.GetFullPath(name);
                }

                continue;
            }

            foreach (string directory in directories)
            {
                string candidate = Path.Combine(directory, name);
                if (IsExecutable(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The path of the first of <paramref name="names"/> on <c>PATH</c>; when none is there, fails the test in CI and
    /// skips it otherwise (see <see cref="Unavailable(string)"/>), naming <paramref name="package"/> and .ci/install-tools.
    /// </summary>
    public static string Require(string tool, string package, params string[] names) => Require(InCi, tool, package, names);

    /// <summary><see cref="Require(string, string, string[])"/> with the CI decision given (for testing the rule itself).</summary>
    public static string Require(bool inCi, string tool, string package, params string[] names)
    {
        string? path = Find(names);
        if (path is null)
        {
            Unavailable($"{tool} not found on PATH (looked for {string.Join(", ", names)}): install {package} — {InstallHint}.", inCi);
        }

        return path;
    }

    /// <summary>Fails the running test when <see cref="InCi"/>, skips it otherwise; never returns.</summary>
    [DoesNotReturn]
    public static void Unavailable(string reason) => Unavailable(reason, InCi);

    /// <summary>Fails the running test with <paramref name="reason"/> when <paramref name="inCi"/>, skips it otherwise; never returns.</summary>
    [DoesNotReturn]
    public static void Unavailable(string reason, bool inCi)
    {
        if (inCi)
        {
            Assert.Fail("CI is set, so a missing external program is an error, not a skip. " + reason);
        }

        Console.Error.WriteLine("[skip] " + reason);
        Assert.Skip(reason + " (outside CI this skips; with CI set it fails)");
        throw new InvalidOperationException("unreachable: Assert.Skip throws");
    }

    /// <summary>
    /// Runs <paramref name="fileName"/> with <paramref name="arguments"/> (no shell), capturing its output as UTF-8;
    /// kills the whole process tree and throws <see cref="TimeoutException"/> when it runs longer than <paramref name="timeout"/>.
    /// </summary>
    public static ProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            foreach (KeyValuePair<string, string> variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }
        }

        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.Start();
        process.StandardInput.Close();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)Math.Min(int.MaxValue, timeout.TotalMilliseconds)))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited meanwhile.
            }

            process.WaitForExit(5000);
            throw new TimeoutException(
                $"{Describe(fileName, start.ArgumentList)} did not finish within {timeout.TotalSeconds:0} s; killed. " +
                $"Output so far:{Environment.NewLine}{Completed(stdout)}{Environment.NewLine}{Completed(stderr)}");
        }

        process.WaitForExit(); // Drains the redirected streams.
        string output = stdout.GetAwaiter().GetResult();
        string error = stderr.GetAwaiter().GetResult();
        return new ProcessResult(process.ExitCode, output, error, watch.Elapsed);
    }

    /// <summary>A command line for messages.</summary>
    public static string Describe(string fileName, IEnumerable<string> arguments) =>
        string.Join(" ", new[] { fileName }.Concat(arguments).Select(a => a.Length == 0 || a.Any(char.IsWhiteSpace) ? "'" + a + "'" : a));

    private static string Completed(Task<string> task) => task.IsCompletedSuccessfully ? task.Result : string.Empty;

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        UnixFileMode mode = File.GetUnixFileMode(path);
        return (mode & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
    }
}
