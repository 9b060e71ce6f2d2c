using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using ServiceEfficiency.Benchmarks.Inputs;

namespace ServiceEfficiency.Benchmarks.Generator;

/// <summary>
/// The generator's own account of each scenario: the driver's <see cref="GeneratorRunResult.TrackedSteps"/>
/// (time per named step, summed over the step's executions), the output steps (the emitter), the whole
/// generator's time from <see cref="GeneratorDriver.GetTimingInfo"/>, and how many step executions ran. Medians over
/// repeated runs in this process; a complement to BenchmarkDotNet's wall-clock table, not a replacement.
/// </summary>
public static class GeneratorStepTable
{
    private static readonly (string Scenario, string? Edition)[] Scenarios =
    {
        (nameof(GeneratorColdBenchmarks.ColdRun), "service-award-overall"),
        (nameof(GeneratorColdBenchmarks.ColdRun), "service-upgrade-program"),
        (nameof(GeneratorColdBenchmarks.ColdRun), Corpus.SyntheticEdition),
        (nameof(GeneratorIncrementalBenchmarks.ColdRunOfBothFiles), null),
        (nameof(GeneratorIncrementalBenchmarks.RerunWithNoChange), null),
        (nameof(GeneratorIncrementalBenchmarks.RerunAfterUnrelatedCSharpEdit), null),
        (nameof(GeneratorIncrementalBenchmarks.RerunAfterEditingOneOfTwoCriteriaFiles), null),
    };

    /// <summary>Runs every scenario <paramref name="repetitions"/> times (after one warm-up) and writes the table as Markdown.</summary>
    public static string Measure(int repetitions)
    {
        var text = new StringBuilder();
        text.Append("| Scenario | ");
        text.Append(string.Join(" | ", GeneratorScenarios.NamedSteps.Select(s => s + " (μs)")));
        text.AppendLine(" | Output steps (μs) | Generator total (μs) | Steps ran | Outputs run |");
        text.Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|", GeneratorScenarios.NamedSteps.Count + 2))).AppendLine("---:|---:|");
        foreach ((string scenario, string? edition) in Scenarios)
        {
            GeneratorScenarios.Run(scenario, edition); // warm-up (JIT)
            var perStep = GeneratorScenarios.NamedSteps.ToDictionary(s => s, _ => new List<double>(), StringComparer.Ordinal);
            var outputs = new List<double>();
            var totals = new List<double>();
            (int Ran, int Total) ran = default;
            int written = 0;
            for (int i = 0; i < repetitions; i++)
            {
                GeneratorDriver driver = GeneratorScenarios.RunDriver(scenario, edition);
                GeneratorRunResult result = driver.GetRunResult().Results.Single();
                foreach (string step in GeneratorScenarios.NamedSteps)
                {
                    perStep[step].Add(result.TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs) ? runs.Sum(r => r.ElapsedTime.TotalMicroseconds) : 0);
                }

                outputs.Add(result.TrackedOutputSteps.SelectMany(s => s.Value).Sum(r => r.ElapsedTime.TotalMicroseconds));
                totals.Add(driver.GetTimingInfo().GeneratorTimes.Single().ElapsedTime.TotalMicroseconds);
                ran = GeneratorScenarios.CountRan(result);
                written = GeneratorScenarios.CountOutputsRun(result);
            }

            text.Append("| ").Append(scenario).Append(edition is null ? string.Empty : " (" + edition + ")").Append(" | ");
            foreach (string step in GeneratorScenarios.NamedSteps)
            {
                text.Append(Format(Median(perStep[step]))).Append(" | ");
            }

            text.Append(Format(Median(outputs))).Append(" | ").Append(Format(Median(totals))).Append(" | ")
                .Append(ran.Ran.ToString(CultureInfo.InvariantCulture)).Append('/').Append(ran.Total.ToString(CultureInfo.InvariantCulture)).Append(" | ")
                .Append(written.ToString(CultureInfo.InvariantCulture)).AppendLine(" |");
        }

        return text.ToString();
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count == 0 ? 0 : values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }

    private static string Format(double microseconds) => microseconds.ToString(microseconds >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture);
}
