using System.Collections.Generic;
using ServiceEfficiency.Commendations;

namespace ServiceEfficiency.Documents;

/// <summary>柒、獎勵方式: content and the commendation policy it states.</summary>
public sealed class RewardsSection : PlanSection
{
    /// <summary>Creates the section.</summary>
    public RewardsSection(string? label, string? title, IReadOnlyList<ContentBlock>? content, CommendationPolicy? commendationPolicy)
        : base(label, title, content) => CommendationPolicy = commendationPolicy;

    /// <summary>敘獎原則, if the plan states one.</summary>
    public CommendationPolicy? CommendationPolicy { get; }
}
