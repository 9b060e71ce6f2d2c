using System.Globalization;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>
/// The default culture works in globalization-invariant mode (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1,
/// where zh-TW cannot be created) and formats numbers the same way in both modes. The golden
/// tests, run in both modes, show the whole documents are byte-identical.
/// </summary>
public sealed class CultureTests : IDisposable
{
    private readonly TemplateSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void TheDefaultCultureIsZhTwWhereItExistsAndInvariantOtherwise()
    {
        CultureInfo culture = new RenderOptions().Culture;

        Assert.Equal(ZhTwExists() ? "zh-TW" : string.Empty, culture.Name);
        Assert.True(culture.IsReadOnly);
    }

    [Fact]
    public void TheDefaultCultureFormatsNumbersInvariantly()
    {
        NumberFormatInfo numbers = RenderOptions.DefaultCulture.NumberFormat;

        Assert.Equal(NumberFormatInfo.InvariantInfo.NaNSymbol, numbers.NaNSymbol);
        Assert.Equal(NumberFormatInfo.InvariantInfo.PositiveInfinitySymbol, numbers.PositiveInfinitySymbol);
        Assert.Equal(NumberFormatInfo.InvariantInfo.NumberGroupSeparator, numbers.NumberGroupSeparator);
        Assert.Equal(NumberFormatInfo.InvariantInfo.NegativeSign, numbers.NegativeSign);
    }

    [Fact]
    public void ScribanNumberFormattingIsTheSameInEitherMode()
    {
        string text = _sandbox.Renders("{{ 1234567.5 }}|{{ -42 }}|{{ 0.25 * 2 }}|{{ 3 / 0.0 }}|{{ 49633 | math.format '#,0' }}|{{ format_number 49633 }}");

        Assert.Equal("1234567.5|-42|0.5|Infinity|49,633|49,633", text);
    }

    private static bool ZhTwExists()
    {
        try
        {
            return CultureInfo.GetCultureInfo("zh-TW").Name == "zh-TW";
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
