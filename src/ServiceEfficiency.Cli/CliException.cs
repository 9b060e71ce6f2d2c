using System;

namespace ServiceEfficiency.Cli;

/// <summary>
/// A failure that ends the command with <see cref="ExitCodes.Failure"/> and one clear message on
/// standard error: a file that cannot be read, an output that cannot be written, an unknown choice.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
