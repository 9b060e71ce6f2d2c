using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Documents;
using ServiceEfficiency.IO;
using ServiceEfficiency.Templates.Office;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates;

/// <summary>
/// Renders a plan (提升服務效能執行計畫) or a results report (執行績效與成果) with its criteria
/// edition as Markdown, accessible HTML, flat ODT, ODT (<see cref="DocumentFormats.All"/>) or a
/// caller's own <see cref="DocumentFormat"/>, through Scriban templates: the embedded
/// defaults, or overrides from <see cref="RenderOptions.TemplateDirectory"/> and
/// <see cref="RenderOptions.TemplateSource"/>.
/// </summary>
/// <remarks>
/// Thread-safe: one renderer can serve many concurrent renders. Templates are parsed once per
/// renderer and cached; each render gets a fresh context and a fresh read-only model. The output
/// is deterministic: the same input gives the same bytes. A failed render throws
/// <see cref="TemplateRenderException"/> (or <see cref="OperationCanceledException"/> when the
/// caller cancels) and writes nothing.
/// </remarks>
public sealed class DocumentRenderer
{
    /// <summary>The root templates of each built-in format (<see cref="DocumentFormat.RootTemplates"/>); overrides use the same names.</summary>
    public static IReadOnlyDictionary<DocumentFormat, IReadOnlyList<string>> RootTemplates { get; } =
        DocumentFormats.All.ToDictionary(f => f, f => f.RootTemplates);

    private static readonly ScriptObject Functions = TemplateFunctions.Create();
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly RenderOptions _options;
    private readonly TemplateStore _store;

    /// <summary>Creates a renderer; <paramref name="options"/> are copied.</summary>
    /// <param name="options">Template overrides, limits and output choices; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    /// <exception cref="ArgumentNullException"><see cref="RenderOptions.Culture"/> or <see cref="RenderOptions.Fonts"/> is null.</exception>
    public DocumentRenderer(RenderOptions? options = null)
    {
        _options = (options ?? new RenderOptions()).Snapshot();
        // An office template's parts are bounded by its own package limits, and a layout with images is long.
        int maxLength = _options.TemplateSource is OfficeTemplate ? int.MaxValue : _options.MaxTemplateLength;
        _store = new TemplateStore(_options.TemplateSource, _options.TemplateDirectory, maxLength);
    }

    /// <summary>The names of the embedded default templates (<c>html/document.sbn</c> …), to copy and override.</summary>
    public static IReadOnlyCollection<string> DefaultTemplateNames => TemplateStore.DefaultNames.OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>The text of an embedded default template, or null when there is none of that name.</summary>
    /// <param name="name">A relative template name such as <c>html/document.sbn</c>.</param>
    public static string? GetDefaultTemplate(string name) => TemplateStore.ReadDefault(name);

    /// <summary>Renders to a byte array.</summary>
    /// <param name="document">The plan or results report to render.</param>
    /// <param name="edition">The criteria edition the document is written for; it gives the dimension headings and points.</param>
    /// <param name="format">The output format, one of <see cref="DocumentFormats.All"/>.</param>
    /// <param name="cancellationToken">Cancels the render while its templates run.</param>
    /// <exception cref="TemplateRenderException">A template is missing, does not parse, fails, exceeds a limit or times out.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public byte[] RenderToBytes(ServiceDocument document, CriteriaEdition edition, DocumentFormat format, CancellationToken cancellationToken = default)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (edition is null)
        {
            throw new ArgumentNullException(nameof(edition));
        }

        if (format is null)
        {
            throw new ArgumentNullException(nameof(format));
        }

        if (!string.Equals(document.EditionId, edition.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"「{document.Title}」 follows edition '{document.EditionId}', not '{edition.Id}'.", nameof(edition));
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var timeout = new CancellationTokenSource();
        if (_options.Timeout != Timeout.InfiniteTimeSpan && _options.Timeout.TotalMilliseconds < int.MaxValue)
        {
            // A timeout too long for the timer (about 24.8 days) is left to the guard's clock alone.
            timeout.CancelAfter(_options.Timeout);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        ModelObject model = TemplateModel.Document(document, edition, _options);
        ModelObject fonts = FontModel.Create(_options.Fonts);

        // After the model: its projections grow with the document, not with what the template does.
        var guard = new RenderGuard(_options.Timeout, _options.EffectiveMemoryLimit, timeout);
        var run = new Run(this, model, fonts, format, guard, linked.Token, timeout.Token, cancellationToken);
        // Every root template rendered first, packaged after: a failure in any part leaves nothing behind.
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (string root in format.RootTemplates)
        {
            parts.Add(root, Utf8.GetBytes(Render(run, root)));
        }

        return format.Packaging.Package(parts);
    }

    /// <summary>Renders to <paramref name="output"/>. Nothing is written unless the whole render succeeds.</summary>
    /// <param name="document">The plan or results report to render.</param>
    /// <param name="edition">The criteria edition the document is written for; it gives the dimension headings and points.</param>
    /// <param name="format">The output format, one of <see cref="DocumentFormats.All"/>.</param>
    /// <param name="output">The stream the rendered document is written to; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the render while its templates run.</param>
    /// <exception cref="TemplateRenderException">The render failed; see its diagnostics.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public void Render(ServiceDocument document, CriteriaEdition edition, DocumentFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        byte[] bytes = RenderToBytes(document, edition, format, cancellationToken);
        output.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Renders to <paramref name="output"/> and writes asynchronously. Nothing is written unless the whole render succeeds.</summary>
    /// <param name="document">The plan or results report to render.</param>
    /// <param name="edition">The criteria edition the document is written for; it gives the dimension headings and points.</param>
    /// <param name="format">The output format, one of <see cref="DocumentFormats.All"/>.</param>
    /// <param name="output">The stream the rendered document is written to; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the render while its templates run, and the writing.</param>
    /// <remarks>Rendering itself is CPU work on the calling thread; only the writing is asynchronous.</remarks>
    /// <exception cref="TemplateRenderException">The render failed; see its diagnostics.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task RenderAsync(ServiceDocument document, CriteriaEdition edition, DocumentFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        byte[] bytes = RenderToBytes(document, edition, format, cancellationToken);
        await output.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Renders to a file: the whole document is rendered in memory first, written into a temporary
    /// file in the same directory, then moved over <paramref name="path"/>. On failure nothing is
    /// left: no empty or partial file, no temporary file, and an existing file is unchanged. A
    /// target that is a device or a FIFO (<c>/dev/null</c>, a pipe) is written into, not replaced.
    /// </summary>
    /// <param name="document">The plan or results report to render.</param>
    /// <param name="edition">The criteria edition the document is written for; it gives the dimension headings and points.</param>
    /// <param name="format">The output format, one of <see cref="DocumentFormats.All"/>.</param>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="cancellationToken">Cancels the render while its templates run.</param>
    /// <exception cref="TemplateRenderException">The render failed; see its diagnostics.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public void RenderToFile(ServiceDocument document, CriteriaEdition edition, DocumentFormat format, string path, CancellationToken cancellationToken = default)
    {
        string target = AtomicFile.TargetPath(path);
        AtomicFile.Write(target, RenderToBytes(document, edition, format, cancellationToken), cancellationToken);
    }

    /// <summary>Asynchronous <see cref="RenderToFile"/>: same guarantees.</summary>
    /// <param name="document">The plan or results report to render.</param>
    /// <param name="edition">The criteria edition the document is written for; it gives the dimension headings and points.</param>
    /// <param name="format">The output format, one of <see cref="DocumentFormats.All"/>.</param>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="cancellationToken">Cancels the render while its templates run, and the writing.</param>
    /// <exception cref="TemplateRenderException">The render failed; see its diagnostics.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task RenderToFileAsync(ServiceDocument document, CriteriaEdition edition, DocumentFormat format, string path, CancellationToken cancellationToken = default)
    {
        string target = AtomicFile.TargetPath(path);
        byte[] bytes = RenderToBytes(document, edition, format, cancellationToken);
        await AtomicFile.WriteAsync(target, bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renders one root template; a failure in an office template is told at its tag and place in the layout.</summary>
    private string Render(Run run, string root)
    {
        try
        {
            return run.Render(root);
        }
        catch (TemplateRenderException failed) when (_options.TemplateSource is OfficeTemplate layout)
        {
            throw new TemplateRenderException(failed.Diagnostics.Select(layout.Relocate).ToList(), failed.InnerException ?? failed);
        }
    }

    /// <summary>One render: the model, the tokens, and the mapping of failures to diagnostics.</summary>
    private sealed class Run
    {
        private readonly DocumentRenderer _renderer;
        private readonly ModelObject _model;
        private readonly ModelObject _fonts;
        private readonly DocumentFormat _format;
        private readonly RenderGuard _guard;
        private readonly CancellationToken _token;
        private readonly CancellationToken _timeout;
        private readonly CancellationToken _caller;

        public Run(DocumentRenderer renderer, ModelObject model, ModelObject fonts, DocumentFormat format, RenderGuard guard, CancellationToken token, CancellationToken timeout, CancellationToken caller)
        {
            _renderer = renderer;
            _model = model;
            _fonts = fonts;
            _format = format;
            _guard = guard;
            _token = token;
            _timeout = timeout;
            _caller = caller;
        }

        public string Render(string name)
        {
            CachedTemplate root = _renderer._store.Get(name);
            if (root.Template is null)
            {
                throw new TemplateRenderException(root.Errors);
            }

            RenderOptions options = _renderer._options;
            var context = new SafeTemplateContext(_renderer._store, options, _format.Escaping, _guard, _token, _format.StrictMembers);

            var globals = new ScriptObject();
            globals.SetValue("document", _model, true);
            globals.SetValue("edition", _model["edition"], true);
            globals.SetValue("format", _format.Name, true);
            globals.SetValue("fonts", _fonts, true);
            context.PushGlobal(Functions);
            context.PushGlobal(globals);
            context.PushCulture(options.Culture);
            try
            {
                return root.Template.Render(context) ?? string.Empty;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !_caller.IsCancellationRequested)
            {
                if (_caller.IsCancellationRequested)
                {
                    throw new OperationCanceledException("The render was cancelled.", ex, _caller);
                }

                throw new TemplateRenderException(Diagnose(ex, context, name), ex);
            }
        }

        private IReadOnlyList<Diagnostic> Diagnose(Exception ex, SafeTemplateContext context, string name)
        {
            SourceLocation Here(SourceSpan span)
            {
                SourceLocation location = TemplateStore.Location(null, span);
                if (location.Line > 0 && location.FilePath is not null)
                {
                    return location;
                }

                // No span of its own (a list refusing a write): use the nearest wrapping script error, then the current node.
                for (Exception? e = ex; e is not null; e = e.InnerException)
                {
                    if (e is ScriptRuntimeException wrapped && TemplateStore.Location(null, wrapped.Span) is { Line: > 0, FilePath: not null } outer)
                    {
                        return outer;
                    }
                }

                SourceSpan? current = context.CurrentNode?.Span ?? context.LastSpan;
                return current is SourceSpan node ? TemplateStore.Location(name, node) : new SourceLocation(name, 0, 0, "$");
            }

            if (_timeout.IsCancellationRequested)
            {
                SourceSpan node = context.CurrentNode?.Span ?? context.LastSpan;
                return new[] { TemplateDiagnosticCodes.Timeout.Create(Messages.SE2007Timeout.Format(_renderer._options.Timeout), Here(node)) };
            }

            for (Exception? e = ex; e is not null; e = e.InnerException)
            {
                switch (e)
                {
                    case TemplateDiagnosticException known:
                        return known.Diagnostics;
                    case ModelReadOnlyException readOnly:
                        return new[] { TemplateDiagnosticCodes.ModelIsReadOnly.Create(Messages.SE2008ModelIsReadOnly.Format(readOnly.What), Here(readOnly.Span)) };
                    case ScriptParserRuntimeException parse:
                        return parse.ParserMessages
                            .Where(m => m.Type == ParserMessageType.Error)
                            .Select(m => TemplateDiagnosticCodes.ParseError.Create(Messages.SE2001ParseError.Format(m.Message), TemplateStore.Location(name, m.Span)))
                            .DefaultIfEmpty(TemplateDiagnosticCodes.ParseError.Create(Messages.SE2001ParseError.Format(parse.OriginalMessage), Here(parse.Span)))
                            .ToList();
                }
            }

            if (ex is ScriptRuntimeException runtime)
            {
                string message = runtime.OriginalMessage;
                (DiagnosticDescriptor descriptor, Message text) =
                    message.StartsWith("Exceeding number of iteration limit", StringComparison.Ordinal) || message.Contains("exceeds LoopLimit") ? (TemplateDiagnosticCodes.LoopLimitExceeded, Messages.SE2003LoopLimit)
                    : message.StartsWith("Exceeding recursive depth limit", StringComparison.Ordinal) || message.StartsWith("Exceeding number of recursive depth limit", StringComparison.Ordinal) ? (TemplateDiagnosticCodes.RecursionLimitExceeded, Messages.SE2004RecursionLimit)
                    : message.Contains("OutputLimit") || message.Contains("LimitToString") ? (TemplateDiagnosticCodes.OutputLimitExceeded, Messages.SE2005OutputLimit)
                    : (TemplateDiagnosticCodes.RuntimeError, Messages.SE2002RuntimeError);
                return new[] { descriptor.Create(text.Format(message), Here(runtime.Span)) };
            }

            return new[] { TemplateDiagnosticCodes.RuntimeError.Create(Messages.SE2002RuntimeError.Format(ex.Message), Here(default)) };
        }
    }
}
