using ServiceEfficiency.Calendar;
using ServiceEfficiency.Numbering;

namespace ServiceEfficiency.Criteria;

/// <summary>
/// The JSON names a criteria edition uses, as in schemas/criteria.schema.json. The one copy: the
/// run-time loader and the generator read these, so a style added to the enumeration is known to both.
/// A JSON name is the kebab-case of the member's name (<c>CapitalChineseComma</c> →
/// <c>capital-chinese-comma</c>), in the order the members are declared; a test holds the three
/// tables to the schema, so renaming a member cannot silently change the file format.
/// </summary>
internal static class CriteriaNames
{
    /// <summary>Numbering styles: <c>capital-chinese-comma</c> … <c>level-name-chinese</c>.</summary>
    public static readonly NameTable<NumberingStyle> Numbering = NameTable<NumberingStyle>.FromMemberNames();

    /// <summary>Agency levels: <c>headquarters</c>, <c>branch</c>, <c>unit</c>.</summary>
    public static readonly NameTable<AgencyLevel> Levels = NameTable<AgencyLevel>.FromMemberNames();

    /// <summary>Plan sections: <c>basis</c> … <c>closing</c>, also the property names in the document JSON.</summary>
    public static readonly NameTable<PlanSectionKind> Sections = NameTable<PlanSectionKind>.FromMemberNames();
}
