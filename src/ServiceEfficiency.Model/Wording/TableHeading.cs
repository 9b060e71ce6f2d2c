using System;
using System.Globalization;
using ServiceEfficiency.Criteria;

namespace ServiceEfficiency.Wording;

/// <summary>
/// The heading of a strategy table: its criterion's heading with the points in full-width
/// parentheses, as the seeds print a dimension — 構面一：基礎服務（200分） — and the numbered
/// fallback and caption (表1, 表1　…) of a table.
/// </summary>
public static class TableHeading
{
    /// <summary>The heading of the table of <paramref name="criterion"/>: 構面一：基礎服務（200分）, or the heading alone when it has no points.</summary>
    /// <param name="criterion">The table's criterion (usually a dimension, 構面).</param>
    /// <returns>The heading with its points.</returns>
    public static string Of(Criterion criterion)
    {
        if (criterion is null)
        {
            throw new ArgumentNullException(nameof(criterion));
        }

        return WithPoints(criterion.Heading, criterion.Points);
    }

    /// <summary>A heading followed by （N分） when <paramref name="points"/> has a value.</summary>
    /// <param name="heading">The heading as printed (構面一：基礎服務).</param>
    /// <param name="points">The points, or <see langword="null"/> for none.</param>
    /// <returns>構面一：基礎服務（200分）, or <paramref name="heading"/> unchanged.</returns>
    public static string WithPoints(string heading, int? points)
    {
        if (heading is null)
        {
            throw new ArgumentNullException(nameof(heading));
        }

        return points is int value ? heading + "（" + value.ToString(CultureInfo.InvariantCulture) + "分）" : heading;
    }

    /// <summary>The name of the <paramref name="index"/>-th table of a document, 表1: the heading of a table that names no criterion and no title.</summary>
    /// <param name="index">The table's position in the document, from 1.</param>
    /// <returns>表 and the index in Arabic digits.</returns>
    public static string Numbered(int index) => "表" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The caption of a table: 表1, an ideographic space and the heading.</summary>
    /// <param name="index">The table's position in the document, from 1.</param>
    /// <param name="heading">The table's heading (<see cref="Of(Criterion)"/> or the title printed in the data).</param>
    /// <returns>表1　構面一：基礎服務（200分）.</returns>
    public static string Caption(int index, string heading) => Numbered(index) + "\u3000" + heading;
}
