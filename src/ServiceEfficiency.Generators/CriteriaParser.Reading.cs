using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ServiceEfficiency.Generators;

/// <summary>The criteria file reader: property access on the shared JSON tree, every problem a located diagnostic.</summary>
internal sealed partial class CriteriaParser
{
    private static bool Blank(string? value) => value is null || value.Trim().Length == 0;

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
    // A property set to null counts as absent: every property of a criteria file is optional or required, never nullable.
    private static JsonNode? Get(JsonObject obj, string name) =>
        obj.PropertyValue(name) is { Kind: not JsonKind.Null } value ? value : null;

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

    // How a value's type is named in messages (from the table, as the loader names it).
    private static MessageArgument KindOf(JsonNode value) => Part(value.KindName);

    private void Report(DiagnosticDescriptor descriptor, JsonNode at, params MessageArgument[] arguments) =>
        Report(descriptor, at.Start, at.End, arguments);

    private void Report(DiagnosticDescriptor descriptor, int start, int end, params MessageArgument[] arguments)
    {
        // Points do not stop the catalogue: the run-time loader still returns the edition, with SE0009.
        if (descriptor.Id != Descriptors.InconsistentPoints.Id)
        {
            _failed = true;
        }

        TextSpan span = TextSpan.FromBounds(start, Math.Max(start, end));
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, _path, span, _lines.Span(span), arguments.ToEquatableArray()));
    }
}
