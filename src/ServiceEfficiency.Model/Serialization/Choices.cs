using System;
using System.Collections.Generic;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Commendations;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Numbering;

namespace ServiceEfficiency.Serialization;

/// <summary>The JSON names of the model's enumerations (kebab-case, as in schemas/).</summary>
internal static class Choices
{
    // Numbering styles, agency levels and plan sections are the generator's too: one table in src/Shared/Criteria.
    public static readonly IReadOnlyDictionary<string, NumberingStyle> Numbering = CriteriaNames.Numbering.ByName;

    public static readonly IReadOnlyDictionary<string, AgencyLevel> Level = CriteriaNames.Levels.ByName;

    public static readonly IReadOnlyDictionary<string, PlanSectionKind> Section = CriteriaNames.Sections.ByName;

    public static readonly IReadOnlyDictionary<string, DocumentKind> Kind = new Dictionary<string, DocumentKind>(StringComparer.Ordinal)
    {
        ["plan"] = DocumentKind.Plan,
        ["results"] = DocumentKind.Results,
    };

    public static readonly IReadOnlyDictionary<string, ColumnRole> Column = new Dictionary<string, ColumnRole>(StringComparer.Ordinal)
    {
        ["strategy"] = ColumnRole.Strategy,
        ["leadUnits"] = ColumnRole.LeadUnits,
        ["method"] = ColumnRole.Method,
        ["actions"] = ColumnRole.Actions,
        ["results"] = ColumnRole.Results,
    };

    /// <summary>The words an entry's <c>figures</c> may be instead of an array: <c>"none"</c>, the row states no quantity.</summary>
    public static readonly IReadOnlyDictionary<string, bool> FigureStatement = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["none"] = true,
    };

    public static readonly IReadOnlyDictionary<string, AwardOutcome> Outcome = new Dictionary<string, AwardOutcome>(StringComparer.Ordinal)
    {
        ["award"] = AwardOutcome.Award,
        ["site-visit"] = AwardOutcome.SiteVisit,
        ["nominated"] = AwardOutcome.Nominated,
    };

    public static readonly IReadOnlyDictionary<string, CommendationRole> Role = new Dictionary<string, CommendationRole>(StringComparer.Ordinal)
    {
        ["lead-officer"] = CommendationRole.LeadOfficer,
        ["head"] = CommendationRole.Head,
        ["other-contributor"] = CommendationRole.OtherContributor,
        ["superior-agency-supervisor"] = CommendationRole.SuperiorAgencySupervisor,
        ["agency-supervisor"] = CommendationRole.AgencySupervisor,
    };

    public static readonly IReadOnlyDictionary<string, CommendationKind> Commendation = new Dictionary<string, CommendationKind>(StringComparer.Ordinal)
    {
        ["citation"] = CommendationKind.Citation,
        ["merit"] = CommendationKind.Merit,
        ["major-merit"] = CommendationKind.MajorMerit,
    };
}
