namespace ServiceEfficiency.Figures;

/// <summary>
/// What a figure counts, taken from its text: the words before it back to the previous punctuation or number
/// (受理商品檢驗 in 「112年計受理商品檢驗923件」), without the words that only announce a number (計, 共, 合計,
/// 達 …) or join clauses (及, 並 …); the words after it when nothing is left (計有12家實驗室參與 → 實驗室參與).
/// </summary>
internal static class FigureLabel
{
    /// <summary>The longest label kept, in UTF-16 code units; a longer clause keeps its end, the words nearest the number.</summary>
    public const int MaxLength = 32;

    /// <summary>The most characters after a figure read when the label comes after it.</summary>
    private const int MaxAfterLength = 16;

    // Words that announce a number, at either end of the label. Longest first.
    private static readonly string[] Markers =
    {
        "新臺幣", "新台幣", "合計", "總計", "共計", "累計", "計有", "共有", "總共", "合共", "多達", "高達", "已達", "NT$",
    };

    // One-character markers, trimmed at the end (稽催計30次, 人數共5人, 涵蓋率達89%) unless the character before
    // makes them a word (統計, 公共, 到達), and at the start (計受理, 共通知) unless the character after does
    // (計程車, 計量, 共同, 達成); a label that is nothing else is empty.
    private static readonly (char Marker, string NotAfter, string NotBefore)[] ShortMarkers =
    {
        ('計', "統設會估預審主生算", "程量費畫劃算時價分數"),
        ('共', "公中總", "同識享用構存好生榮"),
        ('達', "到抵傳表送下通發轉", "成到標陣人"),
        ('$', string.Empty, string.Empty),
    };

    // Totals: when nothing else names the figure, these do (合計2055件 → 合計).
    private static readonly string[] Totals = { "合計", "總計", "共計", "累計", "總共" };

    // Words that join the label to the clause before it, with the characters that make them a word instead (及時, 與會).
    private static readonly (string Word, string NotBefore)[] Connectors =
    {
        ("以及", string.Empty), ("其中", string.Empty), ("另外", string.Empty), ("及", "時格早"), ("與", "會"),
        ("和", "平諧"), ("並", "非無"), ("另", "案"), ("且", string.Empty),
    };

    /// <summary>The label of the figure printed from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the printed figure starts (its qualifier, if any).</param>
    /// <param name="end">Where it ends.</param>
    /// <param name="boundary">Where the previous number (a figure, a date, a code) ends: the label starts after it.</param>
    public static string Find(string text, int start, int end, int boundary)
    {
        string before = Before(text, start, boundary);
        if (before.Length > 0)
        {
            return before;
        }

        return After(text, end);
    }

    /// <summary>Whether a character ends a label: punctuation, symbols and control characters of either width.</summary>
    /// <param name="c">The character.</param>
    public static bool IsBoundary(char c) =>
        char.IsPunctuation(c) || char.IsSymbol(c) || char.IsControl(c) || c is '\u2028' or '\u2029';

    // A hyphen, slash, dot or ampersand between two letters or two digits joins a word (E-mail, 檢驗/檢定, Q&A)
    // rather than ending it; 1.訂定 is a marker and a word.
    private static bool IsBoundaryAt(string text, int index)
    {
        char c = text[index];
        if (!IsBoundary(c))
        {
            return false;
        }

        if (!(c is '-' or '/' or '／' or '.' or '&' or '_' or '·') || index == 0 || index + 1 >= text.Length)
        {
            return true;
        }

        char before = text[index - 1];
        char after = text[index + 1];
        return !((char.IsLetter(before) && char.IsLetter(after)) || (char.IsDigit(before) && char.IsDigit(after)));
    }

    private static string Before(string text, int start, int boundary)
    {
        int end = start;
        while (end > boundary && IsSpace(text[end - 1]))
        {
            end--;
        }

        // 貼文互動數：70,407次 — the label is the words before the colon.
        if (end > boundary && text[end - 1] is ':' or '：')
        {
            end--;
        }

        int floor = end - MaxLength > boundary ? end - MaxLength : boundary;
        int from = end;
        while (from > floor && !IsBoundaryAt(text, from - 1))
        {
            from--;
        }

        if (from > 0 && from < end && char.IsLowSurrogate(text[from]) && char.IsHighSurrogate(text[from - 1]))
        {
            from++;
        }

        string raw = text.Substring(from, end - from).Trim();
        string label = Trim(raw);
        if (label.Length == 0)
        {
            foreach (string total in Totals)
            {
                if (raw == total)
                {
                    return total;
                }
            }
        }

        return label;
    }

    private static string After(string text, int end)
    {
        int to = end;
        int ceiling = end + MaxAfterLength < text.Length ? end + MaxAfterLength : text.Length;
        while (to < ceiling && !IsBoundaryAt(text, to) && !FigureScanner.IsArabicDigit(text[to]) && !FigureScanner.IsChineseNumeralStart(text[to]))
        {
            to++;
        }

        if (to > end && to < text.Length && char.IsHighSurrogate(text[to - 1]) && char.IsLowSurrogate(text[to]))
        {
            to--;
        }

        return Trim(text.Substring(end, to - end).Trim());
    }

    private static string Trim(string label)
    {
        bool changed = true;
        while (changed && label.Length > 0)
        {
            changed = false;
            foreach ((string word, string notBefore) in Connectors)
            {
                if (label.Length > word.Length && label.StartsWith(word, System.StringComparison.Ordinal)
                    && notBefore.IndexOf(label[word.Length]) < 0)
                {
                    label = label.Substring(word.Length).TrimStart();
                    changed = true;
                    break;
                }
            }

            foreach (string word in Markers)
            {
                if (label.StartsWith(word, System.StringComparison.Ordinal))
                {
                    label = label.Substring(word.Length).TrimStart();
                    changed = true;
                    break;
                }

                if (label.EndsWith(word, System.StringComparison.Ordinal))
                {
                    label = label.Substring(0, label.Length - word.Length).TrimEnd();
                    changed = true;
                    break;
                }
            }

            foreach ((char marker, string notAfter, string notBefore) in ShortMarkers)
            {
                int last = label.Length - 1;
                if (last >= 0 && label[last] == marker && (last == 0 || notAfter.IndexOf(label[last - 1]) < 0))
                {
                    label = label.Substring(0, last).TrimEnd();
                    changed = true;
                    break;
                }

                if (last > 0 && label[0] == marker && notBefore.IndexOf(label[1]) < 0)
                {
                    label = label.Substring(1).TrimStart();
                    changed = true;
                    break;
                }
            }
        }

        return label;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0' or '\t';
}
