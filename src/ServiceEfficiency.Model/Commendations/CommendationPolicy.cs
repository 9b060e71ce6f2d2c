using System;
using System.Collections.Generic;
using System.Linq;

namespace ServiceEfficiency.Commendations;

/// <summary>One clause of a 敘獎原則: for an outcome (or any) and some roles, a commendation.</summary>
public sealed class CommendationRule
{
    /// <summary>Creates a rule.</summary>
    public CommendationRule(string? label, AwardOutcome? outcome, IReadOnlyList<CommendationRole> roles, Commendation commendation, bool upTo, string? text)
    {
        Label = label;
        Outcome = outcome;
        Roles = roles;
        Commendation = commendation;
        UpTo = upTo;
        Text = text;
    }

    /// <summary>The clause's number as printed ((一)).</summary>
    public string? Label { get; }

    /// <summary>The outcome it is for; null when it applies whatever the outcome.</summary>
    public AwardOutcome? Outcome { get; }

    /// <summary>The roles it covers.</summary>
    public IReadOnlyList<CommendationRole> Roles { get; }

    /// <summary>The commendation it grants.</summary>
    public Commendation Commendation { get; }

    /// <summary>最高: the commendation is a ceiling, which the approver may lower.</summary>
    public bool UpTo { get; }

    /// <summary>The clause as printed.</summary>
    public string? Text { get; }

    /// <summary>Whether the rule covers a person of <paramref name="role"/> in a unit with <paramref name="outcome"/>.</summary>
    public bool AppliesTo(AwardOutcome outcome, CommendationRole role) =>
        (Outcome is null || Outcome == outcome) && Roles.Contains(role);

    /// <inheritdoc/>
    public override string ToString() => (Label ?? string.Empty) + (UpTo ? "最高" : string.Empty) + Commendation;
}

/// <summary>Something that makes a person eligible: a role in a unit that had an outcome.</summary>
public sealed class Qualification
{
    /// <summary>Creates a qualification.</summary>
    public Qualification(AwardOutcome outcome, CommendationRole role)
    {
        Outcome = outcome;
        Role = role;
    }

    /// <summary>The outcome of the unit.</summary>
    public AwardOutcome Outcome { get; }

    /// <summary>The person's role.</summary>
    public CommendationRole Role { get; }

    /// <inheritdoc/>
    public override string ToString() => Outcome.Name() + "・" + Role.Name();
}

/// <summary>A person to be commended, with everything they qualify through.</summary>
public sealed class Nominee
{
    /// <summary>Creates a nominee.</summary>
    public Nominee(string name, IReadOnlyList<Qualification> qualifications)
    {
        Name = name;
        Qualifications = qualifications;
    }

    /// <summary>The person's name.</summary>
    public string Name { get; }

    /// <summary>Roles under outcomes.</summary>
    public IReadOnlyList<Qualification> Qualifications { get; }
}

/// <summary>A commendation granted by a rule through a qualification.</summary>
public sealed class CommendationGrant
{
    internal CommendationGrant(CommendationRule rule, Qualification qualification)
    {
        Rule = rule;
        Qualification = qualification;
    }

    /// <summary>The rule that produced it.</summary>
    public CommendationRule Rule { get; }

    /// <summary>The qualification it was granted through.</summary>
    public Qualification Qualification { get; }

    /// <summary>The commendation.</summary>
    public Commendation Commendation => Rule.Commendation;
}

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

/// <summary>
/// 敘獎原則: commendations by award outcome and role. Under <see cref="HighestOnly"/>
/// (同時符合前開各項規定者，以最高額度辦理敘獎，不得重複敘獎) a person who qualifies several times
/// gets only the heaviest commendation, compared in 嘉獎 units (1 : 3 : 9).
/// </summary>
public sealed class CommendationPolicy
{
    /// <summary>Creates a policy.</summary>
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
    public CommendationRule? RuleFor(AwardOutcome outcome, CommendationRole role) =>
        Rules.Where(r => r.AppliesTo(outcome, role)).OrderByDescending(r => r.Commendation).FirstOrDefault();

    /// <summary>Decides for each nominee, in the order given.</summary>
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
