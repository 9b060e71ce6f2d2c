using System;
using ServiceEfficiency.Criteria;

namespace ServiceEfficiency.Documents;

/// <summary>The sections 壹 … 捌 of a plan; a missing section is null.</summary>
public sealed class PlanSections
{
    /// <summary>Creates the sections.</summary>
    public PlanSections(
        BasisSection? basis = null,
        PlanSection? goals = null,
        PlanSection? participants = null,
        PlanSection? strategies = null,
        PlanSection? steps = null,
        PlanSection? assessment = null,
        RewardsSection? rewards = null,
        PlanSection? closing = null)
    {
        Basis = basis;
        Goals = goals;
        Participants = participants;
        Strategies = strategies;
        Steps = steps;
        Assessment = assessment;
        Rewards = rewards;
        Closing = closing;
    }

    /// <summary>壹、計畫依據</summary>
    public BasisSection? Basis { get; }

    /// <summary>貳、計畫目標</summary>
    public PlanSection? Goals { get; }

    /// <summary>參、實施對象</summary>
    public PlanSection? Participants { get; }

    /// <summary>肆、執行策略及具體推動作法 (its tables are the document's tables)</summary>
    public PlanSection? Strategies { get; }

    /// <summary>伍、實施步驟</summary>
    public PlanSection? Steps { get; }

    /// <summary>陸、考核作業 (平時查核, 年度查核, 自行考核)</summary>
    public PlanSection? Assessment { get; }

    /// <summary>柒、獎勵方式</summary>
    public RewardsSection? Rewards { get; }

    /// <summary>捌、the closing clause</summary>
    public PlanSection? Closing { get; }

    /// <summary>The section of a kind, or null when the plan lacks it.</summary>
    public PlanSection? Get(PlanSectionKind kind) => kind switch
    {
        PlanSectionKind.Basis => Basis,
        PlanSectionKind.Goals => Goals,
        PlanSectionKind.Participants => Participants,
        PlanSectionKind.Strategies => Strategies,
        PlanSectionKind.Steps => Steps,
        PlanSectionKind.Assessment => Assessment,
        PlanSectionKind.Rewards => Rewards,
        PlanSectionKind.Closing => Closing,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
