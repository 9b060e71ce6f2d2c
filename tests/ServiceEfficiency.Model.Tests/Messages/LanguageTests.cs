using System.Globalization;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Text;
using ServiceEfficiency.Validation;

namespace ServiceEfficiency.Tests.Messages;

/// <summary>
/// The library writes its messages in <see cref="ServiceEfficiency.Text.Messages.Language"/>: the
/// language chosen with <c>Use</c> (the tool's --lang), else the UI culture's. Only the message
/// changes with the language: codes, severities, locations and suggestions stay the same.
/// </summary>
public sealed class LanguageTests
{
    [Fact]
    public void TheValidatorWritesEachLanguageAndOnlyTheMessageDiffers()
    {
        IReadOnlyList<Diagnostic> english = Validate("tainan-111-plan", MessageLanguage.English);
        IReadOnlyList<Diagnostic> chinese = Validate("tainan-111-plan", MessageLanguage.TraditionalChinese);

        Assert.NotEmpty(english);
        Assert.Equal(english.Select(Identity), chinese.Select(Identity));
        Assert.All(english.Zip(chinese), pair => Assert.NotEqual(pair.First.Message, pair.Second.Message));
        Assert.All(chinese, d => Assert.DoesNotContain(" of ", d.Message, StringComparison.Ordinal));

        Diagnostic unit = chinese.First(d => d.Code == "SE1015" && d.Location.JsonPath == "$.tables[1].entries[5].leadUnits[1]");
        Assert.StartsWith("2.(一).4.(1) 「提供各類線上服務", unit.Message, StringComparison.Ordinal);
        Assert.EndsWith("」的主辦單位「資訊室」不是經濟部標準檢驗局臺南分局所屬單位；是否應為「資訊小組」？", unit.Message, StringComparison.Ordinal);
        Assert.StartsWith("Lead unit 「資訊室」 of ", english.First(d => d.Location.JsonPath == unit.Location.JsonPath).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAChoiceTheLanguageFollowsTheUICulture()
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        try
        {
            ServiceEfficiency.Text.Messages.Use(null);
            CultureInfo.CurrentUICulture = new NamedCulture("zh-TW");
            Assert.Equal(MessageLanguage.TraditionalChinese, ServiceEfficiency.Text.Messages.Language);
            Assert.Equal("「115年13月1日」不是民國日期（例如114年1月6日）。", Assert.Throws<FormatException>(() => RocDate.Parse("115年13月1日")).Message);

            ServiceEfficiency.Text.Messages.Use(MessageLanguage.English);
            Assert.Equal(MessageLanguage.English, ServiceEfficiency.Text.Messages.Language);

            ServiceEfficiency.Text.Messages.Use(null);
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            Assert.Equal(MessageLanguage.English, ServiceEfficiency.Text.Messages.Language);
            Assert.Equal("'115年13月1日' is not a ROC date such as 114年1月6日.", Assert.Throws<FormatException>(() => RocDate.Parse("115年13月1日")).Message);
        }
        finally
        {
            ServiceEfficiency.Text.Messages.Use(null);
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("zh-TW", true)]
    [InlineData("zh_TW.UTF-8", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("ZH", true)]
    [InlineData("zhx", false)]
    [InlineData("en-US", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void NamesAreReadWithoutCreatingACulture(string? name, bool chinese) =>
        Assert.Equal(chinese ? MessageLanguage.TraditionalChinese : MessageLanguage.English, ServiceEfficiency.Text.Messages.FromName(name));

    private static IReadOnlyList<Diagnostic> Validate(string document, MessageLanguage language)
    {
        try
        {
            ServiceEfficiency.Text.Messages.Use(language);
            return ComplianceValidator.Validate(Samples.LoadDocument(document), Samples.Overall);
        }
        finally
        {
            ServiceEfficiency.Text.Messages.Use(null);
        }
    }

    private static string Identity(Diagnostic d) => $"{d.Code} {d.Severity} {d.Location} {d.Suggestion}";
}
