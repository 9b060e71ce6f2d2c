using System.Globalization;

namespace ServiceEfficiency.Testing;

/// <summary>
/// Cultures for tests that must also run in globalization-invariant mode
/// (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>), where only the invariant culture exists and
/// <see cref="CultureInfo.GetCultureInfo(string)"/> throws for every other name.
/// </summary>
internal static class TestCultures
{
    /// <summary>
    /// The real culture where ICU has it; otherwise a copy of the invariant culture with Finnish-like
    /// number formatting (decimal comma, no-break-space groups, U+2212 minus), so a test still changes
    /// what culture-sensitive formatting would write.
    /// </summary>
    /// <param name="name">A culture name such as <c>fi-FI</c> or <c>ar-SA</c>.</param>
    public static CultureInfo RealOrLookAlike(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            var lookAlike = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            lookAlike.NumberFormat.NumberDecimalSeparator = ",";
            lookAlike.NumberFormat.NumberGroupSeparator = "\u00A0";
            lookAlike.NumberFormat.NegativeSign = "\u2212";
            return lookAlike;
        }
    }

    /// <summary>The real culture where ICU has it, else a <see cref="NamedCulture"/> stand-in with its name.</summary>
    /// <param name="name">A culture name such as <c>zh-TW</c>.</param>
    public static CultureInfo RealOrNamed(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return new NamedCulture(name);
        }
    }
}
