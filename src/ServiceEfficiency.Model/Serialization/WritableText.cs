using System;
using System.Globalization;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Serialization;

/// <summary>
/// The checks a value passes before the writer puts it in the DTOs: what the JSON format cannot carry
/// is refused with the JSON path it would have had, never replaced or dropped.
/// </summary>
internal static class WritableText
{
    /// <summary>A text the format requires: not null, and representable in UTF-8.</summary>
    /// <param name="value">The text.</param>
    /// <param name="path">Its JSON path, as the loader would report it.</param>
    public static string Required(string? value, string path) =>
        Optional(value, path) ?? throw new ArgumentException(Messages.ApiWriteMissing.Format(path), "document");

    /// <summary>An optional text: null stays null (the property is left out); otherwise it must be representable in UTF-8.</summary>
    /// <param name="value">The text, or null.</param>
    /// <param name="path">Its JSON path, as the loader would report it.</param>
    public static string? Optional(string? value, string path)
    {
        if (value is null)
        {
            return null;
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                // UTF-8 has no form for half a pair; System.Text.Json would write U+FFFD instead, silently.
                throw new ArgumentException(Messages.ApiWriteLoneSurrogate.Format(path, ((int)c).ToString("X4", CultureInfo.InvariantCulture), i), "document");
            }
        }

        return value;
    }

    /// <summary>An element of a list that must not be null.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The element.</param>
    /// <param name="path">Its JSON path.</param>
    public static T Present<T>(T? value, string path)
        where T : class =>
        value ?? throw new ArgumentException(Messages.ApiWriteMissing.Format(path), "document");
}
