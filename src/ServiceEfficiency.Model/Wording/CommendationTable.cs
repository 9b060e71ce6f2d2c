using System;
using System.Collections.Generic;
using ServiceEfficiency.Commendations;

namespace ServiceEfficiency.Wording;

/// <summary>
/// The wording of a commendation table (敘獎), as the tool's <c>commend</c> command prints it: the column
/// headers 姓名 | 資格 | 敘獎 | 依據, a grant under a ceiling as 最高嘉獎2次, and the highest-only clause.
/// </summary>
public static class CommendationTable
{
    /// <summary>The column headers: 姓名 (name), 資格 (qualifications), 敘獎 (commendation), 依據 (the rule's label).</summary>
    public static IReadOnlyList<string> Columns { get; } = new[] { "姓名", "資格", "敘獎", "依據" };

    /// <summary>The note under a table whose policy grants only the highest commendation per person.</summary>
    public const string HighestOnlyClause = "同時符合者以最高額度辦理敘獎，不得重複敘獎。";

    /// <summary>A grant as the table writes it: the commendation, with 最高 before it when the rule sets a ceiling (最高記功1次).</summary>
    /// <param name="grant">The commendation granted.</param>
    /// <returns>The grant's text.</returns>
    public static string Grant(CommendationGrant grant)
    {
        if (grant is null)
        {
            throw new ArgumentNullException(nameof(grant));
        }

        return (grant.Rule.UpTo ? "最高" : string.Empty) + grant.Commendation;
    }
}
