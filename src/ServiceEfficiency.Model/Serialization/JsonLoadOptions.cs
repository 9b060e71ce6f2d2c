using System;

namespace ServiceEfficiency.Serialization;

/// <summary>Limits for reading JSON input. Input over a limit gets an SE1003 diagnostic, never an exception.</summary>
public sealed class JsonLoadOptions
{
    /// <summary>16 MiB and 64 levels of nesting.</summary>
    public static JsonLoadOptions Default { get; } = new();

    /// <summary>The largest input accepted, in bytes (default 16 MiB; the largest sample is well under 1 MiB).</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>The deepest nesting of arrays and objects accepted (default 64; the formats need about 12).</summary>
    public int MaxDepth { get; init; } = 64;

    internal void Check()
    {
        if (MaxBytes < 1 || MaxBytes > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, "MaxBytes must be between 1 and 2 GiB.");
        }

        if (MaxDepth < 1 || MaxDepth > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, "MaxDepth must be between 1 and 1000.");
        }
    }
}
