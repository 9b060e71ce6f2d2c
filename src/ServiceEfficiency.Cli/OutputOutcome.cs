using System.Collections.Generic;
using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Cli;

/// <summary>What happened to one output file of a render.</summary>
internal sealed class OutputOutcome
{
    public OutputOutcome(string format, string path)
    {
        Format = format;
        Path = path;
    }

    /// <summary>The format (md, html, …).</summary>
    public string Format { get; }

    /// <summary>The output path, <c>-</c> for standard output.</summary>
    public string Path { get; }

    /// <summary>The outcome.</summary>
    public OutputStatus Status { get; set; } = OutputStatus.NotWritten;

    /// <summary>Whether it failed because a file could not be written (exit 2), not because of the template (exit 1).</summary>
    public bool WriteFailed { get; set; }

    /// <summary>Why it was not written, or null.</summary>
    public string? Error { get; set; }

    /// <summary>The template's diagnostics when the template failed.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; set; } = new List<Diagnostic>();
}
