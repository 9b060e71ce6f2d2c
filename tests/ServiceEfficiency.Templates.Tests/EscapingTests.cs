namespace ServiceEfficiency.Templates.Tests;

/// <summary>The escapers on their own.</summary>
public sealed class EscapingTests
{
    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("line\nnext", "line<br>next")]
    [InlineData("line\r\nnext", "line<br>next")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("1.訂定申辦業務", "1.訂定申辦業務")]
    [InlineData("(1)進行", "(1)進行")]
    [InlineData("<b>&amp;</b>", "&lt;b&gt;&amp;amp;&lt;/b&gt;")]
    [InlineData("*a* _b_ [c](d) `e` ~f~ \\", "\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\~f\\~ \\\\")]
    public void Markdown(string value, string expected) => Assert.Equal(expected, TextEscaping.Markdown(value));

    [Theory]
    [InlineData("    code block", " code block")]
    [InlineData("\tcode block", " code block")]
    [InlineData(" \t  mixed", " mixed")]
    [InlineData("        eight", " eight")]
    [InlineData("   three", " three")]
    [InlineData(" one", " one")]
    [InlineData("    # heading", " \\# heading")]
    [InlineData("\t- item", " \\- item")]
    [InlineData("    12. item", " 12\\. item")]
    [InlineData("line\n    indented\n\tmore", "line<br>    indented<br>\tmore")]
    [InlineData("\u00A0\u00A0\u00A0\u00A0不換行空格", "\u00A0\u00A0\u00A0\u00A0不換行空格")]
    [InlineData("\u3000\u3000全形空格", "\u3000\u3000全形空格")]
    public void MarkdownLeadingIndentationCannotStartACodeBlock(string value, string expected) => Assert.Equal(expected, TextEscaping.Markdown(value));

    [Theory]
    [InlineData("<a href=\"x\">'&'</a>", "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")]
    [InlineData("純文字", "純文字")]
    public void Html(string value, string expected) => Assert.Equal(expected, TextEscaping.Html(value));

    [Theory]
    [InlineData("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff", "abcdef")]
    [InlineData("tab\tnl\ncr\r", "tab\tnl\ncr\r")]
    [InlineData("x\uFFFEy\uFFFFz", "xyz")]
    [InlineData("pair\uD83D\uDE00ok", "pair\uD83D\uDE00ok")]
    [InlineData("]]>", "]]&gt;")]
    public void Xml(string value, string expected) => Assert.Equal(expected, TextEscaping.Xml(value));

    [Fact]
    public void LoneSurrogatesAreDropped()
    {
        // Built in code: a lone surrogate does not survive in attribute arguments.
        Assert.Equal("lowhigh", TextEscaping.Xml("low" + (char)0xDC00 + "high" + (char)0xD800));
        Assert.Equal("ab", TextEscaping.Html("a" + (char)0xD800 + "b"));
        Assert.Equal("ab", TextEscaping.Markdown("a" + (char)0xDFFF + "b"));
    }
}
