using System.Collections.Generic;
using ServiceEfficiency.Numbering;

namespace ServiceEfficiency.Figures;

/// <summary>The one pass of <see cref="FigureExtractor"/> over a text (the rules are in its remarks).</summary>
internal sealed class FigureScanner
{
    // The most digits read as a number; a longer run is a code (and would not fit a decimal).
    private const int MaxDigits = 20;
    private const int MaxFractionDigits = 10;
    private const int MaxChineseRun = 24;
    private static readonly decimal MaxTotal = 1e24m;

    private static readonly string[] Currencies = { "新臺幣", "新台幣", "NT$", "$" };

    private readonly string text;
    private readonly List<ExtractedFigure> figures = new List<ExtractedFigure>();

    // Where the previous number (figure, date, code, ordinal) ends: labels start after it.
    private int boundary;

    public FigureScanner(string text)
    {
        this.text = text;
    }

    public static bool IsArabicDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    /// <summary>Whether a Chinese numeral may start with the character (not 百, 千, 萬 and 億, which need one before them).</summary>
    /// <param name="c">The character.</param>
    public static bool IsChineseNumeralStart(char c) => "〇零一二兩三四五六七八九十".IndexOf(c) >= 0;

    public IReadOnlyList<ExtractedFigure> Scan()
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsArabicDigit(c))
            {
                i = Arabic(i);
            }
            else if (IsChineseNumeralStart(c))
            {
                i = Chinese(i);
            }
            else if (c == '百' && At(i + 1, "分之"))
            {
                i = Percent(i);
            }
            else
            {
                i++;
            }
        }

        return figures;
    }

    private static int DigitValue(char c) => c <= '9' ? c - '0' : c - '０';

    private static bool IsLatinLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ';

    private static bool IsJoiner(char c) => "-－‐–/／:：.．~～_".IndexOf(c) >= 0;

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0';

    private static decimal Multiplier(char c) => c switch
    {
        '億' => 100000000m,
        '萬' or '万' => 10000m,
        '千' => 1000m,
        '百' => 100m,
        _ => 0m,
    };

    private bool At(int index, string word) =>
        index >= 0 && index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0;

    private char CharAt(int index) => index >= 0 && index < text.Length ? text[index] : '\0';

    // The character before index, spaces skipped.
    private int PreviousNonSpace(int index)
    {
        int q = index - 1;
        while (q >= 0 && IsSpace(text[q]) && index - q <= 2)
        {
            q--;
        }

        return q;
    }

    private int Arabic(int start)
    {
        int p = ReadPlainNumber(start, out decimal number, out bool plain);
        char before = CharAt(start - 1);
        bool code = !plain
            || IsLatinLetter(before)
            || (IsJoiner(before) && (IsLatinLetter(CharAt(start - 2)) || IsArabicDigit(CharAt(start - 2))))
            || before is '#' or '＃' or '№'
            || IsLatinLetter(CharAt(p))
            || (IsJoiner(CharAt(p)) && (IsArabicDigit(CharAt(p + 1)) || IsLatinLetter(CharAt(p + 1))));
        if (code)
        {
            // A phone number, a date or a version (03-8226280, 111/6/1, 1.2.3), a name (M3, 5S, DN13): skip it whole.
            while (p < text.Length && (IsArabicDigit(text[p]) || IsLatinLetter(text[p])
                || ((IsJoiner(text[p]) || text[p] == ',') && (IsArabicDigit(CharAt(p + 1)) || IsLatinLetter(CharAt(p + 1))))))
            {
                p++;
            }

            return NotAFigure(AfterSuffix(p));
        }

        int previous = PreviousNonSpace(start);
        char ahead = CharAt(previous);
        if (ahead == '第')
        {
            return Ordinal(p);
        }

        // The second number of a range (3至5場, 3到5場) is not the count.
        if (ahead is '至' or '到' && (IsArabicDigit(CharAt(previous - 1)) || IsChineseNumeralStart(CharAt(previous - 1))))
        {
            return NotAFigure(AfterSuffix(p));
        }

        // 億, 萬, 千, 百 after the number: 1萬3,147, 2.3萬, 3千萬; 500萬元 keeps 萬元 as its unit.
        decimal total = 0m;
        decimal last = 0m;
        string? moneyUnit = null;
        while (p < text.Length)
        {
            decimal multiplier = Multiplier(text[p]);
            if (multiplier == 0m || (multiplier == 100m && CharAt(p + 1) == '分'))
            {
                break;
            }

            total = last != 0m && multiplier > last ? (total + number) * multiplier : total + (number * multiplier);
            number = 0m;
            last = multiplier;
            if (total > MaxTotal)
            {
                return NotAFigure(p + 1);
            }

            if (multiplier >= 1000m && CharAt(p + 1) == '元')
            {
                moneyUnit = text.Substring(p, 2);
                total /= multiplier;
                p += 2;
                break;
            }

            p++;
            if (p < text.Length && IsArabicDigit(text[p]))
            {
                int next = ReadPlainNumber(p, out number, out bool ok);
                if (!ok)
                {
                    return NotAFigure(next);
                }

                p = next;
            }
        }

        decimal value = total + number;
        string? unit = moneyUnit;
        FigureQualifiers qualifiers = FigureQualifiers.None;
        if (unit is null)
        {
            if (text[p < text.Length ? p : text.Length - 1] is '餘' or '余' or '多' && p < text.Length && FigureUnits.Match(text, p + 1, false) is not null)
            {
                qualifiers |= FigureQualifiers.AtLeast;
                p++;
            }

            int at = p < text.Length && IsSpace(text[p]) ? p + 1 : p;
            unit = FigureUnits.Match(text, at, false);
            if (unit is not null)
            {
                p = at + unit.Length;
            }
            else if (CharAt(start - 1) == '$' || At(start - 3, "新臺幣") || At(start - 3, "新台幣"))
            {
                unit = "元";
            }
        }

        if (unit is null)
        {
            // 112年, 6月, 1日, 上午9時, 2.0版: the suffix belongs to the number, the label of the next figure starts after it.
            return NotAFigure(AfterSuffix(p));
        }

        // 9時30分 is a time of day.
        if (unit == "分" && CharAt(start - 1) is '時' or '點' or '点')
        {
            return NotAFigure(p);
        }

        // 24小時線上投件, 365天全年無休: round the clock, an adverb rather than a quantity (24小時內 is one).
        if (((value == 24m && unit == "小時") || (value == 365m && unit == "天"))
            && p < text.Length && char.IsLetter(text[p]) && !IsLatinLetter(text[p])
            && FigureQualifierWords.MatchAfter(text, p, out _) == FigureQualifiers.None)
        {
            return NotAFigure(p);
        }

        return Add(start, p, value, unit == "％" ? "%" : unit, qualifiers);
    }

    private int Chinese(int start)
    {
        int p = start;
        while (p < text.Length && p - start < MaxChineseRun && (IsChineseNumeralStart(text[p]) || Multiplier(text[p]) != 0m))
        {
            p++;
        }

        if (p - start >= MaxChineseRun)
        {
            while (p < text.Length && (IsChineseNumeralStart(text[p]) || Multiplier(text[p]) != 0m))
            {
                p++;
            }

            return p;
        }

        // 百分之 after a numeral (五十百分之?) is not read; the run stops before it.
        if (text[p - 1] == '百' && At(p, "分之"))
        {
            p--;
        }

        string run = text.Substring(start, p - start);
        int previous = PreviousNonSpace(start);
        char ahead = CharAt(previous);
        if (ahead == '第')
        {
            return Ordinal(p);
        }

        // 星期三, 週三, 禮拜三, 初一: days, not counts.
        if (ahead is '期' or '週' or '周' or '拜' or '初')
        {
            return p;
        }

        decimal? parsed = ParseChinese(run);
        if (parsed is null || (run == "一" && !CountsOne(start)) || (run == "四" && CharAt(p) == '處') || (run == "九" && CharAt(p) == '份'))
        {
            return p;
        }

        FigureQualifiers qualifiers = FigureQualifiers.None;
        if (CharAt(p) is '餘' or '余' or '多' && FigureUnits.Match(text, p + 1, true) is not null)
        {
            qualifiers |= FigureQualifiers.AtLeast;
            p++;
        }

        string? unit = FigureUnits.Match(text, p, true);
        if (unit is null)
        {
            return p;
        }

        return Add(start, p + unit.Length, parsed.Value, unit, qualifiers);
    }

    // 一 alone is a count only after a word that announces one (計一場, 共一件, 至少一次, 僅一處) or in a rate (每月一次).
    private bool CountsOne(int start) => "計共達少僅只".IndexOf(CharAt(start - 1)) >= 0 || CharAt(start - 2) == '每';

    private int Percent(int start)
    {
        int p = start + 3;
        decimal value;
        if (IsArabicDigit(CharAt(p)))
        {
            p = ReadPlainNumber(p, out value, out bool ok);
            if (!ok)
            {
                return NotAFigure(p);
            }
        }
        else
        {
            int from = p;
            while (p < text.Length && p - from < MaxChineseRun && (IsChineseNumeralStart(text[p]) || Multiplier(text[p]) != 0m))
            {
                p++;
            }

            decimal? parsed = p > from ? ParseChinese(text.Substring(from, p - from)) : null;
            if (parsed is null)
            {
                return p > start + 3 ? p : start + 1;
            }

            value = parsed.Value;
        }

        // The unit is the 百分之 before the number; the span ends after it.
        return Add(start, p, value, "%", FigureQualifiers.None);
    }

    private int Add(int start, int end, decimal value, string unit, FigureQualifiers qualifiers)
    {
        int figureStart = start;
        int q = start;

        // 約新臺幣500萬元: the qualifier stands before the currency.
        foreach (string currency in Currencies)
        {
            if (q - currency.Length >= boundary && At(q - currency.Length, currency))
            {
                q -= currency.Length;
                break;
            }
        }

        while (q > boundary && start - q < 2 && IsSpace(text[q - 1]))
        {
            q--;
        }

        FigureQualifiers before = FigureQualifierWords.MatchBefore(text, q, out int wordStart);
        if (before != FigureQualifiers.None && wordStart >= boundary)
        {
            qualifiers |= before;
            figureStart = wordStart;
        }

        qualifiers |= FigureQualifierWords.MatchAfter(text, end, out int figureEnd);
        string label = FigureLabel.Find(text, figureStart, figureEnd, boundary);

        // 至少測試1次, 最高補助5萬元: a bound word that opens the clause bounds its number.
        qualifiers |= FigureQualifierWords.MatchLeading(ref label);
        // 2.3 × 10000 is 23000.0: the scale of the arithmetic is not the figure's (1.000… drops trailing zeros).
        value /= 1.0000000000000000000000000000m;
        figures.Add(new ExtractedFigure(value, unit, label, qualifiers, figureStart, figureEnd - figureStart, text.Substring(figureStart, figureEnd - figureStart)));
        boundary = figureEnd;
        return figureEnd;
    }

    private int Ordinal(int end)
    {
        // 第1次, 第3季, 第一課, 字第1061300008號: the classifier after the number belongs to it.
        int p = end;
        if (p < text.Length && !FigureLabel.IsBoundary(text[p]) && !IsArabicDigit(text[p]) && !char.IsWhiteSpace(text[p]))
        {
            p++;
        }

        return NotAFigure(p);
    }

    // The end of what a number that is no figure carries after it: 112年, 111年度, 112學年度, 6月, 1日, 9時, 2.0版.
    private int AfterSuffix(int p)
    {
        if (At(p, "學年"))
        {
            p++;
        }
        else if (p >= text.Length || "年月日號時點点季屆樓版歲".IndexOf(text[p]) < 0)
        {
            return p;
        }

        p = CharAt(p + 1) == '度' ? p + 2 : p + 1;

        // 6月1日起, 3日內, 17時前: the word after a date or a time belongs to it, not to the next label.
        return p < text.Length && "內起止前後".IndexOf(text[p]) >= 0 ? p + 1 : p;
    }

    private int NotAFigure(int end)
    {
        boundary = end;
        return end;
    }

    // Digits, thousands groups (2,055 — a comma with exactly three digits after it) and decimals (2.5).
    // plain is false for what no amount is written as: a leading zero (0800), more digits than a decimal holds.
    private int ReadPlainNumber(int start, out decimal value, out bool plain)
    {
        int p = start;
        int digits = 0;
        value = 0m;
        plain = true;
        while (p < text.Length && IsArabicDigit(text[p]))
        {
            if (digits < MaxDigits)
            {
                value = (value * 10m) + DigitValue(text[p]);
            }

            digits++;
            p++;
        }

        if (digits > 1 && DigitValue(text[start]) == 0)
        {
            plain = false;
        }

        if (digits <= 3)
        {
            while (CharAt(p) == ',' && IsArabicDigit(CharAt(p + 1)) && IsArabicDigit(CharAt(p + 2)) && IsArabicDigit(CharAt(p + 3)) && !IsArabicDigit(CharAt(p + 4)))
            {
                for (int k = 1; k <= 3; k++)
                {
                    if (digits < MaxDigits)
                    {
                        value = (value * 10m) + DigitValue(text[p + k]);
                    }

                    digits++;
                }

                p += 4;
            }
        }

        if (CharAt(p) is '.' or '．' && IsArabicDigit(CharAt(p + 1)))
        {
            p++;
            decimal scale = 0.1m;
            int fraction = 0;
            while (p < text.Length && IsArabicDigit(text[p]))
            {
                if (fraction < MaxFractionDigits)
                {
                    value += DigitValue(text[p]) * scale;
                    scale /= 10m;
                }

                fraction++;
                p++;
            }

            if (fraction > MaxFractionDigits)
            {
                plain = false;
            }
        }

        if (digits > MaxDigits)
        {
            plain = false;
        }

        return p;
    }

    // 三 → 3, 二十一 → 21, 一百零五 → 105, 兩萬 → 20000, 一萬三千一百四十七 → 13147; null when not a numeral.
    private static decimal? ParseChinese(string run)
    {
        decimal total = 0m;
        int from = 0;
        foreach ((char mark, decimal scale) in new[] { ('億', 100000000m), ('萬', 10000m) })
        {
            int at = run.IndexOf(mark, from);
            if (at < 0)
            {
                continue;
            }

            int? section = ChineseNumerals.TryParse(run.Substring(from, at - from));
            if (section is null || run.IndexOf(mark, at + 1) >= 0)
            {
                return null;
            }

            total += section.Value * scale;
            from = at + 1;
        }

        if (from < run.Length)
        {
            string rest = run.Substring(from);
            if (rest.IndexOf('萬') >= 0 || rest.IndexOf('億') >= 0 || rest.IndexOf('万') >= 0)
            {
                return null;
            }

            int? section = ChineseNumerals.TryParse(rest);
            if (section is null)
            {
                return null;
            }

            total += section.Value;
        }

        return total == 0m ? null : total;
    }
}
