using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Tests;

/// <summary>
/// Every message of the loaders (SE1000–SE1004) is in the shared table with an English and a zh-TW
/// text carrying the same placeholders, and the loaders speak the chosen language.
/// </summary>
public sealed class LoadingMessagesTests
{
    public static TheoryData<string> LoadingMessages => new(typeof(Messages)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Message) && f.Name.StartsWith("SE100", System.StringComparison.Ordinal))
        .Select(f => f.Name));

    [Theory]
    [MemberData(nameof(LoadingMessages))]
    public void Both_texts_exist_and_have_the_same_placeholders(string field)
    {
        var message = (Message)typeof(Messages).GetField(field)!.GetValue(null)!;

        Assert.Matches("^SE100[0-4]\\.[A-Za-z0-9]+$", message.Id);
        Assert.Equal(field, message.Id.Replace(".", string.Empty));
        Assert.False(string.IsNullOrWhiteSpace(message.English));
        Assert.False(string.IsNullOrWhiteSpace(message.Chinese));
        Assert.NotEqual(message.English, message.Chinese);
        Assert.Matches("[\\u4e00-\\u9fff]", message.Chinese);
        Assert.Equal(Placeholders(message.English), Placeholders(message.Chinese));
    }

    [Fact]
    public void There_is_a_message_for_each_loader_code()
    {
        var codes = typeof(Messages).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Message) && f.Name.StartsWith("SE100", System.StringComparison.Ordinal))
            .Select(f => f.Name.Substring(0, 6)).ToHashSet();
        Assert.Equal(new[] { "SE1000", "SE1001", "SE1002", "SE1003", "SE1004" }, codes.OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_load_in_Chinese_gives_the_same_code_location_and_path_in_Chinese_words()
    {
        const string json = "{\"id\": \"甲\", \"title\": \"評核\", \"totalPoints\": 10, \"years\": [114], \"levels\": [{\"name\": \"構面\", \"numbering\": \"arabic-dot\"}], \"nodes\": [{\"title\": \"服務\", \"points\": 10}]}";
        Diagnostics.Diagnostic english, chinese;
        try
        {
            Messages.Use(MessageLanguage.English);
            english = Assert.Single(Serialization.CriteriaEditionLoader.Parse(json, "x.criteria.json").Diagnostics);
            Messages.Use(MessageLanguage.TraditionalChinese);
            chinese = Assert.Single(Serialization.CriteriaEditionLoader.Parse(json, "x.criteria.json").Diagnostics);
        }
        finally
        {
            Messages.Use(null);
        }

        Assert.Equal(
            (english.Code, english.Location.Line, english.Location.Column, english.Location.JsonPath),
            (chinese.Code, chinese.Location.Line, chinese.Location.Column, chinese.Location.JsonPath));
        Assert.Equal("Missing required property 'key' in the object at $.nodes[0].", english.Message);
        Assert.Equal("$.nodes[0] 的物件缺少必要屬性「key」。", chinese.Message);
    }

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, "\\{[0-9]+(:[^}]*)?\\}").Select(m => m.Value).OrderBy(p => p, System.StringComparer.Ordinal).ToArray();
}
