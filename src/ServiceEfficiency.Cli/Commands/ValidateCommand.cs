using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Cli.Commands;

/// <summary><c>validate DOC.json…</c>: load every document, check it against its edition, report.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var documents = new Argument<string[]>("documents")
        {
            Description = "Plan or results documents (JSON); - reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        Option<string[]> editions = CommonOptions.Editions();
        var format = new Option<string>("--format")
        {
            Description = "text: compiler-style lines (default); json: an array for machines; sarif: a SARIF 2.1.0 log for CI systems and editors.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var severity = new Option<string>("--min-severity")
        {
            Description = "The least severe findings to report: info, warning (default) or error.",
            DefaultValueFactory = _ => "warning",
        };
        severity.AcceptOnlyFromAmong("info", "warning", "error");

        var command = new Command("validate", Help.Text(
            "Checks documents against their criteria edition and prints every finding with its file, line and column.",
            "Exit code 0: no errors (warnings may be printed); 1: errors; 2: a file could not be read. A summary per document goes to standard error in every format.",
            "service-efficiency validate samples/data/*.json",
            "service-efficiency validate plan.json --edition criteria/ --format json > findings.json",
            "service-efficiency validate samples/data/*.json --format sarif > findings.sarif",
            "cat plan.json | service-efficiency validate - --edition service-award-overall.criteria.json"))
        {
            documents,
            editions,
            format,
            severity,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            MisspeltOptions.Check(parseResult, documents);
            return Run(
                parseResult.GetRequiredValue(documents),
                parseResult.GetValue(editions),
                parseResult.GetRequiredValue(format),
                parseResult.GetRequiredValue(severity) switch
                {
                    "info" => DiagnosticSeverity.Info,
                    "error" => DiagnosticSeverity.Error,
                    _ => DiagnosticSeverity.Warning,
                },
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error,
                cancellationToken);
        });
        return command;
    }

    private static async Task<int> Run(string[] documents, string[]? editionPaths, string format, DiagnosticSeverity minimum, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var catalog = new EditionCatalog(editionPaths, error);
        var all = new List<Diagnostic>();
        bool failed = false;
        foreach (string path in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            DocumentInput input;
            try
            {
                input = DocumentInput.Load(path, catalog, cancellationToken);
            }
            catch (CliException e)
            {
                // One unreadable document does not hide the findings of the others.
                error.WriteLine("error: " + e.Message);
                failed = true;
                continue;
            }

            List<Diagnostic> shown = input.Diagnostics.Where(d => Rank(d.Severity) >= Rank(minimum)).ToList();
            all.AddRange(shown);
            if (format == "text")
            {
                // Outside the try above: a failing standard output ends the run with its own code.
                DiagnosticReport.WriteText(output, shown);
            }

            // In every format, so that standard output holds only the findings.
            error.WriteLine($"{path}: {DiagnosticReport.Summary(input.Diagnostics.ToList())}");
        }

        if (format == "json")
        {
            await output.WriteAsync(DiagnosticReport.ToJson(all)).ConfigureAwait(false);
        }
        else if (format == "sarif")
        {
            await output.WriteAsync(SarifReport.ToSarif(all, Directory.GetCurrentDirectory())).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return failed ? ExitCodes.Failure : all.Any(d => d.IsError) ? ExitCodes.InputErrors : ExitCodes.Success;
    }

    private static int Rank(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 2,
        DiagnosticSeverity.Warning => 1,
        _ => 0,
    };
}
