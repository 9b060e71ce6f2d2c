// The generator reads a criteria file's plan sections into these members and emits them by name (src/Shared/README.md).
namespace ServiceEfficiency.Criteria;

/// <summary>The sections of an implementation plan, in their order 壹 … 捌.</summary>
#if SE_GENERATOR
internal enum PlanSectionKind
#else
public enum PlanSectionKind
#endif
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
