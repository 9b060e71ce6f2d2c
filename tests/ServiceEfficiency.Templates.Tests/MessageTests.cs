using System.Reflection;
using System.Text.RegularExpressions;
using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// Every SE2xxx message comes from the shared table (src/Shared/Messages) in English and zh-TW
/// with the same placeholders, and a render reports in the language chosen. The table is internal
/// to the Model; this project reaches it by reflection.
/// </summary>
public sealed class MessageTests : IDisposable
{
    private static readonly Type Messages = typeof(ServiceEfficiency.Documents.ServiceDocument).Assembly.GetType("ServiceEfficiency.Text.Messages", throwOnError: true)!;

    private readonly TemplateSandbox _sandbox = new();

    public void Dispose()
    {
        Use(null);
        _sandbox.Dispose();
    }

    public static IEnumerable<object[]> TemplateMessages() =>
        Messages.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType.Name == "Message")
            .Select(f => (Id: (string)Property(f.GetValue(null)!, "Id"), f.Name))
            .Where(m => m.Id.StartsWith("SE2", StringComparison.Ordinal))
            .Select(m => new object[] { m.Name });

    [Theory]
    [MemberData(nameof(TemplateMessages))]
    public void EveryTemplateMessageHasBothTextsWithTheSamePlaceholders(string field)
    {
        object message = Messages.GetField(field, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        string english = (string)Property(message, "English");
        string chinese = (string)Property(message, "Chinese");

        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.False(string.IsNullOrWhiteSpace(chinese));
        Assert.Matches(@"[\u4E00-\u9FFF]", chinese);
        Assert.Equal(Placeholders(english), Placeholders(chinese));
    }

    [Fact]
    public void EveryTemplateCodeHasAMessage()
    {
        HashSet<string> codes = TemplateMessages()
            .Select(m => (string)Property(Messages.GetField((string)m[0], BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!, "Id"))
            .Select(id => id.Substring(0, 6))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(TemplateDiagnosticCodes.All, d => Assert.Contains(d.Code, codes));
    }

    [Fact]
    public void ARenderReportsInTheChosenLanguageWithTheSameCodeAndLocation()
    {
        const string Template = "line\n{{ include '../x' }}";
        Use("English");
        Diagnostic english = _sandbox.Fails(Template);
        Use("TraditionalChinese");
        Diagnostic chinese = _sandbox.Fails(Template);

        Assert.Equal(english.Code, chinese.Code);
        Assert.Equal(english.Location.ToString(), chinese.Location.ToString());
        Assert.Equal(english.Location.JsonPath, chinese.Location.JsonPath);
        Assert.StartsWith("The include was refused: ", english.Message, StringComparison.Ordinal);
        Assert.StartsWith("已拒絕引入範本：`../x` 離開或跳出範本根目錄", chinese.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScribanTextsAreWrappedUnchanged()
    {
        Use("TraditionalChinese");

        Diagnostic error = _sandbox.Fails("{{ while true }}{{ end }}");

        Assert.Equal("SE2003", error.Code);
        Assert.StartsWith("迴圈次數超過上限：Exceeding number of iteration limit", error.Message, StringComparison.Ordinal);
    }

    private static object Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target)!;

    private static List<string> Placeholders(string text) =>
        Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).OrderBy(p => p, StringComparer.Ordinal).ToList();

    private static void Use(string? language)
    {
        Type languages = Messages.Assembly.GetType("ServiceEfficiency.Text.MessageLanguage", throwOnError: true)!;
        object? value = language is null ? null : Enum.Parse(languages, language);
        Messages.GetMethod("Use", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, new[] { value });
    }
}
