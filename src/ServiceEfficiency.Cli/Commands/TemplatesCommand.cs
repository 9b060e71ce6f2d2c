using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Templates;
using ServiceEfficiency.Templates.Office;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli.Commands;

/// <summary><c>templates export</c>: writes the starter of a layout made in LibreOffice Writer or Word (<see cref="OfficeStarter"/>).</summary>
internal static class TemplatesCommand
{
    /// <summary>The formats a starter is written in, as --format takes them.</summary>
    private static readonly string[] StarterFormats = { "odt", "fodt", "docx" };

    public static Command Create()
    {
        var command = new Command("templates", Help.Text(
            "Layouts made in LibreOffice Writer or Word: export writes a starter, the default layout with tags in place of the data, to restyle and render with render --template.",
            "See docs/templates.md, \"Layouts made in Writer or Word\", for the tags.",
            "service-efficiency templates export --format odt -o layouts/",
            "service-efficiency render plan.json --template layouts/starter.odt -o plan.odt"))
        {
            Export(),
        };
        return command;
    }

    private static Command Export()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "odt, fodt or docx: the office file to write (starter.odt, starter.fodt or starter.docx); any case.",
            Required = true,
            HelpName = "odt|fodt|docx",
        };
        format.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is not null && Find(value) is null)
            {
                result.AddError(Messages.CliStarterUnknownFormat.Format(value));
            }
        });
        var output = new Option<string>("--output", "-o")
        {
            Description = "The directory to write the starter into (created if missing); - writes the file to standard output. Default: the current directory.",
            DefaultValueFactory = _ => ".",
            HelpName = "DIR",
        };
        // A starter is restyled where it lies, under its own name: exporting again must not wipe that work.
        var force = new Option<bool>("--force") { Description = "Overwrite the starter if the directory already has one (it may be a layout restyled from it)." };
        Option<FontPair?> fontSerif = FontOptions.Serif();
        Option<FontPair?> fontSans = FontOptions.Sans();

        var command = new Command("export", Help.Text(
            "Writes the starter of an office layout: the default layout's styles, page setup, fonts and footer, with tags such as {{ for row in table.rows }} in its body.",
            "Restyle it in LibreOffice Writer or Word, keep the tags, and render with render --template. An existing starter is kept unless --force.",
            "service-efficiency templates export --format odt",
            "service-efficiency templates export -f docx -o layouts/ --font-serif DFKai-SB,\"Times New Roman\""))
        {
            format, output, force, fontSerif, fontSans,
        };
        command.SetAction((parseResult, cancellationToken) => Run(
            Find(parseResult.GetRequiredValue(format))!,
            parseResult.GetRequiredValue(output),
            parseResult.GetValue(force),
            new DocumentFonts(parseResult.GetValue(fontSerif), parseResult.GetValue(fontSans)),
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static string? Find(string name) => StarterFormats.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));

    private static async Task<int> Run(string formatName, string directory, bool force, DocumentFonts fonts, TextWriter error, CancellationToken cancellationToken)
    {
        DocumentFormat format = DocumentFormats.FromCliName(formatName)!;
        if (directory == CliFiles.StandardStream)
        {
            // -o -: the file itself on standard output, as every file argument takes (no name, nothing to keep).
            byte[] file = OfficeStarter.Create(format, new RenderOptions { Fonts = fonts });
            await CliFiles.WriteAsync(directory, (stream, ct) => stream.WriteAsync(file, 0, file.Length, ct), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        string path = Path.Combine(directory, "starter" + format.FileExtension);
        if (File.Exists(path) && !force)
        {
            throw new CliException(Messages.CliStarterExists.Format(path));
        }

        if (File.Exists(directory))
        {
            throw new CliException(Messages.CliStarterDirectoryIsFile.Format(directory));
        }

        byte[] bytes = OfficeStarter.Create(format, new RenderOptions { Fonts = fonts });
        RenderCommand.CreateDirectory(directory);
        await CliFiles.WriteAsync(path, (stream, ct) => stream.WriteAsync(bytes, 0, bytes.Length, ct), cancellationToken).ConfigureAwait(false);
        error.WriteLine(Messages.CliStarterWritten.Format(path));
        return ExitCodes.Success;
    }
}
