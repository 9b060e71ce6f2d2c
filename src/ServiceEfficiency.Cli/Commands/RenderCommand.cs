using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Templates;
using ServiceEfficiency.Templates.Office;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli.Commands;

/// <summary><c>render</c>: documents to Markdown, HTML, ODT, flat ODT or PDF through the templates.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var documents = new Argument<string[]>("documents") { Description = "Plan or results documents (JSON); - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string[]>("--format", "-f")
        {
            Description = RenderFormats.HelpList + "; repeat or separate with commas for several; any case. " +
                "Default: the format the extension of the -o file names (-o plan.odt renders odt).",
            AllowMultipleArgumentsPerToken = true,
            CustomParser = result => result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
        };
        format.Validators.Add(result =>
        {
            string[] values = result.GetValueOrDefault<string[]>() ?? Array.Empty<string>();
            if (values.Length == 0 && result.Tokens.Count > 0)
            {
                // -f "" or -f ,: a format was meant and none named; not the same as no -f at all.
                result.AddError(Messages.CliUnknownFormat.Format(result.Tokens[0].Value, RenderFormats.MessageList));
            }

            foreach (string value in values.Where(v => RenderFormats.Find(v) is null))
            {
                result.AddError(Messages.CliUnknownFormat.Format(value, RenderFormats.MessageList));
            }
        });
        var output = new Option<string>("--output", "-o")
        {
            Description = "The output file (one document, one format; - for standard output) or directory (created if missing). " +
                "Several documents or formats need a directory: out/, out, or an existing one (x.odt, not existing, names a file).",
            Required = true,
            HelpName = "PATH",
        };
        Option<string[]> editions = CommonOptions.Editions();
        var templates = new Option<string?>("--templates") { Description = "A directory of templates that override the embedded ones (same names, e.g. html/document.sbn).", HelpName = "DIR" };
        var template = new Option<string?>("--template")
        {
            Description = "An office template: a layout made in LibreOffice Writer or Word (.odt, .fodt or .docx, e.g. from templates export) with tags in its text. " +
                "Documents are rendered into its format, keeping its styles; not with --templates.",
            HelpName = "FILE",
        };
        var strict = new Option<bool>("--strict") { Description = "Refuse to render a document with validation errors (exit 1)." };
        var figures = new Option<bool>("--figures") { Description = "Print each row's quantified figures (量化成果：受理商品檢驗 923 件) under its results; the real documents do not, so it is off by default." };
        Option<FontPair?> fontSerif = FontOptions.Serif();
        Option<FontPair?> fontSans = FontOptions.Sans();
        var timeout = new Option<int>("--timeout") { Description = $"Seconds allowed per render, and per LibreOffice conversion for pdf (1 to {MaxTimeoutSeconds}).", DefaultValueFactory = _ => 120 };
        // CancellationTokenSource.CancelAfter takes at most int.MaxValue milliseconds.
        timeout.Validators.Add(result => CheckRange(result, "--timeout", MaxTimeoutSeconds, Messages.CliSeconds));
        var outputLimit = new Option<int?>("--output-limit")
        {
            Description = "The most characters one template run may write (default 33554432, 32 Mi); raise it for very large flat ODT documents.",
            HelpName = "CHARACTERS",
        };
        outputLimit.Validators.Add(result => CheckRange(result, "--output-limit", int.MaxValue, Messages.CliCharacters));
        var report = new Option<string?>("--report")
        {
            Description = "Also write a JSON report of each document's outcome — input, status, outputs with their status, diagnostics — to PATH (- for standard output).",
            HelpName = "PATH",
        };

        var command = new Command("render", Help.Text(
            "Renders plans and results reports as Markdown, accessible HTML, ODT or flat ODT (the government's document format), or PDF through LibreOffice.",
            "Validation findings are printed; a document with validation errors is still rendered unless --strict. " +
            "Without --format, the extension of the -o file names the format. Several documents or formats: -o is a directory. " +
                "--template renders through a layout made in Writer or Word, in its format.",
            "service-efficiency render samples/data/*.json --format md,html,odt,fodt -o out/",
            "service-efficiency render plan.json -o plan.odt --edition criteria/",
            "service-efficiency render plan.json --format html -o - --templates my-templates/ > plan.html",
            "service-efficiency render plan.json --template layouts/starter.docx -o plan.docx",
            "service-efficiency render results.json -o results.pdf",
            "service-efficiency render a/plan.json b/results.json -f odt -o out/ --report render.json"))
        {
            documents, format, output, editions, templates, template, strict, figures, fontSerif, fontSans, timeout, outputLimit, report,
        };
        command.Validators.Add(result =>
        {
            // Neither -f nor -o (but documents): one message for both, naming the formats, instead of
            // "--output is required" alone. (A command's error stops System.CommandLine's own checks.)
            if (result.GetResult(format) is null && result.GetResult(output) is null && result.GetResult(documents) is { Tokens.Count: > 0 })
            {
                result.AddError(Messages.CliOutputAndFormatMissing.Format(RenderFormats.MessageList));
            }

            // An office template is a whole layout in one format: checked by its name, before anything is read.
            string? templatePath = result.GetResult(template)?.GetValueOrDefault<string?>();
            if (templatePath is null)
            {
                return;
            }

            if (result.GetResult(templates) is not null)
            {
                result.AddError(Messages.CliTemplateAndTemplates.Format());
                return;
            }

            // The layout's styles name its fonts: an option that would change nothing is refused, not ignored.
            if (result.GetResult(fontSerif) is not null || result.GetResult(fontSans) is not null)
            {
                result.AddError(Messages.CliTemplateFonts.Format());
                return;
            }

            string? templateFormat = OfficeTemplateFormat(templatePath);
            if (templateFormat is null)
            {
                result.AddError(Messages.CliTemplateNotOffice.Format(templatePath));
                return;
            }

            string[] givenFormats = result.GetResult(format)?.GetValueOrDefault<string[]>() ?? Array.Empty<string>();
            foreach (string other in givenFormats.Where(f => RenderFormats.Find(f) is string known && known != templateFormat).Take(1))
            {
                result.AddError(Messages.CliTemplateOtherFormat.Format(other, templatePath, templateFormat));
            }
        });
        command.SetAction((parseResult, cancellationToken) =>
        {
            MisspeltOptions.Check(parseResult, documents);
            return Run(
                parseResult.GetRequiredValue(documents),
                parseResult.GetResult(format) is null ? null : parseResult.GetRequiredValue(format),
                parseResult.GetRequiredValue(output),
                parseResult.GetValue(editions),
                parseResult.GetValue(templates),
                parseResult.GetValue(template),
                parseResult.GetValue(strict),
                parseResult.GetValue(figures),
                new DocumentFonts(parseResult.GetValue(fontSerif), parseResult.GetValue(fontSans)),
                TimeSpan.FromSeconds(parseResult.GetValue(timeout)),
                parseResult.GetValue(outputLimit),
                parseResult.GetValue(report),
                parseResult.InvocationConfiguration.Error,
                cancellationToken);
        });
        return command;
    }

    /// <summary>The greatest --timeout: int.MaxValue milliseconds, what CancelAfter accepts.</summary>
    private const int MaxTimeoutSeconds = int.MaxValue / 1000;

    private static void CheckRange(System.CommandLine.Parsing.OptionResult result, string name, int max, Message unit)
    {
        if (result.Tokens.Count == 0)
        {
            return;
        }

        string token = result.Tokens[result.Tokens.Count - 1].Value;
        if (!long.TryParse(token, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out long value) || value < 1 || value > max)
        {
            result.AddError(Messages.CliOutOfRange.Format(name, token, 1, max, unit.Format()));
        }
    }

    /// <summary>The format an office template's file name gives (<c>odt</c>, <c>fodt</c>, <c>docx</c>), or null.</summary>
    private static string? OfficeTemplateFormat(string path)
    {
        string? named = RenderFormats.FromPath(path);
        return named is "odt" or "fodt" or "docx" ? named : null;
    }

    private static async Task<int> Run(string[] documents, string[]? givenFormats, string output, string[]? editionPaths, string? templates, string? templatePath, bool strict, bool figures, DocumentFonts fonts, TimeSpan timeout, int? outputLimit, string? reportPath, TextWriter error, CancellationToken cancellationToken)
    {
        // With an office template the format is the template's (the command checked that -f names no other).
        string? templateFormat = templatePath is null ? null : OfficeTemplateFormat(templatePath);
        if (templateFormat is not null && givenFormats is null && RenderFormats.FromPath(output) is string extension && extension != templateFormat && !Directory.Exists(output))
        {
            throw new CliException(Messages.CliTemplateOtherExtension.Format(output, templatePath!, templateFormat));
        }

        string[] formats = templateFormat is not null ? new[] { templateFormat } : ChooseFormats(givenFormats, output);
        bool toDirectory = documents.Length > 1 || formats.Length > 1;
        if (toDirectory && output == CliFiles.StandardStream)
        {
            throw new CliException(Messages.CliStandardOutputTakesOne.Format());
        }

        if (toDirectory && RenderFormats.FromPath(output) is not null && !Directory.Exists(output))
        {
            // x.odt would become a directory named like a file; an existing directory of that name is used as it is.
            throw new CliException(Messages.CliSeveralOutputsNeedDirectory.Format(output, documents.Length, formats.Length, documents.Length * formats.Length));
        }

        if (!toDirectory && givenFormats is not null && RenderFormats.FromPath(output) is string named && named != formats[0] && !Directory.Exists(output))
        {
            error.WriteLine("warning: " + Messages.CliFormatOverridesExtension.Format(output, formats[0], named));
        }

        if (reportPath == CliFiles.StandardStream && output == CliFiles.StandardStream)
        {
            throw new CliException(Messages.CliReportAndOutputOnStandardOutput.Format());
        }

        if (templates is not null && !Directory.Exists(templates))
        {
            throw new CliException(Messages.CliTemplatesDirectoryMissing.Format(templates));
        }

        OfficeTemplate? layout = null;
        if (templatePath is not null)
        {
            layout = LoadTemplate(templatePath, error);
            if (layout is null)
            {
                return ExitCodes.InputErrors;
            }
        }

        // Every output is named before anything is written, so that a collision writes nothing.
        var report = new RenderReport();
        foreach (string path in documents)
        {
            var outcome = new DocumentOutcome(path);
            foreach (string format in formats)
            {
                outcome.Outputs.Add(new OutputOutcome(format, toDirectory ? Path.Combine(output, OutputName(path, format)) : output));
            }

            report.Documents.Add(outcome);
        }

        CheckCollisions(report, reportPath);

        string? soffice = null;
        if (formats.Contains(RenderFormats.Pdf))
        {
            soffice = LibreOffice.Find() ?? throw new CliException(LibreOffice.InstallHint);
        }

        if (toDirectory)
        {
            CreateDirectory(output);
        }

        var options = new RenderOptions { TemplateDirectory = templates, TemplateSource = layout, Timeout = timeout, IncludeFigures = figures, Fonts = fonts };
        if (outputLimit is int limit)
        {
            options.OutputLimit = limit;
        }

        var renderer = new DocumentRenderer(options);
        var catalog = new EditionCatalog(editionPaths, error);
        bool progress = !Console.IsErrorRedirected && report.Total > 1;
        int done = 0;
        foreach (DocumentOutcome outcome in report.Documents)
        {
            string path = outcome.Input;
            DocumentInput input;
            try
            {
                input = DocumentInput.Load(path, catalog, cancellationToken);
            }
            catch (CliException e)
            {
                // Unreadable, or its edition is missing: said now, and the other documents go on.
                error.WriteLine("error: " + e.Message);
                outcome.Status = DocumentStatus.Failed;
                outcome.Error = e.Message;
                done += formats.Length;
                continue;
            }

            outcome.Diagnostics = input.Diagnostics;
            // Errors in full; warnings only counted — validate lists them.
            DiagnosticReport.WriteText(error, input.Diagnostics.Where(d => d.IsError));
            if (input.Document is null || input.Edition is null || (strict && input.HasErrors))
            {
                error.WriteLine(Messages.CliNotRendered.Format(path, DiagnosticReport.Summary(input.Diagnostics.ToList())));
                outcome.Status = DocumentStatus.NotRendered;
                done += formats.Length;
                continue;
            }

            if (input.HasErrors)
            {
                error.WriteLine(Messages.CliRenderedWithErrors.Format(path, DiagnosticReport.Summary(input.Diagnostics.ToList())));
            }

            foreach (OutputOutcome target in outcome.Outputs)
            {
                if (progress)
                {
                    error.WriteLine($"[{++done}/{report.Total}] {path} → {target.Path}");
                }

                try
                {
                    DocumentFormat? format = layout?.Format ?? RenderFormats.LibraryFormat(target.Format);
                    byte[] bytes = renderer.RenderToBytes(input.Document, input.Edition, format ?? RenderFormats.PdfSource, cancellationToken);
                    if (format is null)
                    {
                        bytes = await LibreOffice.ConvertToPdfAsync(soffice!, bytes, Path.GetFileNameWithoutExtension(OutputName(path, RenderFormats.PdfSource.CliName)), timeout, cancellationToken).ConfigureAwait(false);
                    }

                    await CliFiles.WriteAsync(target.Path, (stream, ct) => stream.WriteAsync(bytes, 0, bytes.Length, ct), cancellationToken).ConfigureAwait(false);
                    target.Status = OutputStatus.Written;
                }
                catch (TemplateRenderException e)
                {
                    DiagnosticReport.WriteText(error, e.Diagnostics);
                    error.WriteLine(Messages.CliTemplateFailed.Format(path, target.Format));
                    target.Status = OutputStatus.Failed;
                    target.Diagnostics = e.Diagnostics.ToList();
                    target.Error = Messages.CliTemplateFailed.Format(path, target.Format);
                }
                catch (CliException e) when (e.ExitCode == ExitCodes.Failure)
                {
                    // A full disk or an unwritable file: reported, and the next outputs are still tried
                    // (a closed standard output ends the run: nobody is reading any more).
                    error.WriteLine("error: " + e.Message);
                    target.Status = OutputStatus.Failed;
                    target.WriteFailed = true;
                    target.Error = e.Message;
                }
            }

            bool complete = outcome.Outputs.All(o => o.Status == OutputStatus.Written);
            outcome.Status = !complete ? DocumentStatus.Incomplete : input.HasErrors ? DocumentStatus.RenderedWithErrors : DocumentStatus.Rendered;
        }

        int exitCode = ExitCode(report);
        if (report.Total > 1 || exitCode == ExitCodes.Failure)
        {
            error.WriteLine(Messages.CliRenderSummary.Format(report.Written, report.Total));
            if (report.NotWritten.Any())
            {
                error.WriteLine(Messages.CliRenderFailedOutputs.Format(string.Join(", ", report.NotWritten.Select(o => o.Path))));
            }
        }

        if (reportPath is not null)
        {
            await CliFiles.WriteTextAsync(reportPath, report.ToJson(exitCode), cancellationToken).ConfigureAwait(false);
        }

        return exitCode;
    }

    /// <summary>
    /// Loads and compiles the office template, or prints why it is refused (its located diagnostics,
    /// as a failed render's) and returns null. A missing or unreadable file is a failure (exit 2).
    /// </summary>
    private static OfficeTemplate? LoadTemplate(string path, TextWriter error)
    {
        if (!File.Exists(path))
        {
            throw new CliException(Messages.CliTemplateMissing.Format(path));
        }

        try
        {
            return OfficeTemplate.Load(path);
        }
        catch (TemplateRenderException e)
        {
            DiagnosticReport.WriteText(error, e.Diagnostics);
            error.WriteLine(Messages.CliTemplateRefused.Format(path));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(Messages.CliCannotRead.Format(path, CliFiles.Describe(e)), e);
        }
    }

    // 2 when something could not be read or written; else 1 when an input (a document or a
    // template) has errors, rendered or not; else 0.
    private static int ExitCode(RenderReport report)
    {
        bool failed = report.Documents.Any(d => d.Status == DocumentStatus.Failed)
            || report.Documents.SelectMany(d => d.Outputs).Any(o => o.WriteFailed);
        if (failed)
        {
            return ExitCodes.Failure;
        }

        bool errors = report.Documents.Any(d => d.Status != DocumentStatus.Rendered);
        return errors ? ExitCodes.InputErrors : ExitCodes.Success;
    }

    // Two outputs with one path, or an output that is an input (or the report), by full path
    // compared the way the platform's file system does (case-sensitively on Linux).
    private static void CheckCollisions(RenderReport report, string? reportPath)
    {
        var inputs = new Dictionary<string, string>(StringComparer.FromComparison(CliFiles.PathComparison));
        foreach (DocumentOutcome document in report.Documents.Where(d => d.Input != CliFiles.StandardStream))
        {
            inputs.TryAdd(CliFiles.FullPath(document.Input), document.Input);
        }

        var outputs = new Dictionary<string, string>(StringComparer.FromComparison(CliFiles.PathComparison));
        IEnumerable<(string Source, string Target)> targets = report.Documents
            .SelectMany(d => d.Outputs.Select(o => (d.Input, o.Path)));
        if (reportPath is not null)
        {
            targets = targets.Append(("--report", reportPath));
        }

        foreach ((string source, string target) in targets)
        {
            if (target == CliFiles.StandardStream)
            {
                continue;
            }

            string full = CliFiles.FullPath(target);
            if (inputs.TryGetValue(full, out string? input))
            {
                throw new CliException(Messages.CliOutputIsInput.Format(input, target));
            }

            if (outputs.TryGetValue(full, out string? earlier))
            {
                throw new CliException(Messages.CliOutputCollision.Format(earlier, source, target));
            }

            outputs.Add(full, source);
        }
    }

    private static string OutputName(string input, string format)
    {
        string name = input == CliFiles.StandardStream ? "stdin" : Path.GetFileNameWithoutExtension(input);
        return name + RenderFormats.FileExtension(format);
    }

    /// <summary>
    /// The formats to write, each once, as the tool names them: those of --format in any case
    /// (already checked), or without it the one the extension of the -o file names. -o -, a
    /// directory, or a path with no format's extension names none: a usage error that lists them.
    /// </summary>
    private static string[] ChooseFormats(string[]? given, string output)
    {
        if (given is not null)
        {
            return given.Select(f => RenderFormats.Find(f)!).Distinct(StringComparer.Ordinal).ToArray();
        }

        if (output == CliFiles.StandardStream)
        {
            throw new CliException(Messages.CliFormatNotNamedByStandardOutput.Format(RenderFormats.MessageList));
        }

        if (Directory.Exists(output))
        {
            throw new CliException(Messages.CliFormatNotNamedByDirectory.Format(RenderFormats.MessageList, output));
        }

        string named = RenderFormats.FromPath(output) ?? throw new CliException(Messages.CliFormatNotNamedByExtension.Format(RenderFormats.MessageList, output));
        return new[] { named };
    }

    internal static void CreateDirectory(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                throw new CliException(Messages.CliOutputDirectoryIsFile.Format(path));
            }

            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException(Messages.CliCannotCreateOutputDirectory.Format(path, e.Message), e);
        }
    }
}
