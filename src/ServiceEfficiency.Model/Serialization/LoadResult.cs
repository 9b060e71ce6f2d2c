using System.Collections.Generic;
using System.Linq;
using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Serialization;

/// <summary>
/// The outcome of loading a JSON file: the value when it could be built, every diagnostic, and
/// the source map that locates later findings (validation) in the same file.
/// </summary>
/// <typeparam name="T">What was loaded.</typeparam>
public sealed class LoadResult<T>
    where T : class
{
    internal LoadResult(T? value, IReadOnlyList<Diagnostic> diagnostics, JsonSourceMap sourceMap)
    {
        Value = value;
        Diagnostics = diagnostics;
        SourceMap = sourceMap;
    }

    /// <summary>The loaded value, or null when the input could not be read as one.</summary>
    public T? Value { get; }

    /// <summary>Everything found while loading, in input order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Positions of the input's values, for locating later diagnostics.</summary>
    public JsonSourceMap SourceMap { get; }

    /// <summary>Whether a value was loaded without errors (warnings allowed).</summary>
    public bool Succeeded => Value is not null && !Diagnostics.Any(d => d.IsError);
}
