namespace ServiceEfficiency.Diagnostics;

/// <summary>A kind of diagnostic: its stable code, its severity and a one-line title.</summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>
    /// Creates a descriptor. Other layers (templates use <c>SE2xxx</c>) define their own descriptors
    /// with this; each code must be documented in docs/diagnostics.md.
    /// </summary>
    /// <param name="code">The stable code (<c>SE2001</c>), unique across all layers.</param>
    /// <param name="severity">The severity every diagnostic of this kind carries.</param>
    /// <param name="title">A one-line description of the kind, as the diagnostics table and SARIF show it.</param>
    public DiagnosticDescriptor(string code, DiagnosticSeverity severity, string title)
    {
        Code = code;
        Severity = severity;
        Title = title;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The severity every diagnostic of this kind has.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>A one-line description of the kind.</summary>
    public string Title { get; }

    /// <summary>Makes a diagnostic of this kind.</summary>
    /// <param name="message">This finding in the user's words.</param>
    /// <param name="location">Where in the input the finding points.</param>
    /// <param name="suggestion">What to write instead, or <see langword="null"/> when there is nothing to suggest.</param>
    public Diagnostic Create(string message, SourceLocation location, string? suggestion = null) =>
        new(Code, Severity, message, location, suggestion);
}
