namespace ServiceEfficiency.Numbering;

/// <summary>How the nodes of one level are numbered in the documents.</summary>
#if SE_GENERATOR
internal enum NumberingStyle
#else
public enum NumberingStyle
#endif
{
    /// <summary>壹、貳、參 (sections of a plan).</summary>
    CapitalChineseComma,

    /// <summary>一、二、三、</summary>
    ChineseComma,

    /// <summary>(一)(二)(三)</summary>
    ChineseParenthesized,

    /// <summary>1. 2. 3.</summary>
    ArabicDot,

    /// <summary>(1)(2)(3)</summary>
    ArabicParenthesized,

    /// <summary>i. ii. iii.</summary>
    LowerRomanDot,

    /// <summary>The level's name followed by a Chinese numeral: 構面一, 構面二.</summary>
    LevelNameChinese,
}
