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
    public static readonly IReadOnlyDictionary<string, NumberingStyle> Numbering = new Dictionary<string, NumberingStyle>(StringComparer.Ordinal)
    {
        ["capital-chinese-comma"] = NumberingStyle.CapitalChineseComma,
        ["chinese-comma"] = NumberingStyle.ChineseComma,
        ["chinese-parenthesized"] = NumberingStyle.ChineseParenthesized,
        ["arabic-dot"] = NumberingStyle.ArabicDot,
        ["arabic-parenthesized"] = NumberingStyle.ArabicParenthesized,
        ["lower-roman-dot"] = NumberingStyle.LowerRomanDot,
        ["level-name-chinese"] = NumberingStyle.LevelNameChinese,
    };

    public static readonly IReadOnlyDictionary<string, AgencyLevel> Level = new Dictionary<string, AgencyLevel>(StringComparer.Ordinal)
    {
        ["headquarters"] = AgencyLevel.Headquarters,
        ["branch"] = AgencyLevel.Branch,
        ["unit"] = AgencyLevel.Unit,
    };

    public static readonly IReadOnlyDictionary<string, PlanSectionKind> Section = new Dictionary<string, PlanSectionKind>(StringComparer.Ordinal)
    {
        ["basis"] = PlanSectionKind.Basis,
        ["goals"] = PlanSectionKind.Goals,
        ["participants"] = PlanSectionKind.Participants,
        ["strategies"] = PlanSectionKind.Strategies,
        ["steps"] = PlanSectionKind.Steps,
        ["assessment"] = PlanSectionKind.Assessment,
        ["rewards"] = PlanSectionKind.Rewards,
        ["closing"] = PlanSectionKind.Closing,
    };

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
