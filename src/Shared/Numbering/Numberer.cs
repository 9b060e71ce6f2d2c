using System;
using System.Globalization;
using System.Text;

// One numbering for run time and build time: the Model and the generator compile this file (src/Shared/README.md).
namespace ServiceEfficiency.Numbering;

/// <summary>
/// Turns positions into labels (構面一, (一), 1., (1), 一、, 壹、, i.) and into the tokens of a
/// position code such as <c>1.(一).2.(3)</c>, and reads labels back.
/// </summary>
#if SE_GENERATOR
internal static class Numberer
#else
public static class Numberer
#endif
{
    private const int MaxRoman = 3999;

    /// <summary>The label of the <paramref name="position"/>-th node (1-based) in <paramref name="style"/>.</summary>
    /// <param name="style">The level's numbering style.</param>
    /// <param name="position">1-based position among siblings.</param>
    /// <param name="levelName">The level's name, used by <see cref="NumberingStyle.LevelNameChinese"/> (構面).</param>
    public static string Label(NumberingStyle style, int position, string levelName = "") => style switch
    {
        NumberingStyle.CapitalChineseComma => ChineseNumerals.ToCapitalChinese(position) + "、",
        NumberingStyle.ChineseComma => ChineseNumerals.ToChinese(position) + "、",
        NumberingStyle.ChineseParenthesized => "(" + ChineseNumerals.ToChinese(position) + ")",
        NumberingStyle.ArabicDot => Arabic(position) + ".",
        NumberingStyle.ArabicParenthesized => "(" + Arabic(position) + ")",
        NumberingStyle.LowerRomanDot => ToLowerRoman(position) + ".",
        NumberingStyle.LevelNameChinese => levelName + ChineseNumerals.ToChinese(position),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown numbering style."),
    };

    /// <summary>
    /// The largest position <paramref name="style"/> can number: Roman numerals end at 3999, Chinese
    /// ones at <see cref="ChineseNumerals.MaxValue"/>; <see cref="Label"/> throws beyond.
    /// </summary>
    /// <param name="style">The level's numbering style.</param>
    internal static int MaxPosition(NumberingStyle style) => style switch
    {
        NumberingStyle.LowerRomanDot => MaxRoman,
        NumberingStyle.ArabicDot or NumberingStyle.ArabicParenthesized => int.MaxValue,
        NumberingStyle.CapitalChineseComma or NumberingStyle.ChineseComma or NumberingStyle.ChineseParenthesized or NumberingStyle.LevelNameChinese => ChineseNumerals.MaxValue,
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown numbering style."),
    };

    /// <summary>
    /// The token this position contributes to a position code: the label without its trailing
    /// punctuation, and an Arabic number for <see cref="NumberingStyle.LevelNameChinese"/> (構面一 → 1).
    /// </summary>
    /// <param name="style">The numbering style of the level.</param>
    /// <param name="position">The 1-based position within the level.</param>
    public static string CodeToken(NumberingStyle style, int position) => style switch
    {
        NumberingStyle.CapitalChineseComma => ChineseNumerals.ToCapitalChinese(position),
        NumberingStyle.ChineseComma => ChineseNumerals.ToChinese(position),
        NumberingStyle.ChineseParenthesized => "(" + ChineseNumerals.ToChinese(position) + ")",
        NumberingStyle.ArabicDot or NumberingStyle.LevelNameChinese => Arabic(position),
        NumberingStyle.ArabicParenthesized => "(" + Arabic(position) + ")",
        NumberingStyle.LowerRomanDot => ToLowerRoman(position),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown numbering style."),
    };

    /// <summary>
    /// Reads the position out of a label or code token, whatever its style: 十一、, (十一), （3）, 3., iv., 構面二, 參.
    /// Full-width and half-width parentheses, dots and commas are accepted.
    /// </summary>
    /// <returns>The 1-based position, or <see langword="null"/> when the text is no label.</returns>
    internal static int? TryParsePosition(string? label)
    {
        if (label is null)
        {
            return null;
        }

        string text = label.Trim().Replace('（', '(').Replace('）', ')').TrimEnd('、', '.', '．', ',', '，', ' ');
        if (text.Length > 2 && text[0] == '(' && text[text.Length - 1] == ')')
        {
            text = text.Substring(1, text.Length - 2).Trim();
        }

        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int arabic))
        {
            return arabic >= 1 ? arabic : null;
        }

        int? roman = TryParseLowerRoman(text);
        if (roman is not null)
        {
            return roman;
        }

        // 構面二: skip a leading level name, keep the trailing numeral.
        int start = text.Length;
        while (start > 0 && ChineseNumerals.TryParse(text.Substring(start - 1)) is not null)
        {
            start--;
        }

        return start < text.Length ? ChineseNumerals.TryParse(text.Substring(start)) : null;
    }

    /// <summary>Lower-case Roman numeral: 4 → iv.</summary>
    /// <param name="value">A number from 1 to 3999.</param>
    public static string ToLowerRoman(int value)
    {
        if (value is < 1 or > MaxRoman)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Roman numerals are supported from 1 to 3999.");
        }

        int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        string[] symbols = { "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i" };
        var builder = new StringBuilder();
        for (int i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                builder.Append(symbols[i]);
                value -= values[i];
            }
        }

        return builder.ToString();
    }

    private static int? TryParseLowerRoman(string text)
    {
        // mmmdccclxxxviii (3888) is the longest canonical numeral; anything longer is no numeral.
        if (text.Length > 15)
        {
            return null;
        }

        int total = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int value = RomanValue(text[i]);
            if (value == 0)
            {
                return null;
            }

            int next = i + 1 < text.Length ? RomanValue(text[i + 1]) : 0;
            total += next > value ? -value : value;
        }

        // Only canonical numerals are accepted (iv, not iiii): the value must write back as the text.
        return total is >= 1 and <= MaxRoman && string.Equals(ToLowerRoman(total), text, StringComparison.OrdinalIgnoreCase) ? total : null;
    }

    private static int RomanValue(char c) => char.ToLowerInvariant(c) switch
    {
        'i' => 1,
        'v' => 5,
        'x' => 10,
        'l' => 50,
        'c' => 100,
        'd' => 500,
        'm' => 1000,
        _ => 0,
    };

    private static string Arabic(int position) => position.ToString(CultureInfo.InvariantCulture);
}
