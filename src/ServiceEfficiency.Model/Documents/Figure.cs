using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Documents;

/// <summary>A quantity a document reports or promises: 923 件 受理商品檢驗, 57 場次, 89%.</summary>
public sealed class Figure
{
    /// <summary>Creates a figure.</summary>
    /// <param name="value">The number as stated, without thousands separators (923; 89 for 89%).</param>
    /// <param name="unit">The unit of measure as printed (件, 場次, 具, 人次, %, 元 …).</param>
    /// <param name="label">What is counted, in the document's words (受理商品檢驗).</param>
    public Figure(decimal value, string unit, string label)
    {
        Value = value;
        Unit = unit;
        Label = label;
    }

    /// <summary>The number.</summary>
    public decimal Value { get; }

    /// <summary>The unit (件, 場次, 具, 人次, %, 元 …).</summary>
    public string Unit { get; }

    /// <summary>What is counted, in the document's words.</summary>
    public string Label { get; }

    /// <summary>The value with thousands separators, as the documents write it: 49,633 (invariant culture).</summary>
    public string FormattedValue => FigureFormat.Number(Value);

    /// <summary><c>受理商品檢驗 923 件</c>.</summary>
    public override string ToString() => FigureFormat.Text(this);
}
