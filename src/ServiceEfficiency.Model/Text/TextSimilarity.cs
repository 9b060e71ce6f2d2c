using System;
using System.Collections.Generic;
using System.Text;

namespace ServiceEfficiency.Text;

/// <summary>Edit distance and the comparison key used to tell a misspelling from a different wording.</summary>
internal static class TextSimilarity
{
    /// <summary>Levenshtein distance in UTF-16 code units (every CJK character of the documents is one).</summary>
    public static int Distance(string a, string b)
    {
        if (a is null)
        {
            throw new ArgumentNullException(nameof(a));
        }

        if (b is null)
        {
            throw new ArgumentNullException(nameof(b));
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The text reduced to what wording is made of: no white space (extraction spreads characters
    /// apart), no punctuation of either width, no trailing point annotations such as (33分).
    /// </summary>
    public static string ComparisonKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        // NFKC folds full-width digits and letters (１１２, ＭｙＥＧｏｖ) into their ASCII forms.
        foreach (char c in FoldCompatibility(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> in Unicode normalization form KC, also when it holds code points that
    /// normalization refuses — noncharacters (U+FFFE, U+FFFF, valid in JSON strings) and lone
    /// surrogates — which <see cref="string.Normalize(NormalizationForm)"/> throws on: then the valid
    /// runs between them are normalized and those code points are kept as they are, so no part of
    /// the value is lost.
    /// </summary>
    /// <param name="text">Any string.</param>
    internal static string FoldCompatibility(string text)
    {
        // Full-width ASCII (！ to ～) and the ideographic space are folded here as NFKC folds them,
        // because globalization-invariant mode (no ICU) leaves non-ASCII text unnormalized; then the
        // comparison is the same in both modes for the characters the documents use.
        text = FoldWidth(text);
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var result = new StringBuilder(text.Length);
            int runStart = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int width = Refused(text, i);
                if (width == 0)
                {
                    continue;
                }

                AppendNormalized(result, text.Substring(runStart, i - runStart));
                result.Append(text, i, width);
                i += width - 1;
                runStart = i + 1;
            }

            AppendNormalized(result, text.Substring(runStart));
            return result.ToString();
        }
    }

    private static string FoldWidth(string text)
    {
        char[]? folded = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char narrow = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            if (narrow != c)
            {
                folded ??= text.ToCharArray();
                folded[i] = narrow;
            }
        }

        return folded is null ? text : new string(folded);
    }

    // How many UTF-16 units at 'i' form a code point that normalization refuses: a lone surrogate or a
    // noncharacter (U+FDD0–U+FDEF, and the last two code points of every plane); 0 for any other.
    private static int Refused(string text, int i)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            int codePoint = char.ConvertToUtf32(c, text[i + 1]);
            return (codePoint & 0xFFFE) == 0xFFFE ? 2 : 0;
        }

        return char.IsSurrogate(c) || (c >= '\uFDD0' && c <= '\uFDEF') || (c & 0xFFFE) == 0xFFFE ? 1 : 0;
    }

    private static void AppendNormalized(StringBuilder result, string run)
    {
        try
        {
            result.Append(run.Normalize(NormalizationForm.FormKC));
        }
        catch (ArgumentException)
        {
            result.Append(run); // a code point this runtime's tables also refuse: kept as written
        }
    }

    /// <summary>
    /// The candidate closest to <paramref name="text"/>, preferring a longer common prefix among equal
    /// distances (資訊室 → 資訊小組 rather than 秘書室), or null when none is within
    /// <paramref name="maxDistance"/> edits.
    /// </summary>
    public static string? Closest(string text, IEnumerable<string> candidates, int maxDistance)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int bestPrefix = -1;
        foreach (string candidate in candidates)
        {
            int distance = Distance(text, candidate);
            int prefix = CommonPrefix(text, candidate);
            if (distance < bestDistance || (distance == bestDistance && prefix > bestPrefix))
            {
                best = candidate;
                bestDistance = distance;
                bestPrefix = prefix;
            }
        }

        return bestDistance <= maxDistance ? best : null;
    }

    private static int CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
