using System;
using ServiceEfficiency.Figures;
using ServiceEfficiency.Text;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Documents;

/// <summary>
/// A quantity a document reports or promises: 923 件 受理商品檢驗, 57 場次, 89%; perhaps approximate
/// (約 920 件) or a bound (95 分以上), and perhaps with the words of the prose it was read from.
/// </summary>
/// <remarks>
/// A value: two figures are equal when their value, unit, label, qualifiers and printed text are
/// (units, labels and text compared ordinally; 923 and 923.0 are the same value).
/// </remarks>
public sealed class Figure : IEquatable<Figure>
{
    /// <summary>Creates an exact figure with no printed text.</summary>
    /// <param name="value">The number as stated, without thousands separators (923; 89 for 89%).</param>
    /// <param name="unit">The unit of measure as printed (件, 場次, 具, 人次, %, 元 …).</param>
    /// <param name="label">What is counted, in the document's words (受理商品檢驗).</param>
    public Figure(decimal value, string unit, string label)
    {
        Value = value;
        Unit = unit;
        Label = label;
    }

    /// <summary>Creates a figure that may be approximate or a bound and may keep the words it was read from.</summary>
    /// <param name="value">The number as stated, without thousands separators (923; 89 for 89%); the bound itself for a bound (95 for 95 分以上).</param>
    /// <param name="unit">The unit of measure as printed (件, 場次, 具, 人次, %, 元 …).</param>
    /// <param name="label">What is counted, in the document's words (受理商品檢驗).</param>
    /// <param name="qualifiers">How exactly the number is meant: <see cref="FigureQualifiers.None"/> for an exact one; approximate, at least or at most (not both bounds).</param>
    /// <param name="text">The words of the prose the figure was read from (「計受理商品檢驗923件」), or null when not recorded; not empty.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifiers"/> has a flag <see cref="FigureQualifiers"/> does not define.</exception>
    /// <exception cref="ArgumentException"><paramref name="qualifiers"/> is both at least and at most, or <paramref name="text"/> is empty or white space.</exception>
    public Figure(decimal value, string unit, string label, FigureQualifiers qualifiers, string? text)
        : this(value, unit, label)
    {
        const FigureQualifiers all = FigureQualifiers.Approximate | FigureQualifiers.AtLeast | FigureQualifiers.AtMost;
        if ((qualifiers & ~all) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(qualifiers), qualifiers, null);
        }

        if ((qualifiers & (FigureQualifiers.AtLeast | FigureQualifiers.AtMost)) == (FigureQualifiers.AtLeast | FigureQualifiers.AtMost))
        {
            throw new ArgumentException(Messages.ApiFigureBothBounds.Format(), nameof(qualifiers));
        }

        if (text is not null && text.Trim().Length == 0)
        {
            throw new ArgumentException(Messages.ApiBuildBlank.Format(Messages.ApiBuildWhatPrinted.Format()), nameof(text));
        }

        Qualifiers = qualifiers;
        Text = text;
    }

    /// <summary>The number.</summary>
    public decimal Value { get; }

    /// <summary>The unit (件, 場次, 具, 人次, %, 元 …).</summary>
    public string Unit { get; }

    /// <summary>What is counted, in the document's words.</summary>
    public string Label { get; }

    /// <summary>How exactly the number is meant: exact (<see cref="FigureQualifiers.None"/>), approximate (約, 逾, 近), at least (以上, 至少) or at most (以下).</summary>
    public FigureQualifiers Qualifiers { get; }

    /// <summary>Whether the number is rounded or estimated (約 920 件).</summary>
    public bool IsApproximate => (Qualifiers & FigureQualifiers.Approximate) != 0;

    /// <summary>Whether the number is a lower bound (95 分以上, 至少 3 場).</summary>
    public bool IsAtLeast => (Qualifiers & FigureQualifiers.AtLeast) != 0;

    /// <summary>Whether the number is an upper bound (3 天以下).</summary>
    public bool IsAtMost => (Qualifiers & FigureQualifiers.AtMost) != 0;

    /// <summary>The words of the prose the figure was read from (「計受理商品檢驗923件」), or null when not recorded.</summary>
    public string? Text { get; }

    /// <summary>The value with thousands separators, as the documents write it: 49,633 (invariant culture).</summary>
    public string FormattedValue => FigureFormat.Number(Value);

    /// <summary>Whether two figures are equal.</summary>
    /// <param name="left">A figure, or null.</param>
    /// <param name="right">Another figure, or null.</param>
    /// <returns>Whether both are null or they are equal.</returns>
    public static bool operator ==(Figure? left, Figure? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two figures differ.</summary>
    /// <param name="left">A figure, or null.</param>
    /// <param name="right">Another figure, or null.</param>
    /// <returns>Whether they are not equal.</returns>
    public static bool operator !=(Figure? left, Figure? right) => !(left == right);

    /// <summary>Whether this figure has the same value, unit, label, qualifiers and printed text as another.</summary>
    /// <param name="other">The other figure, or null.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(Figure? other) =>
        other is not null
        && Value == other.Value
        && string.Equals(Unit, other.Unit, StringComparison.Ordinal)
        && string.Equals(Label, other.Label, StringComparison.Ordinal)
        && Qualifiers == other.Qualifiers
        && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is an equal figure.</summary>
    /// <param name="obj">Any object, or null.</param>
    /// <returns>Whether it is a <see cref="Figure"/> equal to this one.</returns>
    public override bool Equals(object? obj) => Equals(obj as Figure);

    /// <summary>A hash code consistent with <see cref="Equals(Figure)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            int hash = Value.GetHashCode();
            hash = (hash * 31) + (Unit is null ? 0 : StringComparer.Ordinal.GetHashCode(Unit));
            hash = (hash * 31) + (Label is null ? 0 : StringComparer.Ordinal.GetHashCode(Label));
            hash = (hash * 31) + (int)Qualifiers;
            return (hash * 31) + (Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text));
        }
    }

    /// <summary><c>受理商品檢驗 923 件</c>.</summary>
    /// <returns>The label and the amount.</returns>
    public override string ToString() => FigureFormat.Text(this);
}
