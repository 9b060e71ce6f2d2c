using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates;

/// <summary>
/// A <see cref="TemplateContext"/> for one render of one format. Expression output goes through
/// the format's <see cref="OutputEscaping"/>; literal template text does not (Scriban writes it through the other
/// <c>Write</c> overloads). <see cref="RawMarkup"/> passes unescaped. Built-ins are trimmed
/// (no <c>object.eval</c>), <c>include</c> is wrapped and confined to the <see cref="TemplateStore"/>,
/// and every limit throws. A context is never reused: a failed render leaves it half-written.
/// </summary>
internal sealed class SafeTemplateContext : TemplateContext
{
    private readonly TemplateStore _store;
    private readonly RenderGuard _guard;
    private readonly IScriptOutput _root;
    private readonly int _outputLimit;
    private readonly OutputEscaping _escaping;

    /// <summary>Creates the context of one template run.</summary>
    /// <param name="store">Where templates and includes come from.</param>
    /// <param name="options">The render's limits and culture.</param>
    /// <param name="escaping">The format's escaping of printed values.</param>
    /// <param name="guard">The render's clock and memory check.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    /// <param name="strictMembers">Whether a name the template model does not have is an error (SE2002) rather than nothing.</param>
    public SafeTemplateContext(TemplateStore store, RenderOptions options, OutputEscaping escaping, RenderGuard guard, CancellationToken cancellationToken, bool strictMembers = false)
        : base(SafeBuiltins())
    {
        _store = store;
        _escaping = escaping;
        _guard = guard;
        TemplateLoader = new StoreLoader(store);
        LoopLimit = options.LoopLimit;
        RecursiveLimit = options.RecursionLimit;
        RecursionLimit = options.RecursionLimit;

        // Scriban 7 truncates at 1 MB by default and adds "..."; here every limit throws instead.
        // Scriban counts what an include writes into its own buffer and again when the include's
        // text is written where it was called, so nested includes (document → body → table) count
        // the same text several times: a 21 MB flat ODT hit 32 Mi characters. The limit is therefore
        // checked on the document's own output (CheckOutput); Scriban's count is kept as a backstop.
        _root = Output;
        _outputLimit = options.OutputLimit;
        OutputLimit = (int)Math.Min(int.MaxValue, 8L * options.OutputLimit);
        OnOutputLimit = ScriptLimitBehavior.Throw;
        LimitToString = options.OutputLimit;
        OnStringLimit = ScriptLimitBehavior.Throw;
        // One regex call is not interrupted by the timeout: keep it well under the second the timeout may overrun.
        RegexTimeOut = TimeSpan.FromMilliseconds(500);
        StrictVariables = true;
        NewLine = "\n";
        CancellationToken = cancellationToken;
        if (strictMembers)
        {
            // A typo in a layout made in Writer or Word would otherwise print nothing, silently.
            EnableRelaxedMemberAccess = false;
            TryGetMember = UnknownMember;
            RefusesIncludes = true; // the layout is the whole template: not even itself
        }
    }

    /// <summary>Refuses a member a model object does not have (SE2002), naming it.</summary>
    private static bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        value = null!;
        if (target is ModelObject)
        {
            throw new TemplateDiagnosticException(span, new[]
            {
                TemplateDiagnosticCodes.RuntimeError.Create(Messages.SE2002UnknownMember.Format(member), TemplateStore.Location(null, span), Messages.SE2002UnknownMemberHelp.Format()),
            });
        }

        return false;
    }

    /// <summary>Whether every include is refused (SE2006): a layout made in Writer or Word includes nothing.</summary>
    internal bool RefusesIncludes { get; }

    /// <summary>How deep includes are nested right now.</summary>
    internal int IncludeDepth { get; set; }

    /// <summary>The deepest nesting of includes allowed.</summary>
    internal int RecursionLimit { get; }

    /// <summary>The span of the node evaluated last: where to point when a failure carries no span of its own.</summary>
    internal SourceSpan LastSpan { get; private set; }

    /// <inheritdoc/>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is not null && scriptNode.Span.FileName is not null)
        {
            LastSpan = scriptNode.Span;
        }

        // Before: the clock (a node can take long to evaluate its children). After: the value it built.
        SourceSpan span = scriptNode?.Span ?? CurrentSpan;
        _guard.Check(this, span);
        object? result = base.Evaluate(scriptNode, aliasReturnedFunction);
        _guard.Check(this, span);
        CheckOutput(span);
        return result;
    }

    /// <inheritdoc/>
    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        // An empty loop body evaluates no node: the step is where its time and memory are checked.
        _guard.Check(this, loop.Span);
        return base.OnStepLoop(loop);
    }

    /// <inheritdoc/>
    public override string? GetTemplatePathFromName(string? templateName, ScriptNode? callerContext)
    {
        // Checked here, before Scriban's own checks, so that every refused name is SE2006.
        string? name = TemplateStore.Normalize(templateName, out string? refusal);
        if (name is null)
        {
            SourceSpan span = callerContext?.Span ?? CurrentSpan;
            throw new TemplateDiagnosticException(span, new[]
            {
                TemplateDiagnosticCodes.TemplatePathRefused.Create(Messages.SE2006IncludeRefused.Format(refusal), TemplateStore.Location(null, span)),
            });
        }

        return base.GetTemplatePathFromName(name, callerContext);
    }

    /// <summary>Stops the render (SE2005) when the document's own output is longer than <see cref="RenderOptions.OutputLimit"/>.</summary>
    /// <param name="span">Where the template is.</param>
    private void CheckOutput(SourceSpan span)
    {
        if (_root is StringBuilderOutput output && output.Builder.Length > _outputLimit)
        {
            throw new TemplateDiagnosticException(span, new[]
            {
                TemplateDiagnosticCodes.OutputLimitExceeded.Create(Messages.SE2005OutputLimitOwn.Format(_outputLimit), TemplateStore.Location(null, span)),
            });
        }
    }

    /// <summary>Escapes a value for the format.</summary>
    private string Escape(string text) => _escaping.Escape(text);

    /// <inheritdoc/>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }

        CheckAbort();
        string text = textAsObject is RawMarkup raw
            ? raw.Markup
            : Escape(textAsObject as string ?? ObjectToString(textAsObject) ?? string.Empty);
        Write(text);
        _guard.Check(this, span);
        CheckOutput(span);
        return this;
    }

    /// <inheritdoc/>
    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => new(Write(span, textAsObject));

    /// <summary>Scriban's built-ins (a fresh copy per context) without what templates from elsewhere must not have.</summary>
    private static ScriptObject SafeBuiltins()
    {
        ScriptObject builtins = GetDefaultBuiltinObject();
        if (builtins["object"] is ScriptObject objectFunctions)
        {
            // object.eval and object.eval_template would run text (possibly data) as a template.
            var safe = new ScriptObject();
            foreach (KeyValuePair<string, object?> function in objectFunctions)
            {
                if (function.Key is not ("eval" or "eval_template"))
                {
                    safe.SetValue(function.Key, function.Value, true);
                }
            }

            safe.IsReadOnly = true;
            builtins.SetValue("object", safe, true);
        }

        if (builtins["include"] is IScriptCustomFunction include)
        {
            builtins.SetValue("include", new SafeInclude(include), true);
        }

        builtins.Remove("include_join");
        return builtins;
    }

    /// <inheritdoc/>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext)
    {
        CachedTemplate cached = _store.Get(templatePath);
        if (cached.Template is not null)
        {
            return cached.Template;
        }

        SourceSpan span = callerContext?.Span ?? CurrentSpan;
        var diagnostics = new List<Diagnostic>();
        foreach (Diagnostic error in cached.Errors)
        {
            // A missing or refused file has no line of its own: point at the include instead.
            diagnostics.Add(error.Location.Line > 0
                ? error
                : new Diagnostic(error.Code, error.Severity, error.Message, TemplateStore.Location(null, span), error.Suggestion));
        }

        throw new TemplateDiagnosticException(span, diagnostics);
    }

    /// <summary>Wraps Scriban's include: its output is markup already escaped where it was rendered, so it is not escaped again.</summary>
    private sealed class SafeInclude : IScriptCustomFunction
    {
        private readonly IScriptCustomFunction _inner;

        public SafeInclude(IScriptCustomFunction inner) => _inner = inner;

        public int RequiredParameterCount => _inner.RequiredParameterCount;

        public int ParameterCount => _inner.ParameterCount;

        public ScriptVarParamKind VarParamKind => _inner.VarParamKind;

        public Type ReturnType => typeof(RawMarkup);

        public ScriptParameterInfo GetParameterInfo(int index) => _inner.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var safe = (SafeTemplateContext)context;
            if (safe.RefusesIncludes)
            {
                SourceSpan at = callerContext?.Span ?? context.CurrentSpan;
                string asked = arguments.Count > 0 ? context.ObjectToString(arguments[0]) ?? string.Empty : string.Empty;
                throw new TemplateDiagnosticException(at, new[]
                {
                    TemplateDiagnosticCodes.TemplatePathRefused.Create(Messages.SE2006OfficeIncludes.Format(asked), TemplateStore.Location(null, at)),
                });
            }

            if (safe.IncludeDepth >= safe.RecursionLimit)
            {
                SourceSpan span = callerContext?.Span ?? context.CurrentSpan;
                throw new TemplateDiagnosticException(span, new[]
                {
                    TemplateDiagnosticCodes.RecursionLimitExceeded.Create(Messages.SE2004IncludeDepth.Format(safe.RecursionLimit), TemplateStore.Location(null, span)),
                });
            }

            safe.IncludeDepth++;
            try
            {
                object? result = _inner.Invoke(context, callerContext, arguments, blockStatement);
                return result is string text ? new RawMarkup(text) : result;
            }
            finally
            {
                safe.IncludeDepth--;
            }
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));
    }

    /// <summary>Resolves include names inside the store only; refusals carry their location.</summary>
    private sealed class StoreLoader : ITemplateLoader
    {
        private readonly TemplateStore _store;

        public StoreLoader(TemplateStore store) => _store = store;

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            string? name = TemplateStore.Normalize(templateName, out string? refusal);
            if (name is null)
            {
                throw new TemplateDiagnosticException(callerSpan, new[]
                {
                    TemplateDiagnosticCodes.TemplatePathRefused.Create(Messages.SE2006IncludeRefused.Format(refusal), TemplateStore.Location(null, callerSpan)),
                });
            }

            return name;
        }

        // CreateTemplate is overridden, so Scriban never asks the loader for text; answer from the store anyway.
        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            _store.Get(templatePath).Template is not null ? TemplateStore.ReadDefault(templatePath) ?? string.Empty : string.Empty;

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            new((string?)Load(context, callerSpan, templatePath));
    }
}
