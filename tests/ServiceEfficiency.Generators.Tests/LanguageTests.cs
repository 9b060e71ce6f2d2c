using System.Globalization;
using Microsoft.CodeAnalysis;
using ServiceEfficiency.Generators;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>
/// The generator's diagnostics in the build's UI language: Roslyn asks for the message with the
/// culture of <c>-preferreduilang</c> (MSBuild's PreferredUILang), and the whole message (format,
/// parts, SE0011 cases) comes out in that language; any other culture gives English.
/// </summary>
public sealed class LanguageTests
{
    /// <summary>
    /// Cultures that name Chinese. Globalization-invariant mode cannot create zh-TW
    /// (CultureInfo.GetCultureInfo throws), so a culture that only reports the name stands in for
    /// it there; it is what the generator looks at. With ICU, the real zh-TW is tested as well.
    /// </summary>
    public static TheoryData<string> ChineseCultures()
    {
        var data = new TheoryData<string> { "named:zh-TW", "named:zh-Hant-TW", "named:zh" };
        if (!InvariantMode)
        {
            data.Add("real:zh-TW");
        }

        return data;
    }

    public static TheoryData<string> EnglishCultures()
    {
        var data = new TheoryData<string> { "none", "invariant", "named:en", "named:fi-FI", "named:zhx" };
        if (!InvariantMode)
        {
            data.Add("real:en-US");
        }

        return data;
    }

    // Whether real cultures can be had (ICU): probed, since the mode can come from the environment or the runtimeconfig.
    private static bool InvariantMode
    {
        get
        {
            try
            {
                _ = CultureInfo.GetCultureInfo("zh-TW");
                return false;
            }
            catch (CultureNotFoundException)
            {
                return true;
            }
        }
    }

    // file → (English, Chinese) of its one diagnostic; the English texts are the ones docs/generator.md quotes.
    private static readonly (string File, string English, string Chinese)[] Cases =
    {
        ("total-points-mismatch", "The 構面 points of 「測試評核架構」 add up to 100, not to the total of 1000.", "「測試評核架構」的構面配分合計 100 分，與總分 1000 分不符。"),
        ("missing-node-title", "node $.nodes[0].children[1] has no 'title' property, which is required", "節點（$.nodes[0].children[1]）缺少必要屬性「title」。"),
        ("points-not-integer", "'$.nodes[0].children[0].points' must be an integer (from -2147483648 to 2147483647), but is 60.5", "「$.nodes[0].children[0].points」應為整數（-2147483648 至 2147483647），但為60.5。"),
        ("years-is-a-string", "'$.years' must be an array, but is a string", "「$.years」應為陣列，但為字串。"),
        ("misspelt-property", "Unknown property 'tittle' in node 「服務友善性」 ($.nodes[0].children[1]); expected one of: key, title, description, points, children", "節點「服務友善性」（$.nodes[0].children[1]）有未知的屬性「tittle」；可用的屬性為：key, title, description, points, children。"),
        ("node-deeper-than-levels", "「第三層」 is at depth 3, but the edition defines 2 level(s).", "「第三層」位於第 3 層，但本版本只定義 2 個層級。"), // the loader's SE1004.TooDeepNode, one message for both
        ("key-same-as-parent", "Key 'BasicService' of 「服務友善性」 would generate a member named like its parent's class 'BasicServiceNode' (「基礎服務」); choose another key", "「服務友善性」的鍵值「BasicService」產生的成員名稱將與上層的類別「BasicServiceNode」（「基礎服務」）相同；請改用其他鍵值。"),
    };

    [Theory]
    [MemberData(nameof(ChineseCultures))]
    public void AChineseBuildGetsChineseMessages(string culture)
    {
        IFormatProvider? provider = Culture(culture);
        foreach ((string file, _, string chinese) in Cases)
        {
            Assert.Equal(chinese, OnlyDiagnostic(file).GetMessage(provider));
        }

        Assert.Equal("配分不一致", Descriptors.InconsistentPoints.Title.ToString(provider));
    }

    [Theory]
    [MemberData(nameof(EnglishCultures))]
    public void AnyOtherBuildGetsEnglishMessages(string culture)
    {
        IFormatProvider? provider = Culture(culture);
        foreach ((string file, string english, _) in Cases)
        {
            Assert.Equal(english, OnlyDiagnostic(file).GetMessage(provider));
        }

        Assert.Equal("Inconsistent points", Descriptors.InconsistentPoints.Title.ToString(provider));
    }

    [Fact]
    public void TheRealZhTwCultureExistsUnlessGlobalizationIsInvariant()
    {
        // Why the named stand-in above: in invariant mode there is no zh-TW to create.
        if (Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT") is "1" or "true")
        {
            Assert.Throws<CultureNotFoundException>(() => CultureInfo.GetCultureInfo("zh-TW"));
        }
        else
        {
            Assert.Equal(MessageLanguage.TraditionalChinese, Messages.FromCulture(CultureInfo.GetCultureInfo("zh-TW")));
        }
    }

    [Fact]
    public void AProviderThatIsNoCultureGivesEnglishAndNothingThrows()
    {
        foreach (DiagnosticDescriptor descriptor in Descriptors.All)
        {
            Assert.False(string.IsNullOrEmpty(descriptor.Title.ToString(NumberFormatInfo.InvariantInfo)));
            Assert.False(string.IsNullOrEmpty(descriptor.MessageFormat.ToString(NumberFormatInfo.InvariantInfo)));
        }

        Assert.Equal(Cases[0].English, OnlyDiagnostic(Cases[0].File).GetMessage(NumberFormatInfo.InvariantInfo));
    }

    [Fact]
    public void MessageStringsAreEqualWhenTheyHoldTheSameMessage()
    {
        // Roslyn compares descriptors (and so their titles and formats).
        var a = new MessageString(Messages.SE0002);
        Assert.Equal(a, new MessageString(Messages.SE0002));
        Assert.Equal(a.GetHashCode(), new MessageString(Messages.SE0002).GetHashCode());
        Assert.NotEqual(a, new MessageString(Messages.SE0003));
        Assert.NotEqual<LocalizableString>(a, new LocalizableResourceStringStandIn(Messages.SE0002.English));
    }

    [Fact]
    public void EveryDescriptorHasItsTitleAndFormatInBothLanguages()
    {
        IFormatProvider chinese = new NamedCulture("zh-TW");
        foreach (DiagnosticDescriptor d in Descriptors.All)
        {
            Assert.NotEqual(d.Title.ToString(null), d.Title.ToString(chinese));
            string format = d.MessageFormat.ToString(null);
            Assert.True(format == "{0}" || format != d.MessageFormat.ToString(chinese), d.Id + " has no Chinese format");
        }
    }

    private static Diagnostic OnlyDiagnostic(string name)
    {
        string relative = "Broken/" + name + ".criteria.json";
        Outcome outcome = Harness.Run(new[] { new InMemoryText(relative, File.ReadAllText(Harness.TestFile("Broken", name + ".criteria.json"))) });
        return Assert.Single(outcome.Diagnostics);
    }

    private static IFormatProvider? Culture(string spec) => spec switch
    {
        "none" => null,
        "invariant" => CultureInfo.InvariantCulture,
        _ when spec.StartsWith("named:", StringComparison.Ordinal) => new NamedCulture(spec.Substring(6)),
        _ => CultureInfo.GetCultureInfo(spec.Substring(5)),
    };

    /// <summary>A different LocalizableString with the same text: not equal to a MessageString.</summary>
    private sealed class LocalizableResourceStringStandIn : LocalizableString
    {
        private readonly string _text;

        public LocalizableResourceStringStandIn(string text) => _text = text;

        protected override string GetText(IFormatProvider? formatProvider) => _text;

        protected override bool AreEqual(object? other) => other is LocalizableResourceStringStandIn s && s._text == _text;

        protected override int GetHash() => _text.GetHashCode(StringComparison.Ordinal);
    }
}
