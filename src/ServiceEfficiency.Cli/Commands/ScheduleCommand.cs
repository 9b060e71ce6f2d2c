using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli.Commands;

/// <summary><c>schedule</c>: the year's reporting deadlines for one agency level.</summary>
internal static class ScheduleCommand
{
    public static Command Create()
    {
        var edition = new Option<string>("--edition", "-e") { Description = "The criteria edition file.", Required = true, HelpName = "PATH" };
        var year = new Option<int>("--year", "-y") { Description = "The ROC year of the plan and its results (e.g. 115).", Required = true };
        var level = new Option<string>("--level", "-l") { Description = "The agency's level.", Required = true };
        level.AcceptOnlyFromAmong(JsonNamesOrdered.Levels);
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        Option<string> output = CommonOptions.Output("Where to write the schedule (default: standard output).");

        var command = new Command("schedule", Help.Text(
            "Lists the reporting deadlines of a year for a headquarters (總局), branch (分局) or unit (單位), from the edition's rules.",
            "Dates are ROC dates; deadlines in the next year (成果報送) carry that year.",
            "service-efficiency schedule --edition samples/criteria/service-upgrade-program.criteria.json --year 115 --level branch",
            "service-efficiency schedule -e overall.criteria.json -y 112 -l headquarters --format json"))
        {
            edition, year, level, format, output,
        };
        command.SetAction((parseResult, cancellationToken) => Run(
            parseResult.GetRequiredValue(edition),
            parseResult.GetValue(year),
            JsonNames.AgencyLevels[parseResult.GetRequiredValue(level)],
            parseResult.GetRequiredValue(format),
            parseResult.GetRequiredValue(output),
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> Run(string editionPath, int year, AgencyLevel level, string format, string output, TextWriter error, CancellationToken cancellationToken)
    {
        CriteriaEdition? edition = EditionInput.LoadForYear(editionPath, year, error);
        if (edition is null)
        {
            return ExitCodes.InputErrors;
        }

        IReadOnlyList<ScheduledDeadline> deadlines;
        try
        {
            deadlines = ReportingSchedule.For(edition, year, level);
        }
        catch (ArgumentOutOfRangeException e)
        {
            // RocDate refuses dates outside its range; the year is checked above, but an edition's
            // rule may still push a deadline past it (a date in the next year of 8088).
            string reason = e.ParamName is string name ? e.Message.Replace($" (Parameter '{name}')", string.Empty) : e.Message;
            throw new CliException(Messages.CliDateOutOfRange.Format(year, reason), e);
        }

        string text = format == "json" ? Json(edition, year, level, deadlines) : Text(deadlines);
        await CliFiles.WriteTextAsync(output, text, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string Text(IReadOnlyList<ScheduledDeadline> deadlines)
    {
        var builder = new System.Text.StringBuilder();
        foreach (ScheduledDeadline deadline in deadlines)
        {
            builder.Append(deadline.When).Append('\t').Append(deadline.Rule.Title).Append('\n');
        }

        return builder.ToString();
    }

    private static string Json(CriteriaEdition edition, int year, AgencyLevel level, IReadOnlyList<ScheduledDeadline> deadlines) =>
        JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("edition", edition.Id);
            w.WriteNumber("year", year);
            w.WriteString("level", JsonNames.Of(level));
            w.WriteStartArray("deadlines");
            foreach (ScheduledDeadline deadline in deadlines)
            {
                w.WriteStartObject();
                w.WriteString("key", deadline.Rule.Key);
                w.WriteString("title", deadline.Rule.Title);
                w.WriteString("when", deadline.When);
                if (deadline.Date is RocDate date)
                {
                    w.WriteString("date", date.ToDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    w.WriteString("rocDate", date.ToString());
                }
                else
                {
                    w.WriteNumber("withinMonths", deadline.Rule.WithinMonths ?? 0);
                    w.WriteString("after", deadline.Rule.After);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
}
