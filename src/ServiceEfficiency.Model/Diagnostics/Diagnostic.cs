using System.Globalization;

namespace ServiceEfficiency.Diagnostics;

/// <summary>
/// One finding about an input: a stable code (<c>SE1xxx</c> for document data), a severity, a
/// message that names the thing in the user's words, and where it is.
/// </summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The stable code, such as <c>SE1010</c>, that docs/diagnostics.md explains.</param>
    /// <param name="severity">How serious the finding is: an error to fix, a warning to look at, or information.</param>
    /// <param name="message">The finding in the user's words, naming the criterion, unit or field it is about.</param>
    /// <param name="location">Where in the input the finding points.</param>
    /// <param name="suggestion">What to write instead (a close criterion key, a known unit), or <see langword="null"/> when there is nothing to suggest.</param>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, SourceLocation location, string? suggestion = null)
    {
        Code = code;
        Severity = severity;
        Message = message;
        Location = location;
        Suggestion = suggestion;
    }

    /// <summary>The stable code, listed in docs/diagnostics.md.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>What is wrong, naming the Chinese title or unit concerned.</summary>
    public string Message { get; }

    /// <summary>Where it is.</summary>
    public SourceLocation Location { get; }

    /// <summary>The likely intended value ("did you mean"), when there is one.</summary>
    public string? Suggestion { get; }

    /// <summary><see langword="true"/> for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Compiler style, which editors and CI parse: <c>file(line,col): error SE1003: message [$.path]</c>.</summary>
    public override string ToString()
    {
        string severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2}: {3} [{4}]", Location, severity, Code, Message, Location.JsonPath);
    }
}
