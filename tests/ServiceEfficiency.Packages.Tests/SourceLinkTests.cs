using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServiceEfficiency.Packages.Tests;

/// <summary>
/// Every assembly of ours that a package ships has a PDB (in the .snupkg; the generator's is embedded in its dll)
/// that belongs to it, maps its sources to the commit on GitHub (SourceLink), and names them by the deterministic
/// /_/ paths of a CI build.
/// </summary>
public sealed partial class SourceLinkTests
{
    private const string Repository = "https://github.com/serviceefficiency/ServiceEfficiency";

    /// <summary>Every package id.</summary>
    public static TheoryData<string> Ids => new(PackageFeed.PackageIds);

    /// <summary>Each assembly's PDB is its own, has a SourceLink entry mapping /_/ to the packed commit on GitHub, and names only /_/ paths.</summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_assembly_maps_its_sources_to_the_commit_on_github(string id)
    {
        using var package = new Package(PackageFeed.PathOf(id));
        using var symbols = new Package(PackageFeed.PathOf(id, ".snupkg"));

        var pdbs = new List<(string Assembly, SymbolFiles.PdbInfo Pdb)>();
        foreach (string dll in package.Files.Where(SymbolFiles.IsOurAssembly))
        {
            string pdb = dll[..^".dll".Length] + ".pdb";
            Assert.True(symbols.Files.Contains(pdb), $"{System.IO.Path.GetFileName(symbols.Path)} has no {pdb}");
            SymbolFiles.PdbInfo info = SymbolFiles.ReadPdb(symbols.Read(pdb));
            Assert.True(SymbolFiles.ExpectedPdbId(package.Read(dll)) == info.Id, $"{pdb} is not the PDB of {dll} (another build's?)");
            pdbs.Add((dll, info));
        }

        foreach (string analyzer in package.Files.Where(f => f.StartsWith("analyzers/", StringComparison.Ordinal) && f.EndsWith(".dll", StringComparison.Ordinal)))
        {
            SymbolFiles.PdbInfo? info = SymbolFiles.ReadEmbeddedPdb(package.Read(analyzer));
            Assert.True(info is not null, analyzer + " has no embedded PDB");
            pdbs.Add((analyzer, info!));
        }

        Assert.NotEmpty(pdbs);
        if (pdbs.Any(p => p.Pdb.SourceLink is null) && !PackageFeed.InCi && !PackageFeed.Given)
        {
            string reason = "these packages were built without SourceLink, which Directory.Build.props turns on only in CI builds " +
                            "(CI=true) from a clone whose origin is " + Repository + "; .ci/package-test packs such a clone";
            Console.Error.WriteLine("[skip] " + reason);
            Assert.Skip(reason + " (outside CI this skips; with CI set it fails)");
        }

        string? commit = package.Element("repository")?.Attribute("commit")?.Value;
        Assert.True(commit is not null && CommitPattern().IsMatch(commit), $"the nuspec's repository element has no commit: {package.Element("repository")}");
        foreach ((string assembly, SymbolFiles.PdbInfo pdb) in pdbs)
        {
            Assert.True(pdb.SourceLink is not null, $"the PDB of {assembly} has no SourceLink entry ({SymbolFiles.SourceLinkKind})");
            using JsonDocument json = JsonDocument.Parse(pdb.SourceLink!);
            var map = json.RootElement.GetProperty("documents").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
            KeyValuePair<string, string> root = Assert.Single(map);
            Assert.Equal("/_/*", root.Key);
            Assert.Equal($"https://raw.githubusercontent.com/serviceefficiency/ServiceEfficiency/{commit}/*", root.Value);

            // Deterministic CI build: every source is named by its path below the repository, mapped to /_/.
            Assert.All(pdb.Documents, d => Assert.StartsWith("/_/", d, StringComparison.Ordinal));
            Assert.Contains(pdb.Documents, d => d.StartsWith("/_/src/", StringComparison.Ordinal) && d.EndsWith(".cs", StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex CommitPattern();
}
