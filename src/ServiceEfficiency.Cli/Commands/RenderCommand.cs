using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Templates;

namespace ServiceEfficiency.Cli.Commands;

/// <summary><c>render</c>: documents to Markdown, HTML, ODT, flat ODT or PDF through the templates.</summary>
internal static class RenderCommand
{
    private static readonly Dictionary<string, DocumentFormat?> Formats = new(StringComparer.Ordinal)
    {
        ["md"] = DocumentFormat.Markdown,
        ["html"] = DocumentFormat.Html,
        ["fodt"] = DocumentFormat.FlatOdt,
        ["odt"] = DocumentFormat.Odt,
        ["pdf"] = null,
    };

    public static Command Create()
    {
        var documents = new Argument<string[]>("documents") { Description = "Plan or results documents (JSON); - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string[]>("--format", "-f")
        {
            Description = "md, html, odt, fodt or pdf; repeat or separate with commas for several.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            CustomParser = result => result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
        };
        format.Validators.Add(result =>
        {
            foreach (string value in result.GetValueOrDefault<string[]>() ?? Array.Empty<string>())
            {
                if (!Formats.ContainsKey(value))
                {
                    result.AddError($"Unknown format '{value}'; expected md, html, odt, fodt or pdf.");
                }
            }
        });
        var output = new Option<string>("--output", "-o")
        {
            Description = "The output file (one document, one format; - for standard output) or directory (created if missing).",
            Required = true,
            HelpName = "PATH",
        };
        Option<string[]> editions = CommonOptions.Editions();
        var templates = new Option<string?>("--templates") { Description = "A directory of templates that override the embedded ones (same names, e.g. html/document.sbn).", HelpName = "DIR" };
        var strict = new Option<bool>("--strict") { Description = "Refuse to render a document with validation errors (exit 1)." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds allowed per render, and per LibreOffice conversion for pdf.", DefaultValueFactory = _ => 120 };

        var command = new Command("render", Help.Text(
            "Renders plans and results reports as Markdown, accessible HTML, ODT or flat ODT (the government's document format), or PDF through LibreOffice.",
            "Validation findings are printed; a document with validation errors is still rendered unless --strict. Several documents or formats: -o is a directory.",
            "service-efficiency render samples/data/*.json --format md,html,odt,fodt -o out/",
            "service-efficiency render plan.json --format odt -o plan.odt --edition criteria/",
            "service-efficiency render plan.json --format html -o - --templates my-templates/ > plan.html",
            "service-efficiency render results.json --format pdf -o results.pdf"))
        {
            documents, format, output, editions, templates, strict, timeout,
        };
        command.SetAction((parseResult, cancellationToken) => Run(
            parseResult.GetRequiredValue(documents),
            parseResult.GetRequiredValue(format).Distinct(StringComparer.Ordinal).ToArray(),
            parseResult.GetRequiredValue(output),
            parseResult.GetValue(editions),
            parseResult.GetValue(templates),
            parseResult.GetValue(strict),
            TimeSpan.FromSeconds(Math.Max(1, parseResult.GetValue(timeout))),
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> Run(string[] documents, string[] formats, string output, string[]? editionPaths, string? templates, bool strict, TimeSpan timeout, TextWriter error, CancellationToken cancellationToken)
    {
        bool toDirectory = documents.Length > 1 || formats.Length > 1;
        if (toDirectory && output == CliFiles.StandardStream)
        {
            throw new CliException("-o -: standard output takes one document in one format; give a directory for several");
        }

        if (templates is not null && !Directory.Exists(templates))
        {
            throw new CliException($"--templates {templates}: no such directory");
        }

        string? soffice = null;
        if (formats.Contains("pdf"))
        {
            soffice = LibreOffice.Find() ?? throw new CliException(LibreOffice.InstallHint);
        }

        if (toDirectory)
        {
            CreateDirectory(output);
        }

        var renderer = new DocumentRenderer(new RenderOptions { TemplateDirectory = templates, Timeout = timeout });
        var catalog = new EditionCatalog(editionPaths);
        bool progress = !Console.IsErrorRedirected && documents.Length * formats.Length > 1;
        int done = 0, total = documents.Length * formats.Length;
        bool inputErrors = false;
        foreach (string path in documents)
        {
            DocumentInput input = DocumentInput.Load(path, catalog);
            // Errors in full; warnings only counted — validate lists them.
            DiagnosticReport.WriteText(error, input.Diagnostics.Where(d => d.IsError));
            if (input.Document is null || input.Edition is null || (strict && input.HasErrors))
            {
                error.WriteLine($"{path}: not rendered: {DiagnosticReport.Summary(input.Diagnostics.ToList())}");
                inputErrors = true;
                done += formats.Length;
                continue;
            }

            if (input.HasErrors)
            {
                error.WriteLine($"{path}: {DiagnosticReport.Summary(input.Diagnostics.ToList())}; rendered as it is (--strict refuses; validate lists the warnings)");
            }

            foreach (string format in formats)
            {
                string target = toDirectory ? Path.Combine(output, OutputName(path, format)) : output;
                if (progress)
                {
                    error.WriteLine($"[{++done}/{total}] {path} → {target}");
                }

                try
                {
                    byte[] bytes = renderer.RenderToBytes(input.Document, input.Edition, Formats[format] ?? DocumentFormat.Odt, cancellationToken);
                    if (format == "pdf")
                    {
                        bytes = await LibreOffice.ConvertToPdfAsync(soffice!, bytes, Path.GetFileNameWithoutExtension(OutputName(path, "odt")), timeout, cancellationToken).ConfigureAwait(false);
                    }

                    await CliFiles.WriteAsync(target, (stream, ct) => stream.WriteAsync(bytes, 0, bytes.Length, ct), cancellationToken).ConfigureAwait(false);
                }
                catch (TemplateRenderException e)
                {
                    DiagnosticReport.WriteText(error, e.Diagnostics);
                    error.WriteLine($"{path}: not rendered as {format}: the template failed");
                    inputErrors = true;
                }
            }
        }

        return inputErrors ? ExitCodes.InputErrors : ExitCodes.Success;
    }

    private static string OutputName(string input, string format)
    {
        string name = input == CliFiles.StandardStream ? "stdin" : Path.GetFileNameWithoutExtension(input);
        return name + "." + format;
    }

    private static void CreateDirectory(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                throw new CliException($"{path}: cannot write: it is a file, and several outputs need a directory");
            }

            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{path}: cannot create the output directory: {e.Message}", e);
        }
    }
}
