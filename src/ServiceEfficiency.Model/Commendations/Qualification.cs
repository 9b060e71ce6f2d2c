namespace ServiceEfficiency.Commendations;

/// <summary>Something that makes a person eligible: a role in a unit that had an outcome.</summary>
public sealed class Qualification
{
    /// <summary>Creates a qualification.</summary>
    /// <param name="outcome">How the person's unit fared in the 政府服務獎.</param>
    /// <param name="role">The part the person played in that unit.</param>
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
