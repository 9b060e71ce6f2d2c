using System.Collections.Generic;
using Scriban.Parsing;
using Scriban.Syntax;
using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Templates;

/// <summary>A failure that already knows its diagnostics (not found, refused, parse errors of an include).</summary>
internal sealed class TemplateDiagnosticException : ScriptRuntimeException
{
    public TemplateDiagnosticException(SourceSpan span, IReadOnlyList<Diagnostic> diagnostics)
        : base(span, diagnostics.Count > 0 ? diagnostics[0].Message : "Template error")
    {
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
