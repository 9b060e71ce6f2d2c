using System.Collections.Generic;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Serialization.Json;

// A small JSON DOM that remembers where every value and property name is in the text (offsets in
// UTF-16 code units of the SourceText, which is what Roslyn's spans and an editor's columns count).
// It lives only inside the parse step: nothing of it reaches a pipeline value.

/// <summary>The kinds of JSON value.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A JSON value and its span [<see cref="Start"/>, <see cref="End"/>) in the text.</summary>
internal abstract class JsonNode
{
    protected JsonNode(JsonKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    public JsonKind Kind { get; }

    public int Start { get; }

    public int End { get; internal set; }

    /// <summary>How the kind is named in messages ("a string", 「字串」 …), from the message table.</summary>
    public Message KindName => Kind switch
    {
        JsonKind.Object => Messages.GeneratorKindObject,
        JsonKind.Array => Messages.GeneratorKindArray,
        JsonKind.String => Messages.GeneratorKindString,
        JsonKind.Number => Messages.GeneratorKindNumber,
        JsonKind.True or JsonKind.False => Messages.GeneratorKindBoolean,
        _ => Messages.GeneratorKindNull,
    };
}

/// <summary>An object with its properties in text order (duplicates are refused by the reader).</summary>
internal sealed class JsonObject : JsonNode
{
    public JsonObject(int start)
        : base(JsonKind.Object, start, start)
    {
    }

    public List<JsonProperty> Properties { get; } = new();

    /// <summary>The value of the property <paramref name="name"/> (a JSON null included), or null when there is none.</summary>
    /// <param name="name">The property's name (ordinal).</param>
    public JsonNode? PropertyValue(string name)
    {
        foreach (JsonProperty property in Properties)
        {
            if (property.Name == name)
            {
                return property.Value;
            }
        }

        return null;
    }
}

/// <summary>A property: its name, the name's span (quotes included) and its value.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(string name, int nameStart, int nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonNode Value { get; }
}

/// <summary>An array with its items in order.</summary>
internal sealed class JsonArray : JsonNode
{
    public JsonArray(int start)
        : base(JsonKind.Array, start, start)
    {
    }

    public List<JsonNode> Items { get; } = new();
}

/// <summary>A string, unescaped.</summary>
internal sealed class JsonString : JsonNode
{
    public JsonString(string value, int start, int end)
        : base(JsonKind.String, start, end) => Value = value;

    public string Value { get; }
}

/// <summary>A number as written, with its value when it is an integer that fits an <see cref="int"/>.</summary>
internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(string text, int? int32, int start, int end)
        : base(JsonKind.Number, start, end)
    {
        Text = text;
        Int32 = int32;
    }

    public string Text { get; }

    public int? Int32 { get; }
}

/// <summary>true, false or null.</summary>
internal sealed class JsonLiteral : JsonNode
{
    public JsonLiteral(JsonKind kind, int start, int end)
        : base(kind, start, end)
    {
    }
}
