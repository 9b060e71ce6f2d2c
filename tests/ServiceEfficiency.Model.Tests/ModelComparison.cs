using System.Collections;
using System.Reflection;

namespace ServiceEfficiency.Tests;

/// <summary>
/// A structural deep comparison of two model graphs (documents, their tables, entries, blocks …):
/// every public instance property of every object of the library, lists element by element, values
/// (strings ordinal, numbers, enums, dates, commendations) by <see cref="object.Equals(object)"/>.
/// It walks the properties by reflection, so a property added to the model is compared without
/// anyone remembering to add it here.
/// </summary>
internal static class ModelComparison
{
    /// <summary>The first difference as "path: expected … but was …", or null when the graphs are equal.</summary>
    public static string? FirstDifference(object? expected, object? actual, string path = "document")
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: expected {Show(expected)} but was {Show(actual)}";
        }

        if (expected is not string && expected is IEnumerable expectedItems)
        {
            if (actual is not IEnumerable actualItems || actual is string)
            {
                return $"{path}: expected a list but was a {actual.GetType().Name}";
            }

            // Lists compare by content: a list built in code and the array the loader makes are equal when their items are.
            object?[] left = expectedItems.Cast<object?>().ToArray();
            object?[] right = actualItems.Cast<object?>().ToArray();
            for (int i = 0; i < Math.Min(left.Length, right.Length); i++)
            {
                if (FirstDifference(left[i], right[i], $"{path}[{i}]") is string difference)
                {
                    return difference;
                }
            }

            return left.Length == right.Length ? null : $"{path}: expected {left.Length} items but was {right.Length}";
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: expected a {expected.GetType().Name} but was a {actual.GetType().Name}";
        }

        Type type = expected.GetType();
        if (expected is string || type.IsPrimitive || type.IsEnum || expected is decimal || type.IsValueType)
        {
            // Structs of the model (RocDate, Commendation) are values with their own equality.
            return Equals(expected, actual) ? null : $"{path}: expected {Show(expected)} but was {Show(actual)}";
        }

        if (type.Namespace is null || !type.Namespace.StartsWith("ServiceEfficiency", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{path}: no structural comparison for {type.FullName}.");
        }

        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (FirstDifference(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name) is string difference)
            {
                return difference;
            }
        }

        return null;
    }

    /// <summary>How many values the comparison looked at: proof that it walked the whole graph.</summary>
    public static int CountValues(object? value)
    {
        if (value is null || value is string || value.GetType().IsValueType)
        {
            return 1;
        }

        if (value is IEnumerable items)
        {
            return items.Cast<object?>().Sum(CountValues);
        }

        return value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Sum(p => CountValues(p.GetValue(value)));
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + (s.Length > 60 ? s.Substring(0, 60) + "…" : s) + "\"",
        _ => value.ToString() ?? value.GetType().Name,
    };
}
