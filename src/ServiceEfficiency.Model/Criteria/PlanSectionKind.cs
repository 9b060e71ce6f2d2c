using System;

namespace ServiceEfficiency.Criteria;

/// <summary>The sections of an implementation plan, in their order 壹 … 捌.</summary>
public enum PlanSectionKind
{
    /// <summary>壹、計畫依據</summary>
    Basis,

    /// <summary>貳、計畫目標</summary>
    Goals,

    /// <summary>參、實施對象</summary>
    Participants,

    /// <summary>肆、執行策略及具體推動作法</summary>
    Strategies,

    /// <summary>伍、實施步驟</summary>
    Steps,

    /// <summary>陸、考核作業</summary>
    Assessment,

    /// <summary>柒、獎勵方式</summary>
    Rewards,

    /// <summary>捌、the closing clause (本計畫如有未盡事宜…)</summary>
    Closing,
}

/// <summary>Titles and JSON names of <see cref="PlanSectionKind"/>.</summary>
public static class PlanSectionKinds
{
    /// <summary>The standard Chinese title of a section.</summary>
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
    public static string JsonName(this PlanSectionKind kind) => kind switch
    {
        PlanSectionKind.Basis => "basis",
        PlanSectionKind.Goals => "goals",
        PlanSectionKind.Participants => "participants",
        PlanSectionKind.Strategies => "strategies",
        PlanSectionKind.Steps => "steps",
        PlanSectionKind.Assessment => "assessment",
        PlanSectionKind.Rewards => "rewards",
        PlanSectionKind.Closing => "closing",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
