using System;
using System.Collections.Generic;

namespace ServiceEfficiency.Figures;

/// <summary>
/// Reads the quantities a content paragraph or point states (「112年計受理商品檢驗923件、度量衡器檢定1132件，合計2055件」
/// → 923 件, 1,132 件, 2,055 件), so that nobody has to type them a second time beside the prose.
/// </summary>
/// <remarks>
/// <para>
/// A figure is a number followed by a unit (件, 場次, 人次, 家次, 次, %, 元, 萬元, 具, 批, 天, 小時, 人, 家, 項, 份 …);
/// a number without a unit (Z 值小於2, 2050淨零) is not one. Numbers are Arabic, ASCII or full-width, with or
/// without thousands separators (2,055), with decimals (2.5) and with 億/萬/千/百 (1萬3,147 → 13147; 2.3萬 →
/// 23000); before 萬元, 億元 and 千元 the number is kept in that unit (500萬元 → 500 萬元). 百分之九十 is 90 %.
/// </para>
/// <para>
/// Chinese numerals count where a counting unit follows them (三場 → 3, 二間 → 2, 九成 → 9 成, 十餘場 → at least 10,
/// 兩萬人 → 20000), but not 一 alone, which in prose is the article more often than the count (一處學習場域, 一次性,
/// 一站式) — unless a word that announces a count comes right before it (計一場, 共一件, 至少一次, 僅一處) or it
/// is a rate (每月一次); not before the units that make words with them (十分, 五金, so 分, 元, 台 and measures
/// follow Arabic numbers only); and not as an ordinal or weekday (第一課, 星期三).
/// </para>
/// <para>
/// Not figures: dates and years (111年6月1日, 6月1日, 1-12月, 111年度, 112學年度, 2023年 — so no duration in 年 is
/// read either: 3年 is as likely 民國3年); ordinals and enumeration markers ((1), 1., 第1次, 第3季); numbers joined
/// by - / . : ~ to another (phone numbers 03-8226280, dates 111/6/1, versions 1.2.3, times 17:30, ranges 3~5件);
/// numbers with a leading zero (0800221127); numbers touching a Latin letter (M3系統, 5S活動, 3C, DN13);
/// document numbers (字第1061300008號); time of day (上午9時, 9時30分); a range's second number (3至5場); 版, 號,
/// 樓 and 屆, which are not units.
/// </para>
/// <para>
/// The cost is linear in the length of the text: one pass, with look-behinds and look-aheads of a bounded
/// number of characters. Any string is accepted (lone surrogates, control characters): what is not a figure is
/// skipped.
/// </para>
/// </remarks>
public static class FigureExtractor
{
    /// <summary>The quantities <paramref name="text"/> states, in the order they are printed.</summary>
    /// <param name="text">The text of one paragraph or point, without its numbering.</param>
    /// <returns>The figures, each with its span in <paramref name="text"/>; empty when it states none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<ExtractedFigure> Extract(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return new FigureScanner(text).Scan();
    }
}
