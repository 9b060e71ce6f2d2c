using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Calendar;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli.Commands;

/// <summary><c>new plan|results</c>: scaffolds a document with every criterion of the edition as an empty entry.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "plan (執行計畫) or results (執行績效與成果)." };
        kind.AcceptOnlyFromAmong("plan", "results");
        var edition = new Option<string>("--edition", "-e") { Description = "The criteria edition file.", Required = true, HelpName = "PATH" };
        var agency = new Option<string>("--agency", "-a") { Description = "The agency's full name, e.g. 經濟部標準檢驗局花蓮分局.", Required = true };
        var year = new Option<int>("--year", "-y") { Description = "The ROC year (e.g. 115).", Required = true };
        var level = new Option<string>("--level", "-l") { Description = "The agency's level.", DefaultValueFactory = _ => "headquarters" };
        level.AcceptOnlyFromAmong(JsonNamesOrdered.Levels);
        Option<string> output = CommonOptions.Output("Where to write the new document (default: standard output).");
        var force = new Option<bool>("--force") { Description = "Overwrite the output file if it exists." };

        var command = new Command("new", Help.Text(
            "Scaffolds a plan or results document with every criterion of the edition as an empty entry, ready to fill.",
            "The document loads as it is; validate then lists what is still empty (lead units, actions, results).",
            "service-efficiency new plan --edition samples/criteria/service-upgrade-program.criteria.json --agency 經濟部標準檢驗局 --year 115 -o plan-115.json",
            "service-efficiency new results -e overall.criteria.json -a 經濟部標準檢驗局花蓮分局 -y 112 --level branch"))
        {
            kind, edition, agency, year, level, output, force,
        };
        command.SetAction((parseResult, cancellationToken) => Run(
            JsonNames.DocumentKinds[parseResult.GetRequiredValue(kind)],
            parseResult.GetRequiredValue(edition),
            parseResult.GetRequiredValue(agency),
            parseResult.GetValue(year),
            JsonNames.AgencyLevels[parseResult.GetRequiredValue(level)],
            parseResult.GetRequiredValue(output),
            parseResult.GetValue(force),
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> Run(DocumentKind kind, string editionPath, string agency, int year, AgencyLevel level, string output, bool force, TextWriter error, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(agency))
        {
            throw new CliException(Messages.CliAgencyEmpty.Format());
        }

        if (output != CliFiles.StandardStream && File.Exists(output) && !force)
        {
            throw new CliException(Messages.CliOutputExists.Format(output));
        }

        CriteriaEdition? edition = EditionInput.LoadForYear(editionPath, year, error);
        if (edition is null)
        {
            return ExitCodes.InputErrors;
        }

        await CliFiles.WriteTextAsync(output, DocumentScaffold.Create(edition, kind, agency.Trim(), level, year), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
