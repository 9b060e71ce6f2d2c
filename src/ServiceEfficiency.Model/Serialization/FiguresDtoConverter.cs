using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceEfficiency.Serialization;

/// <summary>
/// Reads and writes an entry's <c>figures</c>, written either as an array of figure objects or as the
/// word <c>"none"</c> (the row states no quantity). A string is kept as it is and a value of another
/// kind is skipped and marked, so that the loader reports either with its own located diagnostics.
/// </summary>
internal sealed class FiguresDtoConverter : JsonConverter<FiguresDto>
{
    public override FiguresDto? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                List<FigureDto?>? items;
                try
                {
                    items = JsonSerializer.Deserialize(ref reader, ModelJsonContext.Default.ListFigureDto);
                }
                catch (JsonException e) when (e.Path is not null)
                {
                    // The nested call's path is relative to the array: wrap it so that the caller adds the
                    // array's own path (JsonInput joins the two), as BlockDtoConverter does.
                    throw new JsonException(e.Message, e);
                }

                return new FiguresDto { Items = items };
            case JsonTokenType.String:
                return new FiguresDto { Word = reader.GetString() };
            case JsonTokenType.Null:
                return null;
            default:
                reader.Skip();
                return new FiguresDto { WrongKind = true };
        }
    }

    /// <summary>The word as a string, otherwise the figures as an array, through the same DTOs the reader uses.</summary>
    public override void Write(Utf8JsonWriter writer, FiguresDto value, JsonSerializerOptions options)
    {
        if (value.Word is not null)
        {
            writer.WriteStringValue(value.Word);
            return;
        }

        JsonSerializer.Serialize(writer, value.Items ?? new List<FigureDto?>(), ModelJsonContext.Default.ListFigureDto);
    }
}
