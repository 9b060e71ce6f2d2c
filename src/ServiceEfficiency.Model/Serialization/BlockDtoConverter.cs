using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceEfficiency.Serialization;

/// <summary>Reads and writes a content block written either as a string (a paragraph) or as an object (a numbered point).</summary>
internal sealed class BlockDtoConverter : JsonConverter<BlockDto>
{
    public override BlockDto? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new BlockDto { Text = reader.GetString() };
            case JsonTokenType.StartObject:
                BlockObjectDto? point;
                try
                {
                    point = JsonSerializer.Deserialize(ref reader, ModelJsonContext.Default.BlockObjectDto);
                }
                catch (JsonException e) when (e.Path is not null)
                {
                    // The nested call's path and position are relative to this block: wrap it so that the
                    // caller adds the block's own path (JsonInput joins the two).
                    throw new JsonException(e.Message, e);
                }

                return point is null ? null : new BlockDto { Label = point.Label, Text = point.Text, Points = point.Points };
            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException("A content block is a string (a paragraph) or an object with 'text' (a numbered point).");
        }
    }

    /// <summary>A paragraph (no label, no points) as a string; a numbered point as an object, through the same DTO the reader uses.</summary>
    public override void Write(Utf8JsonWriter writer, BlockDto value, JsonSerializerOptions options)
    {
        if (value.Label is null && value.Points is not { Count: > 0 })
        {
            writer.WriteStringValue(value.Text);
            return;
        }

        JsonSerializer.Serialize(writer, new BlockObjectDto { Label = value.Label, Text = value.Text, Points = value.Points }, ModelJsonContext.Default.BlockObjectDto);
    }
}
