using System;
using System.Collections.Generic;

namespace ServiceEfficiency.Figures;

/// <summary>
/// The units a figure may have (件, 場次, 人次, %, 萬元 …): which follow a Chinese numeral too (三場), and the
/// characters after a unit that make it part of a word instead (一站式, 3分局, 處理).
/// </summary>
internal static class FigureUnits
{
    /// <summary>The longest unit, in characters.</summary>
    public const int MaxLength = 5;

    // Units after Arabic numbers and after Chinese numerals. Longer units are tried first (人次 before 人).
    private static readonly string[] Counting =
    {
        "人次", "家次", "場次", "件次", "梯次", "班次", "戶次", "批次", "次",
        "場", "件", "具", "批", "天", "小時", "分鐘", "人", "家", "項", "份", "則", "通", "張", "隻",
        "處", "種", "間", "站", "筆", "個月", "個工作天", "個工作日", "工作天", "工作日", "週", "個",
        "所", "位", "名", "部", "本", "冊", "篇", "封", "戶", "棵", "輛", "案", "組", "團", "期", "堂",
        "門", "班", "座", "棟", "套", "支", "倍", "類", "條", "校", "梯", "個百分點", "百分點", "成",
    };

    // Units after Arabic numbers only: after a Chinese numeral they are too often a word (十分, 三台, 五金).
    private static readonly string[] ArabicOnly =
    {
        "%", "％", "萬元", "億元", "千元", "元", "車次", "架次", "秒", "台", "臺", "株", "枚", "片", "頁",
        "劑", "箱", "袋", "瓶", "公斤", "公噸", "噸", "公里", "平方公尺", "公尺", "坪", "公頃", "度", "分",
    };

    // A unit followed by one of these characters is the start of a word: 3分局, 處理, 通知, 度量衡.
    private static readonly Dictionary<string, string> NotBefore = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["分"] = "局署處會隊行享析別配擔數",
        ["處"] = "理置分長室",
        ["通"] = "知報過訊路關用常則話",
        ["人"] = "員民力才事數口物",
        ["家"] = "長庭用屬戶具電",
        ["張"] = "貼",
        ["份"] = "子",
        ["場"] = "所地域合景",
        ["站"] = "長內台上",
        ["元"] = "件素旦",
        ["間"] = "隔接",
        ["天"] = "然氣候使",
        ["個"] = "人別資性",
        ["部"] = "分門會長",
        ["度"] = "量政",
        ["條"] = "例件",
        ["支"] = "持援付出",
        ["組"] = "織成長",
        ["所"] = "有以屬得需長",
        ["位"] = "於置",
        ["名"] = "稱單義",
        ["期"] = "間限程滿待",
        ["本"] = "局分部署府",
        ["成"] = "長立果效為功員本是會",
        ["門"] = "檻",
        ["班"] = "長",
        ["案"] = "件",
        ["具"] = "備有體",
        ["項"] = "目",
        ["類"] = "似別",
        ["次"] = "數要級序日年",
        ["件"] = "數",
        ["種"] = "類子",
    };

    private static readonly Dictionary<char, string[]> ArabicByFirst = Index(Counting, ArabicOnly);
    private static readonly Dictionary<char, string[]> ChineseByFirst = Index(Counting);

    /// <summary>The unit printed at <paramref name="index"/>, or null.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Where the unit would start.</param>
    /// <param name="afterChineseNumeral">Whether the number before it is a Chinese numeral (fewer units apply).</param>
    public static string? Match(string text, int index, bool afterChineseNumeral)
    {
        if (index >= text.Length)
        {
            return null;
        }

        Dictionary<char, string[]> table = afterChineseNumeral ? ChineseByFirst : ArabicByFirst;
        if (!table.TryGetValue(text[index], out string[]? candidates))
        {
            return null;
        }

        foreach (string unit in candidates)
        {
            if (string.CompareOrdinal(text, index, unit, 0, unit.Length) != 0)
            {
                continue;
            }

            int next = index + unit.Length;
            if (next < text.Length && StartsWord(unit, text[next]))
            {
                // 人次 failed (人次數?): a shorter unit (人) is no better, the word goes on.
                return null;
            }

            return unit;
        }

        return null;
    }

    private static bool StartsWord(string unit, char next)
    {
        // 一站式, 一次性, 3D化: a unit followed by 式/性/化 is an adjective.
        if (next is '式' or '性' or '化')
        {
            return true;
        }

        return NotBefore.TryGetValue(unit, out string? followers) && followers.IndexOf(next) >= 0;
    }

    private static Dictionary<char, string[]> Index(params string[][] lists)
    {
        var byFirst = new Dictionary<char, List<string>>();
        foreach (string[] list in lists)
        {
            foreach (string unit in list)
            {
                if (!byFirst.TryGetValue(unit[0], out List<string>? units))
                {
                    units = new List<string>();
                    byFirst.Add(unit[0], units);
                }

                units.Add(unit);
            }
        }

        var index = new Dictionary<char, string[]>();
        foreach (KeyValuePair<char, List<string>> pair in byFirst)
        {
            pair.Value.Sort((a, b) => b.Length.CompareTo(a.Length));
            index.Add(pair.Key, pair.Value.ToArray());
        }

        return index;
    }
}
