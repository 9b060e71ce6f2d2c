using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

/// <summary>壹、計畫依據: the legal references.</summary>
public sealed class BasisSection : PlanSection
{
    /// <summary>Creates the section.</summary>
    /// <param name="label">The section label as printed, normally 「壹、」, or null when the document prints none.</param>
    /// <param name="title">The section title as printed, normally 計畫依據, or null when the document prints none.</param>
    /// <param name="references">The letters and decrees the plan is based on (issuer, ROC date, 文號), in the order listed.</param>
    public BasisSection(string? label, string? title, IReadOnlyList<DocumentReference> references)
        : base(label, title, null) => References = references;

    /// <summary>The references in order.</summary>
    public IReadOnlyList<DocumentReference> References { get; }
}
