namespace ServiceEfficiency.Commendations;

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
