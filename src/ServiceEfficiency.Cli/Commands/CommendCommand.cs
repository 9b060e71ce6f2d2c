using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Commendations;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Text;
using ServiceEfficiency.Wording;

namespace ServiceEfficiency.Cli.Commands;

/// <summary><c>commend</c>: who receives which commendation under a plan's 獎勵方式.</summary>
internal static class CommendCommand
{
    public static Command Create()
    {
        var policy = new Option<string>("--policy", "-p") { Description = "The plan (JSON) whose 獎勵方式 section holds the commendation policy.", Required = true, HelpName = "PLAN.json" };
        var people = new Option<string>("--people") { Description = "CSV with a header name,role[,outcome]; roles and outcomes by JSON name or as the plan words them. - reads standard input.", Required = true, HelpName = "PEOPLE.csv" };
        var outcome = new Option<string?>("--outcome") { Description = "The award outcome for rows without an outcome column." };
        outcome.AcceptOnlyFromAmong(JsonNamesOrdered.Outcomes);
        var format = new Option<string>("--format") { Description = "text (default), csv or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "csv", "json");
        Option<string> output = CommonOptions.Output("Where to write the table (default: standard output).");

        var command = new Command("commend", Help.Text(
            "The commendation table (敘獎): for each person, the commendation the plan's policy grants for their role and the unit's award outcome.",
            "Under a highest-only clause (同時符合…以最高額度辦理敘獎) a person who qualifies several times gets only the highest.",
            "service-efficiency commend --policy samples/data/bsmi-114-plan.json --people people.csv --outcome site-visit",
            "service-efficiency commend -p plan.json --people people.csv --format csv -o commendations.csv"))
        {
            policy, people, outcome, format, output,
        };
        command.SetAction((parseResult, cancellationToken) => Run(
            parseResult.GetRequiredValue(policy),
            parseResult.GetRequiredValue(people),
            parseResult.GetValue(outcome) is string name ? JsonNames.AwardOutcomes[name] : null,
            parseResult.GetRequiredValue(format),
            parseResult.GetRequiredValue(output),
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> Run(string policyPath, string peoplePath, AwardOutcome? outcome, string format, string output, TextWriter error, CancellationToken cancellationToken)
    {
        LoadResult<ServiceDocument> plan = CliFiles.Load(policyPath, (stream, name) => DocumentLoader.Load(stream, name), cancellationToken);
        DiagnosticReport.WriteText(error, plan.Diagnostics.Where(d => d.IsError));
        if (plan.Value is null || plan.Diagnostics.Any(d => d.IsError))
        {
            return ExitCodes.InputErrors;
        }

        if (plan.Value is not ImplementationPlan { Sections.Rewards.CommendationPolicy: CommendationPolicy commendationPolicy })
        {
            throw new CliException(Messages.CliNoCommendationPolicy.Format(policyPath));
        }

        string peopleText = CliFiles.ReadAllText(peoplePath, cancellationToken);
        IReadOnlyList<Nominee> nominees = PeopleList.Parse(peopleText, CliFiles.SourceName(peoplePath), outcome);
        IReadOnlyList<CommendationDecision> decisions = commendationPolicy.Evaluate(nominees);
        string table = format switch
        {
            "csv" => Csv(decisions),
            "json" => Json(decisions, commendationPolicy),
            _ => Text(decisions, commendationPolicy),
        };
        await CliFiles.WriteTextAsync(output, table, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string Text(IReadOnlyList<CommendationDecision> decisions, CommendationPolicy policy)
    {
        var builder = new StringBuilder();
        builder.Append(string.Join("\t", CommendationTable.Columns)).Append('\n');
        foreach (CommendationDecision decision in decisions)
        {
            builder.Append(decision.Nominee.Name).Append('\t')
                .Append(string.Join("、", decision.Nominee.Qualifications)).Append('\t')
                .Append(decision.Grants.Count == 0 ? "—" : string.Join("、", decision.Grants.Select(CommendationTable.Grant))).Append('\t')
                .Append(string.Join("、", decision.Grants.Select(g => g.Rule.Label ?? string.Empty))).Append('\n');
        }

        if (policy.HighestOnly)
        {
            builder.Append(CommendationTable.HighestOnlyClause).Append('\n');
        }

        return builder.ToString();
    }

    private static string Csv(IReadOnlyList<CommendationDecision> decisions)
    {
        var builder = new StringBuilder("name,qualifications,commendation,kind,count,upTo,rule\n");
        foreach (CommendationDecision decision in decisions)
        {
            IEnumerable<CommendationGrant?> grants = decision.Grants.Count == 0 ? new CommendationGrant?[] { null } : decision.Grants.Cast<CommendationGrant?>();
            foreach (CommendationGrant? grant in grants)
            {
                builder.Append(Field(decision.Nominee.Name)).Append(',')
                    .Append(Field(string.Join("、", decision.Nominee.Qualifications))).Append(',')
                    .Append(Field(grant?.Commendation.ToString() ?? string.Empty)).Append(',')
                    .Append(grant is null ? string.Empty : Kind(grant.Commendation.Kind)).Append(',')
                    .Append(grant?.Commendation.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "0").Append(',')
                    .Append(grant?.Rule.UpTo == true ? "true" : "false").Append(',')
                    .Append(Field(grant?.Rule.Label ?? string.Empty)).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static string Json(IReadOnlyList<CommendationDecision> decisions, CommendationPolicy policy) =>
        JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("highestOnly", policy.HighestOnly);
            w.WriteStartArray("decisions");
            foreach (CommendationDecision decision in decisions)
            {
                w.WriteStartObject();
                w.WriteString("name", decision.Nominee.Name);
                w.WriteStartArray("qualifications");
                foreach (Qualification q in decision.Nominee.Qualifications)
                {
                    w.WriteStartObject();
                    w.WriteString("outcome", JsonNames.Of(q.Outcome));
                    w.WriteString("role", JsonNames.Of(q.Role));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("grants");
                foreach (CommendationGrant grant in decision.Grants)
                {
                    w.WriteStartObject();
                    w.WriteString("commendation", grant.Commendation.ToString());
                    w.WriteString("kind", Kind(grant.Commendation.Kind));
                    w.WriteNumber("count", grant.Commendation.Count);
                    w.WriteBoolean("upTo", grant.Rule.UpTo);
                    w.WriteString("rule", grant.Rule.Label);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    private static string Kind(CommendationKind kind) => kind switch
    {
        CommendationKind.Citation => "citation",
        CommendationKind.Merit => "merit",
        _ => "major-merit",
    };

    private static string Field(string value)
    {
        // A cell starting with = + - @ is a formula to spreadsheet programs (CSV injection).
        if (value.Length > 0 && "=+-@\t\r".IndexOf(value[0]) >= 0)
        {
            value = "'" + value;
        }

        return value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
