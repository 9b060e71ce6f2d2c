using System.CommandLine;

namespace ServiceEfficiency.Cli.Commands;

/// <summary>Options several commands share, so they read and behave the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary><c>--edition</c>: criteria edition files or directories to pair documents with.</summary>
    public static Option<string[]> Editions() => new("--edition", "-e")
    {
        Description = "Criteria edition file(s) or directories of *.criteria.json. Default: those beside the document, in its parent directory or in a criteria/ directory of either.",
        AllowMultipleArgumentsPerToken = false,
        HelpName = "PATH",
    };

    /// <summary><c>--output</c>/<c>-o</c>: where the result goes; <c>-</c> (the default) is standard output.</summary>
    public static Option<string> Output(string description) => new("--output", "-o")
    {
        Description = description,
        DefaultValueFactory = _ => CliFiles.StandardStream,
        HelpName = "PATH",
    };
}
