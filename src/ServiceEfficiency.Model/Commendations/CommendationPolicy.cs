using System;
using System.Collections.Generic;
using System.Linq;

namespace ServiceEfficiency.Commendations;

/// <summary>
/// 敘獎原則: commendations by award outcome and role. Under <see cref="HighestOnly"/>
/// (同時符合前開各項規定者，以最高額度辦理敘獎，不得重複敘獎) a person who qualifies several times
/// gets only the heaviest commendation, compared in 嘉獎 units (1 : 3 : 9).
/// </summary>
public sealed class CommendationPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="rules">The clauses of the 敘獎原則 in the order printed; must not be null.</param>
    /// <param name="highestOnly">True when the plan says 以最高額度辦理敘獎，不得重複敘獎: a person who qualifies several times gets only the heaviest commendation.</param>
    public CommendationPolicy(IReadOnlyList<CommendationRule> rules, bool highestOnly)
    {
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        HighestOnly = highestOnly;
    }

    /// <summary>The rules in the order printed.</summary>
    public IReadOnlyList<CommendationRule> Rules { get; }

    /// <summary>Whether a person gets only the highest commendation they qualify for.</summary>
    public bool HighestOnly { get; }

    /// <summary>The heaviest rule for a role under an outcome, or null when none applies.</summary>
    /// <param name="outcome">How the person's unit fared in the 政府服務獎.</param>
    /// <param name="role">The part the person played, such as 主要承辦人員.</param>
    public CommendationRule? RuleFor(AwardOutcome outcome, CommendationRole role) =>
        Rules.Where(r => r.AppliesTo(outcome, role)).OrderByDescending(r => r.Commendation).FirstOrDefault();

    /// <summary>Decides for each nominee, in the order given.</summary>
    /// <param name="nominees">The people to commend, each with the qualifications they hold; must not be null.</param>
    public IReadOnlyList<CommendationDecision> Evaluate(IEnumerable<Nominee> nominees)
    {
        if (nominees is null)
        {
            throw new ArgumentNullException(nameof(nominees));
        }

        var decisions = new List<CommendationDecision>();
        foreach (Nominee nominee in nominees)
        {
            var grants = new List<CommendationGrant>();
            foreach (Qualification qualification in nominee.Qualifications)
            {
                CommendationRule? rule = RuleFor(qualification.Outcome, qualification.Role);
                if (rule is not null && !grants.Any(g => ReferenceEquals(g.Rule, rule)))
                {
                    grants.Add(new CommendationGrant(rule, qualification));
                }
            }

            if (HighestOnly && grants.Count > 1)
            {
                // Stable choice: the heaviest, and among equals the one qualified through first.
                CommendationGrant highest = grants.OrderByDescending(g => g.Commendation).First();
                grants = new List<CommendationGrant> { highest };
            }

            decisions.Add(new CommendationDecision(nominee, grants));
        }

        return decisions;
    }
}
