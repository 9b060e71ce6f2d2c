using System;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using ServiceEfficiency.Criteria;

namespace ServiceEfficiency.Generators;

/// <summary>
/// Reads one criteria file into a <see cref="CatalogueModel"/> with the rules of the run-time
/// loader (<c>CriteriaEditionLoader</c>): the same required properties, the same accepted values,
/// unknown and duplicate properties refused, the same points roll-up. Every problem becomes a
/// located SE0xxx diagnostic; nothing throws but cancellation.
/// </summary>
internal sealed partial class CriteriaParser
{

    // What lacks or has a property, when it is the edition itself.
    private static readonly MessageArgument EditionPart = MessageArgument.Of(Messages.GeneratorPartEdition);

    private readonly string _path;
    private readonly LineIndex _lines;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private bool _failed;

    private CriteriaParser(string path, string text, CancellationToken cancellationToken)
    {
        _path = path;
        _lines = new LineIndex(text);
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses a criteria file; <paramref name="text"/> is null when the file could not be read.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="text">The text the compiler decoded.</param>
    /// <param name="names">Class name and namespace settings.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <param name="encoding">The encoding the compiler decoded the file with (<c>SourceText.Encoding</c>), if known.</param>
    public static FileResult Parse(string path, string? text, NameSettings names, CancellationToken cancellationToken, System.Text.Encoding? encoding = null)
    {
        var parser = new CriteriaParser(path, text ?? string.Empty, cancellationToken);
        try
        {
            if (text is null)
            {
                parser.Report(Descriptors.Unreadable, 0, 0);
                return parser.Result(null);
            }

            // Not UTF-8: refused like the run-time loader does (SE1001), before its mojibake is read as titles.
            if (SourceEncoding.Check(text, encoding) is (MessageArgument message, int offset, LinePosition position))
            {
                parser._failed = true;
                var span = new TextSpan(Math.Min(offset, text.Length), 0);
                parser._diagnostics.Add(new DiagnosticInfo(Descriptors.MalformedJson.Id, path, span, new LinePositionSpan(position, position), new[] { message }.ToEquatableArray()));
                return parser.Result(null);
            }

            return parser.Result(parser.Run(text, names));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            // A bug of ours must not become CS8785 (which hides every other diagnostic): report it on the file.
            var result = new CriteriaParser(path, text ?? string.Empty, cancellationToken);
            result.Report(Descriptors.InternalError, 0, 0, e.GetType().Name, e.Message);
            return result.Result(null);
        }
    }

    private FileResult Result(CatalogueModel? catalogue) =>
        new(_failed ? null : catalogue, _diagnostics.ToEquatableArray());

    private CatalogueModel? Run(string text, NameSettings names)
    {
        (string className, string ns) = Names(names);

        JsonNode root;
        try
        {
            root = JsonReader.Read(text, _cancellationToken);
        }
        catch (JsonSyntaxException e)
        {
            if (e.IsDuplicateProperty)
            {
                Report(Descriptors.DuplicateProperty, e.Start, e.Start + e.Length, e.Message);
            }
            else
            {
                Report(Descriptors.MalformedJson, e.Start, e.Start + e.Length, e.Message);
            }

            return null;
        }

        if (root is not JsonObject edition)
        {
            Report(Descriptors.WrongType, root.Start, root.End, "$", Part(Messages.GeneratorKindObject), KindOf(root));
            return null;
        }

        CheckProperties(edition, "$", EditionPart, CriteriaProperties.Root);
        OptionalString(edition, "$", "$schema");
        string? id = RequiredString(edition, "$", EditionPart, "id");
        string? title = RequiredString(edition, "$", EditionPart, "title");
        int? totalPoints = OptionalInt(edition, "$", "totalPoints");
        if (totalPoints is < 1)
        {
            Invalid(Get(edition, "totalPoints")!, Messages.SE1004TotalPoints);
        }

        List<int> years = ReadYears(edition);
        List<LevelModel?> levels = ReadLevels(edition, out int levelCount);
        List<DeadlineModel> deadlines = ReadDeadlines(edition);
        List<string> sections = ReadSections(edition);
        JsonArray? nodesArray = Array(edition, "$", EditionPart, "nodes", required: true);
        List<RawNode> nodes = nodesArray is null ? new List<RawNode>() : ReadNodes(nodesArray, "$.nodes", 0, levelCount);

        if (_failed)
        {
            return null;
        }

        // Place every node as the Model's CriteriaEdition constructor will: label, code, key path.
        List<LevelModel> levelList = levels.Select(l => l!).ToList();
        Place(nodes, null, levelList);
        CheckCollisions(nodes, className, null);
        CheckPositions(nodes, levelList);
        if (_failed)
        {
            return null;
        }

        CheckPoints(edition, title!, totalPoints, levelList, nodes);

        return new CatalogueModel(
            _path,
            ns,
            className,
            id!,
            title!,
            totalPoints,
            years.ToEquatableArray(),
            levelList.ToEquatableArray(),
            deadlines.ToEquatableArray(),
            sections.ToEquatableArray(),
            nodes.Select(n => n.ToModel()).ToEquatableArray());
    }
}
