using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>
/// The editions the Model package ships (buildTransitive/criteria/, marked with the
/// <c>ServiceEfficiencyShippedEdition</c> metadata by its props): a catalogue like any consumer file's,
/// and a consumer's own file with the same edition id, or making the same class, takes precedence (SE0016).
/// </summary>
public sealed class ShippedEditionTests
{
    private const string Package = "/nuget/serviceefficiency.model/1.0.0/buildTransitive/criteria/";
    private const string OverallShipped = Package + "service-award-overall.criteria.json";
    private const string UpgradeShipped = Package + "service-upgrade-program.criteria.json";

    private static string Overall => File.ReadAllText(Harness.SampleCriteria("service-award-overall"));

    private static string Upgrade => File.ReadAllText(Harness.SampleCriteria("service-upgrade-program"));

    private static TestOptions Options(params string[] shipped)
    {
        TestOptions options = new TestOptions().Property("RootNamespace", "Consumer");
        foreach (string path in shipped)
        {
            options.Metadata(path, "ServiceEfficiencyShippedEdition", "true");
        }

        return options;
    }

    private static void AssertCompiles(Outcome outcome)
    {
        Diagnostic[] errors = outcome.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));
    }

    private static string[] Sources(Outcome outcome) =>
        outcome.Run.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_shipped_file_alone_gives_its_catalogue_named_as_a_consumer_file_would_be()
    {
        Outcome outcome = Harness.Run(
            new[] { new InMemoryText(OverallShipped, Overall), new InMemoryText(UpgradeShipped, Upgrade) },
            Options(OverallShipped, UpgradeShipped));

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(new[] { "Consumer.Criteria.ServiceAwardOverall.g.cs", "Consumer.Criteria.ServiceUpgradeProgram.g.cs" }, Sources(outcome));
        AssertCompiles(outcome);
        INamedTypeSymbol catalogue = outcome.Output.GetTypeByMetadataName("Consumer.Criteria.ServiceAwardOverall")!;
        Assert.NotNull(catalogue);
        Assert.NotEmpty(catalogue.GetMembers("Title"));
        Assert.Contains("public const string Id = \"service-award-overall\";", outcome.Source("Consumer.Criteria.ServiceAwardOverall.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_shipped_file_follows_the_consumers_namespace_setting()
    {
        Outcome outcome = Harness.Run(
            new[] { new InMemoryText(OverallShipped, Overall) },
            Options(OverallShipped).Property("ServiceEfficiencyCriteriaNamespace", "Agency.Catalogue"));

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(new[] { "Agency.Catalogue.ServiceAwardOverall.g.cs" }, Sources(outcome));
    }

    [Fact]
    public void A_consumer_file_with_the_same_id_replaces_the_shipped_one_with_an_info_diagnostic_and_one_class()
    {
        // The agency's own copy of the edition, retitled so that the test can tell which file the class came from.
        string own = Overall.Replace("\"title\": \"政府服務獎 整體服務類\"", "\"title\": \"政府服務獎 整體服務類（本局版）\"", StringComparison.Ordinal);
        Assert.NotEqual(Overall, own);
        const string ownPath = "/src/Consumer/criteria/service-award-overall.criteria.json";

        Outcome outcome = Harness.Run(
            new[] { new InMemoryText(OverallShipped, Overall), new InMemoryText(UpgradeShipped, Upgrade), new InMemoryText(ownPath, own) },
            Options(OverallShipped, UpgradeShipped));

        Diagnostic info = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SE0016", info.Id);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal(ownPath, info.Location.GetLineSpan().Path);
        Assert.Equal(
            "This file's edition 'service-award-overall' replaces the edition 「政府服務獎 整體服務類」 shipped with ServiceEfficiency.Model: the catalogue 'Consumer.Criteria.ServiceAwardOverall' comes from this file, not from the package's copy",
            info.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(
            "本檔案的評核架構版本「service-award-overall」取代 ServiceEfficiency.Model 附帶的「政府服務獎 整體服務類」：目錄「Consumer.Criteria.ServiceAwardOverall」由本檔案產生，而非套件附帶的檔案。",
            info.GetMessage(TestCultures.RealOrNamed("zh-TW")));
        Assert.Equal(new[] { "Consumer.Criteria.ServiceAwardOverall.g.cs", "Consumer.Criteria.ServiceUpgradeProgram.g.cs" }, Sources(outcome));
        Assert.Contains("public const string Title = \"政府服務獎 整體服務類（本局版）\";", outcome.Source("Consumer.Criteria.ServiceAwardOverall.g.cs"), StringComparison.Ordinal);
        AssertCompiles(outcome);
    }

    [Fact]
    public void A_consumer_file_with_the_same_id_under_another_name_is_the_only_catalogue_of_that_edition()
    {
        const string ownPath = "/src/Consumer/criteria/award.criteria.json";

        Outcome outcome = Harness.Run(
            new[] { new InMemoryText(ownPath, Overall), new InMemoryText(OverallShipped, Overall) },
            Options(OverallShipped));

        Diagnostic info = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SE0016", info.Id);
        Assert.Equal(ownPath, info.Location.GetLineSpan().Path);
        Assert.Equal(new[] { "Consumer.Criteria.Award.g.cs" }, Sources(outcome));
        AssertCompiles(outcome);
        Assert.Null(outcome.Output.GetTypeByMetadataName("Consumer.Criteria.ServiceAwardOverall"));
    }

    [Fact]
    public void A_consumer_file_with_another_id_gives_both_catalogues_and_no_diagnostic()
    {
        string own = Upgrade.Replace("\"id\": \"service-upgrade-program\"", "\"id\": \"agency-upgrade-115\"", StringComparison.Ordinal);
        Assert.NotEqual(Upgrade, own);

        Outcome outcome = Harness.Run(
            new[] { new InMemoryText(OverallShipped, Overall), new InMemoryText("/src/Consumer/agency-upgrade-115.criteria.json", own) },
            Options(OverallShipped));

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(new[] { "Consumer.Criteria.AgencyUpgrade115.g.cs", "Consumer.Criteria.ServiceAwardOverall.g.cs" }, Sources(outcome));
        AssertCompiles(outcome);
    }

    [Fact]
    public void A_consumer_file_making_the_shipped_class_with_another_id_wins_the_class_with_an_info_not_SE0012()
    {
        string own = Overall.Replace("\"id\": \"service-award-overall\"", "\"id\": \"agency-award\"", StringComparison.Ordinal);
        Assert.NotEqual(Overall, own);
        // Sorted after the shipped path in ordinal order, which alone would have made the shipped file the owner.
        const string ownPath = "/src/service-award-overall.criteria.json";
        Assert.True(string.CompareOrdinal(OverallShipped, ownPath) < 0);

        Outcome outcome = Harness.Run(new[] { new InMemoryText(OverallShipped, Overall), new InMemoryText(ownPath, own) }, Options(OverallShipped));

        Diagnostic info = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SE0016", info.Id);
        Assert.Equal(ownPath, info.Location.GetLineSpan().Path);
        Assert.StartsWith("This file makes the class 'Consumer.Criteria.ServiceAwardOverall', so the catalogue of the edition 'service-award-overall'", info.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("public const string Id = \"agency-award\";", Assert.Single(outcome.Run.GeneratedSources).SourceText.ToString(), StringComparison.Ordinal);
        AssertCompiles(outcome);
    }

    [Fact]
    public void Two_consumer_files_making_one_class_are_still_SE0012_beside_a_shipped_file()
    {
        Outcome outcome = Harness.Run(
            new[] { new InMemoryText(OverallShipped, Overall), new InMemoryText("/src/a/edition.criteria.json", Upgrade), new InMemoryText("/src/b/edition.criteria.json", Upgrade) },
            Options(OverallShipped));

        Diagnostic error = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SE0012", error.Id);
        Assert.Equal("/src/b/edition.criteria.json", error.Location.GetLineSpan().Path);
        Assert.Equal(new[] { "Consumer.Criteria.Edition.g.cs", "Consumer.Criteria.ServiceAwardOverall.g.cs" }, Sources(outcome));
    }

    [Fact]
    public void Without_the_Model_a_shipped_file_gets_no_catalogue_and_no_error_but_a_consumer_file_still_gets_SE0013()
    {
        Outcome outcome = Harness.Run(
            new[] { new InMemoryText(OverallShipped, Overall), new InMemoryText("/src/own.criteria.json", Upgrade) },
            Options(OverallShipped),
            Harness.Compilation(withModel: false));

        Diagnostic error = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SE0013", error.Id);
        Assert.Equal("/src/own.criteria.json", error.Location.GetLineSpan().Path);
        Assert.Empty(outcome.Run.GeneratedSources);
    }

    [Fact]
    public void The_metadata_must_say_true_to_mark_a_file_shipped()
    {
        // Without the mark, two files of one edition and one class are two consumer files: SE0012, no SE0016.
        TestOptions options = new TestOptions().Property("RootNamespace", "Consumer").Metadata(OverallShipped, "ServiceEfficiencyShippedEdition", "false");
        Outcome outcome = Harness.Run(new[] { new InMemoryText(OverallShipped, Overall), new InMemoryText("/src/service-award-overall.criteria.json", Overall) }, options);

        Assert.Equal("SE0012", Assert.Single(outcome.Diagnostics).Id);
    }

    [Fact]
    public void A_second_run_with_shipped_and_consumer_files_is_cached_or_unchanged_everywhere()
    {
        AdditionalText[] files = { new InMemoryText(OverallShipped, Overall), new InMemoryText(UpgradeShipped, Upgrade), new InMemoryText("/src/award.criteria.json", Overall) };
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation = Harness.Compilation();
        Outcome first = Harness.Run(files, Options(OverallShipped, UpgradeShipped), compilation);
        Assert.Equal("SE0016", Assert.Single(first.Diagnostics).Id);

        GeneratorDriver second = first.Driver.RunGenerators(compilation.Clone());
        GeneratorRunResult result = second.GetRunResult().Results.Single();

        string[] named = { CriteriaCatalogueGenerator.Steps.Parse, CriteriaCatalogueGenerator.Steps.Diagnostics, CriteriaCatalogueGenerator.Steps.Catalogue, CriteriaCatalogueGenerator.Steps.ClassNames, CriteriaCatalogueGenerator.Steps.Emit };
        foreach (string name in named)
        {
            Assert.True(result.TrackedSteps.TryGetValue(name, out var steps), name + " did not run");
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + ": " + output.Reason);
            }
        }
    }
}
