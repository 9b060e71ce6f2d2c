using System;
using System.Collections.Generic;
using System.Linq;

namespace ServiceEfficiency.Documents;

/// <summary>
/// Resolves 主辦單位 as the documents print them: a unit's name or abbreviation, a range
/// (第一課至第六課) over the agency's ordered unit list, or a collective designation, each
/// optionally followed by a remark in parentheses.
/// </summary>
internal static class LeadUnitResolver
{
    /// <summary>Resolves one lead unit against <paramref name="agency"/>.</summary>
    public static ResolvedLeadUnit Resolve(Agency agency, string text)
    {
        if (agency is null)
        {
            throw new ArgumentNullException(nameof(agency));
        }

        string trimmed = (text ?? throw new ArgumentNullException(nameof(text))).Trim();
        (string name, string? remark) = SplitRemark(trimmed);
        OrganizationUnit? unit = Find(agency, name, out LeadUnitMatch how);
        if (unit is not null)
        {
            return new ResolvedLeadUnit(text, name, remark, how, new[] { unit }, null);
        }

        int to = name.IndexOf('至');
        if (to > 0 && to < name.Length - 1)
        {
            OrganizationUnit? first = Find(agency, name.Substring(0, to), out _);
            OrganizationUnit? last = Find(agency, name.Substring(to + 1), out _);
            int start = first is null ? -1 : IndexOf(agency, first);
            int end = last is null ? -1 : IndexOf(agency, last);
            return start >= 0 && end >= start
                ? new ResolvedLeadUnit(text, name, remark, LeadUnitMatch.Range, agency.Units.Skip(start).Take(end - start + 1).ToList(), null)
                : new ResolvedLeadUnit(text, name, remark, LeadUnitMatch.InvalidRange, Array.Empty<OrganizationUnit>(), null);
        }

        // Allow about one wrong character in three, never fewer than one.
        string? suggestion = Text.TextSimilarity.Closest(name, agency.Units.Select(u => u.Name), Math.Max(2, name.Length / 2));
        return new ResolvedLeadUnit(text, name, remark, LeadUnitMatch.Unknown, Array.Empty<OrganizationUnit>(), suggestion);
    }

    private static (string Name, string? Remark) SplitRemark(string text)
    {
        string normalized = text.Replace('（', '(').Replace('）', ')');
        int open = normalized.IndexOf('(');
        if (open > 0 && normalized.EndsWith(")", StringComparison.Ordinal))
        {
            return (normalized.Substring(0, open).Trim(), normalized.Substring(open + 1, normalized.Length - open - 2).Trim());
        }

        return (text, null);
    }

    private static OrganizationUnit? Find(Agency agency, string name, out LeadUnitMatch how)
    {
        foreach (OrganizationUnit unit in agency.Units)
        {
            if (string.Equals(unit.Name, name, StringComparison.Ordinal))
            {
                how = LeadUnitMatch.Name;
                return unit;
            }
        }

        foreach (OrganizationUnit unit in agency.Units)
        {
            if (unit.Abbreviation is not null && string.Equals(unit.Abbreviation, name, StringComparison.Ordinal))
            {
                how = LeadUnitMatch.Abbreviation;
                return unit;
            }
        }

        how = LeadUnitMatch.Unknown;
        return null;
    }

    private static int IndexOf(Agency agency, OrganizationUnit unit)
    {
        for (int i = 0; i < agency.Units.Count; i++)
        {
            if (ReferenceEquals(agency.Units[i], unit))
            {
                return i;
            }
        }

        return -1;
    }
}
