using System;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Figures;

/// <summary>
/// A quantity <see cref="FigureExtractor"/> read from a paragraph or point: its value, unit, what it counts,
/// how exactly it is meant and where in the text it is printed.
/// </summary>
public sealed class ExtractedFigure
{
    /// <summary>Creates an extracted figure.</summary>
    /// <param name="value">The number, multipliers applied (1萬3,147 → 13147; 三場 → 3); for 萬元, 億元 and 千元 the number before the unit (500萬元 → 500).</param>
    /// <param name="unit">The unit as printed, except that a full-width ％ is written %.</param>
    /// <param name="label">What is counted, in the text's words; empty when the text names nothing.</param>
    /// <param name="qualifiers">Whether the number is approximate or a bound.</param>
    /// <param name="start">Where the printed quantity starts in the text (its qualifier, if one comes first), in UTF-16 code units.</param>
    /// <param name="length">How many UTF-16 code units the printed quantity takes, qualifiers before and after it included.</param>
    /// <param name="text">The printed quantity (約 920 件, 5萬人以上): the text's characters from <paramref name="start"/>.</param>
    public ExtractedFigure(decimal value, string unit, string label, FigureQualifiers qualifiers, int start, int length, string text)
    {
        Value = value;
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
        Label = label ?? throw new ArgumentNullException(nameof(label));
        Qualifiers = qualifiers;
        Start = start;
        Length = length;
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>The number (13147 for 1萬3,147; 3 for 三場; 89 for 89%).</summary>
    public decimal Value { get; }

    /// <summary>The unit (件, 場次, 人次, %, 萬元 …).</summary>
    public string Unit { get; }

    /// <summary>
    /// What is counted: the words before the quantity back to the previous punctuation or number, without
    /// 計/共/合計/總計/達 and the like; the words after it when nothing comes before; empty when neither names anything.
    /// </summary>
    public string Label { get; }

    /// <summary>Whether the number is approximate (約), a lower bound (以上, 逾) or an upper bound (以下, 未滿).</summary>
    public FigureQualifiers Qualifiers { get; }

    /// <summary>Where the printed quantity starts in the text, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>The length of the printed quantity in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The printed quantity as it stands in the text (約 920 件, 1萬3,147人次, 5萬人以上).</summary>
    public string Text { get; }

    /// <summary>
    /// The figure a document records: value, unit, label, qualifiers and the printed quantity as its
    /// <see cref="Figure.Text"/>. The position in the text is not kept (it changes with every edit).
    /// </summary>
    /// <returns>A new <see cref="Figure"/>.</returns>
    public Figure ToFigure() => new Figure(Value, Unit, Label, Qualifiers, Text.Trim().Length == 0 ? null : Text);

    /// <summary><c>受理商品檢驗 923 件 @12+4</c>, with 約/≥/≤ before the amount when qualified.</summary>
    /// <returns>The label, the amount and the span.</returns>
    public override string ToString()
    {
        string qualifier = ((Qualifiers & FigureQualifiers.Approximate) != 0 ? "約" : string.Empty)
            + ((Qualifiers & FigureQualifiers.AtLeast) != 0 ? "≥" : string.Empty)
            + ((Qualifiers & FigureQualifiers.AtMost) != 0 ? "≤" : string.Empty);
        string amount = qualifier + FigureFormat.Amount(Value, Unit);
        return (Label.Length == 0 ? amount : Label + " " + amount) + " @" + Start + "+" + Length;
    }
}
