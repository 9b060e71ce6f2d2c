using ServiceEfficiency.Calendar;

namespace ServiceEfficiency.Documents;

/// <summary>
/// An official letter or decree: issuer, ROC date and document number (文號), as in
/// 行政院106年1月9日院授發社字第1061300008號函頒「政府服務躍升方案」.
/// </summary>
public sealed class DocumentReference
{
    /// <summary>Creates a reference.</summary>
    public DocumentReference(string? label, string? issuer, RocDate? date, string? documentNumber, string? text)
    {
        Label = label;
        Issuer = issuer;
        Date = date;
        DocumentNumber = documentNumber;
        Text = text;
    }

    /// <summary>Its number in the list (一、), if any.</summary>
    public string? Label { get; }

    /// <summary>Who issued it (行政院).</summary>
    public string? Issuer { get; }

    /// <summary>When.</summary>
    public RocDate? Date { get; }

    /// <summary>文號 (院授發社字第1061300008號).</summary>
    public string? DocumentNumber { get; }

    /// <summary>The sentence as printed.</summary>
    public string? Text { get; }

    /// <inheritdoc/>
    public override string ToString() => Text ?? $"{Issuer}{Date}{DocumentNumber}";
}
