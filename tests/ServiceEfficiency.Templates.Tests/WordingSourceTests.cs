using System.Globalization;
using System.Text;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// Domain wording (standard titles, column titles, headings with points, figure amounts, section labels)
/// lives in the Model (ServiceEfficiency.Wording); the C# code of the renderer and the tool writes no Chinese
/// string of its own. This test reads every string and character literal of src/ServiceEfficiency.Templates
/// and src/ServiceEfficiency.Cli (comments are not literals; \u escapes are decoded) and allows Chinese in
/// the literals listed below only. The message table is in src/Shared and is not counted.
/// </summary>
public class WordingSourceTests
{
    private const string Help = "English help text that quotes the Chinese term or example it explains";
    private const string Separator = "the enumeration comma 、 joining values of the data; punctuation, not wording";

    // (file relative to src/, literal as decoded) → why it may stay.
    private const string FullWidth = "a full-width quote or space an input method types inside a tag, straightened before Scriban reads the tag: characters, not wording";

    private static readonly Dictionary<(string File, string Literal), string> Allowed = new()
    {
        [("ServiceEfficiency.Templates/DocumentRenderer.cs", "「{document.Title}」 follows edition '{document.EditionId}', not '{edition.Id}'.")] =
            "an English exception message quoting the document's own title in 「」 (the house rule for Chinese in English); DocumentRenderer belongs to the output-format work",
        [("ServiceEfficiency.Templates/TemplateModel.cs", "、")] = Separator,
        [("ServiceEfficiency.Templates/TemplateFunctions.cs", "、")] = Separator,
        [("ServiceEfficiency.Templates/TemplateFunctions.cs", "\u3000")] = "the ideographic space the indent function repeats: layout, not wording",
        [("ServiceEfficiency.Cli/EditionInput.cs", "、")] = Separator,
        [("ServiceEfficiency.Templates/Office/TagText.cs", "\uFF02")] = FullWidth,
        [("ServiceEfficiency.Templates/Office/TagText.cs", "\uFF07")] = FullWidth,
        [("ServiceEfficiency.Templates/Office/TagText.cs", "\u3000")] = FullWidth,
        [("ServiceEfficiency.Cli/PeopleList.cs", "、")] = Separator,
        [("ServiceEfficiency.Cli/Commands/CommendCommand.cs", "、")] = Separator,
        [("ServiceEfficiency.Cli/Commands/RenderFormats.cs", "、")] = "the enumeration comma 、 joining the format names in a zh-TW message; punctuation, not wording",
        [("ServiceEfficiency.Cli/CliApplication.cs", "service-efficiency: plans (提升服務效能執行計畫) and results reports (執行績效與成果) of Taiwanese agencies — ")] = Help,
        [("ServiceEfficiency.Cli/Commands/NewCommand.cs", "plan (執行計畫) or results (執行績效與成果).")] = Help,
        [("ServiceEfficiency.Cli/Commands/NewCommand.cs", "The agency's full name, e.g. 經濟部標準檢驗局花蓮分局.")] = Help,
        [("ServiceEfficiency.Cli/Commands/NewCommand.cs", "service-efficiency new plan --edition samples/criteria/service-upgrade-program.criteria.json --agency 經濟部標準檢驗局 --year 115 -o plan-115.json")] = Help,
        [("ServiceEfficiency.Cli/Commands/NewCommand.cs", "service-efficiency new results -e overall.criteria.json -a 經濟部標準檢驗局花蓮分局 -y 112 --level branch")] = Help,
        [("ServiceEfficiency.Cli/Commands/CommendCommand.cs", "The plan (JSON) whose 獎勵方式 section holds the commendation policy.")] = Help,
        [("ServiceEfficiency.Cli/Commands/CommendCommand.cs", "The commendation table (敘獎): for each person, the commendation the plan's policy grants for their role and the unit's award outcome.")] = Help,
        [("ServiceEfficiency.Cli/Commands/CommendCommand.cs", "Under a highest-only clause (同時符合…以最高額度辦理敘獎) a person who qualifies several times gets only the highest.")] = Help,
        [("ServiceEfficiency.Cli/Commands/ScheduleCommand.cs", "Lists the reporting deadlines of a year for a headquarters (總局), branch (分局) or unit (單位), from the edition's rules.")] = Help,
        [("ServiceEfficiency.Cli/Commands/ScheduleCommand.cs", "Dates are ROC dates; deadlines in the next year (成果報送) carry that year.")] = Help,
        [("ServiceEfficiency.Cli/Commands/FontOptions.cs", "The body text's face: EASTASIAN or EASTASIAN,WESTERN, e.g. DFKai-SB (標楷體) or \"DFKai-SB,Times New Roman\". Default Noto Serif CJK TC. Named, not embedded: install it where the document is printed.")] = Help,
        [("ServiceEfficiency.Cli/Commands/RenderCommand.cs", "Print each row's quantified figures (量化成果：受理商品檢驗 923 件) under its results; the real documents do not, so it is off by default.")] = Help,
    };

    [Fact]
    public void Templates_and_cli_code_write_no_Chinese_wording_of_their_own()
    {
        var found = new HashSet<(string File, string Literal)>();
        string src = Path.Combine(Samples.Root, "src");
        foreach (string project in new[] { "ServiceEfficiency.Templates", "ServiceEfficiency.Cli" })
        {
            foreach (string path in Directory.EnumerateFiles(Path.Combine(src, project), "*.cs", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(src, path).Replace('\\', '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
                {
                    continue; // generated by the build (AssemblyInfo carries the package description)
                }

                foreach (string literal in Literals(File.ReadAllText(path)).Where(HasChinese))
                {
                    found.Add((relative, literal));
                }
            }
        }

        var unexpected = found.Where(f => !Allowed.ContainsKey(f)).Select(f => f.File + ": \"" + f.Literal + "\"").ToList();
        Assert.True(unexpected.Count == 0, "Chinese literals outside the Model's wording (use ServiceEfficiency.Wording, or list one here with a reason):\n" + string.Join("\n", unexpected));
        var stale = Allowed.Keys.Where(a => !found.Contains(a)).Select(a => a.File + ": \"" + a.Literal + "\"").ToList();
        Assert.True(stale.Count == 0, "Allowed literals that no longer exist (remove them from the list):\n" + string.Join("\n", stale));
    }

    [Fact]
    public void The_scanner_finds_literals_and_skips_comments()
    {
        const string code = "// 註解 \"不算\"\n/* 也不算 \"x\" */\nvar a = \"表\" + '\\u3000' + @\"一\"\"二\" + $\"{x}分\" + \"\\u8868\"; /// <summary>構面</summary>\n var b = '\\'';";
        Assert.Equal(new[] { "表", "\u3000", "一\"二", "{x}分", "表", "'" }, Literals(code));
        Assert.True(HasChinese("（"));
        Assert.False(HasChinese("— …"));
    }

    /// <summary>Ideographs, CJK symbols and punctuation (、。「」), full-width forms (（）：).</summary>
    private static bool HasChinese(string text) =>
        text.Any(c => (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFFEF'));

    /// <summary>
    /// The string and character literals of C# source, decoded enough to see their characters. A small scanner
    /// rather than Roslyn: the sources use no raw string literals, and interpolation holes are kept as written.
    /// </summary>
    private static List<string> Literals(string code)
    {
        var literals = new List<string>();
        int i = 0;
        while (i < code.Length)
        {
            char c = code[i];
            if (c == '/' && i + 1 < code.Length && code[i + 1] == '/')
            {
                i = code.IndexOf('\n', i) is int end && end >= 0 ? end : code.Length;
            }
            else if (c == '/' && i + 1 < code.Length && code[i + 1] == '*')
            {
                int end = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? code.Length : end + 2;
            }
            else if (c == '"' || c == '\'')
            {
                bool verbatim = c == '"' && Prefix(code, i).Contains('@');
                var text = new StringBuilder();
                i++;
                while (i < code.Length)
                {
                    char d = code[i];
                    if (verbatim && d == '"' && i + 1 < code.Length && code[i + 1] == '"')
                    {
                        text.Append('"');
                        i += 2;
                    }
                    else if (d == c)
                    {
                        i++;
                        break;
                    }
                    else if (!verbatim && d == '\\' && i + 1 < code.Length)
                    {
                        char e = code[i + 1];
                        if (e == 'u' && i + 5 < code.Length)
                        {
                            text.Append((char)int.Parse(code.Substring(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                            i += 6;
                        }
                        else
                        {
                            text.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => e });
                            i += 2;
                        }
                    }
                    else
                    {
                        text.Append(d);
                        i++;
                    }
                }

                literals.Add(text.ToString());
            }
            else
            {
                i++;
            }
        }

        return literals;
    }

    /// <summary>The $/@ prefix characters just before a quote.</summary>
    private static string Prefix(string code, int quote)
    {
        int start = quote;
        while (start > 0 && (code[start - 1] == '@' || code[start - 1] == '$'))
        {
            start--;
        }

        return code.Substring(start, quote - start);
    }
}
