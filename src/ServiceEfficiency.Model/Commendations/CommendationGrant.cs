namespace ServiceEfficiency.Commendations;

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
