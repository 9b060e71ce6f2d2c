using System;
using System.Collections.Generic;
using ServiceEfficiency.Numbering;

namespace ServiceEfficiency.Criteria;

/// <summary>
/// The rules of a criteria edition that need no JSON reader: what a key may be, how points roll
/// up, which deadline rules are valid, how a heading is written. The run-time loader and the
/// generator both call these (linked source, src/Shared/README.md), so they cannot disagree.
/// </summary>
internal static class CriteriaRules
{
    /// <summary>
    /// Whether a key is accepted: ASCII letters, digits and '_', not starting with a digit
    /// (^[A-Za-z_][A-Za-z0-9_]*$). Every such key is a C# identifier ('@' for keywords).
    /// </summary>
    /// <param name="key">The key as written.</param>
    public static bool IsKey(string key)
    {
        if (key.Length == 0)
        {
            return false;
        }

        for (int i = 0; i < key.Length; i++)
        {
            char c = key[i];
            bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!(letter || (i > 0 && c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The points of a node: its own, else the sum of its children's, null when none has points.
    /// Summed in <see langword="long"/>: int points cannot wrap around into a plausible total.
    /// </summary>
    /// <typeparam name="T">The node type of the caller (the Model's criterion, the generator's raw node).</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="points">Its own points.</param>
    /// <param name="children">Its children.</param>
    public static long? RolledUpPoints<T>(T node, Func<T, int?> points, Func<T, IEnumerable<T>> children)
    {
        if (points(node) is int own)
        {
            return own;
        }

        long? sum = null;
        foreach (T child in children(node))
        {
            if (RolledUpPoints(child, points, children) is long childPoints)
            {
                sum = (sum ?? 0) + childPoints;
            }
        }

        return sum;
    }

    /// <summary>
    /// Whether the top-level nodes contradict the edition's total: more than the total, or (when
    /// every top-level node has points) not exactly the total.
    /// </summary>
    /// <param name="sum">The rolled-up points of the top-level nodes.</param>
    /// <param name="allScored">Whether every top-level node has (rolled-up) points.</param>
    /// <param name="total">The edition's total.</param>
    public static bool TotalMismatch(long sum, bool allScored, int total) => sum > total || (allScored && sum != total);

    /// <summary>
    /// Whether a fixed-date deadline rule is valid. 2000 is a leap year, so 2月29日 is accepted as a
    /// rule and checked per year when scheduled; the year offset is this year (0) or the next (1).
    /// </summary>
    /// <param name="month">Month, 1–12.</param>
    /// <param name="day">Day of the month.</param>
    /// <param name="yearOffset">0 or 1.</param>
    public static bool IsValidDateRule(int month, int day, int yearOffset) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month) && yearOffset is 0 or 1;

    /// <summary>Whether a period deadline rule (<c>withinMonths</c> after an event) is valid: at least one month.</summary>
    /// <param name="withinMonths">The months allowed.</param>
    public static bool IsValidPeriod(int withinMonths) => withinMonths >= 1;

    /// <summary>
    /// The heading of a node: label and title, with a full-width colon after a level name
    /// (構面一：基礎服務) and nothing after punctuation that ends the label (一、, (一), 1.).
    /// </summary>
    /// <param name="style">The numbering style of the node's level.</param>
    /// <param name="label">The node's label.</param>
    /// <param name="title">The node's title.</param>
    public static string Heading(NumberingStyle style, string label, string title) =>
        style == NumberingStyle.LevelNameChinese ? label + "：" + title : label + title;
}
