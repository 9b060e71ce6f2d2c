namespace ServiceEfficiency.Cli.Tests;

/// <summary><c>render --font-serif</c> and <c>--font-sans</c>: the faces of RenderOptions.Fonts.</summary>
public class FontOptionTests
{
    private static readonly string Bsmi = Tool.Sample("data/bsmi-114-plan.json");

    [Fact]
    public void The_options_name_the_faces_of_the_odf_styles_and_the_html()
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.Run("render", Bsmi, "-f", "fodt,html", "-o", temp.Path, "--font-serif", "標楷體, Times New Roman", "--font-sans", "PMingLiU");

        Assert.True(result.ExitCode == 0, result.ToString());
        string fodt = File.ReadAllText(Path.Combine(temp.Path, "bsmi-114-plan.fodt"));
        Assert.Contains("<style:font-face style:name=\"標楷體\" svg:font-family=\"&apos;標楷體&apos;\" style:font-family-generic=\"roman\"", fodt);
        Assert.Contains("style:font-name=\"Times New Roman\" fo:font-size=\"12pt\" fo:language=\"en\" fo:country=\"US\" style:font-name-asian=\"標楷體\"", fodt);
        Assert.Contains("style:font-name=\"PMingLiU\" fo:font-size=\"18pt\"", fodt);
        Assert.DoesNotContain("Noto", fodt);
        string html = File.ReadAllText(Path.Combine(temp.Path, "bsmi-114-plan.html"));
        Assert.Contains("body { font-family: \"PMingLiU\", \"Noto Sans TC\"", html);
    }

    [Fact]
    public void Without_the_options_the_faces_are_noto_cjk_tc()
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.Run("render", Bsmi, "-f", "fodt", "-o", temp.File("plan.fodt"), "--font-sans", "DFKai-SB");

        Assert.True(result.ExitCode == 0, result.ToString());
        string fodt = File.ReadAllText(temp.File("plan.fodt"));
        Assert.Contains("style:font-name=\"Noto Serif CJK TC\" fo:font-size=\"12pt\"", fodt);
        Assert.Contains("style:font-name=\"DFKai-SB\" fo:font-size=\"18pt\"", fodt);
    }

    [Theory]
    [InlineData("--font-serif", "", "must not be empty")]
    [InlineData("--font-serif", "DFKai-SB,", "must not be empty")]
    [InlineData("--font-sans", ",Arial", "must not be empty")]
    [InlineData("--font-serif", "DFKai-SB,Arial,Verdana", "contains ','")]
    [InlineData("--font-sans", "DFKai;SB", "contains ';'")]
    [InlineData("--font-serif", "DFKai\u001B[31mSB", "U+001B")]
    [InlineData("--font-sans", "A font name far too long to be the family name of any real font at all", "too long")]
    public void A_bad_value_is_a_usage_error_and_writes_nothing(string option, string value, string reason)
    {
        using var temp = new TempDirectory();

        ToolResult result = Tool.Run("render", Bsmi, "-f", "odt", "-o", temp.File("plan.odt"), option, value);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error: " + option + ": ", result.Error);
        Assert.Contains(reason, result.Error);
        Assert.Contains("Give one face, or the East Asian and the Western face separated by a comma", result.Error);
        Assert.DoesNotContain("\u001B", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void The_help_names_both_options()
    {
        ToolResult help = Tool.Run("render", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--font-serif <NAME>", help.Output);
        Assert.Contains("--font-sans <NAME>", help.Output);
    }
}
