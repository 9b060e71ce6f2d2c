using System;
using ServiceEfficiency.Diagnostics;

namespace ServiceEfficiency.Templates.Office;

/// <summary>One refusal while an office template is read or compiled; <see cref="OfficeTemplate.Load(string)"/> turns it into a <see cref="TemplateRenderException"/>.</summary>
internal sealed class OfficeTemplateException : Exception
{
    public OfficeTemplateException(Diagnostic diagnostic)
        : base(diagnostic.Message) => Diagnostic = diagnostic;

    public Diagnostic Diagnostic { get; }
}
