using System;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Numbering;

namespace ServiceEfficiency.Wording;

/// <summary>
/// The default labels and headings of a plan's sections, in their order: 壹、計畫依據, 貳、計畫目標 …
/// 捌、附則. A section's label and title in the data always win; these are what a new document is
/// given and what a rendered plan prints for a section the data leaves out.
/// </summary>
public static class SectionLabels
{
    /// <summary>The default label of a section: 壹、 for the first (<see cref="PlanSectionKind.Basis"/>) to 捌、 for the eighth.</summary>
    /// <param name="kind">The section.</param>
    /// <returns>The capital Chinese numeral of its position and 、.</returns>
    public static string Label(PlanSectionKind kind)
    {
        // The enum's order is the documents' order, so its value is the position (壹 = Basis = 0).
        if (!Enum.IsDefined(typeof(PlanSectionKind), kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        return Numberer.Label(NumberingStyle.CapitalChineseComma, (int)kind + 1);
    }

    /// <summary>The standard title of a section (計畫依據 …); the same text as <see cref="PlanSectionKinds.Title(PlanSectionKind)"/>.</summary>
    /// <param name="kind">The section.</param>
    /// <returns>The title without its label.</returns>
    public static string Title(PlanSectionKind kind) => kind.Title();

    /// <summary>The default heading of a section: label and title, 壹、計畫依據.</summary>
    /// <param name="kind">The section.</param>
    /// <returns><see cref="Label(PlanSectionKind)"/> followed by <see cref="Title(PlanSectionKind)"/>.</returns>
    public static string Heading(PlanSectionKind kind) => Label(kind) + Title(kind);
}
