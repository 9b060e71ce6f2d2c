using System;
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
            Description = "text: compiler-style lines (default); json: an array for machines.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var severity = new Option<string>("--min-severity")
        {
            Description = "The least severe findings to report: info, warning (default) or error.",
            DefaultValueFactory = _ => "warning",
        };
        severity.AcceptOnlyFromAmong("info", "warning", "error");

        var command = new Command("validate", Help.Text(
            "Checks documents against their criteria edition and prints every finding with its file, line and column.",
            "Exit code 0: no errors (warnings may be printed); 1: errors; 2: a file could not be read.",
            "service-efficiency validate samples/data/*.json",
            "service-efficiency validate plan.json --edition criteria/ --format json > findings.json",
            "cat plan.json | service-efficiency validate - --edition service-award-overall.criteria.json"))
        {
            documents,
            editions,
            format,
            severity,
        };
        command.SetAction((parseResult, cancellationToken) => Run(
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
            cancellationToken));
        return command;
    }

    private static async Task<int> Run(string[] documents, string[]? editionPaths, string format, DiagnosticSeverity minimum, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var catalog = new EditionCatalog(editionPaths);
        var all = new List<Diagnostic>();
        bool failed = false;
        foreach (string path in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                DocumentInput input = DocumentInput.Load(path, catalog);
                all.AddRange(input.Diagnostics.Where(d => Rank(d.Severity) >= Rank(minimum)));
                if (format == "text")
                {
                    DiagnosticReport.WriteText(output, input.Diagnostics.Where(d => Rank(d.Severity) >= Rank(minimum)));
                    error.WriteLine($"{path}: {DiagnosticReport.Summary(input.Diagnostics.ToList())}");
                }
            }
            catch (CliException e)
            {
                error.WriteLine("error: " + e.Message);
                failed = true;
            }
        }

        if (format == "json")
        {
            await output.WriteAsync(DiagnosticReport.ToJson(all)).ConfigureAwait(false);
        }

        return failed ? ExitCodes.Failure : all.Any(d => d.IsError) ? ExitCodes.InputErrors : ExitCodes.Success;
    }

    private static int Rank(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 2,
        DiagnosticSeverity.Warning => 1,
        _ => 0,
    };
}
