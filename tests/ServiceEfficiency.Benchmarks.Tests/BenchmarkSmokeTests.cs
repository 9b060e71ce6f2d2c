using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace ServiceEfficiency.Benchmarks.Tests;

/// <summary>
/// Every benchmark method runs once on every parameter value and returns something, outside BenchmarkDotNet
/// (which the quick mode exercises), and every benchmark class has exactly one baseline. No timing is asserted.
/// </summary>
public sealed class BenchmarkSmokeTests
{
    public static TheoryData<string> Classes => new(typeof(Program).Assembly.GetTypes()
        .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
        .Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(Classes))]
    public void EveryBenchmarkRunsOnEveryParameterAndTheClassHasOneBaseline(string className)
    {
        System.Type type = typeof(Program).Assembly.GetType(className)!;
        MethodInfo[] benchmarks = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).ToArray();
        Assert.Single(benchmarks, m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline);

        PropertyInfo? parameter = type.GetProperties().SingleOrDefault(p => p.GetCustomAttribute<ParamsAttribute>() is not null);
        object?[] values = parameter?.GetCustomAttribute<ParamsAttribute>()!.Values ?? new object?[] { null };
        foreach (object? value in values)
        {
            object instance = System.Activator.CreateInstance(type)!;
            parameter?.SetValue(instance, value);
            type.GetMethods().Single(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null).Invoke(instance, null);
            foreach (MethodInfo benchmark in benchmarks)
            {
                Assert.NotNull(benchmark.Invoke(instance, null));
            }
        }
    }
}
