using System.Collections.Generic;
using ServiceEfficiency.Calendar;

namespace ServiceEfficiency.Documents;

/// <summary>The agency a document is from, with its units in the order the document lists them.</summary>
public sealed class Agency
{
    /// <summary>Creates an agency.</summary>
    public Agency(string name, string? parent, AgencyLevel level, IReadOnlyList<OrganizationUnit> units)
    {
        Name = name;
        Parent = parent;
        Level = level;
        Units = units;
    }

    /// <summary>Full name (經濟部標準檢驗局臺南分局).</summary>
    public string Name { get; }

    /// <summary>The parent agency (經濟部標準檢驗局), if any.</summary>
    public string? Parent { get; }

    /// <summary>Headquarters, branch or unit.</summary>
    public AgencyLevel Level { get; }

    /// <summary>The agency's units; ranges such as 第一課至第六課 follow this order.</summary>
    public IReadOnlyList<OrganizationUnit> Units { get; }
}
