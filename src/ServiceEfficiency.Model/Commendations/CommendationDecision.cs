using System.Collections.Generic;
using System.Linq;

namespace ServiceEfficiency.Commendations;

/// <summary>What a person receives under a policy.</summary>
public sealed class CommendationDecision
{
    internal CommendationDecision(Nominee nominee, IReadOnlyList<CommendationGrant> grants)
    {
        Nominee = nominee;
        Grants = grants;
    }

    /// <summary>The person.</summary>
    public Nominee Nominee { get; }

    /// <summary>What is granted: the single highest under a highest-only policy, else one per qualifying rule.</summary>
    public IReadOnlyList<CommendationGrant> Grants { get; }

    /// <summary>The heaviest grant, or null when no rule applies.</summary>
    public CommendationGrant? Highest => Grants.Count == 0 ? null : Grants.OrderByDescending(g => g.Commendation).First();
}
