using System;

namespace ServiceEfficiency.Criteria;

/// <summary>Titles and JSON names of <see cref="PlanSectionKind"/>.</summary>
public static class PlanSectionKinds
{
    /// <summary>The standard Chinese title of a section.</summary>
    /// <param name="kind">The plan section, such as <see cref="PlanSectionKind.Basis"/> (計畫依據); an undefined value throws <see cref="ArgumentOutOfRangeException"/>.</param>
    public static string Title(this PlanSectionKind kind) => kind switch
    {
        PlanSectionKind.Basis => "計畫依據",
        PlanSectionKind.Goals => "計畫目標",
        PlanSectionKind.Participants => "實施對象",
        PlanSectionKind.Strategies => "執行策略及具體推動作法",
        PlanSectionKind.Steps => "實施步驟",
        PlanSectionKind.Assessment => "考核作業",
        PlanSectionKind.Rewards => "獎勵方式",
        PlanSectionKind.Closing => "附則",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The property name of the section in the document JSON (basis, goals …).</summary>
    /// <param name="kind">The section.</param>
    public static string JsonName(this PlanSectionKind kind) => CriteriaNames.Sections.NameOf(kind);
}
