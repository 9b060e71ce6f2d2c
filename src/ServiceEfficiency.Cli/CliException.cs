using System;

namespace ServiceEfficiency.Cli;

/// <summary>
/// A failure that ends the command with one clear message on standard error, and
/// <see cref="ExitCode"/> (<see cref="ExitCodes.Failure"/> unless told): a file that cannot be read,
/// an output that cannot be written, an unknown choice.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ExitCodes.Failure)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException(string message, Exception inner, int exitCode = ExitCodes.Failure)
        : base(message, inner)
    {
        ExitCode = exitCode;
    }

    /// <summary>The exit code the run ends with.</summary>
    public int ExitCode { get; }
}
