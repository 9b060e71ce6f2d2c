using ServiceEfficiency.Calendar;

namespace ServiceEfficiency.Documents;

/// <summary>
/// An official letter or decree: issuer, ROC date and document number (文號), as in
/// 行政院106年1月9日院授發社字第1061300008號函頒「政府服務躍升方案」.
/// </summary>
public sealed class DocumentReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="label">Its number in the list of references (「一、」), or null when it is unnumbered.</param>
    /// <param name="issuer">The authority that issued it (行政院, 經濟部), or null when not stated.</param>
    /// <param name="date">The ROC date of issue (106年1月9日), or null when not stated.</param>
    /// <param name="documentNumber">The 文號 of the letter (院授發社字第1061300008號), or null when not stated.</param>
    /// <param name="text">The whole sentence as printed; null when only the parts are known, and <see cref="ToString"/> then joins issuer, date and 文號.</param>
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
