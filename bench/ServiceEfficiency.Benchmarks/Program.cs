using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ServiceEfficiency.Benchmarks.Generator;

namespace ServiceEfficiency.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project bench/ServiceEfficiency.Benchmarks</c> for the full
/// run (docs/performance.md), <c>-- --quick</c> for the quick mode CI uses (every benchmark once: it proves they
/// build and run, and measures nothing). Other arguments go to BenchmarkDotNet (<c>--filter *Rendering*</c>).
/// After the benchmarks the generator's step table is printed and written beside BenchmarkDotNet's results.
/// </summary>
public static class Program
{
    /// <summary>Entry point; exits 1 when a benchmark failed.</summary>
    public static int Main(string[] args)
    {
        bool quick = args.Contains("--quick", StringComparer.Ordinal);
        var rest = args.Where(a => a != "--quick").ToList();
        if (!rest.Any(a => a is "--filter" or "-f" or "--list" or "--help" or "-h" or "--info"))
        {
            rest.AddRange(new[] { "--filter", "*" });
        }

        // Full run: one process per benchmark, 3 warm-up and 10 measured iterations — about 15 minutes for all
        // of them on 2 cores. Quick: BenchmarkDotNet's Dry job (one invocation, no warm-up, no pilot).
        Job job = quick
            ? Job.Dry.WithId("Quick")
            : Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Full");
        IConfig config = DefaultConfig.Instance
            .AddJob(job.AsDefault())
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new GeneratorStepsColumn())
            .AddColumn(StatisticColumn.Median)
            .HideColumns(Column.Error)
            .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(32)) // full edition and document names
            .WithOptions(ConfigOptions.DisableLogFile);
        IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.ToArray(), config);

        bool failed = false;
        foreach (Summary summary in summaries)
        {
            foreach (BenchmarkReport report in summary.Reports.Where(r => !r.Success))
            {
                Console.Error.WriteLine("benchmark failed: " + report.BenchmarkCase.DisplayInfo);
                failed = true;
            }

            if (summary.HasCriticalValidationErrors)
            {
                Console.Error.WriteLine("benchmark validation failed: " + string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
                failed = true;
            }

            string? artifacts = summary.ResultsDirectoryPath;
            if (artifacts is not null && summary.BenchmarksCases.Any(GeneratorStepsColumn.Applies))
            {
                string table = GeneratorStepTable.Measure(quick ? 3 : 50);
                Console.WriteLine();
                Console.WriteLine("Generator steps (GeneratorRunResult.TrackedSteps, median of " + (quick ? 3 : 50) + " runs in this process):");
                Console.WriteLine(table);
                Directory.CreateDirectory(artifacts);
                File.WriteAllText(Path.Combine(artifacts, "generator-steps.md"), table);
                break;
            }
        }

        return failed ? 1 : 0;
    }
}
