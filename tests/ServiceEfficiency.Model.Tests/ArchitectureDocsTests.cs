using System.Text.RegularExpressions;

namespace ServiceEfficiency.Tests;

/// <summary>docs/architecture.md's recipes and map name files and folders that exist.</summary>
public sealed class ArchitectureDocsTests
{
    // A backticked repository path: `src/…`, `tests/…`, `schemas/…`, `docs/…`.
    private static readonly Regex RepositoryPath = new(@"`((?:src|tests|schemas|docs|samples|bench)/[^`\s]+)`", RegexOptions.CultureInvariant);

    [Fact]
    public void EveryPathTheArchitecturePageNamesExists()
    {
        string page = File.ReadAllText(Path.Combine(Samples.Root, "docs", "architecture.md"));
        string[] paths = RepositoryPath.Matches(page).Select(m => m.Groups[1].Value).Distinct().ToArray();

        string[] missing = paths.Where(p => !Exists(p)).ToArray();

        Assert.True(paths.Length >= 20, "only " + paths.Length + " paths found: the pattern no longer matches the page");
        Assert.True(missing.Length == 0, "docs/architecture.md names paths that do not exist:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void APathThatDoesNotExistIsFound()
    {
        Assert.Matches(RepositoryPath, "see `src/ServiceEfficiency.Model/NoSuchFile.cs`");
        Assert.False(Exists("src/ServiceEfficiency.Model/NoSuchFile.cs"));
        Assert.True(Exists("src/ServiceEfficiency.Model/"));
    }

    private static bool Exists(string relative)
    {
        string full = Path.Combine(Samples.Root, relative.TrimEnd('/'));
        return File.Exists(full) || Directory.Exists(full);
    }
}
