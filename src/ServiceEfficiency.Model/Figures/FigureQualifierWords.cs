namespace ServiceEfficiency.Figures;

/// <summary>The words that qualify a quantity: 約/逾/至少/未滿 before the number, 以上/以下/左右 after the unit.</summary>
internal static class FigureQualifierWords
{
    /// <summary>The longest word before a number, in characters.</summary>
    public const int MaxPrefixLength = 3;

    // Longest first where one ends another: 不超過 before 超過, 大約 before 約.
    private static readonly (string Word, FigureQualifiers Qualifier)[] Prefixes =
    {
        ("不少於", FigureQualifiers.AtLeast),
        ("不低於", FigureQualifiers.AtLeast),
        ("不超過", FigureQualifiers.AtMost),
        ("不逾", FigureQualifiers.AtMost),
        ("至少", FigureQualifiers.AtLeast),
        ("最少", FigureQualifiers.AtLeast),
        ("超過", FigureQualifiers.AtLeast),
        ("多於", FigureQualifiers.AtLeast),
        ("大於", FigureQualifiers.AtLeast),
        ("高於", FigureQualifiers.AtLeast),
        ("逾", FigureQualifiers.AtLeast),
        ("至多", FigureQualifiers.AtMost),
        ("最多", FigureQualifiers.AtMost),
        ("未滿", FigureQualifiers.AtMost),
        ("未達", FigureQualifiers.AtMost),
        ("不到", FigureQualifiers.AtMost),
        ("不足", FigureQualifiers.AtMost),
        ("少於", FigureQualifiers.AtMost),
        ("低於", FigureQualifiers.AtMost),
        ("小於", FigureQualifiers.AtMost),
        ("大約", FigureQualifiers.Approximate),
        ("約計", FigureQualifiers.Approximate),
        ("將近", FigureQualifiers.Approximate),
        ("接近", FigureQualifiers.Approximate),
        ("約", FigureQualifiers.Approximate),
        ("近", FigureQualifiers.Approximate),
    };

    // Bound words that may stand at the start of the clause, a verb between them and the number (至少測試1次).
    private static readonly (string Word, FigureQualifiers Qualifier)[] Leading =
    {
        ("至少", FigureQualifiers.AtLeast),
        ("最少", FigureQualifiers.AtLeast),
        ("至多", FigureQualifiers.AtMost),
        ("最多", FigureQualifiers.AtMost),
        ("最高", FigureQualifiers.AtMost),
        ("大約", FigureQualifiers.Approximate),
    };

    private static readonly (string Word, FigureQualifiers Qualifier)[] Suffixes =
    {
        ("以上", FigureQualifiers.AtLeast),
        ("以下", FigureQualifiers.AtMost),
        ("以內", FigureQualifiers.AtMost),
        ("之內", FigureQualifiers.AtMost),
        ("左右", FigureQualifiers.Approximate),
        ("上下", FigureQualifiers.Approximate),
        ("內", FigureQualifiers.AtMost),
    };

    // 約 and 近 end many words that qualify nothing: 契約, 預約, 節約; 最近, 附近, 鄰近.
    private const string NotBeforeYue = "契合簽預相節規制公條違履特邀婉隱";
    private const string NotBeforeJin = "最附鄰就靠親貼";

    /// <summary>The qualifier word that ends at <paramref name="end"/>, if any.</summary>
    /// <param name="text">The text.</param>
    /// <param name="end">Where the number starts (spaces before it already skipped).</param>
    /// <param name="start">Where the word starts.</param>
    public static FigureQualifiers MatchBefore(string text, int end, out int start)
    {
        foreach ((string word, FigureQualifiers qualifier) in Prefixes)
        {
            int at = end - word.Length;
            if (at < 0 || string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
            {
                continue;
            }

            if (word.Length == 1 && at > 0)
            {
                string excluded = word == "約" ? NotBeforeYue : word == "近" ? NotBeforeJin : string.Empty;
                if (excluded.IndexOf(text[at - 1]) >= 0)
                {
                    continue;
                }
            }

            start = at;
            return qualifier;
        }

        start = end;
        return FigureQualifiers.None;
    }

    /// <summary>
    /// The bound word that opens a label (至少測試 → 測試, at least), removed from it; the words that qualify only
    /// when they stand right before the number (約, 逾) are not read here.
    /// </summary>
    /// <param name="label">The label, without the word afterwards.</param>
    public static FigureQualifiers MatchLeading(ref string label)
    {
        foreach ((string word, FigureQualifiers qualifier) in Leading)
        {
            if (label.Length > word.Length && label.StartsWith(word, System.StringComparison.Ordinal))
            {
                label = label.Substring(word.Length).TrimStart();
                return qualifier;
            }
        }

        return FigureQualifiers.None;
    }

    /// <summary>The qualifier word that starts at <paramref name="index"/>, if any.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Where the unit ends.</param>
    /// <param name="end">Where the word ends.</param>
    public static FigureQualifiers MatchAfter(string text, int index, out int end)
    {
        foreach ((string word, FigureQualifiers qualifier) in Suffixes)
        {
            if (index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0)
            {
                // 3天內容? 內 followed by 容/部/政 is a word of its own.
                if (word == "內" && index + 1 < text.Length && "容部政涵外".IndexOf(text[index + 1]) >= 0)
                {
                    continue;
                }

                // 上下半年: 上下 then 半/班/游/樓 is a place or a time, not "about".
                if (word == "上下" && index + 2 < text.Length && "半班游樓午車".IndexOf(text[index + 2]) >= 0)
                {
                    continue;
                }

                end = index + word.Length;
                return qualifier;
            }
        }

        end = index;
        return FigureQualifiers.None;
    }
}
