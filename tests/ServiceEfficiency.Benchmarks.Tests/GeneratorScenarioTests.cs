using Microsoft.CodeAnalysis;
using ServiceEfficiency.Benchmarks.Generator;
using ServiceEfficiency.Benchmarks.Inputs;

namespace ServiceEfficiency.Benchmarks.Tests;

/// <summary>The generator scenarios do what their names say (the Steps ran column reports these counts).</summary>
public sealed class GeneratorScenarioTests
{
    [Theory]
    [InlineData("service-award-overall")]
    [InlineData("service-upgrade-program")]
    [InlineData(Corpus.SyntheticEdition)]
    public void ColdRunGeneratesOneCatalogueWithoutDiagnostics(string edition)
    {
        GeneratorRunResult result = GeneratorScenarios.Run(nameof(GeneratorColdBenchmarks.ColdRun), edition);

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.GeneratedSources);
        Assert.Equal(3, GeneratorScenarios.CountOutputsRun(result)); // emit, diagnostics, duplicate-class check
    }

    [Fact]
    public void RerunWithNoChangeRunsNoStep()
    {
        GeneratorRunResult result = GeneratorScenarios.Run(nameof(GeneratorIncrementalBenchmarks.RerunWithNoChange), null);

        Assert.Equal(0, GeneratorScenarios.CountRan(result).Ran);
        Assert.Equal(0, GeneratorScenarios.CountOutputsRun(result));
    }

    [Fact]
    public void UnrelatedCSharpEditRunsOnlyTheModelReferencedCheck()
    {
        GeneratorRunResult result = GeneratorScenarios.Run(nameof(GeneratorIncrementalBenchmarks.RerunAfterUnrelatedCSharpEdit), null);

        Assert.Equal(1, GeneratorScenarios.CountRan(result).Ran);
        Assert.Equal(IncrementalStepRunReason.Unchanged, result.TrackedSteps["ModelReferenced"].Single().Outputs.Single().Reason);
        Assert.Equal(0, GeneratorScenarios.CountOutputsRun(result));
    }

    [Fact]
    public void EditingOneOfTwoCriteriaFilesEmitsOnlyThatCatalogueAgain()
    {
        GeneratorRunResult cold = GeneratorScenarios.Run(nameof(GeneratorIncrementalBenchmarks.ColdRunOfBothFiles), null);
        GeneratorRunResult result = GeneratorScenarios.Run(nameof(GeneratorIncrementalBenchmarks.RerunAfterEditingOneOfTwoCriteriaFiles), null);

        (int ran, int total) = GeneratorScenarios.CountRan(result);
        Assert.InRange(ran, 1, total - 1);
        Assert.True(ran < GeneratorScenarios.CountRan(cold).Ran);
        Assert.Equal(5, GeneratorScenarios.CountOutputsRun(cold)); // 2 × (emit, diagnostics) + duplicate-class check
        Assert.Equal(1, GeneratorScenarios.CountOutputsRun(result));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("完備基礎服務項目", System.StringComparison.Ordinal));
    }
}
