using System.Text;
using System.Xml.Linq;

namespace ServiceEfficiency.Packages.Tests;

/// <summary>What a consumer gets from each package: the files in their NuGet folders and the nuspec metadata.</summary>
public sealed class PackageLayoutTests
{
    /// <summary>Every package id.</summary>
    public static TheoryData<string> Ids => new(PackageFeed.PackageIds);

    /// <summary>ServiceEfficiency.Model: lib/ for both frameworks with XML docs, the generator as an analyzer, the criteria props in buildTransitive, not a development dependency.</summary>
    [Fact]
    public void Model_carries_both_libraries_the_generator_and_the_criteria_props()
    {
        using var package = new Package(PackageFeed.PathOf("ServiceEfficiency.Model"));
        foreach (string tfm in new[] { "netstandard2.0", "net8.0" })
        {
            Assert.Contains($"lib/{tfm}/ServiceEfficiency.Model.dll", package.Files);
            Assert.Contains($"lib/{tfm}/ServiceEfficiency.Model.xml", package.Files);
        }

        // The generator is an analyzer for every C# consumer and nowhere else (not a compile reference).
        Assert.Contains("analyzers/dotnet/cs/ServiceEfficiency.Generators.dll", package.Files);
        Assert.Single(package.Files, f => f.EndsWith("ServiceEfficiency.Generators.dll", StringComparison.Ordinal));

        Assert.Contains("buildTransitive/ServiceEfficiency.Model.props", package.Files);
        XDocument props = package.ReadXml("buildTransitive/ServiceEfficiency.Model.props");
        XElement glob = Assert.Single(props.Descendants(), e => e.Name.LocalName == "AdditionalFiles" && e.Attribute("Include")?.Value.StartsWith("**", StringComparison.Ordinal) == true);
        Assert.Equal("**/*.criteria.json", glob.Attribute("Include")!.Value);
        Assert.Contains("ServiceEfficiencyIncludeCriteriaFiles", glob.Attribute("Condition")!.Value, StringComparison.Ordinal);

        // A development dependency would drop lib/ from consumers' compile references.
        Assert.NotEqual("true", package.Value("developmentDependency"));
        Assert.Equal(new[] { "System.Text.Json" }, package.Descendants("dependency").Select(d => d.Attribute("id")!.Value).Distinct());
    }

    /// <summary>
    /// ServiceEfficiency.Model ships the official editions: as files in buildTransitive/criteria/ that the props
    /// hand to the generator, marked as shipped, and embedded in both assemblies — each the repository's one copy.
    /// </summary>
    [Fact]
    public void Model_ships_the_official_editions_as_generator_inputs_and_as_embedded_resources()
    {
        using var package = new Package(PackageFeed.PathOf("ServiceEfficiency.Model"));
        string[] names = { "service-award-overall.criteria.json", "service-upgrade-program.criteria.json" };
        string samples = Path.Combine(RepositoryRoot.Path, "samples", "criteria");

        Assert.Equal(names.Select(n => "buildTransitive/criteria/" + n), package.Files.Where(f => f.EndsWith(".criteria.json", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal));
        foreach (string name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(samples, name)), package.Read("buildTransitive/criteria/" + name));
        }

        XDocument props = package.ReadXml("buildTransitive/ServiceEfficiency.Model.props");
        XElement shipped = Assert.Single(props.Descendants(), e => e.Name.LocalName == "AdditionalFiles" && e.Attribute("ServiceEfficiencyShippedEdition") is not null);
        Assert.Equal("$(MSBuildThisFileDirectory)criteria/*.criteria.json", shipped.Attribute("Include")!.Value);
        Assert.Equal("true", shipped.Attribute("ServiceEfficiencyShippedEdition")!.Value);
        Assert.Contains("ServiceEfficiencyIncludeShippedEditions", shipped.Attribute("Condition")!.Value, StringComparison.Ordinal);
        Assert.Contains(props.Descendants(), e => e.Name.LocalName == "CompilerVisibleItemMetadata" && e.Attribute("MetadataName")?.Value == "ServiceEfficiencyShippedEdition");

        foreach (string tfm in new[] { "netstandard2.0", "net8.0" })
        {
            using var pe = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(package.Read($"lib/{tfm}/ServiceEfficiency.Model.dll")));
            System.Reflection.Metadata.MetadataReader metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            string[] resources = metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name))
                .Where(n => n.StartsWith("ServiceEfficiency.Criteria.Editions.", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(names.Select(n => "ServiceEfficiency.Criteria.Editions." + n), resources);
        }
    }

    /// <summary>ServiceEfficiency.Templates: lib/ for both frameworks; depends on the Model package of the same version with every asset (generator and props flow through).</summary>
    [Fact]
    public void Templates_carries_both_libraries_and_brings_the_whole_model_package()
    {
        using var package = new Package(PackageFeed.PathOf("ServiceEfficiency.Templates"));
        foreach (string tfm in new[] { "netstandard2.0", "net8.0" })
        {
            Assert.Contains($"lib/{tfm}/ServiceEfficiency.Templates.dll", package.Files);
            Assert.Contains($"lib/{tfm}/ServiceEfficiency.Templates.xml", package.Files);
        }

        Assert.DoesNotContain(package.Files, f => f.StartsWith("analyzers/", StringComparison.Ordinal) || f.StartsWith("build", StringComparison.Ordinal));
        var groups = package.Descendants("group").ToList();
        Assert.Equal(2, groups.Count);
        foreach (XElement group in groups)
        {
            // The Model at exactly this version, with its generator and props (no exclude="Build,Analyzers").
            XElement model = Assert.Single(group.Elements(), d => d.Attribute("id")?.Value == "ServiceEfficiency.Model");
            Assert.Equal(PackageFeed.Version, model.Attribute("version")!.Value);
            Assert.Null(model.Attribute("exclude"));
            Assert.Contains(group.Elements(), d => d.Attribute("id")?.Value == "Scriban.Signed");
        }
    }

    /// <summary>ServiceEfficiency.Cli: a dotnet tool whose command is service-efficiency and which rolls forward to newer runtimes.</summary>
    [Fact]
    public void Cli_is_a_dotnet_tool_named_service_efficiency()
    {
        using var package = new Package(PackageFeed.PathOf("ServiceEfficiency.Cli"));
        Assert.Equal("DotnetTool", Assert.Single(package.Descendants("packageType")).Attribute("name")!.Value);
        Assert.Contains("tools/net8.0/any/service-efficiency.dll", package.Files);
        Assert.Contains("tools/net8.0/any/service-efficiency.runtimeconfig.json", package.Files);
        Assert.Contains("tools/net8.0/any/ServiceEfficiency.Model.dll", package.Files);
        Assert.Contains("tools/net8.0/any/ServiceEfficiency.Templates.dll", package.Files);
        Assert.DoesNotContain(package.Files, f => f.StartsWith("lib/", StringComparison.Ordinal));

        XDocument settings = package.ReadXml("tools/net8.0/any/DotnetToolSettings.xml");
        XElement command = Assert.Single(settings.Descendants(), e => e.Name.LocalName == "Command");
        Assert.Equal("service-efficiency", command.Attribute("Name")!.Value);
        Assert.Equal("service-efficiency.dll", command.Attribute("EntryPoint")!.Value);

        string runtimeConfig = Encoding.UTF8.GetString(package.Read("tools/net8.0/any/service-efficiency.runtimeconfig.json"));
        Assert.Contains("\"rollForward\": \"Major\"", runtimeConfig, StringComparison.Ordinal);
    }

    /// <summary>Every package embeds the README and states its license expression, repository, project URL, description and tags.</summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_package_has_its_readme_license_repository_and_description(string id)
    {
        using var package = new Package(PackageFeed.PathOf(id));
        Assert.Equal(id, package.Value("id"));
        Assert.Equal(PackageFeed.Version, package.Value("version"));

        Assert.Equal("README.md", package.Value("readme"));
        string readme = Encoding.UTF8.GetString(package.Read("README.md"));
        Assert.StartsWith("# ServiceEfficiency", readme.TrimStart('\uFEFF'), StringComparison.Ordinal);

        XElement license = package.Element("license")!;
        Assert.NotNull(license);
        Assert.Equal("expression", license.Attribute("type")!.Value);
        Assert.Equal("MIT", license.Value);

        XElement repository = package.Element("repository")!;
        Assert.NotNull(repository);
        Assert.Equal("git", repository.Attribute("type")!.Value);
        Assert.Equal("https://github.com/serviceefficiency/ServiceEfficiency", repository.Attribute("url")!.Value);
        Assert.Equal("https://github.com/serviceefficiency/ServiceEfficiency", package.Value("projectUrl"));

        Assert.False(string.IsNullOrWhiteSpace(package.Value("description")));
        Assert.Contains("提升服務效能", package.Value("tags") ?? string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Every package has a .snupkg with a portable PDB for each of our assemblies in it.</summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_package_has_a_symbol_package_with_a_portable_pdb_for_each_of_its_assemblies(string id)
    {
        using var package = new Package(PackageFeed.PathOf(id));
        using var symbols = new Package(PackageFeed.PathOf(id, ".snupkg"));
        Assert.Equal("SymbolsPackage", Assert.Single(symbols.Descendants("packageType")).Attribute("name")!.Value);

        var ours = package.Files.Where(SymbolFiles.IsOurAssembly).ToList();
        Assert.NotEmpty(ours);
        foreach (string dll in ours)
        {
            string pdb = dll[..^".dll".Length] + ".pdb";
            Assert.True(symbols.Files.Contains(pdb), $"{System.IO.Path.GetFileName(symbols.Path)} has no {pdb}");
            Assert.True(SymbolFiles.IsPortablePdb(symbols.Read(pdb)), pdb + " is not a portable PDB");
        }
    }
}
