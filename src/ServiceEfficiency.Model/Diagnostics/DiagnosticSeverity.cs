namespace ServiceEfficiency.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing to fix.</summary>
    Info,

    /// <summary>Probably a mistake (a misspelling, a missing figure); the document is still usable.</summary>
    Warning,

    /// <summary>The input is wrong or incomplete and must be fixed.</summary>
    Error,
}
