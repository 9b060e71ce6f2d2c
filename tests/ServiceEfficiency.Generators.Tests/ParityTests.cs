extern alias Model;

using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Model::ServiceEfficiency.Criteria;
using ServiceEfficiency.Generators.Model;
using Model::ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>
/// The generated edition is the run-time loader's edition: the generated code is compiled and
/// loaded, and its <c>Edition</c>, typed properties and lookup switches are compared with
/// <see cref="CriteriaEditionLoader"/>'s result node by node.
/// </summary>
public sealed class ParityTests
{
    private static readonly Lazy<Assembly> Generated = new(() =>
    {
        Outcome outcome = Harness.RunSamples();
        Assert.Empty(outcome.Diagnostics);
        using var stream = new MemoryStream();
        EmitResult emitted = outcome.Output.Emit(stream);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("generated", isCollectible: true).LoadFromStream(stream);
    });

    public static TheoryData<string, string> Samples() => new()
    {
        { "service-award-overall", "Criteria.ServiceAwardOverall" },
        { "service-upgrade-program", "Criteria.ServiceUpgradeProgram" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void GeneratedEditionEqualsTheLoadedEditionNodeByNode(string sample, string typeName)
    {
        CriteriaEdition loaded = Load(sample);
        CriteriaEdition generated = GeneratedEdition(typeName);

        Assert.Equal(loaded.Id, generated.Id);
        Assert.Equal(loaded.Title, generated.Title);
        Assert.Equal(loaded.TotalPoints, generated.TotalPoints);
        Assert.Equal(loaded.Years, generated.Years);
        Assert.Equal(loaded.Levels.Select(l => (l.Name, l.Numbering)), generated.Levels.Select(l => (l.Name, l.Numbering)));
        Assert.Equal(loaded.RequiredPlanSections, generated.RequiredPlanSections);
        Assert.Equal(loaded.Deadlines.Count, generated.Deadlines.Count);
        for (int i = 0; i < loaded.Deadlines.Count; i++)
        {
            ReportingDeadline a = loaded.Deadlines[i], b = generated.Deadlines[i];
            Assert.Equal((a.Key, a.Title, a.Month, a.Day, a.YearOffset, a.WithinMonths, a.After), (b.Key, b.Title, b.Month, b.Day, b.YearOffset, b.WithinMonths, b.After));
            Assert.Equal(a.Levels, b.Levels);
        }

        List<Criterion> expected = loaded.AllNodes().ToList();
        List<Criterion> actual = generated.AllNodes().ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(Describe(expected[i]), Describe(actual[i]));
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void TypedPropertiesAndLookupSwitchesReturnTheEditionsNodes(string sample, string typeName)
    {
        CriteriaEdition loaded = Load(sample);
        Type catalogue = Generated.Value.GetType(typeName, throwOnError: true)!;
        CriteriaEdition generated = GeneratedEdition(typeName);
        MethodInfo byKeyPath = catalogue.GetMethod("FindByKeyPath")!;
        MethodInfo byCode = catalogue.GetMethod("FindByCode")!;

        foreach (Criterion node in loaded.AllNodes())
        {
            Criterion own = generated.FindByKeyPath(node.KeyPath)!;
            Assert.Same(own, Navigate(catalogue, node));
            Assert.Same(own, byKeyPath.Invoke(null, new object[] { node.KeyPath }));
            Assert.Same(own, byKeyPath.Invoke(null, new object[] { "  " + node.KeyPath + " " }));
            Assert.Same(own, byCode.Invoke(null, new object[] { node.Code }));

            // The Model's tolerance: full-width brackets, spaces, a trailing dot.
            string sloppy = node.Code.Replace("(", "（", StringComparison.Ordinal).Replace(")", "）", StringComparison.Ordinal).Replace(".", " . ", StringComparison.Ordinal) + "．";
            Assert.Same(generated.FindByCode(sloppy), byCode.Invoke(null, new object[] { sloppy }));
            Assert.Same(own, byCode.Invoke(null, new object[] { sloppy }));
        }

        Assert.Null(byKeyPath.Invoke(null, new object[] { "NoSuchNode" }));
        Assert.Null(byCode.Invoke(null, new object[] { "9.(九)" }));
        Assert.Equal(loaded.Id, catalogue.GetField("Id")!.GetValue(null));
        Assert.Equal(loaded.Title, catalogue.GetField("Title")!.GetValue(null));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void GeneratorComputesTheModelsLabelsCodesAndHeadings(string sample, string typeName)
    {
        _ = typeName;
        CriteriaEdition loaded = Load(sample);
        string path = Harness.SampleCriteria(sample);
        FileResult result = CriteriaParser.Parse(path, File.ReadAllText(path), NameSettings.None, default);

        Assert.Empty(result.Diagnostics);
        List<NodeModel> nodes = result.Catalogue!.Nodes.SelectMany(Flatten).ToList();
        Assert.Equal(
            loaded.AllNodes().Select(n => (n.KeyPath, n.Code, n.Label, n.Heading, n.Level.Name)),
            nodes.Select(n => (n.KeyPath, n.Code, n.Label, n.Heading, n.LevelName)));
    }

    internal static IEnumerable<NodeModel> Flatten(NodeModel node) => new[] { node }.Concat(node.Children.SelectMany(Flatten));

    private static CriteriaEdition Load(string sample)
    {
        LoadResult<CriteriaEdition> result = CriteriaEditionLoader.LoadFile(Harness.SampleCriteria(sample));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Value!;
    }

    private static CriteriaEdition GeneratedEdition(string typeName) =>
        (CriteriaEdition)Generated.Value.GetType(typeName, throwOnError: true)!.GetProperty("Edition")!.GetValue(null)!;

    /// <summary>
    /// Follows the typed catalogue as user code does, property by property from the catalogue class
    /// (<c>ServiceAwardOverall.BasicService.Friendliness</c>): a node with children is a
    /// <see cref="CatalogueNode"/> and is taken through its conversion to <see cref="Criterion"/>.
    /// </summary>
    private static object? Navigate(Type catalogue, Criterion node)
    {
        object? current = null;
        Type type = catalogue;
        foreach (string key in node.KeyPath.Split('.'))
        {
            current = type.GetProperty(key)!.GetValue(current);
            type = current!.GetType();
        }

        if (current is CatalogueNode catalogueNode)
        {
            Assert.Same(catalogueNode.Node, (Criterion)catalogueNode);
            return (Criterion)catalogueNode;
        }

        return current;
    }

    private static string Describe(Criterion c) => string.Join(
        " | ",
        c.Key,
        c.Title,
        c.Description ?? "<null>",
        c.Points?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "<null>",
        c.KeyPath,
        c.Code,
        c.Label,
        c.Heading,
        c.Depth,
        c.Position,
        c.Level.Name,
        c.Children.Count,
        c.Parent?.KeyPath ?? "<root>");
}
