using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

/// <summary>壹、計畫依據: the legal references.</summary>
public sealed class BasisSection : PlanSection
{
    /// <summary>Creates the section.</summary>
    public BasisSection(string? label, string? title, IReadOnlyList<DocumentReference> references)
        : base(label, title, null) => References = references;

    /// <summary>The references in order.</summary>
    public IReadOnlyList<DocumentReference> References { get; }
}
