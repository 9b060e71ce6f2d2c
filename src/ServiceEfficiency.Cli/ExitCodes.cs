namespace ServiceEfficiency.Cli;

/// <summary>
/// The tool's exit codes, the same for every command (docs/cli.md, "Exit codes"). When a run has
/// several outcomes (several documents, several outputs), the highest of 0, 1 and 2 wins; an
/// interruption or a closed standard output ends the run and gives its own code.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Done; the inputs have no errors (warnings may have been printed).</summary>
    public const int Success = 0;

    /// <summary>
    /// Done, but the inputs have errors, each printed as a located diagnostic: the document was
    /// validated, or rendered as it is, or not rendered because it does not load, or a template failed.
    /// </summary>
    public const int InputErrors = 1;

    /// <summary>
    /// The command could not run or an output could not be written: a usage error, a missing or
    /// unreadable file, colliding outputs, an unwritable output, standard output on a full disk.
    /// </summary>
    public const int Failure = 2;

    /// <summary>An internal error (a bug), as sysexits.h's EX_SOFTWARE: one line on standard error instead of an abort.</summary>
    public const int InternalError = 70;

    /// <summary>Hang-up (SIGHUP), 128 + 1, as shells report it.</summary>
    public const int HangUp = 129;

    /// <summary>Interrupted (Ctrl+C, SIGINT), 128 + 2, as shells report it.</summary>
    public const int Cancelled = 130;

    /// <summary>
    /// The reader of standard output went away (broken pipe), 128 + 13 as shells report SIGPIPE:
    /// .NET ignores SIGPIPE, so the tool says so and exits with the code a killed writer would give.
    /// </summary>
    public const int BrokenPipe = 141;

    /// <summary>Terminated (SIGTERM), 128 + 15, as shells report it.</summary>
    public const int Terminated = 143;
}
