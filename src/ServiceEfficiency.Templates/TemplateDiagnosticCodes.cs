using System.Collections.Generic;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates;

/// <summary>
/// Every <c>SE2xxx</c> diagnostic a render reports. Codes are stable; docs/diagnostics.md documents
/// each one. The location of a template diagnostic is the template's name (as in
/// <c>html/document.sbn</c>), a 1-based line and column, and <c>$</c> as the JSON path.
/// </summary>
public static class TemplateDiagnosticCodes
{
    /// <summary>SE2000: a template or an included template does not exist in any source.</summary>
    public static readonly DiagnosticDescriptor TemplateNotFound = new("SE2000", DiagnosticSeverity.Error, Messages.SE2000Title.English);

    /// <summary>SE2001: a template does not parse.</summary>
    public static readonly DiagnosticDescriptor ParseError = new("SE2001", DiagnosticSeverity.Error, Messages.SE2001Title.English);

    /// <summary>SE2002: a template fails while running (unknown function, wrong type, removed function such as object.eval).</summary>
    public static readonly DiagnosticDescriptor RuntimeError = new("SE2002", DiagnosticSeverity.Error, Messages.SE2002Title.English);

    /// <summary>SE2003: loops ran more iterations than <see cref="RenderOptions.LoopLimit"/>.</summary>
    public static readonly DiagnosticDescriptor LoopLimitExceeded = new("SE2003", DiagnosticSeverity.Error, Messages.SE2003Title.English);

    /// <summary>SE2004: functions or includes nested deeper than <see cref="RenderOptions.RecursionLimit"/>.</summary>
    public static readonly DiagnosticDescriptor RecursionLimitExceeded = new("SE2004", DiagnosticSeverity.Error, Messages.SE2004Title.English);

    /// <summary>SE2005: the output grew beyond <see cref="RenderOptions.OutputLimit"/> characters.</summary>
    public static readonly DiagnosticDescriptor OutputLimitExceeded = new("SE2005", DiagnosticSeverity.Error, Messages.SE2005Title.English);

    /// <summary>SE2006: the template loader refused a name (absolute, <c>..</c>, a link leaving the root, too large, not a regular file).</summary>
    public static readonly DiagnosticDescriptor TemplatePathRefused = new("SE2006", DiagnosticSeverity.Error, Messages.SE2006Title.English);

    /// <summary>SE2007: the render ran longer than <see cref="RenderOptions.Timeout"/>.</summary>
    public static readonly DiagnosticDescriptor Timeout = new("SE2007", DiagnosticSeverity.Error, Messages.SE2007Title.English);

    /// <summary>SE2008: a template tried to change the document model, which is read-only.</summary>
    public static readonly DiagnosticDescriptor ModelIsReadOnly = new("SE2008", DiagnosticSeverity.Error, Messages.SE2008Title.English);

    /// <summary>SE2009: what the template built (strings, arrays, objects, output) grew the heap beyond <see cref="RenderOptions.MemoryLimit"/>.</summary>
    public static readonly DiagnosticDescriptor MemoryLimitExceeded = new("SE2009", DiagnosticSeverity.Error, Messages.SE2009Title.English);

    /// <summary>SE2010: an office template (a layout made in Writer or Word) is refused: not a package, a zip bomb, a missing part, malformed XML, an external link.</summary>
    public static readonly DiagnosticDescriptor OfficeTemplateRefused = new("SE2010", DiagnosticSeverity.Error, Messages.SE2010Title.English);

    /// <summary>SE2011: a tag in an office template is where it cannot work: not closed in its paragraph, a block without its end, a block crossing cells or tables.</summary>
    public static readonly DiagnosticDescriptor TagMisplaced = new("SE2011", DiagnosticSeverity.Error, Messages.SE2011Title.English);

    /// <summary>Every descriptor, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        TemplateNotFound, ParseError, RuntimeError, LoopLimitExceeded, RecursionLimitExceeded,
        OutputLimitExceeded, TemplatePathRefused, Timeout, ModelIsReadOnly, MemoryLimitExceeded,
        OfficeTemplateRefused, TagMisplaced,
    };
}
