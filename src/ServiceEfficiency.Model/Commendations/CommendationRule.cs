using System;
using System.Collections.Generic;
using System.Linq;

namespace ServiceEfficiency.Commendations;

/// <summary>One clause of a 敘獎原則: for an outcome (or any) and some roles, a commendation.</summary>
public sealed class CommendationRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="label">The clause's number as printed, such as 「(一)」; null when it has none.</param>
    /// <param name="outcome">The award outcome the clause is for; null when it applies whatever the outcome.</param>
    /// <param name="roles">The roles the clause covers, such as 主要承辦人員 and 首長(主管).</param>
    /// <param name="commendation">The commendation the clause grants, such as 記功1次.</param>
    /// <param name="upTo">True when the clause says 最高: the commendation is a ceiling the approver may lower.</param>
    /// <param name="text">The clause's full text as printed in the plan; null when it is not kept.</param>
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
    /// <param name="outcome">How the person's unit fared in the 政府服務獎; any outcome matches when <see cref="Outcome"/> is null.</param>
    /// <param name="role">The part the person played, looked up in <see cref="Roles"/>.</param>
    public bool AppliesTo(AwardOutcome outcome, CommendationRole role) =>
        (Outcome is null || Outcome == outcome) && Roles.Contains(role);

    /// <inheritdoc/>
    public override string ToString() => (Label ?? string.Empty) + (UpTo ? "最高" : string.Empty) + Commendation;
}
