using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ServiceEfficiency.Generators.Calendar;
using ServiceEfficiency.Generators.Criteria;
using ServiceEfficiency.Generators.Json;
using ServiceEfficiency.Generators.Model;
using ServiceEfficiency.Generators.Numbering;
using ServiceEfficiency.Generators.Text;

namespace ServiceEfficiency.Generators;

/// <summary>The names a catalogue gets, as MSBuild says them (null when not set).</summary>
internal sealed record NameSettings(string? ClassName, string? Namespace, string? NamespaceProperty, string? RootNamespace)
{
    public static readonly NameSettings None = new(null, null, null, null);
}

/// <summary>
/// Reads one criteria file into a <see cref="CatalogueModel"/> with the rules of the run-time
/// loader (<c>CriteriaEditionLoader</c>): the same required properties, the same accepted values,
/// unknown and duplicate properties refused, the same points roll-up. Every problem becomes a
/// located SE0xxx diagnostic; nothing throws but cancellation.
/// </summary>
internal sealed class CriteriaParser
{
    private static readonly string[] RootProperties = { "$schema", "id", "title", "totalPoints", "years", "levels", "deadlines", "requiredPlanSections", "nodes" };
    private static readonly string[] LevelProperties = { "name", "numbering" };
    private static readonly string[] NodeProperties = { "key", "title", "description", "points", "children" };
    private static readonly string[] DeadlineProperties = { "key", "title", "levels", "month", "day", "yearOffset", "withinMonths", "after" };

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

        CheckProperties(edition, "$", EditionPart, RootProperties);
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

    private (string ClassName, string Namespace) Names(NameSettings names)
    {
        string className = Blank(names.ClassName) ? Naming.ClassNameFromFile(_path) : names.ClassName!.Trim();
        if (!Naming.IsPlainIdentifier(className))
        {
            Report(Descriptors.InvalidName, 0, 0, Blank(names.ClassName)
                ? MessageArgument.Of(Messages.SE0014FileName, className)
                : MessageArgument.Of(Messages.SE0014ClassName, className));
        }

        string ns;
        Message source;
        if (!Blank(names.Namespace))
        {
            ns = names.Namespace!.Trim();
            source = Messages.SE0014NamespaceMetadata;
        }
        else if (!Blank(names.NamespaceProperty))
        {
            ns = names.NamespaceProperty!.Trim();
            source = Messages.SE0014NamespaceProperty;
        }
        else
        {
            string root = names.RootNamespace?.Trim() ?? string.Empty;
            ns = root.Length == 0 ? "Criteria" : root + ".Criteria";
            source = Messages.SE0014RootNamespace;
        }

        if (ns.StartsWith("global::", StringComparison.Ordinal) || !Naming.IsNamespace(ns))
        {
            Report(Descriptors.InvalidName, 0, 0, MessageArgument.Of(source, ns));
        }

        return (className, ns);
    }

    private static bool Blank(string? value) => value is null || value.Trim().Length == 0;

    private List<int> ReadYears(JsonObject edition)
    {
        var years = new List<int>();
        JsonArray? array = Array(edition, "$", EditionPart, "years", required: true);
        if (array is null)
        {
            return years;
        }

        if (array.Items.Count == 0)
        {
            Invalid(array, Messages.SE1004NoYears);
        }

        for (int i = 0; i < array.Items.Count; i++)
        {
            JsonNode item = array.Items[i];
            int? year = AsInt(item, Index("$.years", i));
            if (year is < 1)
            {
                Invalid(item, Messages.SE1004NotRocYear, year.Value.ToString(CultureInfo.InvariantCulture));
            }
            else if (year is int y)
            {
                years.Add(y);
            }
        }

        return years;
    }

    private List<LevelModel?> ReadLevels(JsonObject edition, out int count)
    {
        var levels = new List<LevelModel?>();
        JsonArray? array = Array(edition, "$", EditionPart, "levels", required: true);
        count = array?.Items.Count ?? int.MaxValue;
        if (array is null)
        {
            return levels;
        }

        if (array.Items.Count == 0)
        {
            Invalid(array, Messages.SE1004NoLevels);
        }

        for (int i = 0; i < array.Items.Count; i++)
        {
            string path = Index("$.levels", i);
            if (AsObject(array.Items[i], path) is not JsonObject level)
            {
                levels.Add(null);
                continue;
            }

            MessageArgument what = Part(Messages.GeneratorPartLevel, path);
            CheckProperties(level, path, what, LevelProperties);
            string? name = RequiredString(level, path, what, "name");
            string? numbering = RequiredString(level, path, what, "numbering", allowBlank: true);
            NumberingStyle? style = null;
            if (numbering is not null)
            {
                if (CriteriaNames.Numbering.ByName.TryGetValue(numbering, out NumberingStyle known))
                {
                    style = known;
                }
                else
                {
                    Report(Descriptors.UnknownNumbering, Get(level, "numbering")!, numbering, CriteriaNames.Numbering.Listed);
                }
            }

            levels.Add(name is null || style is null ? null : new LevelModel(name, style.Value));
        }

        return levels;
    }

    private List<DeadlineModel> ReadDeadlines(JsonObject edition)
    {
        var deadlines = new List<DeadlineModel>();
        JsonArray? array = Array(edition, "$", EditionPart, "deadlines", required: false);
        for (int i = 0; array is not null && i < array.Items.Count; i++)
        {
            string path = Index("$.deadlines", i);
            if (AsObject(array.Items[i], path) is not JsonObject deadline)
            {
                continue;
            }

            MessageArgument what = Part(Messages.GeneratorPartDeadline, path);
            CheckProperties(deadline, path, what, DeadlineProperties);
            string? key = RequiredString(deadline, path, what, "key");
            string? title = RequiredString(deadline, path, what, "title");
            var levels = new List<string>();
            JsonArray? levelArray = Array(deadline, path, what, "levels", required: true);
            for (int j = 0; levelArray is not null && j < levelArray.Items.Count; j++)
            {
                string levelPath = Index(path + ".levels", j);
                if (AsString(levelArray.Items[j], levelPath) is string level)
                {
                    if (CriteriaNames.Levels.ByName.TryGetValue(level, out AgencyLevel member))
                    {
                        levels.Add(member.ToString());
                    }
                    else
                    {
                        Invalid(levelArray.Items[j], Messages.SE1002UnknownChoice, level, CriteriaNames.Levels.Listed);
                    }
                }
            }

            int before = _diagnostics.Count;
            int? month = OptionalInt(deadline, path, "month");
            int? day = OptionalInt(deadline, path, "day");
            int? yearOffset = OptionalInt(deadline, path, "yearOffset");
            int? within = OptionalInt(deadline, path, "withinMonths");
            string? after = OptionalString(deadline, path, "after");
            string name = title ?? key ?? path;
            if (month is int m && day is int d)
            {
                int offset = yearOffset ?? 0;

                if (!CriteriaRules.IsValidDateRule(m, d, offset))
                {
                    Invalid(deadline, Messages.SE1004DeadlineDate, name, m.ToString(CultureInfo.InvariantCulture), d.ToString(CultureInfo.InvariantCulture), offset.ToString(CultureInfo.InvariantCulture));
                    continue;
                }

                if (key is not null && title is not null)
                {
                    deadlines.Add(new DeadlineModel(key, title, levels.ToEquatableArray(), m, d, offset, null, null));
                }
            }
            else if (within is int w && after is not null)
            {
                if (!CriteriaRules.IsValidPeriod(w))
                {
                    Invalid(Get(deadline, "withinMonths")!, Messages.SE1004WithinMonths, name);
                    continue;
                }

                if (key is not null && title is not null)
                {
                    deadlines.Add(new DeadlineModel(key, title, levels.ToEquatableArray(), null, null, 0, w, after));
                }
            }
            else if (_diagnostics.Count == before)
            {
                // Only when the date properties were readable: a wrongly typed one is reported already.
                Invalid(deadline, Messages.SE1002DeadlineRule, name);
            }
        }

        return deadlines;
    }

    private List<string> ReadSections(JsonObject edition)
    {
        var sections = new List<string>();
        JsonArray? array = Array(edition, "$", EditionPart, "requiredPlanSections", required: false);
        for (int i = 0; array is not null && i < array.Items.Count; i++)
        {
            if (AsString(array.Items[i], Index("$.requiredPlanSections", i)) is string section)
            {
                if (CriteriaNames.Sections.ByName.TryGetValue(section, out PlanSectionKind member))
                {
                    sections.Add(member.ToString());
                }
                else
                {
                    Invalid(array.Items[i], Messages.SE1002UnknownChoice, section, CriteriaNames.Sections.Listed);
                }
            }
        }

        return sections;
    }

    private List<RawNode> ReadNodes(JsonArray array, string path, int depth, int levelCount)
    {
        var nodes = new List<RawNode>();
        var seen = new Dictionary<string, RawNode>(StringComparer.Ordinal);
        for (int i = 0; i < array.Items.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            string nodePath = Index(path, i);
            if (AsObject(array.Items[i], nodePath) is not JsonObject obj)
            {
                continue;
            }

            string? titleForMessages = (Get(obj, "title") as JsonString)?.Value;
            MessageArgument what = titleForMessages is null ? Part(Messages.GeneratorPartNode, nodePath) : Part(Messages.GeneratorPartNamedNode, titleForMessages, nodePath);
            CheckProperties(obj, nodePath, what, NodeProperties);
            string? key = RequiredString(obj, nodePath, what, "key", allowBlank: true);
            string? title = RequiredString(obj, nodePath, what, "title");
            string? description = OptionalString(obj, nodePath, "description");
            int? points = OptionalInt(obj, nodePath, "points");
            JsonNode? keyValue = Get(obj, "key");
            string shownTitle = title ?? titleForMessages ?? nodePath;
            if (key is not null && !CriteriaRules.IsKey(key))
            {
                Report(Descriptors.KeyNotIdentifier, keyValue!, key, shownTitle);
            }
            else if (key is not null && seen.TryGetValue(key, out RawNode? first))
            {
                Report(Descriptors.DuplicateKey, keyValue!, key, shownTitle, first.Title);
            }

            if (depth >= levelCount)
            {
                Invalid(obj, Messages.SE1004TooDeepNode, shownTitle, (depth + 1).ToString(CultureInfo.InvariantCulture), levelCount.ToString(CultureInfo.InvariantCulture));
            }

            if (points is < 0)
            {
                Invalid(Get(obj, "points")!, Messages.SE1004NegativePoints, shownTitle);
            }

            JsonArray? childArray = Array(obj, nodePath, what, "children", required: false);
            List<RawNode> children = childArray is null ? new List<RawNode>() : ReadNodes(childArray, nodePath + ".children", depth + 1, levelCount);
            var node = new RawNode(key ?? string.Empty, title ?? string.Empty, description, points, children, obj, keyValue, Get(obj, "points"));
            nodes.Add(node);
            if (key is not null && CriteriaRules.IsKey(key) && !seen.ContainsKey(key))
            {
                seen.Add(key, node);
            }
        }

        return nodes;
    }

    private static void Place(List<RawNode> nodes, RawNode? parent, List<LevelModel> levels)
    {
        for (int i = 0; i < nodes.Count; i++)
        {
            RawNode node = nodes[i];
            int depth = parent is null ? 0 : parent.Depth + 1;
            LevelModel level = levels[depth];
            node.Depth = depth;
            node.Level = level;
            node.KeyPath = parent is null ? node.Key : parent.KeyPath + "." + node.Key;
            // Beyond the style's last position CheckPositions reports SE0011; "?" only keeps placing the rest.
            bool numbered = i + 1 <= Numberer.MaxPosition(level.Numbering);
            string token = numbered ? Numberer.CodeToken(level.Numbering, i + 1) : "?";
            node.Code = parent is null ? token : parent.Code + "." + token;
            node.Label = numbered ? Numberer.Label(level.Numbering, i + 1, level.Name) : "?";
            Place(node.Children, node, levels);
        }
    }

    private void CheckPositions(List<RawNode> nodes, List<LevelModel> levels)
    {
        if (nodes.Count == 0)
        {
            return;
        }

        LevelModel level = nodes[0].Level!;
        int max = Numberer.MaxPosition(level.Numbering);
        if (nodes.Count > max)
        {
            RawNode first = nodes[max];
            Invalid(first.Object, Messages.SE0011NumberingStops, first.Title, (max + 1).ToString(CultureInfo.InvariantCulture), level.Name, max.ToString(CultureInfo.InvariantCulture));
        }

        foreach (RawNode node in nodes)
        {
            CheckPositions(node.Children, levels);
        }
    }

    /// <summary>
    /// Keys become member names: a top-level key must not be one of the catalogue's own members or
    /// its class name; a child key must not be <c>Node</c> or the key of its parent (a member cannot
    /// have the name of the class that contains it, CS0542).
    /// </summary>
    private void CheckCollisions(List<RawNode> nodes, string className, RawNode? parent)
    {
        foreach (RawNode node in nodes)
        {
            MessageArgument? clash = null;
            if (parent is null)
            {
                if (node.Key == className)
                {
                    clash = Part(Messages.SE0008CatalogueClass, className);
                }
                else if (System.Array.IndexOf(Naming.CatalogueMembers, node.Key) >= 0)
                {
                    clash = Part(Messages.SE0008CatalogueMember, node.Key);
                }
            }
            else if (node.Key == Naming.NodeMember)
            {
                clash = Part(Messages.SE0008NodeMember, Naming.NodeMember, parent.Title);
            }
            else if (node.Key == parent.Key)
            {
                clash = Part(Messages.SE0008ParentClass, parent.Key, parent.Title);
            }

            if (clash is not null)
            {
                Report(Descriptors.KeyCollides, node.KeyValue!, node.Key, node.Title, clash);
            }

            CheckCollisions(node.Children, className, node);
        }
    }

    /// <summary>The Model's <c>PointsConsistency.Check</c>, with its messages, located at the points values.</summary>
    private void CheckPoints(JsonObject edition, string title, int? totalPoints, List<LevelModel> levels, List<RawNode> nodes)
    {
        if (totalPoints is int total)
        {
            long sum = nodes.Sum(n => RolledUp(n) ?? 0);
            bool allScored = nodes.All(n => RolledUp(n) is not null);
            if (CriteriaRules.TotalMismatch(sum, allScored, total))
            {
                Report(Descriptors.InconsistentPoints, Get(edition, "totalPoints")!, Part(Messages.SE1018TotalMismatch, title, levels[0].Name, sum.ToString(CultureInfo.InvariantCulture), total.ToString(CultureInfo.InvariantCulture)));
            }
        }

        foreach (RawNode node in nodes.SelectMany(n => n.DescendantsAndSelf()))
        {
            if (node.Points is not int parentPoints)
            {
                continue;
            }

            long childSum = node.Children.Sum(c => RolledUp(c) ?? 0);
            if (childSum > parentPoints)
            {
                Report(Descriptors.InconsistentPoints, node.PointsValue!, Part(Messages.SE1018ChildrenExceedParent, node.Title, node.Code, parentPoints.ToString(CultureInfo.InvariantCulture), childSum.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static long? RolledUp(RawNode node) => CriteriaRules.RolledUpPoints(node, n => n.Points, n => n.Children);

    // ---- property access with diagnostics -------------------------------------------------------

    private void CheckProperties(JsonObject obj, string path, MessageArgument what, string[] allowed)
    {
        foreach (JsonProperty property in obj.Properties)
        {
            if (System.Array.IndexOf(allowed, property.Name) < 0)
            {
                Report(Descriptors.UnknownProperty, property.NameStart, property.NameEnd, property.Name, what, string.Join(", ", allowed));
            }
        }
    }

    /// <summary>The value of a property, or null when it is absent or JSON null (the loader treats both alike).</summary>
    private static JsonNode? Get(JsonObject obj, string name)
    {
        foreach (JsonProperty property in obj.Properties)
        {
            if (property.Name == name)
            {
                return property.Value.Kind == JsonKind.Null ? null : property.Value;
            }
        }

        return null;
    }

    private string? RequiredString(JsonObject obj, string path, MessageArgument what, string name, bool allowBlank = false)
    {
        JsonNode? value = Get(obj, name);
        if (value is null)
        {
            Report(Descriptors.MissingProperty, obj.Start, obj.Start + 1, what, name);
            return null;
        }

        string? text = AsString(value, path + "." + name);
        if (text is not null && !allowBlank && text.Trim().Length == 0)
        {
            Invalid(value, Messages.SE1004Empty, name);
        }

        return text;
    }

    private string? OptionalString(JsonObject obj, string path, string name)
    {
        JsonNode? value = Get(obj, name);
        return value is null ? null : AsString(value, path + "." + name);
    }

    private int? OptionalInt(JsonObject obj, string path, string name)
    {
        JsonNode? value = Get(obj, name);
        return value is null ? null : AsInt(value, path + "." + name);
    }

    private JsonArray? Array(JsonObject obj, string path, MessageArgument what, string name, bool required)
    {
        JsonNode? value = Get(obj, name);
        if (value is null)
        {
            if (required)
            {
                Report(Descriptors.MissingProperty, obj.Start, obj.Start + 1, what, name);
            }

            return null;
        }

        if (value is JsonArray array)
        {
            return array;
        }

        Report(Descriptors.WrongType, value, path + "." + name, Part(Messages.GeneratorKindArray), KindOf(value));
        return null;
    }

    private string? AsString(JsonNode value, string path)
    {
        if (value is JsonString s)
        {
            return s.Value;
        }

        Report(Descriptors.WrongType, value, path, Part(Messages.GeneratorKindString), KindOf(value));
        return null;
    }

    private int? AsInt(JsonNode value, string path)
    {
        if (value is JsonNumber { Int32: int number })
        {
            return number;
        }

        MessageArgument found = value is JsonNumber n ? n.Text : KindOf(value);
        Report(Descriptors.WrongType, value, path, Part(Messages.GeneratorKindInteger), found);
        return null;
    }

    private JsonObject? AsObject(JsonNode value, string path)
    {
        if (value is JsonObject obj)
        {
            return obj;
        }

        Report(Descriptors.WrongType, value, path, Part(Messages.GeneratorKindObject), KindOf(value));
        return null;
    }

    private static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private void Invalid(JsonNode at, Message message, params MessageArgument[] arguments) =>
        Report(Descriptors.InvalidValue, at, MessageArgument.Of(message, arguments));

    // Parts of messages come from the table too, so a zh-TW build gets no English fragment.
    private static MessageArgument Part(Message message, params MessageArgument[] arguments) => MessageArgument.Of(message, arguments);

    // How a value's type is named in messages (JsonNode.Describe's names, from the table).
    private static MessageArgument KindOf(JsonNode value) => Part(value.Kind switch
    {
        JsonKind.Object => Messages.GeneratorKindObject,
        JsonKind.Array => Messages.GeneratorKindArray,
        JsonKind.String => Messages.GeneratorKindString,
        JsonKind.Number => Messages.GeneratorKindNumber,
        JsonKind.True or JsonKind.False => Messages.GeneratorKindBoolean,
        _ => Messages.GeneratorKindNull,
    });

    private void Report(DiagnosticDescriptor descriptor, JsonNode at, params MessageArgument[] arguments) =>
        Report(descriptor, at.Start, at.End, arguments);

    private void Report(DiagnosticDescriptor descriptor, int start, int end, params MessageArgument[] arguments)
    {
        // Points do not stop the catalogue: the run-time loader still returns the edition with SE1018.
        if (descriptor.Id != Descriptors.InconsistentPoints.Id)
        {
            _failed = true;
        }

        TextSpan span = TextSpan.FromBounds(start, Math.Max(start, end));
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, _path, span, _lines.Span(span), arguments.ToEquatableArray()));
    }

    /// <summary>A node while the file is read; placed (label, code) once the whole file is known to be valid.</summary>
    private sealed class RawNode
    {
        public RawNode(string key, string title, string? description, int? points, List<RawNode> children, JsonObject obj, JsonNode? keyValue, JsonNode? pointsValue)
        {
            Key = key;
            Title = title;
            Description = description;
            Points = points;
            Children = children;
            Object = obj;
            KeyValue = keyValue;
            PointsValue = pointsValue;
        }

        public string Key { get; }

        public string Title { get; }

        public string? Description { get; }

        public int? Points { get; }

        public List<RawNode> Children { get; }

        public JsonObject Object { get; }

        public JsonNode? KeyValue { get; }

        public JsonNode? PointsValue { get; }

        public int Depth { get; set; }

        public LevelModel? Level { get; set; }

        public string KeyPath { get; set; } = string.Empty;

        public string Code { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;

        public IEnumerable<RawNode> DescendantsAndSelf() => new[] { this }.Concat(Children.SelectMany(c => c.DescendantsAndSelf()));

        public NodeModel ToModel()
        {
            string heading = CriteriaRules.Heading(Level!.Numbering, Label, Title);
            return new NodeModel(Key, Naming.Identifier(Key), Title, Description, Points, Level.Name, Label, Code, KeyPath, heading, Children.Select(c => c.ToModel()).ToEquatableArray());
        }
    }
}
