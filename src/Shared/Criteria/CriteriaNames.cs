using System.Collections.Generic;
#if SE_GENERATOR
using ServiceEfficiency.Generators.Calendar;
using ServiceEfficiency.Generators.Numbering;
#else
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Numbering;
#endif

#if SE_GENERATOR
namespace ServiceEfficiency.Generators.Criteria;
#else
namespace ServiceEfficiency.Criteria;
#endif

/// <summary>
/// The JSON names a criteria edition uses (kebab-case, as in schemas/criteria.schema.json). The one
/// copy: the run-time loader and the generator read these, so a style added here is known to both.
/// </summary>
internal static class CriteriaNames
{
    /// <summary>Numbering styles: <c>capital-chinese-comma</c> … <c>level-name-chinese</c>.</summary>
    public static readonly NameTable<NumberingStyle> Numbering = new(
        Entry("capital-chinese-comma", NumberingStyle.CapitalChineseComma),
        Entry("chinese-comma", NumberingStyle.ChineseComma),
        Entry("chinese-parenthesized", NumberingStyle.ChineseParenthesized),
        Entry("arabic-dot", NumberingStyle.ArabicDot),
        Entry("arabic-parenthesized", NumberingStyle.ArabicParenthesized),
        Entry("lower-roman-dot", NumberingStyle.LowerRomanDot),
        Entry("level-name-chinese", NumberingStyle.LevelNameChinese));

    /// <summary>Agency levels: <c>headquarters</c>, <c>branch</c>, <c>unit</c>.</summary>
    public static readonly NameTable<AgencyLevel> Levels = new(
        Entry("headquarters", AgencyLevel.Headquarters),
        Entry("branch", AgencyLevel.Branch),
        Entry("unit", AgencyLevel.Unit));

    /// <summary>Plan sections: <c>basis</c> … <c>closing</c>, also the property names in the document JSON.</summary>
    public static readonly NameTable<PlanSectionKind> Sections = new(
        Entry("basis", PlanSectionKind.Basis),
        Entry("goals", PlanSectionKind.Goals),
        Entry("participants", PlanSectionKind.Participants),
        Entry("strategies", PlanSectionKind.Strategies),
        Entry("steps", PlanSectionKind.Steps),
        Entry("assessment", PlanSectionKind.Assessment),
        Entry("rewards", PlanSectionKind.Rewards),
        Entry("closing", PlanSectionKind.Closing));

    private static KeyValuePair<string, T> Entry<T>(string name, T value) => new(name, value);
}
