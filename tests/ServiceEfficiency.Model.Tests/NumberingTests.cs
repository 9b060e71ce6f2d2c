using ServiceEfficiency.Numbering;

namespace ServiceEfficiency.Tests;

public class NumberingTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(19, "十九")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(99, "九十九")]
    [InlineData(100, "一百")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(1005, "一千零五")]
    [InlineData(2026, "二千零二十六")]
    public void Chinese_numerals_are_right_beyond_ten(int value, string expected)
    {
        Assert.Equal(expected, ChineseNumerals.ToChinese(value));
        Assert.Equal(value, ChineseNumerals.TryParse(expected));
    }

    [Theory]
    [InlineData(1, "壹")]
    [InlineData(3, "參")]
    [InlineData(8, "捌")]
    [InlineData(10, "拾")]
    [InlineData(11, "拾壹")]
    [InlineData(21, "貳拾壹")]
    public void Capital_numerals_number_the_plan_sections(int value, string expected)
    {
        Assert.Equal(expected, ChineseNumerals.ToCapitalChinese(value));
        Assert.Equal(value, ChineseNumerals.TryParse(expected));
    }

    [Fact]
    public void Every_numeral_up_to_the_maximum_round_trips()
    {
        for (int n = 1; n <= ChineseNumerals.MaxValue; n++)
        {
            Assert.Equal(n, ChineseNumerals.TryParse(ChineseNumerals.ToChinese(n)));
            Assert.Equal(n, ChineseNumerals.TryParse(ChineseNumerals.ToCapitalChinese(n)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("一二")]
    [InlineData("abc")]
    [InlineData("構")]
    public void Non_numerals_are_refused(string text) => Assert.Null(ChineseNumerals.TryParse(text));

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Out_of_range_numerals_throw(int value) =>
        Assert.Throws<System.ArgumentOutOfRangeException>(() => ChineseNumerals.ToChinese(value));

    [Theory]
    [InlineData(NumberingStyle.CapitalChineseComma, 4, "", "肆、", "肆")]
    [InlineData(NumberingStyle.ChineseComma, 11, "", "十一、", "十一")]
    [InlineData(NumberingStyle.ChineseParenthesized, 12, "", "(十二)", "(十二)")]
    [InlineData(NumberingStyle.ArabicDot, 3, "", "3.", "3")]
    [InlineData(NumberingStyle.ArabicParenthesized, 10, "", "(10)", "(10)")]
    [InlineData(NumberingStyle.LowerRomanDot, 4, "", "iv.", "iv")]
    [InlineData(NumberingStyle.LevelNameChinese, 5, "構面", "構面五", "5")]
    public void Labels_and_code_tokens_follow_each_style(NumberingStyle style, int position, string levelName, string label, string token)
    {
        Assert.Equal(label, Numberer.Label(style, position, levelName));
        Assert.Equal(token, Numberer.CodeToken(style, position));
        Assert.Equal(position, Numberer.TryParsePosition(label));
    }

    [Theory]
    [InlineData("（三）", 3)]
    [InlineData("(二十一)", 21)]
    [InlineData("v.", 5)]
    [InlineData("vi.", 6)]
    [InlineData("12.", 12)]
    [InlineData("構面二", 2)]
    [InlineData("參、", 3)]
    public void Positions_are_read_back_from_printed_labels(string label, int expected) =>
        Assert.Equal(expected, Numberer.TryParsePosition(label));
}
