extern alias Model;

using GeneratorNames = ServiceEfficiency.Criteria.CriteriaNames;
using GeneratorNumberer = ServiceEfficiency.Numbering.Numberer;
using GeneratorStyle = ServiceEfficiency.Numbering.NumberingStyle;
using ModelNumberer = Model::ServiceEfficiency.Numbering.Numberer;
using ModelStyle = Model::ServiceEfficiency.Numbering.NumberingStyle;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>
/// The generator compiles the Model's numbering source (src/Shared/Numbering) into itself. These
/// tests hold the two builds of it to the same answers, for every style and well past 十, 二十 and
/// 一百, so a change that only one build sees (a define, a different file list) fails here.
/// </summary>
public sealed class NumberingParityTests
{
    private const int LastPosition = 200;

    public static TheoryData<string> Styles()
    {
        var data = new TheoryData<string>();
        foreach (string name in Enum.GetNames<ModelStyle>())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void BothBuildsHaveTheSevenStylesWithTheSameValuesAndAJsonNameForEach()
    {
        Assert.Equal(7, Enum.GetValues<ModelStyle>().Length);
        Assert.Equal(
            Enum.GetValues<ModelStyle>().Select(s => (s.ToString(), (int)s)),
            Enum.GetValues<GeneratorStyle>().Select(s => (s.ToString(), (int)s)));
        Assert.Equal(Enum.GetValues<GeneratorStyle>().OrderBy(s => s), GeneratorNames.Numbering.ByName.Values.OrderBy(s => s));
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void LabelsCodeTokensAndParsingAgreeFromOneTo200(string style)
    {
        ModelStyle model = Enum.Parse<ModelStyle>(style);
        GeneratorStyle generator = Enum.Parse<GeneratorStyle>(style);
        for (int position = 1; position <= LastPosition; position++)
        {
            string label = ModelNumberer.Label(model, position, "構面");
            string token = ModelNumberer.CodeToken(model, position);
            Assert.Equal(label, GeneratorNumberer.Label(generator, position, "構面"));
            Assert.Equal(token, GeneratorNumberer.CodeToken(generator, position));

            // Parse back: the label and the code token both read as the position, in both builds.
            Assert.Equal(position, ModelNumberer.TryParsePosition(label));
            Assert.Equal(position, ModelNumberer.TryParsePosition(token));
            Assert.Equal(position, GeneratorNumberer.TryParsePosition(label));
            Assert.Equal(position, GeneratorNumberer.TryParsePosition(token));
        }
    }

    /// <summary>Known answers, so both builds being wrong the same way also fails.</summary>
    [Theory]
    [InlineData("ChineseComma", 10, "十、", "十")]
    [InlineData("ChineseComma", 11, "十一、", "十一")]
    [InlineData("ChineseComma", 20, "二十、", "二十")]
    [InlineData("ChineseComma", 100, "一百、", "一百")]
    [InlineData("ChineseComma", 105, "一百零五、", "一百零五")]
    [InlineData("ChineseComma", 110, "一百一十、", "一百一十")]
    [InlineData("CapitalChineseComma", 11, "拾壹、", "拾壹")]
    [InlineData("CapitalChineseComma", 200, "貳佰、", "貳佰")]
    [InlineData("ChineseParenthesized", 21, "(二十一)", "(二十一)")]
    [InlineData("ArabicDot", 200, "200.", "200")]
    [InlineData("ArabicParenthesized", 12, "(12)", "(12)")]
    [InlineData("LowerRomanDot", 149, "cxlix.", "cxlix")]
    [InlineData("LevelNameChinese", 12, "構面十二", "12")]
    public void KnownLabelsAndTokens(string style, int position, string label, string token)
    {
        GeneratorStyle generator = Enum.Parse<GeneratorStyle>(style);
        Assert.Equal(label, GeneratorNumberer.Label(generator, position, "構面"));
        Assert.Equal(token, GeneratorNumberer.CodeToken(generator, position));
    }

    [Fact]
    public void AStyleTheGeneratorDoesNotKnowThrowsInsteadOfLookingLikeAnother()
    {
        // The old hand-kept copy labelled any unknown style like level-name-chinese and coded it in Arabic digits.
        var unknown = (GeneratorStyle)99;
        Assert.Throws<ArgumentOutOfRangeException>(() => GeneratorNumberer.Label(unknown, 1, "構面"));
        Assert.Throws<ArgumentOutOfRangeException>(() => GeneratorNumberer.CodeToken(unknown, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => GeneratorNumberer.MaxPosition(unknown));
    }
}
