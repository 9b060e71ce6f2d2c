using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis;

namespace ServiceEfficiency.Benchmarks.Generator;

/// <summary>
/// A summary column for the generator benchmarks: how many of the generator's named step executions ran
/// (New, Modified or Unchanged) out of those tracked, and how many output callbacks ran with a new value. It runs
/// the benchmark's scenario once more, in the host process, with step tracking on.
/// </summary>
public sealed class GeneratorStepsColumn : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(GeneratorStepsColumn);

    /// <inheritdoc/>
    public string ColumnName => "Steps ran";

    /// <inheritdoc/>
    public bool AlwaysShow => false;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => false;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Generator step executions that ran (not cached) / all tracked, and output callbacks (emit, diagnostics) that ran with a new value";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        string method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (!Applies(benchmarkCase) || method == nameof(GeneratorColdBenchmarks.RuntimeLoader))
        {
            return "-";
        }

        string? edition = benchmarkCase.HasParameters ? benchmarkCase.Parameters["Edition"] as string : null;
        GeneratorRunResult result = GeneratorScenarios.Run(method, edition);
        (int ran, int total) = GeneratorScenarios.CountRan(result);
        return string.Create(CultureInfo.InvariantCulture, $"{ran}/{total}, {GeneratorScenarios.CountOutputsRun(result)} outputs run");
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(Applies);

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <summary>Only the generator classes have it.</summary>
    public static bool Applies(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.Type == typeof(GeneratorColdBenchmarks) || benchmarkCase.Descriptor.Type == typeof(GeneratorIncrementalBenchmarks);
}
