using System.Text.RegularExpressions;
using ModelMessages = ServiceEfficiency.Text.Messages;

namespace ServiceEfficiency.Tests.Messages;

/// <summary>docs/diagnostics.md shows the message table as it is: each code's zh-TW title, and every message in both languages.</summary>
public sealed class MessageDocsTests
{
    private const string TextsHeader = "| English | 中文 (zh-TW) | Id |";

    // A row of one of the three code tables: | SE1010 |, | [SE0001](generator.md#diagnostics) |, | `SE2000` |.
    private static readonly Regex CodeRow = new(@"^\| (?:SE(\d{4})|\[SE(\d{4})\]\(generator\.md#diagnostics\)|`SE(\d{4})`) \|", RegexOptions.CultureInvariant);

    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(Samples.Root, "docs", "diagnostics.md"));

    private static readonly IReadOnlyList<MessageEntry> Table = MessageTable.Read(typeof(ModelMessages));

    [Fact]
    public void EveryCodeRowEndsWithItsChineseTitle()
    {
        var wrong = new List<string>();
        int checkedRows = 0;
        foreach (string line in Lines)
        {
            Match m = CodeRow.Match(line);
            if (!m.Success)
            {
                continue;
            }

            string code = "SE" + (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value);
            MessageEntry? title = Table.FirstOrDefault(e => e.Id == code + ".Title");
            if (title is null)
            {
                continue; // not converted yet: MessageTableTests' acceptance test lists it
            }

            checkedRows++;
            string last = Regex.Split(line.Trim().Trim('|'), @"(?<!\\)\|").Last().Trim();
            if (last != title.Chinese)
            {
                wrong.Add($"{code}: last cell '{last}', expected '{title.Chinese}'");
            }
        }

        Assert.True(checkedRows >= 31, "only " + checkedRows + " code rows with a title entry");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>Run with SE_UPDATE_GOLDEN=1 to rewrite the section from the table.</summary>
    [Fact]
    public void TheMessageTextsSectionIsTheTable()
    {
        int header = Array.IndexOf(Lines, TextsHeader);
        Assert.True(header > 0, "docs/diagnostics.md has no '" + TextsHeader + "' table");
        HashSet<string> rows = Lines.Skip(header + 2).TakeWhile(l => l.StartsWith("|", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        HashSet<string> expected = Table.Select(Row).ToHashSet(StringComparer.Ordinal);

        if (Environment.GetEnvironmentVariable("SE_UPDATE_GOLDEN") == "1")
        {
            // Accept the table as it is: rewrite the section's rows in table order (as the golden files are accepted).
            int end = header + 2 + rows.Count;
            string[] updated = Lines.Take(header + 2).Concat(Table.Select(Row)).Concat(Lines.Skip(end)).ToArray();
            File.WriteAllText(Path.Combine(Samples.Root, "docs", "diagnostics.md"), string.Join("\n", updated) + "\n");
            return;
        }

        string[] missing = Table.Select(Row).Where(r => !rows.Contains(r)).ToArray();
        string[] stale = rows.Where(r => !expected.Contains(r)).ToArray();
        Assert.True(missing.Length == 0, "Add these rows to 'Message texts' in docs/diagnostics.md:\n" + string.Join("\n", missing));
        Assert.True(stale.Length == 0, "These rows of 'Message texts' are not (or no longer) in the table:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void ARowIsWrittenWithItsPipesEscaped() =>
        Assert.Equal(@"| a \| b | 甲 \| 乙 | `SE2000` |", Row(new MessageEntry("F", "SE2000", "a | b", "甲 | 乙")));

    private static string Row(MessageEntry e) => $"| {Escape(e.English)} | {Escape(e.Chinese)} | `{e.Id}` |";

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
