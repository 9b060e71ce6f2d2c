using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>The generated code of both sample editions, compared with reviewed golden files.</summary>
public sealed class GoldenTests
{
    [Theory]
    [InlineData("service-award-overall", "Agency.Tools.Criteria.ServiceAwardOverall.g.cs")]
    [InlineData("service-upgrade-program", "Agency.Tools.Criteria.ServiceUpgradeProgram.g.cs")]
    public void GeneratedCodeMatchesTheGoldenFile(string sample, string hintName)
    {
        Outcome outcome = Harness.RunSamples(new TestOptions().Property("RootNamespace", "Agency.Tools"));

        Golden.AssertMatches(sample + ".verified.cs.txt", outcome.Source(hintName));
    }

    [Fact]
    public void GeneratedCodeCompilesWithoutWarningsAsCSharp8()
    {
        Outcome outcome = Harness.RunSamples();

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(2, outcome.Run.GeneratedSources.Length);
        Diagnostic[] problems = outcome.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems.Select(d => d.ToString())));
    }
}

/// <summary>Golden-file comparison: a mismatch writes NAME.received.cs.txt beside the golden file and fails.</summary>
internal static class Golden
{
    // The generator's version is stamped into [GeneratedCode]; a release must not invalidate the golden files.
    private static readonly Regex Version = new("(GeneratedCode\\(\"ServiceEfficiency.Generators\", )\"[^\"]*\"", RegexOptions.CultureInvariant);

    public static void AssertMatches(string goldenName, string actual)
    {
        string normalized = Version.Replace(actual, "$1\"VERSION\"");
        string path = Harness.TestFile("Golden", goldenName);
        string received = path.Replace(".verified.", ".received.", StringComparison.Ordinal);
        string? expected = File.Exists(path) ? File.ReadAllText(path) : null;
        if (expected == normalized)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized);
        Assert.Fail(expected is null
            ? $"No golden file {path}; the output was written to {received}. Review it and rename it to accept."
            : $"The output differs from {path}; it was written to {received}. Review the difference and copy it over the golden file to accept.");
    }
}
