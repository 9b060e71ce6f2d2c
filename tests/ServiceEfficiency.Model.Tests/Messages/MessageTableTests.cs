extern alias Generator;

using System.Globalization;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Templates;
using GeneratorDescriptors = Generator::ServiceEfficiency.Generators.Descriptors;
using GeneratorMessages = Generator::ServiceEfficiency.Text.Messages;
using ModelMessages = ServiceEfficiency.Text.Messages;

namespace ServiceEfficiency.Tests.Messages;

/// <summary>
/// The shared message table (src/Shared/Messages), as compiled into the Model and into the
/// generator: well-formed entries, and a message in both languages for every diagnostic code.
/// </summary>
public sealed class MessageTableTests
{
    // The codes whose messages this branch converted: the generator's and the validator's.
    private static readonly string[] ValidationCodes =
    {
        "SE1010", "SE1011", "SE1012", "SE1013", "SE1014", "SE1015", "SE1016", "SE1017", "SE1019", "SE1020", "SE1021", "SE1022", "SE1023", "SE1024",
    };

    private static IReadOnlyList<MessageEntry> Model => MessageTable.Read(typeof(ModelMessages));

    private static IReadOnlyList<MessageEntry> Generator => MessageTable.Read(typeof(GeneratorMessages));

    public static TheoryData<string> Tables => new() { "Model", "Generator" };

    private static IReadOnlyList<MessageEntry> Table(string name) => name == "Model" ? Model : Generator;

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryEntryHasAWellFormedUniqueId(string table)
    {
        IReadOnlyList<MessageEntry> entries = Table(table);
        Assert.NotEmpty(entries);
        string[] bad = MessageTable.BadIds(entries).ToArray();
        Assert.True(bad.Length == 0, string.Join("\n", bad));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryEntryHasBothTextsWithTheSamePlaceholders(string table)
    {
        string[] bad = MessageTable.BadTexts(Table(table)).ToArray();
        Assert.True(bad.Length == 0, string.Join("\n", bad));
    }

    [Fact]
    public void TheGeneratorsCopyIsTheSameSourceAsTheModels()
    {
        // The generator compiles a subset of the files; what it has must be what the Model has.
        Dictionary<string, MessageEntry> model = Model.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Assert.All(Generator, e => Assert.Equal(e with { }, model[e.Id]));
    }

    [Fact]
    public void TheGeneratorsPointsMessagesAreTheRunTimeLoadersOnes()
    {
        // One check, one code (SE0009) and one pair of messages at build time and at run time; the
        // retired SE1018 has no message left that could drift from them.
        Assert.Contains(Generator, e => e.Id == ModelMessages.SE0009TotalMismatch.Id);
        Assert.Contains(Generator, e => e.Id == ModelMessages.SE0009ChildrenExceedParent.Id);
        Assert.DoesNotContain(Model, e => e.Id.StartsWith("SE1018.", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryTitleEntryIsItsDescriptorsTitle()
    {
        // The English title in the table is the descriptor's (DiagnosticCodes, Descriptors), so docs built from either agree.
        var titles = DiagnosticCodes.All.Select(d => (d.Code, d.Title))
            .Concat(TemplateDiagnosticCodes.All.Select(d => (d.Code, d.Title)))
            .Concat(GeneratorDescriptors.All.Select(d => (Code: d.Id, Title: d.Title.ToString(CultureInfo.InvariantCulture))));
        Dictionary<string, MessageEntry> entries = Model.ToDictionary(e => e.Id, StringComparer.Ordinal);
        int compared = 0;
        foreach ((string code, string title) in titles)
        {
            if (entries.TryGetValue(code + ".Title", out MessageEntry? entry))
            {
                Assert.Equal(title, entry.English);
                compared++;
            }
        }

        Assert.True(compared >= GeneratorDescriptors.All.Count + ValidationCodes.Length);
    }

    [Fact]
    public void EveryGeneratorAndValidationCodeHasMessagesAndATitleInBothLanguages()
    {
        string[] codes = GeneratorDescriptors.All.Select(d => d.Id).Concat(ValidationCodes).ToArray();
        Assert.Equal(ValidationCodes.Length, DiagnosticCodes.All.Count(d => ValidationCodes.Contains(d.Code)));
        string[] missing = MessageTable.CodesWithoutMessages(codes, Model).ToArray();
        Assert.True(missing.Length == 0, "No message in both languages for: " + string.Join(", ", missing));
        string[] untitled = codes.Where(c => !Model.Any(e => e.Id == c + ".Title")).ToArray();
        Assert.True(untitled.Length == 0, "No title for: " + string.Join(", ", untitled));
    }

    /// <summary>
    /// The acceptance check of issue 11: every descriptor of every layer (SE0xxx, SE1xxx, SE2xxx)
    /// has a message in both languages. It fails until the loaders' (SE1000–SE1004) and the
    /// templates' (SE2xxx) messages are in the table, and lists the codes still missing.
    /// </summary>
    [Fact]
    public void AcceptanceEveryDescriptorOfEveryLayerHasAMessageInBothLanguages()
    {
        IEnumerable<string> codes = GeneratorDescriptors.All.Select(d => d.Id)
            .Concat(DiagnosticCodes.All.Select(d => d.Code))
            .Concat(TemplateDiagnosticCodes.All.Select(d => d.Code));
        string[] missing = MessageTable.CodesWithoutMessages(codes, Model).ToArray();
        Assert.True(missing.Length == 0, "No message in both languages yet for: " + string.Join(", ", missing));
    }

    // ---- the checks can fail ----------------------------------------------------------------

    [Theory]
    [InlineData("SE10x0", "Text {0}", "文字{0}")]
    [InlineData("CLI", "Text", "文字")]
    [InlineData("SE1010.", "Text", "文字")]
    public void AMalformedIdIsReported(string id, string english, string chinese) =>
        Assert.Single(MessageTable.BadIds(new[] { new MessageEntry("Fake", id, english, chinese) }));

    [Fact]
    public void ARepeatedIdIsReported() =>
        Assert.Single(MessageTable.BadIds(new[] { new MessageEntry("A", "SE1010", "A", "甲"), new MessageEntry("B", "SE1010", "B", "乙") }));

    [Theory]
    [InlineData("SE1010", "", "文字")]                              // English missing
    [InlineData("SE1010", "Text", " ")]                             // Chinese missing
    [InlineData("SE1010", "Text", "Text")]                          // "Chinese" that is English
    [InlineData("SE1010", "Lead unit 主辦單位 is missing", "缺少主辦單位")]  // Chinese outside 「」 in English, not listed
    [InlineData("SE1010", "Missing: {0}。", "缺少：{0}。")]         // Chinese punctuation in English
    [InlineData("SE1010", "{0} and {1}", "值{0}")]                  // a placeholder lost in translation
    [InlineData("SE1010", "{0}", "{1}的「{0}」")]                   // a placeholder added
    [InlineData("SE1010", "Value {0", "值{0}")]                     // not a composite format
    [InlineData("SE1010", "Value {0}", "值{0}}")]                   // stray brace in the Chinese
    public void AWrongTextIsReported(string id, string english, string chinese) =>
        Assert.Single(MessageTable.BadTexts(new[] { new MessageEntry("Fake", id, english, chinese) }));

    [Theory]
    [InlineData("SE1015", "Lead unit 「{0}」 of {1}", "{1}的主辦單位「{0}」")]   // Chinese quoted in 「」 and placeholders
    [InlineData("SE1014", "{0} names no lead unit (主辦單位).", "{0}未列主辦單位。")] // a listed term
    [InlineData("SE1010", "{1}, then {0}; {{braces}}", "先{1}後{0}；{{括號}}")]   // order may differ, escaped braces
    public void ARightTextIsNotReported(string id, string english, string chinese) =>
        Assert.Empty(MessageTable.BadTexts(new[] { new MessageEntry("Fake", id, english, chinese) }));

    [Fact]
    public void ACodeWithATitleOnlyOrWithoutChineseIsMissing()
    {
        MessageEntry[] entries =
        {
            new("A", "SE2000.Title", "Template not found", "找不到範本"),
            new("B", "SE2001", "Syntax error", "Syntax error"),
            new("C", "SE2002.RunTime", "Run-time error", "執行錯誤"),
        };

        Assert.Equal(new[] { "SE2000", "SE2001" }, MessageTable.CodesWithoutMessages(new[] { "SE2000", "SE2001", "SE2002" }, entries));
    }
}
