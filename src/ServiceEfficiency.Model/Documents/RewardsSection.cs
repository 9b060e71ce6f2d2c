using System.Collections.Generic;
using ServiceEfficiency.Commendations;

namespace ServiceEfficiency.Documents;

/// <summary>柒、獎勵方式: content and the commendation policy it states.</summary>
public sealed class RewardsSection : PlanSection
{
    /// <summary>Creates the section.</summary>
    /// <param name="label">The section label as printed, normally 「柒、」, or null when the document prints none.</param>
    /// <param name="title">The section title as printed, normally 獎勵方式, or null when the document prints none.</param>
    /// <param name="content">The section's paragraphs and numbered points as printed; null means none.</param>
    /// <param name="commendationPolicy">The 敘獎原則 the section states, as rules (which roles get 嘉獎, 記功 or 記一大功 for which award outcome), or null when the plan states none.</param>
    public RewardsSection(string? label, string? title, IReadOnlyList<ContentBlock>? content, CommendationPolicy? commendationPolicy)
        : base(label, title, content) => CommendationPolicy = commendationPolicy;

    /// <summary>敘獎原則, if the plan states one.</summary>
    public CommendationPolicy? CommendationPolicy { get; }
}
