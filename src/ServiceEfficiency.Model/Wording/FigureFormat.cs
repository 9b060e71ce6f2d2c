using System;
using System.Globalization;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Wording;

/// <summary>
/// How the documents write a figure: the number with thousands separators (49,633; 99.5), the
/// amount with its unit after a space (2,055 件) except a percentage, which follows the number
/// directly (99%), and the figure as a phrase (受理商品檢驗 923 件). Invariant culture throughout, so
/// a server's culture cannot change a rendered document.
/// </summary>
public static class FigureFormat
{
    /// <summary>The unit that is written without a space before it.</summary>
    public const string Percent = "%";

    /// <summary>A number as the documents write it: 49633 → 49,633; 99.5 → 99.5 (at most two decimals).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The number with thousands separators, invariant culture.</returns>
    public static string Number(decimal value) =>
        value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A number with its unit: 2,055 件, 57 場次, 99%.</summary>
    /// <param name="value">The number.</param>
    /// <param name="unit">The unit (件, 場次, %, …).</param>
    /// <returns>The amount.</returns>
    public static string Amount(decimal value, string unit) =>
        // No null check: a figure built in code with a null unit has always printed as "923 " rather than
        // failing in ToString, and rendering must not start throwing for it.
        unit == Percent ? Number(value) + Percent : Number(value) + " " + unit;

    /// <summary>The amount of a figure: 923 件.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns><see cref="Amount(decimal, string)"/> of its value and unit.</returns>
    public static string Amount(Figure figure)
    {
        if (figure is null)
        {
            throw new ArgumentNullException(nameof(figure));
        }

        return Amount(figure.Value, figure.Unit);
    }

    /// <summary>A figure as a phrase: what is counted, a space and the amount (受理商品檢驗 923 件, 滿意度 99%).</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The label and the amount.</returns>
    public static string Text(Figure figure)
    {
        if (figure is null)
        {
            throw new ArgumentNullException(nameof(figure));
        }

        return figure.Label + " " + Amount(figure);
    }
}
