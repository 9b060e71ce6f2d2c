using System.Collections.Generic;

namespace ServiceEfficiency.Commendations;

/// <summary>A person to be commended, with everything they qualify through.</summary>
public sealed class Nominee
{
    /// <summary>Creates a nominee.</summary>
    /// <param name="name">The person's name as listed, such as 「王小明」.</param>
    /// <param name="qualifications">Every role the person held in a unit with an award outcome; each may earn a commendation.</param>
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
