using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli.Commands;

/// <summary><c>editions</c>: the criteria editions shipped with the tool, which documents may name with no file.</summary>
internal static class EditionsCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "text (default): a table; json: an object for machines.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        Option<string> output = CommonOptions.Output("Where to write the list (default: standard output).");

        var command = new Command("editions", Help.Text(
            "Lists the criteria editions shipped with the tool: id, years, total points, node count and title.",
            "A document whose edition is in no --edition file and no criteria/ folder searched is checked against the shipped edition of its id; a file of your own with that id wins.",
            "service-efficiency editions",
            "service-efficiency editions --format json"))
        {
            format, output,
        };
        command.SetAction((parseResult, cancellationToken) => Run(
            parseResult.GetRequiredValue(format),
            parseResult.GetRequiredValue(output),
            cancellationToken));
        return command;
    }

    private static async Task<int> Run(string format, string output, CancellationToken cancellationToken)
    {
        IReadOnlyList<CriteriaEdition> editions = CriteriaEditions.All;
        string text = format == "json" ? Json(editions) : Table(editions);
        await CliFiles.WriteTextAsync(output, text, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string Years(CriteriaEdition edition) => string.Join(",", edition.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)));

    private static string Points(CriteriaEdition edition) => edition.TotalPoints?.ToString(CultureInfo.InvariantCulture) ?? "-";

    /// <summary>Columns padded to the widest cell (a Chinese character takes two columns of a terminal); the title last, unpadded.</summary>
    private static string Table(IReadOnlyList<CriteriaEdition> editions)
    {
        var rows = new List<string[]>
        {
            new[] { Messages.CliEditionsColumnId.Format(), Messages.CliEditionsColumnYears.Format(), Messages.CliEditionsColumnPoints.Format(), Messages.CliEditionsColumnNodes.Format(), Messages.CliEditionsColumnTitle.Format() },
        };
        rows.AddRange(editions.Select(e => new[] { e.Id, Years(e), Points(e), e.AllNodes().Count().ToString(CultureInfo.InvariantCulture), e.Title }));
        int columns = rows[0].Length;
        int[] widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => Width(r[c]))).ToArray();
        var builder = new StringBuilder();
        foreach (string[] row in rows)
        {
            for (int c = 0; c < columns; c++)
            {
                builder.Append(row[c]);
                if (c < columns - 1)
                {
                    builder.Append(' ', widths[c] - Width(row[c]) + 2);
                }
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static string Json(IReadOnlyList<CriteriaEdition> editions) =>
        JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("editions");
            foreach (CriteriaEdition edition in editions)
            {
                w.WriteStartObject();
                w.WriteString("id", edition.Id);
                w.WriteString("title", edition.Title);
                w.WriteStartArray("years");
                foreach (int year in edition.Years)
                {
                    w.WriteNumberValue(year);
                }

                w.WriteEndArray();
                if (edition.TotalPoints is int points)
                {
                    w.WriteNumber("totalPoints", points);
                }
                else
                {
                    w.WriteNull("totalPoints");
                }

                w.WriteNumber("nodes", edition.AllNodes().Count());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    /// <summary>The columns a terminal gives the text: two for East Asian wide characters, one otherwise.</summary>
    internal static int Width(string text)
    {
        int width = 0;
        foreach (char c in text)
        {
            if (char.IsLowSurrogate(c))
            {
                continue;
            }

            width += IsWide(c) || char.IsHighSurrogate(c) ? 2 : 1;
        }

        return width;
    }

    // Code points, not character literals, so that the source holds no Chinese text (WordingSourceTests).
    private static bool IsWide(char c) =>
        (int)c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6);
}
