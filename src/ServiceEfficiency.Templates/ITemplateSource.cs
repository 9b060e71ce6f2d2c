namespace ServiceEfficiency.Templates;

/// <summary>
/// A custom source of templates, such as a database or another system's store. Names are
/// relative, '/'-separated and already checked (no <c>..</c>, not absolute): <c>html/document.sbn</c>.
/// </summary>
/// <remarks>Called from several threads at once when renders run in parallel; each name is asked for at most once per renderer (templates are cached).</remarks>
public interface ITemplateSource
{
    /// <summary>The template's text, or null to fall back to the override directory and the embedded defaults.</summary>
    /// <param name="name">A relative, checked template name such as <c>html/document.sbn</c>.</param>
    string? GetTemplate(string name);
}
