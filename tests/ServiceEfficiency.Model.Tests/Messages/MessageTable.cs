using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ServiceEfficiency.Tests.Messages;

/// <summary>One entry of a message table, read by reflection (so the Model's and the generator's copies, and fake tables, are checked alike).</summary>
internal sealed record MessageEntry(string Field, string Id, string English, string Chinese);

/// <summary>
/// The rules every message of the table keeps, as functions that return what breaks them, so a test
/// can show that each rule catches a wrong entry.
/// </summary>
internal static class MessageTable
{
    /// <summary>
    /// Chinese that an English text may contain outside 「」 and placeholders: terms the English
    /// messages quote on purpose, as the clerks know them. Listed per message so that a new one is a
    /// decision, not an accident.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> ChineseTermsInEnglish = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["SE1012"] = new[] { "年" },                              // {0}年: a ROC year is written 111年
        ["SE1014"] = new[] { "主辦單位" },                         // the column's name, in parentheses
        ["SE1017"] = new[] { "件數、場次、人次" },                  // the kinds of figure meant
        ["SE1021"] = new[] { "機關＋年度＋" },                      // the standard form of a title
        ["SE1024"] = new[] { "以量化方式呈現" },                    // the plans' own words
        ["API.RocDate.NoSuchDay"] = new[] { "年", "月", "日" },     // {0}年{1}月{2}日
        ["API.RocDate.NotADate"] = new[] { "年", "月", "日" },      // the example 114年1月6日
        ["API.Schedule.YearOutOfRange"] = new[] { "民國元年" },
        ["API.RocDate.YearOutOfRange"] = new[] { "民國元年" },
        ["CLI.EditionYear"] = new[] { "年" },                      // {2}年, as a year is written
        ["CLI.YearRange"] = new[] { "民國元年" },
        ["SE1004.NotRocYear"] = new[] { "民國元年" },
        ["SE1004.DeadlineDate"] = new[] { "月", "日" },            // {1}月{2}日, as the rule is written
        ["SE1004.NotRocDate"] = new[] { "年", "月", "日" },        // the example 114年1月6日
    };

    private static readonly Regex Placeholder = new(@"\{(\d+)(?:,[^{}:]*)?(?::[^{}]*)?\}", RegexOptions.CultureInvariant);

    private static readonly Regex WellFormedId = new(@"^(?:SE\d{4}(?:\.[A-Za-z][A-Za-z0-9.]*)?|CLI\.[A-Za-z][A-Za-z0-9.]*|API\.[A-Za-z][A-Za-z0-9.]*)$", RegexOptions.CultureInvariant);

    /// <summary>Every static <c>Message</c> field of <paramref name="table"/> (the partial class <c>Messages</c>).</summary>
    public static IReadOnlyList<MessageEntry> Read(Type table)
    {
        var entries = new List<MessageEntry>();
        foreach (FieldInfo field in table.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
        {
            if (field.FieldType.Name != "Message")
            {
                continue;
            }

            object message = field.GetValue(null) ?? throw new InvalidOperationException(field.Name + " is null");
            string Get(string property) => (string)field.FieldType.GetProperty(property)!.GetValue(message)!;
            entries.Add(new MessageEntry(field.Name, Get("Id"), Get("English"), Get("Chinese")));
        }

        return entries;
    }

    /// <summary>Ids that are empty, repeated or not of the form SE0000(.Variant), CLI.Name or API.Name.</summary>
    public static IEnumerable<string> BadIds(IReadOnlyList<MessageEntry> entries)
    {
        foreach (MessageEntry e in entries.Where(e => !WellFormedId.IsMatch(e.Id)))
        {
            yield return $"{e.Field}: id '{e.Id}' is not SE0000[.Variant], CLI.Name or API.Name";
        }

        foreach (IGrouping<string, MessageEntry> twice in entries.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"id '{twice.Key}' is used by {string.Join(", ", twice.Select(e => e.Field))}";
        }
    }

    /// <summary>Entries whose texts break a rule of the table.</summary>
    public static IEnumerable<string> BadTexts(IReadOnlyList<MessageEntry> entries)
    {
        foreach (MessageEntry e in entries)
        {
            if (string.IsNullOrWhiteSpace(e.English) || string.IsNullOrWhiteSpace(e.Chinese))
            {
                yield return $"{e.Id}: a text is empty";
                continue;
            }

            if (!e.Chinese.Any(IsIdeograph))
            {
                yield return $"{e.Id}: the Chinese text has no Chinese character: {e.Chinese}";
            }

            string outside = EnglishOutsideQuotes(e);
            if (outside.FirstOrDefault(c => IsIdeograph(c) || IsChinesePunctuation(c)) is char c && c != default)
            {
                yield return $"{e.Id}: the English text has '{c}' outside 「」 and placeholders: {e.English}";
            }

            string? englishError = FormatError(e.English);
            string? chineseError = FormatError(e.Chinese);
            if (englishError is not null || chineseError is not null)
            {
                yield return $"{e.Id}: not a composite format: {englishError ?? chineseError}";
                continue;
            }

            string english = string.Join(",", Placeholders(e.English));
            string chinese = string.Join(",", Placeholders(e.Chinese));
            if (english != chinese)
            {
                yield return $"{e.Id}: placeholders differ: English {{{english}}}, Chinese {{{chinese}}}";
            }
        }
    }

    /// <summary>The placeholder numbers a text uses, sorted, each once.</summary>
    public static IEnumerable<int> Placeholders(string text) =>
        Placeholder.Matches(Unescaped(text)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().OrderBy(i => i);

    /// <summary>Ideographs, the CJK extensions and compatibility ideographs (surrogate halves of the supplementary ones included).</summary>
    public static bool IsIdeograph(char c) =>
        c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uD840' and <= '\uD87F');

    // 、。「」 and the full-width forms (＋，：（）): Chinese punctuation that English prose does not use.
    private static bool IsChinesePunctuation(char c) => c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF');

    // The English text without 「…」 (a Chinese title quoted), placeholders and the listed terms.
    private static string EnglishOutsideQuotes(MessageEntry e)
    {
        string text = Regex.Replace(e.English, "「[^「」]*」", " ");
        text = Placeholder.Replace(text, " ");
        if (ChineseTermsInEnglish.TryGetValue(e.Id, out string[]? terms))
        {
            foreach (string term in terms)
            {
                text = text.Replace(term, " ", StringComparison.Ordinal);
            }
        }

        return text;
    }

    // Formats with as many arguments as the text uses: a stray brace or a bad item throws.
    private static string? FormatError(string text)
    {
        try
        {
            int count = Placeholders(text).DefaultIfEmpty(-1).Max() + 1;
            string.Format(CultureInfo.InvariantCulture, text, Enumerable.Repeat<object?>("x", count).ToArray());
            return null;
        }
        catch (FormatException ex)
        {
            return ex.Message + " in " + text;
        }
    }

    private static string Unescaped(string text) => text.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// The codes that have no message (id = code, or code.Variant other than code.Title) with both
    /// texts: a title alone does not say that the code's messages were converted.
    /// </summary>
    /// <summary>
    /// Generator codes that report only the run-time loader's messages for the same rule (one message
    /// per rule, src/Shared/Messages/Messages.Generator.cs): their messages are that code's entries.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ReportsMessagesOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SE0007"] = "SE1004", // SE1004.KeyNotIdentifier
        ["SE0010"] = "SE1002", // SE1002.UnknownChoice
    };

    public static IEnumerable<string> CodesWithoutMessages(IEnumerable<string> codes, IReadOnlyList<MessageEntry> entries) =>
        codes.Where(code => !HasMessages(code, entries) && !(ReportsMessagesOf.TryGetValue(code, out string? shared) && HasMessages(shared, entries)));

    private static bool HasMessages(string code, IReadOnlyList<MessageEntry> entries) =>
        entries.Any(e =>
            (e.Id == code || (e.Id.StartsWith(code + ".", StringComparison.Ordinal) && e.Id != code + ".Title"))
            && !string.IsNullOrWhiteSpace(e.English) && e.Chinese.Any(IsIdeograph));
}
