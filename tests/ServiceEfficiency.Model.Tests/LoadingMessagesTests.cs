using ServiceEfficiency.Text;
using SharedMessages = ServiceEfficiency.Text.Messages;

namespace ServiceEfficiency.Tests;

/// <summary>
/// The loaders (SE1000–SE1004) speak the chosen language and nothing else changes with it. (That every
/// message has both texts with the same placeholders is MessageTableTests' job, for the whole table.)
/// </summary>
public sealed class LoadingMessagesTests
{
    [Fact]
    public void A_load_in_Chinese_gives_the_same_code_location_and_path_in_Chinese_words()
    {
        const string json = "{\"id\": \"甲\", \"title\": \"評核\", \"totalPoints\": 10, \"years\": [114], \"levels\": [{\"name\": \"構面\", \"numbering\": \"arabic-dot\"}], \"nodes\": [{\"title\": \"服務\", \"points\": 10}]}";
        Diagnostics.Diagnostic english, chinese;
        try
        {
            SharedMessages.Use(MessageLanguage.English);
            english = Assert.Single(Serialization.CriteriaEditionLoader.Parse(json, "x.criteria.json").Diagnostics);
            SharedMessages.Use(MessageLanguage.TraditionalChinese);
            chinese = Assert.Single(Serialization.CriteriaEditionLoader.Parse(json, "x.criteria.json").Diagnostics);
        }
        finally
        {
            SharedMessages.Use(null);
        }

        Assert.Equal(
            (english.Code, english.Location.Line, english.Location.Column, english.Location.JsonPath),
            (chinese.Code, chinese.Location.Line, chinese.Location.Column, chinese.Location.JsonPath));
        // A criteria file: the generator's words (SE0002), in either language.
        Assert.Equal("node 「服務」 ($.nodes[0]) has no 'key' property, which is required", english.Message);
        Assert.Equal("節點「服務」（$.nodes[0]）缺少必要屬性「key」。", chinese.Message);
    }
}
