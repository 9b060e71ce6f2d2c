using System;
using ServiceEfficiency.Criteria;

namespace ServiceEfficiency.Documents;

/// <summary>The sections 壹 … 捌 of a plan; a missing section is null.</summary>
public sealed class PlanSections
{
    /// <summary>Creates the sections.</summary>
    /// <param name="basis">壹、計畫依據, with its legal references; null, the default, when the plan lacks it.</param>
    /// <param name="goals">貳、計畫目標, the plan's goals; null, the default, when the plan lacks it.</param>
    /// <param name="participants">參、實施對象, the units the plan applies to; null, the default, when the plan lacks it.</param>
    /// <param name="strategies">肆、執行策略及具體推動作法, the section's own text (its tables are the document's <see cref="ServiceDocument.Tables"/>); null, the default, when the plan lacks it.</param>
    /// <param name="steps">伍、實施步驟, the implementation steps; null, the default, when the plan lacks it.</param>
    /// <param name="assessment">陸、考核作業 (平時查核 routine, 年度查核 annual, 自行考核 self-assessment, with their deadlines); null, the default, when the plan lacks it.</param>
    /// <param name="rewards">柒、獎勵方式, with the 敘獎原則 it states; null, the default, when the plan lacks it.</param>
    /// <param name="closing">捌、the closing clause (本計畫如有未盡事宜…); null, the default, when the plan lacks it.</param>
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
    /// <param name="kind">Which of the sections 壹 … 捌 to return.</param>
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
