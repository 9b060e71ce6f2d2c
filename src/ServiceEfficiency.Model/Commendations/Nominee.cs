using System.Collections.Generic;

namespace ServiceEfficiency.Commendations;

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
