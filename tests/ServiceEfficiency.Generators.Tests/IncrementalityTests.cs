using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ServiceEfficiency.Generators.Model;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>The pipeline caches what did not change, and its values hold no compiler objects.</summary>
public sealed class IncrementalityTests
{
    private static readonly string[] TrackedSteps =
    {
        CriteriaCatalogueGenerator.Steps.Parse,
        CriteriaCatalogueGenerator.Steps.Diagnostics,
        CriteriaCatalogueGenerator.Steps.Catalogue,
        CriteriaCatalogueGenerator.Steps.ClassNames,
        CriteriaCatalogueGenerator.Steps.ModelReferenced,
        CriteriaCatalogueGenerator.Steps.Emit,
    };

    [Fact]
    public void SecondRunWithTheSameInputsIsCachedOrUnchangedEverywhere()
    {
        CSharpCompilation compilation = Harness.Compilation();
        GeneratorDriver driver = Harness.Driver(new[] { Harness.File("service-award-overall"), Harness.File("service-upgrade-program") });
        driver = driver.RunGenerators(compilation);
        GeneratorRunResult first = driver.GetRunResult().Results.Single();
        driver = driver.RunGenerators(compilation.Clone());
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        // Every named step ran the first time, with equal values both times.
        Assert.Equal(TrackedSteps.OrderBy(s => s, StringComparer.Ordinal), first.TrackedSteps.Keys.Where(TrackedSteps.Contains).OrderBy(s => s, StringComparer.Ordinal));
        foreach (string step in TrackedSteps)
        {
            Assert.Equal(Values(first, step), Values(second, step));
            AssertAll(second, step, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        AssertOutputsCached(second);
    }

    [Fact]
    public void AnUnrelatedCSharpEditRegeneratesNothing()
    {
        CSharpCompilation compilation = Harness.Compilation(true, "namespace App { public static class A { } }");
        GeneratorDriver driver = Harness.Driver(new[] { Harness.File("service-award-overall"), Harness.File("service-upgrade-program") }).RunGenerators(compilation);

        CSharpCompilation edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("namespace App { public static class A { public static int B => 42; } }", Harness.ParseOptions));
        GeneratorRunResult result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // The compilation changed, so the ModelReferenced step ran — and produced the same bool.
        Assert.Equal(IncrementalStepRunReason.Unchanged, result.TrackedSteps[CriteriaCatalogueGenerator.Steps.ModelReferenced].Single().Outputs.Single().Reason);
        foreach (string step in TrackedSteps)
        {
            AssertAll(result, step, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        AssertOutputsCached(result);
    }

    [Fact]
    public void EditingOneOfTwoCriteriaFilesRunsOnlyThatFilesSteps()
    {
        AdditionalText overall = Harness.File("service-award-overall");
        AdditionalText upgrade = Harness.File("service-upgrade-program");
        CSharpCompilation compilation = Harness.Compilation();
        GeneratorDriver driver = Harness.Driver(new[] { overall, upgrade }).RunGenerators(compilation);

        string text = upgrade.GetText()!.ToString().Replace("完備基礎服務", "完備基礎服務項目", StringComparison.Ordinal);
        Assert.NotEqual(upgrade.GetText()!.ToString(), text);
        driver = driver.ReplaceAdditionalText(upgrade, new InMemoryText(upgrade.Path, text)).RunGenerators(compilation);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        foreach (string step in new[] { CriteriaCatalogueGenerator.Steps.Parse, CriteriaCatalogueGenerator.Steps.Catalogue, CriteriaCatalogueGenerator.Steps.Emit })
        {
            foreach ((object value, IncrementalStepRunReason reason) in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                string path = PathOf(value);
                if (path == upgrade.Path)
                {
                    Assert.Equal(IncrementalStepRunReason.Modified, reason);
                }
                else
                {
                    Assert.Equal(overall.Path, path);
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} of {path}: {reason}");
                }
            }
        }

        // Only the edited file's catalogue is written again.
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Contains(outputs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("完備基礎服務項目", StringComparison.Ordinal));
        Assert.Equal(1, outputs.Count(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
    }

    [Fact]
    public void OutputIsByteIdenticalUnderFinnishAndTaiwaneseCultures()
    {
        CultureInfo original = CultureInfo.CurrentCulture;
        CultureInfo originalUi = CultureInfo.CurrentUICulture;
        var outputs = new List<string>();
        try
        {
            // In globalization-invariant mode (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1) no named culture
            // can be created; there every culture formats as the invariant one, and only that runs.
            foreach (CultureInfo culture in new[] { "fi-FI", "zh-TW" }.Select(Named).OfType<CultureInfo>().Append(CultureInfo.InvariantCulture))
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
                Outcome outcome = Harness.RunSamples();
                outputs.Add(string.Join("\n----\n", outcome.Run.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText)));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }

        Assert.NotEmpty(outputs[0]);
        Assert.All(outputs, o => Assert.Equal(outputs[outputs.Count - 1], o));
        Assert.Equal(GlobalizationIsInvariant() ? 1 : 3, outputs.Count);
    }

    private static CultureInfo? Named(string name)
    {
        try
        {
            return new CultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    // The environment variable wins over the project's setting (the runtime config sets the switch to false).
    private static bool GlobalizationIsInvariant() =>
        Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT") is "1" or "true"
        || (AppContext.TryGetSwitch("System.Globalization.Invariant", out bool invariant) && invariant);

    [Fact]
    public void NoStepValueHoldsASymbolCompilationSyntaxNodeOrLocation()
    {
        // A broken file too, so that diagnostic values are walked.
        var broken = new InMemoryText("/src/broken.criteria.json", "{ \"id\": 1 }");
        Outcome outcome = Harness.Run(new[] { Harness.File("service-award-overall"), Harness.File("service-upgrade-program"), broken });
        int walked = 0;
        // Our named steps; the driver's own output steps ("SourceOutput") hold the reported Diagnostics, by design.
        foreach (KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>> step in outcome.Run.TrackedSteps.Where(s => TrackedSteps.Contains(s.Key)))
        {
            foreach (IncrementalGeneratorRunStep run in step.Value)
            {
                foreach ((object value, _) in run.Outputs)
                {
                    Walk(value, step.Key, new HashSet<object>(ReferenceEqualityComparer.Instance));
                    walked++;
                }
            }
        }

        Assert.True(walked > 10, "walked " + walked);
    }

    internal static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is ISymbol or Compilation or SyntaxNode or SyntaxTree or SemanticModel or Location or AdditionalText, $"{path} holds a {value.GetType().FullName}");
        if (!value.GetType().IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                Walk(item, $"{path}[{i++}]", seen);
            }

            return;
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, seen);
        }
    }

    private static List<object> Values(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();

    private static void AssertAll(GeneratorRunResult result, string step, params IncrementalStepRunReason[] allowed)
    {
        foreach ((object value, IncrementalStepRunReason reason) in result.TrackedSteps[step].SelectMany(s => s.Outputs))
        {
            Assert.True(allowed.Contains(reason), $"{step}: {reason} for {value}");
        }
    }

    private static void AssertOutputsCached(GeneratorRunResult result)
    {
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static string PathOf(object value) => value switch
    {
        FileResult file => file.Catalogue?.FilePath ?? file.Diagnostics[0].FilePath,
        CatalogueModel model => model.FilePath,
        _ => throw new InvalidOperationException("Unexpected step value " + value.GetType()),
    };
}

/// <summary>The walker itself finds what it looks for (otherwise the test above proves nothing).</summary>
public sealed class StepWalkerTests
{
    [Fact]
    public void WalkerFindsALocationInsideARecordInsideAnArray()
    {
        var holder = new[] { new Holder(Location.None) };

        Assert.ThrowsAny<Exception>(() => IncrementalityTests.Walk(holder, "test", new HashSet<object>(ReferenceEqualityComparer.Instance)));
    }

    private sealed record Holder(object Value);
}
