using System;
using System.Globalization;
using System.Text;
using System.Threading;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Serialization.Json;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Serialization;

/// <summary>
/// The generator's words for structure problems of a criteria file (SE0002 missing property, SE0003
/// wrong type, SE0004 unknown property): the loader reads the text once more with the shared reader
/// (src/Shared/Json) to name the place as the generator does (the edition, level $.levels[1], node
/// 「title」 ($.nodes[0])) and to say what type was found.
/// </summary>
internal sealed class CriteriaWording
{
    private readonly JsonNode? _root;

    public CriteriaWording(byte[] utf8)
    {
        try
        {
            _root = JsonReader.Read(Encoding.UTF8.GetString(utf8), CancellationToken.None);
        }
        catch (JsonSyntaxException)
        {
            _root = null; // not reached: the text was well-formed for System.Text.Json, which is as strict
        }
    }

    /// <summary>SE0002: the object at <paramref name="objectPath"/> lacks <paramref name="property"/>.</summary>
    public string Missing(string objectPath, string property) => Messages.SE0002.Format(What(objectPath), property);

    /// <summary>SE0003: the value at <paramref name="path"/> is not of the <paramref name="expected"/> kind.</summary>
    public string WrongType(string path, Message expected)
    {
        JsonNode? found = Find(path);
        string what = expected == Messages.GeneratorKindInteger && found is JsonNumber n ? n.Text : KindOf(found).Format();
        return Messages.SE0003.Format(path, expected.Format(), what);
    }

    /// <summary>SE0004: the object at <paramref name="objectPath"/> has the unknown <paramref name="property"/>.</summary>
    public string UnknownProperty(string objectPath, string property) =>
        Messages.SE0004.Format(property, What(objectPath), string.Join(", ", Allowed(objectPath)));

    private static string[] Allowed(string objectPath) =>
        objectPath == "$" ? CriteriaProperties.Root
        : IsItemOf(objectPath, "$.levels") ? CriteriaProperties.Level
        : IsItemOf(objectPath, "$.deadlines") ? CriteriaProperties.Deadline
        : CriteriaProperties.Node;

    // The generator's name for an object: the edition, level <path>, deadline <path>, node 「title」 (<path>) or node <path>.
    private string What(string objectPath)
    {
        if (objectPath == "$")
        {
            return Messages.GeneratorPartEdition.Format();
        }

        if (IsItemOf(objectPath, "$.levels"))
        {
            return Messages.GeneratorPartLevel.Format(objectPath);
        }

        if (IsItemOf(objectPath, "$.deadlines"))
        {
            return Messages.GeneratorPartDeadline.Format(objectPath);
        }

        return Find(objectPath) is JsonObject obj && Get(obj, "title") is JsonString title
            ? Messages.GeneratorPartNamedNode.Format(title.Value, objectPath)
            : Messages.GeneratorPartNode.Format(objectPath);
    }

    private static bool IsItemOf(string path, string array) =>
        path.StartsWith(array + "[", StringComparison.Ordinal) && path.IndexOf('.', array.Length) < 0 && path.EndsWith("]", StringComparison.Ordinal);

    private static Message KindOf(JsonNode? node) => node?.KindName ?? Messages.GeneratorKindNull;

    private static JsonNode? Get(JsonObject obj, string name) => obj.PropertyValue(name);

    // Follows a path of the form $.a.b[2].c (the paths JsonSourceMap makes for criteria files).
    private JsonNode? Find(string path)
    {
        JsonNode? node = _root;
        int i = 1;
        while (node is not null && i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                node = node is JsonObject obj ? Get(obj, path.Substring(i + 1, end - i - 1)) : null;
                i = end;
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                if (end < 0 || node is not JsonArray array || !int.TryParse(path.Substring(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index) || index >= array.Items.Count)
                {
                    return null;
                }

                node = array.Items[index];
                i = end + 1;
            }
            else
            {
                return null;
            }
        }

        return node;
    }
}
