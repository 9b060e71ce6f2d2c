using System;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceEfficiency.Benchmarks.Inputs;

/// <summary>
/// A sample document grown to a given number of rows (entries), written minified (one line) or
/// pretty-printed: the inputs that show whether loading costs the same per row at any size. The
/// sample's entries are repeated in order, table by table, so the text is real and deterministic.
/// </summary>
public static class Scaled
{
    /// <summary>The sample the scaled documents are grown from (a results report: about 570 bytes a row minified).</summary>
    public const string Sample = "hualien-112-results";

    /// <summary>
    /// The sample with exactly <paramref name="rows"/> entries, spread over its tables in the sample's
    /// proportions, each row a copy of a sample entry of that table.
    /// </summary>
    /// <param name="rows">The number of entries, at least the number of tables.</param>
    /// <param name="indented">Pretty-printed (two-space indentation, one value a line) rather than minified.</param>
    public static byte[] Document(int rows, bool indented)
    {
        JsonNode document = JsonNode.Parse(Corpus.DocumentText(Sample))!;
        JsonArray tables = document["tables"]!.AsArray();
        int sampleRows = 0;
        foreach (JsonNode? table in tables)
        {
            sampleRows += table!["entries"]!.AsArray().Count;
        }

        int written = 0;
        for (int t = 0; t < tables.Count; t++)
        {
            JsonArray entries = tables[t]!["entries"]!.AsArray();
            int share = t == tables.Count - 1 ? rows - written : (int)((long)rows * entries.Count / sampleRows);
            var grown = new JsonArray();
            for (int i = 0; i < share; i++)
            {
                grown.Add(entries[i % entries.Count]!.DeepClone());
            }

            tables[t]!["entries"] = grown;
            written += share;
        }

        string text = document.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Chinese as characters, as the files are saved
        });
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The name of a scaled document: <c>minified-16000</c>.</summary>
    /// <param name="rows">The number of entries.</param>
    /// <param name="indented">Pretty-printed.</param>
    public static string Name(int rows, bool indented) =>
        (indented ? "pretty-" : "minified-") + rows.ToString(CultureInfo.InvariantCulture);

    /// <summary>Counts the entries of a document (for checks).</summary>
    /// <param name="utf8">The document.</param>
    public static int Rows(byte[] utf8)
    {
        using JsonDocument json = JsonDocument.Parse(utf8);
        int rows = 0;
        foreach (JsonElement table in json.RootElement.GetProperty("tables").EnumerateArray())
        {
            rows += table.GetProperty("entries").GetArrayLength();
        }

        return rows;
    }
}
