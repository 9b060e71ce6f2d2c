using System;
using System.Collections.Generic;
using System.Linq;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates;

/// <summary>
/// A render failed: a template does not exist or does not parse, fails at run time, exceeds a
/// limit, or asks for a file outside its root. <see cref="Diagnostics"/> says what and where
/// (<c>SE2xxx</c>, template name, line, column). Nothing was written to the output file.
/// </summary>
public sealed class TemplateRenderException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostics">What went wrong.</param>
    /// <param name="innerException">The failure that caused it, if any.</param>
    public TemplateRenderException(IReadOnlyList<Diagnostic> diagnostics, Exception? innerException = null)
        : base(Describe(diagnostics), innerException)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>What went wrong, at least one error.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string Describe(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics is null || diagnostics.Count == 0)
        {
            return Messages.RenderFailedNoDetail.Format();
        }

        return Messages.RenderFailed.Format() + Environment.NewLine +
               string.Join(Environment.NewLine, diagnostics.Select(d => "  " + d));
    }
}
