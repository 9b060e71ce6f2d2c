using System.Collections.Generic;

namespace ServiceEfficiency.Documents;

/// <summary>A lead unit as printed (秘書室(事務)) resolved against the agency's units.</summary>
internal sealed class ResolvedLeadUnit
{
    internal ResolvedLeadUnit(string text, string name, string? remark, LeadUnitMatch match, IReadOnlyList<OrganizationUnit> units, string? suggestion)
    {
        Text = text;
        Name = name;
        Remark = remark;
        Match = match;
        Units = units;
        Suggestion = suggestion;
    }

    /// <summary>As printed.</summary>
    public string Text { get; }

    /// <summary>Without the remark.</summary>
    public string Name { get; }

    /// <summary>A trailing remark in parentheses (事務, 研考, 全品會), if any.</summary>
    public string? Remark { get; }

    /// <summary>How it matched.</summary>
    public LeadUnitMatch Match { get; }

    /// <summary>The units it stands for (empty when unknown).</summary>
    public IReadOnlyList<OrganizationUnit> Units { get; }

    /// <summary>For an unknown unit, the agency's unit it most likely means.</summary>
    public string? Suggestion { get; }
}
