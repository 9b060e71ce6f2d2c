using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServiceEfficiency.Cli.Tests;

/// <summary>--lang and the default language: the words change, codes, locations and structure do not.</summary>
public class LanguageTests
{
    private static readonly string Tainan = Tool.Sample("data/tainan-111-plan.json");

    [Fact]
    public void Lang_zh_TW_writes_the_tools_messages_in_Chinese()
    {
        ToolResult english = Tool.Run("validate", "no-such-plan.json", "--lang", "en");
        ToolResult chinese = Tool.Run("validate", "no-such-plan.json", "--lang", "zh-TW");

        Assert.Equal(2, english.ExitCode);
        Assert.Equal(2, chinese.ExitCode);
        Assert.Contains("no-such-plan.json: cannot read: no such file", english.Error);
        Assert.Contains("no-such-plan.json：無法讀取：檔案不存在", chinese.Error);
    }

    // A validator's message is written while the command line is parsed, before --lang is applied:
    // it must still come in the language asked for, like the hint after it.
    [Fact]
    public void Lang_applies_to_messages_written_while_parsing()
    {
        ToolResult english = Tool.Run("render", Tool.Sample("data/bsmi-114-plan.json"), "-f", "rtf", "-o", "-", "--lang", "en");
        ToolResult chinese = Tool.Run("render", Tool.Sample("data/bsmi-114-plan.json"), "-f", "rtf", "-o", "-", "--lang", "zh-TW");

        Assert.Equal(2, english.ExitCode);
        Assert.Equal(2, chinese.ExitCode);
        Assert.Contains("error: Unknown format 'rtf'; expected ", english.Error);
        Assert.Contains("error: 不支援的格式 'rtf'；請指定 ", chinese.Error);
        Assert.Contains("請執行 'service-efficiency --help'", chinese.Error);
    }

    /// <summary>The zh-TW Tainan output that docs/diagnostics.md shows is what the tool prints.</summary>
    [Fact]
    public void The_Chinese_Tainan_output_in_the_docs_is_the_tools()
    {
        string[] docs = System.IO.File.ReadAllLines(System.IO.Path.Combine(Tool.Root, "docs", "diagnostics.md"));
        const string command = "$ service-efficiency validate samples/data/tainan-111-plan.json --lang zh-TW --min-severity error";
        int start = Array.IndexOf(docs, command);
        Assert.True(start > 0, "docs/diagnostics.md does not show: " + command);
        string[] shown = docs.Skip(start + 1).TakeWhile(l => !l.StartsWith("$ ", StringComparison.Ordinal) && !l.StartsWith("```", StringComparison.Ordinal)).ToArray();

        ToolResult result = Tool.Run("validate", "samples/data/tainan-111-plan.json", "--lang", "zh-TW", "--min-severity", "error");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(7, shown.Length);
        string[] printed = (result.Output + result.Error).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(shown, line => Assert.Contains(line, printed));
    }

    [Fact]
    public void Codes_locations_and_json_structure_are_the_same_in_both_languages()
    {
        ToolResult english = Tool.Run("validate", Tainan, "--format", "json", "--lang", "en");
        ToolResult chinese = Tool.Run("validate", Tainan, "--format", "json", "--lang", "zh-TW");
        ToolResult englishSarif = Tool.Run("validate", Tainan, "--format", "sarif", "--lang", "en");
        ToolResult chineseSarif = Tool.Run("validate", Tainan, "--format", "sarif", "--lang", "zh-TW");

        Assert.Equal(english.ExitCode, chinese.ExitCode);
        Assert.Equal(Skeleton(english.Output), Skeleton(chinese.Output));
        Assert.Equal(Skeleton(englishSarif.Output), Skeleton(chineseSarif.Output));
        Assert.Contains("6 error(s), 27 warning(s)", english.Error);
        Assert.Contains("6 個錯誤、27 個警告", chinese.Error);
    }

    [Theory]
    [InlineData("zh_TW.UTF-8", "檔案不存在")]
    [InlineData("en_US.UTF-8", "no such file")]
    public void In_globalization_invariant_mode_the_language_comes_from_the_locale_variables(string locale, string expected)
    {
        var run = new ToolRun { Environment = { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1", ["LC_ALL"] = null, ["LC_MESSAGES"] = locale, ["LANG"] = "C.UTF-8" } };

        ToolResult result = Tool.Run(run, "validate", "no-such-plan.json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error()
    {
        ToolResult result = Tool.Run("validate", Tainan, "--lang", "fr");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lang fr: unknown language; expected zh-TW or en", result.Error);
    }

    [Fact]
    public void Every_CLI_message_has_an_English_and_a_Chinese_text_with_the_same_placeholders()
    {
        Type messages = typeof(ServiceEfficiency.Diagnostics.DiagnosticCodes).Assembly.GetType("ServiceEfficiency.Text.Messages", throwOnError: true)!;
        FieldInfo[] fields = messages.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType.Name == "Message").ToArray();
        var cli = fields.Select(f => f.GetValue(null)!).Where(m => Text(m, "Id").StartsWith("CLI.", StringComparison.Ordinal)).ToArray();

        Assert.True(cli.Length >= 50, "CLI messages found: " + cli.Length);
        Assert.Equal(cli.Length, cli.Select(m => Text(m, "Id")).Distinct().Count());
        Assert.All(cli, m =>
        {
            string english = Text(m, "English"), chinese = Text(m, "Chinese");
            Assert.False(string.IsNullOrWhiteSpace(english), Text(m, "Id"));
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese);
            Assert.Equal(Placeholders(english), Placeholders(chinese));
        });
    }

    private static string Text(object message, string property) => (string)message.GetType().GetProperty(property)!.GetValue(message)!;

    private static string[] Placeholders(string text) => Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().OrderBy(v => v, StringComparer.Ordinal).ToArray();

    // The JSON with every string value that is prose (message, text) blanked: what must not change with the language.
    private static string Skeleton(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        Blank(node);
        return node.ToJsonString();

        static void Blank(System.Text.Json.Nodes.JsonNode? n)
        {
            switch (n)
            {
                case System.Text.Json.Nodes.JsonObject o:
                    foreach (string key in o.Select(p => p.Key).ToList())
                    {
                        if (key is "message" or "text" or "suggestion" && o[key] is System.Text.Json.Nodes.JsonValue)
                        {
                            o[key] = "…";
                        }
                        else
                        {
                            Blank(o[key]);
                        }
                    }

                    break;
                case System.Text.Json.Nodes.JsonArray a:
                    foreach (var item in a)
                    {
                        Blank(item);
                    }

                    break;
            }
        }
    }
}
