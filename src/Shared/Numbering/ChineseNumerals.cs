using System;
using System.Text;

namespace ServiceEfficiency.Numbering;

/// <summary>
/// Chinese numerals as the documents write them: 一 … 十, 十一, 二十, 二十一, 一百零一 … and the
/// capital (大寫) forms 壹、貳、參 used for section numbers.
/// </summary>
#if SE_GENERATOR
internal static class ChineseNumerals
#else
public static class ChineseNumerals
#endif
{
    private const string Digits = "〇一二三四五六七八九";
    private const string CapitalDigits = "零壹貳參肆伍陸柒捌玖";

    /// <summary>The largest number the conversions accept.</summary>
    public const int MaxValue = 9999;

    /// <summary>Writes <paramref name="value"/> with ordinary numerals: 11 → 十一, 20 → 二十, 105 → 一百零五.</summary>
    /// <param name="value">A number from 1 to <see cref="MaxValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above <see cref="MaxValue"/>.</exception>
    public static string ToChinese(int value) => Format(value, Digits, "十百千", omitLeadingOneBeforeTen: true);

    /// <summary>Writes <paramref name="value"/> with capital numerals: 3 → 參, 11 → 拾壹.</summary>
    /// <param name="value">A number from 1 to <see cref="MaxValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above <see cref="MaxValue"/>.</exception>
    public static string ToCapitalChinese(int value) => Format(value, CapitalDigits, "拾佰仟", omitLeadingOneBeforeTen: true);

    /// <summary>Reads ordinary or capital numerals (一, 十一, 二十一, 參, 拾壹, 一百零五, and 兩 for 2).</summary>
    /// <returns>The value, or <see langword="null"/> when the text is not a numeral in range.</returns>
    internal static int? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        int total = 0;
        int digit = -1;
        foreach (char c in text!)
        {
            int d = DigitValue(c);
            if (d == 0)
            {
                continue; // 零 only marks a gap (一百零五)
            }

            if (d > 0)
            {
                if (digit >= 0)
                {
                    return null; // two digits in a row (一二) are not a numeral
                }

                digit = d;
                continue;
            }

            int unit = UnitValue(c);
            if (unit == 0)
            {
                return null;
            }

            // 十 alone at the start means 一十.
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }

        if (digit > 0)
        {
            total += digit;
        }

        return total is >= 1 and <= MaxValue ? total : null;
    }

    private static int DigitValue(char c)
    {
        int i = Digits.IndexOf(c);
        if (i >= 0)
        {
            return i;
        }

        i = CapitalDigits.IndexOf(c);
        if (i >= 0)
        {
            return i;
        }

        return c switch { '零' => 0, '兩' => 2, '叁' => 3, '參' => 3, _ => -1 };
    }

    private static int UnitValue(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    private static string Format(int value, string digits, string units, bool omitLeadingOneBeforeTen)
    {
        if (value is < 1 or > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Chinese numerals are supported from 1 to {MaxValue}.");
        }

        var builder = new StringBuilder();
        int[] powers = { 1000, 100, 10, 1 };
        bool pendingZero = false;
        for (int i = 0; i < powers.Length; i++)
        {
            int d = value / powers[i] % 10;
            if (d == 0)
            {
                // A zero is written once between non-zero digits (一百零五), never at the end (一百).
                pendingZero = builder.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                builder.Append(digits[0] == '〇' ? '零' : digits[0]);
                pendingZero = false;
            }

            bool isTens = powers[i] == 10;
            bool leadingTen = isTens && d == 1 && builder.Length == 0 && omitLeadingOneBeforeTen;
            if (!leadingTen)
            {
                builder.Append(digits[d]);
            }

            if (powers[i] > 1)
            {
                builder.Append(units[2 - i]); // 千 百 十
            }
        }

        return builder.ToString();
    }
}
