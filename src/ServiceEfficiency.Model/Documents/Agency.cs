using System.Collections.Generic;
using ServiceEfficiency.Calendar;

namespace ServiceEfficiency.Documents;

/// <summary>The agency a document is from, with its units in the order the document lists them.</summary>
public sealed class Agency
{
    /// <summary>Creates an agency.</summary>
    /// <param name="name">The agency's full name as printed, such as 經濟部標準檢驗局臺南分局.</param>
    /// <param name="parent">The full name of the agency it reports to (經濟部標準檢驗局 for a branch, 經濟部 for headquarters), or null when none is stated.</param>
    /// <param name="level">Where the agency stands: 總局 headquarters, 分局 branch, or a unit of headquarters.</param>
    /// <param name="units">The agency's units in the order the document lists them; ranges of lead units such as 第一課至第六課 are resolved over this order.</param>
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
