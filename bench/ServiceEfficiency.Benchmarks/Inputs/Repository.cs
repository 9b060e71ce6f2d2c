using System;
using System.IO;

namespace ServiceEfficiency.Benchmarks.Inputs;

/// <summary>Finds the repository's files (the samples) from wherever the benchmarks run.</summary>
/// <remarks>
/// BenchmarkDotNet runs each benchmark in a child process built below <c>bin/</c>, so the root is
/// searched upwards from the assembly and, failing that, from the working directory.
/// </remarks>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root: the directory holding <c>ServiceEfficiency.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The path of a sample criteria edition, e.g. <c>service-award-overall</c>.</summary>
    public static string SampleCriteria(string name) => Path.Combine(Root, "samples", "criteria", name + ".criteria.json");

    /// <summary>The path of a sample document, e.g. <c>tainan-111-plan</c>.</summary>
    public static string SampleDocument(string name) => Path.Combine(Root, "samples", "data", name + ".json");

    private static string FindRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ServiceEfficiency.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("ServiceEfficiency.sln not found above " + AppContext.BaseDirectory);
    }
}
