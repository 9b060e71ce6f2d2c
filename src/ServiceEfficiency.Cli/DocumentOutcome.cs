using System.Collections.Generic;
using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Cli;

/// <summary>What happened to one document of a render.</summary>
internal sealed class DocumentOutcome
{
    public DocumentOutcome(string input) => Input = input;

    /// <summary>The input as given.</summary>
    public string Input { get; }

    /// <summary>The outcome.</summary>
    public DocumentStatus Status { get; set; }

    /// <summary>Why the document could not be read (status failed), or null.</summary>
    public string? Error { get; set; }

    /// <summary>Its load and validation diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; set; } = new List<Diagnostic>();

    /// <summary>One per format asked for.</summary>
    public List<OutputOutcome> Outputs { get; } = new();
}
