using System.Collections.Concurrent;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>A template source in memory, as another system would supply templates.</summary>
internal sealed class MemoryTemplates : ITemplateSource
{
    private readonly Dictionary<string, string> _templates;

    public MemoryTemplates(params (string Name, string Text)[] templates) =>
        _templates = templates.ToDictionary(t => t.Name, t => t.Text, StringComparer.Ordinal);

    public ConcurrentBag<string> Requested { get; } = new();

    public string? GetTemplate(string name)
    {
        Requested.Add(name);
        return _templates.TryGetValue(name, out string? text) ? text : null;
    }
}

/// <summary>Renders with hostile templates into a fresh directory and reports what happened.</summary>
internal sealed class TemplateSandbox : IDisposable
{
    public TemplateSandbox()
    {
        Directory = Path.Combine(Path.GetTempPath(), "se-tpl-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string[] Files => System.IO.Directory.GetFileSystemEntries(Directory);

    /// <summary>Renders the Hualien sample with <paramref name="template"/> as the HTML root template; expects failure.</summary>
    public Diagnostic Fails(string template, RenderOptions? options = null, string sample = "hualien-112-results")
    {
        options ??= new RenderOptions();
        options.TemplateSource ??= new MemoryTemplates(("html/document.sbn", template));
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load(sample);
        string path = Path.Combine(Directory, "out.html");

        var ex = Assert.Throws<TemplateRenderException>(() => new DocumentRenderer(options).RenderToFile(document, edition, DocumentFormat.Html, path));

        Assert.Empty(Files); // no output file, no temporary file
        Assert.NotEmpty(ex.Diagnostics);
        Assert.All(ex.Diagnostics, d => Assert.StartsWith("SE2", d.Code));
        return ex.Diagnostics[0];
    }

    public string Renders(string template, RenderOptions? options = null, string sample = "hualien-112-results")
    {
        options ??= new RenderOptions();
        options.TemplateSource ??= new MemoryTemplates(("html/document.sbn", template));
        (ServiceDocument document, CriteriaEdition edition) = Samples.Load(sample);
        return Samples.Text(new DocumentRenderer(options).RenderToBytes(document, edition, DocumentFormat.Html));
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
