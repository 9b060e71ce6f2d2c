using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace ServiceEfficiency.Packages.Tests;

/// <summary>
/// The folder feed under test: the one .ci/package-test packed (<c>SE_PACKAGE_FEED</c>, with the version in
/// <c>SE_PACKAGE_VERSION</c>), or, when that variable is not set, a feed these tests pack once from the projects
/// the build already compiled (<c>dotnet pack --no-build</c>, in the test assembly's configuration, under a
/// version of their own).
/// </summary>
public static class PackageFeed
{
    /// <summary>The packages every release ships.</summary>
    public static readonly string[] PackageIds = { "ServiceEfficiency.Model", "ServiceEfficiency.Templates", "ServiceEfficiency.Cli" };

    private static readonly Lazy<(string Directory, string Version)> Feed = new(Locate);

    /// <summary>Whether the tests run in CI: <c>CI</c> is set to anything but an empty string, <c>false</c> or <c>0</c>.</summary>
    public static bool InCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } value &&
                               !value.Equals("false", StringComparison.OrdinalIgnoreCase) && value != "0";

    /// <summary>The feed directory.</summary>
    public static string Directory => Feed.Value.Directory;

    /// <summary>The version of every package in the feed.</summary>
    public static string Version => Feed.Value.Version;

    /// <summary>Whether the feed was packed by .ci/package-test rather than by these tests.</summary>
    public static bool Given => Environment.GetEnvironmentVariable("SE_PACKAGE_FEED") is { Length: > 0 };

    /// <summary>The path of <paramref name="id"/>'s package (<c>.nupkg</c>) or symbol package (<c>.snupkg</c>).</summary>
    public static string PathOf(string id, string extension = ".nupkg")
    {
        string path = System.IO.Path.Combine(Directory, id + "." + Version + extension);
        Assert.True(File.Exists(path), $"{System.IO.Path.GetFileName(path)} is not in the feed {Directory}; it holds: " +
                                       string.Join(", ", System.IO.Directory.GetFiles(Directory).Select(System.IO.Path.GetFileName)));
        return path;
    }

    private static (string, string) Locate()
    {
        if (Environment.GetEnvironmentVariable("SE_PACKAGE_FEED") is { Length: > 0 } given)
        {
            string? version = Environment.GetEnvironmentVariable("SE_PACKAGE_VERSION");
            if (string.IsNullOrEmpty(version))
            {
                throw new InvalidOperationException("SE_PACKAGE_FEED is set but SE_PACKAGE_VERSION is not; .ci/package-test sets both");
            }

            return (given, version!);
        }

        return Pack();
    }

    private static (string, string) Pack()
    {
        string root = RepositoryRoot.Path;
        string configuration = typeof(PackageFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        string version = "0.1.0-packagestests." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        string feed = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "se-packages-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(feed);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                System.IO.Directory.Delete(feed, recursive: true);
            }
            catch (IOException)
            {
            }
        };

        foreach (string id in PackageIds)
        {
            // --no-build: the projects are built (this project references them), and other test projects may be
            // running their outputs right now, so nothing must be rebuilt under them.
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = new UTF8Encoding(false),
                StandardErrorEncoding = new UTF8Encoding(false),
                WorkingDirectory = root,
            };
            foreach (string argument in new[] { "pack", System.IO.Path.Combine(root, "src", id), "--no-build", "-c", configuration, "-o", feed, "-p:Version=" + version, "-nologo" })
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet pack " + id + " took more than 5 minutes");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {id} failed (exit {process.ExitCode}):\n{output.GetAwaiter().GetResult()}\n{error.GetAwaiter().GetResult()}");
            }
        }

        return (feed, version);
    }

}
