using System;
using System.Globalization;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Numbering;

namespace ServiceEfficiency.Generators;

/// <summary>The criteria file reader: the nodes: read, placed on their level, labelled and coded.</summary>
internal sealed partial class CriteriaParser
{
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
            CheckProperties(obj, nodePath, what, CriteriaProperties.Node);
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
