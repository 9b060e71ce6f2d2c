using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>Class and namespace names, their overrides, and the diagnostics that need the whole compilation.</summary>
public sealed class NamingAndWiringTests
{
    private const string Minimal = "{ \"id\": \"x\", \"title\": \"測試\", \"years\": [114], \"levels\": [ { \"name\": \"執行策略\", \"numbering\": \"chinese-comma\" } ], \"nodes\": [ { \"key\": \"First\", \"title\": \"第一項\" } ] }";

    [Theory]
    [InlineData("/p/service-award-overall.criteria.json", "ServiceAwardOverall")]
    [InlineData("/p/2024_edition.criteria.json", "_2024Edition")]
    [InlineData("C:\\p\\my edition.v2.criteria.json", "MyEditionV2")]
    [InlineData("/p/整體服務類.criteria.json", "整體服務類")]
    public void ClassNameComesFromTheFileName(string path, string expected) =>
        Assert.Equal(expected, Naming.ClassNameFromFile(path));

    [Fact]
    public void NamespaceIsRootNamespaceDotCriteriaByDefault()
    {
        Outcome outcome = Harness.Run(new[] { new InMemoryText("/p/minimal.criteria.json", Minimal) }, new TestOptions().Property("RootNamespace", "Agency.Tool"));

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal("Agency.Tool.Criteria.Minimal.g.cs", outcome.Run.GeneratedSources.Single().HintName);
        Assert.Empty(outcome.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void MetadataOverridesClassAndNamespaceAndThePropertyOverridesTheDefaultNamespace()
    {
        var options = new TestOptions()
            .Property("RootNamespace", "Agency.Tool")
            .Property("ServiceEfficiencyCriteriaNamespace", "Agency.Catalogue")
            .Metadata("/p/a.criteria.json", "ClassName", "Award")
            .Metadata("/p/b.criteria.json", "Namespace", "Agency.Other");
        Outcome outcome = Harness.Run(new[] { new InMemoryText("/p/a.criteria.json", Minimal), new InMemoryText("/p/b.criteria.json", Minimal), new InMemoryText("/p/c.criteria.json", Minimal) }, options);

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(
            new[] { "Agency.Catalogue.Award.g.cs", "Agency.Catalogue.C.g.cs", "Agency.Other.B.g.cs" },
            outcome.Run.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ClassName", "class")]
    [InlineData("ClassName", "Two Words")]
    [InlineData("Namespace", "Agency..Tool")]
    [InlineData("Namespace", "global::Agency")]
    public void InvalidNamesAreSE0014(string metadata, string value)
    {
        Outcome outcome = Harness.Run(new[] { new InMemoryText("/p/a.criteria.json", Minimal) }, new TestOptions().Metadata("/p/a.criteria.json", metadata, value));

        Diagnostic diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SE0014", diagnostic.Id);
        Assert.Equal("/p/a.criteria.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(outcome.Run.GeneratedSources);
    }

    [Fact]
    public void TwoFilesMakingTheSameClassAreSE0012AndOnlyTheFirstIsEmitted()
    {
        Outcome outcome = Harness.Run(new[] { new InMemoryText("/p/two/edition.criteria.json", Minimal), new InMemoryText("/p/one/edition.criteria.json", Minimal) });

        Diagnostic diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SE0012", diagnostic.Id);
        Assert.Equal("/p/two/edition.criteria.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("/p/one/edition.criteria.json", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("ServiceEfficiency", Assert.Single(outcome.Run.GeneratedSources).SourceText.ToString(), StringComparison.Ordinal);
        Assert.Null(outcome.Run.Exception);
    }

    [Fact]
    public void TheSameFileListedTwiceIsOneCatalogue()
    {
        Outcome outcome = Harness.Run(new[] { new InMemoryText("/p/edition.criteria.json", Minimal), new InMemoryText("/p/edition.criteria.json", Minimal) });

        Assert.Null(outcome.Run.Exception);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id is "SE0012" or "CS8785");
        Assert.Single(outcome.Run.GeneratedSources);
    }

    [Fact]
    public void WithoutTheModelLibraryEachFileGetsSE0013AndNoCode()
    {
        Outcome outcome = Harness.Run(new[] { Harness.File("service-award-overall"), Harness.File("service-upgrade-program") }, compilation: Harness.Compilation(withModel: false));

        Assert.Equal(2, outcome.Diagnostics.Count(d => d.Id == "SE0013"));
        Assert.Empty(outcome.Run.GeneratedSources);
        Assert.Empty(outcome.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void AnUnreadableFileIsSE0015()
    {
        Outcome outcome = Harness.Run(new[] { new UnreadableText("/p/gone.criteria.json") });

        Assert.Equal("SE0015", Assert.Single(outcome.Diagnostics).Id);
    }

    [Fact]
    public void OtherAdditionalFilesAreIgnored()
    {
        Outcome outcome = Harness.Run(new[] { new InMemoryText("/p/settings.json", "not json at all"), new InMemoryText("/p/criteria.json", "{") });

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.Run.GeneratedSources);
    }

    [Fact]
    public void KeywordKeysAreEscapedAndTheCodeCompilesAndIsUsable()
    {
        string json = "{ \"id\": \"k\", \"title\": \"關鍵字\", \"years\": [114], \"levels\": [ { \"name\": \"一\", \"numbering\": \"chinese-comma\" }, { \"name\": \"二\", \"numbering\": \"lower-roman-dot\" } ], \"nodes\": [ "
            + "{ \"key\": \"class\", \"title\": \"類別\", \"children\": [ { \"key\": \"int\", \"title\": \"整數\" }, { \"key\": \"record\", \"title\": \"紀錄\" }, { \"key\": \"value\", \"title\": \"值\" } ] }, "
            + "{ \"key\": \"var\", \"title\": \"變數\" }, { \"key\": \"_\", \"title\": \"底線\" }, { \"key\": \"lowercase\", \"title\": \"小寫\", \"children\": [ { \"key\": \"Leaf\", \"title\": \"葉\" } ] } ] }";
        const string use = "namespace App { internal static class Use { public static string[] All() => new[] { "
            + "global::Criteria.Keywords.@class.@int.KeyPath, global::Criteria.Keywords.@class.record.Code, global::Criteria.Keywords.@class.Node.Label, "
            + "global::Criteria.Keywords.@var.Title, global::Criteria.Keywords._.Title, global::Criteria.Keywords.lowercase.Leaf.Code }; "
            + "public static global::ServiceEfficiency.Criteria.Criterion Inner() => global::Criteria.Keywords.@class; } }";
        Outcome outcome = Harness.Run(new[] { new InMemoryText("/p/keywords.criteria.json", json) }, compilation: Harness.Compilation(true, use));

        Assert.Empty(outcome.Diagnostics);
        Diagnostic[] problems = outcome.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems.Select(p => p.ToString())));
        string code = outcome.Run.GeneratedSources.Single().SourceText.ToString();
        Assert.Contains("public static classNode @class { get; }", code, StringComparison.Ordinal);
        Assert.Contains("public sealed partial class classNode : global::ServiceEfficiency.Criteria.CatalogueNode", code, StringComparison.Ordinal);
    }

    [Fact]
    public void ALeafMayHaveItsParentsKeyAndEveryNodeGoesWhereACriterionIsExpectedAsTheBuilderTakesIt()
    {
        string json = "{ \"id\": \"p\", \"title\": \"上層\", \"years\": [114], \"levels\": [ { \"name\": \"一\", \"numbering\": \"chinese-comma\" }, { \"name\": \"二\", \"numbering\": \"arabic-dot\" } ], \"nodes\": [ "
            + "{ \"key\": \"Basic\", \"title\": \"基礎\", \"children\": [ { \"key\": \"Basic\", \"title\": \"同名\" } ] } ] }";
        const string use = "namespace App { internal static class Use { "
            + "public static global::ServiceEfficiency.Criteria.Criterion[] All() => new global::ServiceEfficiency.Criteria.Criterion[] { global::Criteria.Parent.Basic, global::Criteria.Parent.Basic.Basic, global::Criteria.Parent.Basic.Node }; "
            + "public static global::ServiceEfficiency.Documents.ResultsReport Built() => new global::ServiceEfficiency.Building.ResultsReportBuilder(global::Criteria.Parent.Edition, 114, \"某機關\", global::ServiceEfficiency.Calendar.AgencyLevel.Branch)"
            + ".Table(global::Criteria.Parent.Basic, t => t.Entry(global::Criteria.Parent.Basic.Basic, e => e.Results(\"成果\").Figure(3, \"件\", \"受理\"))).Build(); } }";
        Outcome outcome = Harness.Run(new[] { new InMemoryText("/p/parent.criteria.json", json) }, compilation: Harness.Compilation(true, use));

        Assert.Empty(outcome.Diagnostics);
        Diagnostic[] problems = outcome.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems.Select(p => p.ToString())));
    }

    private sealed class UnreadableText : AdditionalText
    {
        public UnreadableText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}
