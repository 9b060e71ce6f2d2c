using System;

namespace ServiceEfficiency.Figures;

/// <summary>
/// How exactly a stated quantity is meant: 923 件 is exact; 約 920 件 approximate; 逾 900 件, 5萬人以上,
/// 50餘場 a lower bound; 3天內, 未滿 10 人 an upper bound.
/// </summary>
/// <remarks>
/// A bound does not tell strict from inclusive: 逾/超過 (more than) and 以上/至少 (that or more) are both
/// <see cref="AtLeast"/>, 未滿/不到 (less than) and 以下/以內 (that or less) both <see cref="AtMost"/> — the
/// documents use them alike for round figures, and the value printed is the bound either way. 近/將近
/// (nearly) is <see cref="Approximate"/>, as is 左右 after the unit.
/// </remarks>
[Flags]
public enum FigureQualifiers
{
    /// <summary>The number is stated as exact (923 件).</summary>
    None = 0,

    /// <summary>The number is rounded or estimated: 約, 大約, 約計, 近, 將近, 接近 before it; 左右, 上下 after the unit.</summary>
    Approximate = 1,

    /// <summary>
    /// The number is a lower bound: 以上 after the unit; 至少, 最少, 不少於, 不低於, 逾, 超過, 多於, 大於, 高於 before
    /// it; 餘 or 多 between the number and the unit (50餘件, 100多人).
    /// </summary>
    AtLeast = 2,

    /// <summary>
    /// The number is an upper bound: 以下, 以內, 之內, 內 after the unit; 至多, 最多, 不超過, 不逾, 未滿, 未達, 不到,
    /// 不足, 少於, 低於, 小於 before it.
    /// </summary>
    AtMost = 4,
}
