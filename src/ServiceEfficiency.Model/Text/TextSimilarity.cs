using System;
using System.Collections.Generic;
using System.Text;

namespace ServiceEfficiency.Text;

/// <summary>Edit distance and the comparison key used to tell a misspelling from a different wording.</summary>
public static class TextSimilarity
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
        foreach (char c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
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
