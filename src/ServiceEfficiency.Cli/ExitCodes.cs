namespace ServiceEfficiency.Cli;

/// <summary>The tool's exit codes, the same for every command (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done; the inputs have no errors (warnings may have been printed).</summary>
    public const int Success = 0;

    /// <summary>The inputs have errors: each was printed as a located diagnostic.</summary>
    public const int InputErrors = 1;

    /// <summary>The command could not run: a usage error, a missing or unreadable file, an unwritable output.</summary>
    public const int Failure = 2;

    /// <summary>Interrupted (Ctrl+C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
