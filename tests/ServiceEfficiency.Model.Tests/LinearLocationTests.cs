using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceEfficiency.Serialization;

namespace ServiceEfficiency.Tests;

/// <summary>
/// Locating the values of a minified document (one line of 12 MB) costs one walk over its bytes, and
/// the columns are still the UTF-16 columns an editor shows. No clock: the walk is counted.
/// </summary>
public sealed class LinearLocationTests
{
    private const int Rows = 16_000;

    [Fact]
    public void EveryValueOfASixteenThousandRowMinifiedDocumentIsLocatedInOneWalkOverItsBytes()
    {
        string text = MinifiedPlan(Rows);
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        Assert.DoesNotContain('\n', text);

        JsonInput? input = JsonInput.Open(utf8, "minified.json", JsonLoadOptions.Default, LoadCodes.Document, out var failure);

        Assert.Null(failure);
        Assert.NotNull(input);

        // Walking from the line start for every value would visit about rows × bytes / 2 bytes.
        Assert.InRange(input!.Lines.ColumnSteps, 1, utf8.Length);
    }

    [Fact]
    public void ColumnsOnAOneLineChineseDocumentAreUtf16ColumnsForEveryRow()
    {
        string text = MinifiedPlan(Rows);
        LoadResult<Documents.ServiceDocument> loaded = DocumentLoader.Load(Encoding.UTF8.GetBytes(text), "minified.json");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));

        int from = 0;
        for (int i = 0; i < Rows; i++)
        {
            // The marker is unique and the rows are in order, so the search only moves forward.
            int at = text.IndexOf("\"" + Strategy(i) + "\"", from, System.StringComparison.Ordinal);
            Assert.True(at >= 0);
            from = at + 1;

            var location = loaded.SourceMap.Locate($"$.tables[0].entries[{i}].strategy");
            Assert.Equal((1, at + 1), (location.Line, location.Column));
        }
    }

    // The Tainan plan with its first table's entries repeated to 'rows' rows, each with its own
    // Chinese strategy cell, written on one line with the Chinese unescaped (as editors save it).
    internal static string MinifiedPlan(int rows)
    {
        JsonNode plan = JsonNode.Parse(System.IO.File.ReadAllText(Samples.Data("tainan-111-plan")))!;
        JsonNode table = plan["tables"]![0]!;
        JsonArray sampleEntries = table["entries"]!.AsArray();
        var entries = new JsonArray();
        for (int i = 0; i < rows; i++)
        {
            JsonNode entry = sampleEntries[i % sampleEntries.Count]!.DeepClone();
            entry["strategy"] = Strategy(i);
            entries.Add(entry);
        }

        table["entries"] = entries;
        var tables = new JsonArray { table.DeepClone() };
        plan["tables"] = tables;
        return plan.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Strategy(int i) => "提升服務品質第" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "項";
}
