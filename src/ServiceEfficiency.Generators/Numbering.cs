using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ServiceEfficiency.Generators;

/// <summary>
/// Labels and code tokens as <c>ServiceEfficiency.Numbering.Numberer</c> makes them. The generator
/// cannot reference the Model (it would load System.Text.Json into the compiler), so the rules are
/// repeated here; the parity tests compare every label and code with the Model's for both editions.
/// </summary>
internal static class Numbering
{
    /// <summary>JSON name → <c>NumberingStyle</c> member, in the schema's order.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Styles = new[]
    {
        new KeyValuePair<string, string>("capital-chinese-comma", "CapitalChineseComma"),
        new KeyValuePair<string, string>("chinese-comma", "ChineseComma"),
        new KeyValuePair<string, string>("chinese-parenthesized", "ChineseParenthesized"),
        new KeyValuePair<string, string>("arabic-dot", "ArabicDot"),
        new KeyValuePair<string, string>("arabic-parenthesized", "ArabicParenthesized"),
        new KeyValuePair<string, string>("lower-roman-dot", "LowerRomanDot"),
        new KeyValuePair<string, string>("level-name-chinese", "LevelNameChinese"),
    };

    /// <summary>The largest position a style can number: Roman numerals end at 3999, Chinese ones at 9999 (the Model throws beyond).</summary>
    public static int MaxPosition(string member) => member switch
    {
        "LowerRomanDot" => 3999,
        "ArabicDot" or "ArabicParenthesized" => int.MaxValue,
        _ => 9999,
    };

    public static string? MemberOf(string jsonName)
    {
        foreach (KeyValuePair<string, string> style in Styles)
        {
            if (style.Key == jsonName)
            {
                return style.Value;
            }
        }

        return null;
    }

    public static string Label(string member, int position, string levelName) => member switch
    {
        "CapitalChineseComma" => Chinese(position, capital: true) + "、",
        "ChineseComma" => Chinese(position, capital: false) + "、",
        "ChineseParenthesized" => "(" + Chinese(position, capital: false) + ")",
        "ArabicDot" => Arabic(position) + ".",
        "ArabicParenthesized" => "(" + Arabic(position) + ")",
        "LowerRomanDot" => LowerRoman(position) + ".",
        _ => levelName + Chinese(position, capital: false),
    };

    public static string CodeToken(string member, int position) => member switch
    {
        "CapitalChineseComma" => Chinese(position, capital: true),
        "ChineseComma" => Chinese(position, capital: false),
        "ChineseParenthesized" => "(" + Chinese(position, capital: false) + ")",
        "ArabicParenthesized" => "(" + Arabic(position) + ")",
        "LowerRomanDot" => LowerRoman(position),
        _ => Arabic(position), // ArabicDot, LevelNameChinese (構面一 → 1)
    };

    private static string Arabic(int position) => position.ToString(CultureInfo.InvariantCulture);

    private static string Chinese(int value, bool capital)
    {
        string digits = capital ? "零壹貳參肆伍陸柒捌玖" : "〇一二三四五六七八九";
        string units = capital ? "拾佰仟" : "十百千";
        int[] powers = { 1000, 100, 10, 1 };
        var builder = new StringBuilder();
        bool pendingZero = false;
        for (int i = 0; i < powers.Length; i++)
        {
            int d = value / powers[i] % 10;
            if (d == 0)
            {
                pendingZero = builder.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                builder.Append('零'); // both styles write 零 for a gap (一百零五, 壹佰零伍)
                pendingZero = false;
            }

            // 十一, not 一十一: a leading 1 before 十 is not written.
            if (!(powers[i] == 10 && d == 1 && builder.Length == 0))
            {
                builder.Append(digits[d]);
            }

            if (powers[i] > 1)
            {
                builder.Append(units[2 - i]);
            }
        }

        return builder.ToString();
    }

    private static string LowerRoman(int value)
    {
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
}
