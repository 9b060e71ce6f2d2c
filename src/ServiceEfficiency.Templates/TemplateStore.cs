using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Scriban;
using Scriban.Parsing;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.IO;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates;

/// <summary>A parsed template, or why there is none.</summary>
internal sealed class CachedTemplate
{
    public CachedTemplate(string name, Template? template, IReadOnlyList<Diagnostic> errors)
    {
        Name = name;
        Template = template;
        Errors = errors;
    }

    public string Name { get; }

    public Template? Template { get; }

    public IReadOnlyList<Diagnostic> Errors { get; }
}

/// <summary>
/// Finds templates by name — the custom source first, then the override directory, then the
/// embedded defaults — and parses each once. A parsed <see cref="Template"/> is immutable and is
/// shared by concurrent renders; so are failures (a template that does not parse stays so).
/// </summary>
internal sealed class TemplateStore
{
    private const string ResourcePrefix = "ServiceEfficiency.Templates.Defaults/";
    private static readonly Lazy<Dictionary<string, string>> Resources = new(LoadResourceNames);

    private readonly ConcurrentDictionary<string, Lazy<CachedTemplate>> _cache = new(StringComparer.Ordinal);
    private readonly ITemplateSource? _source;
    private readonly string? _root;
    private readonly int _maxLength;

    public TemplateStore(ITemplateSource? source, string? directory, int maxLength)
    {
        _source = source;
        _root = directory is null ? null : Path.GetFullPath(directory);
        _maxLength = maxLength;
    }

    /// <summary>The names of the embedded default templates.</summary>
    public static IReadOnlyCollection<string> DefaultNames => Resources.Value.Keys;

    /// <summary>The text of an embedded default template, or null.</summary>
    public static string? ReadDefault(string name)
    {
        if (!Resources.Value.TryGetValue(name, out string? resource))
        {
            return null;
        }

        using Stream stream = typeof(TemplateStore).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Checks and normalises a template name: relative, '/'-separated, no empty, <c>.</c> or
    /// <c>..</c> segment, no drive, scheme or control character. Returns null and a reason when refused.
    /// </summary>
    public static string? Normalize(string? name, out string? refusal)
    {
        refusal = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            refusal = Messages.SE2006NameEmpty.Format();
            return null;
        }

        string unified = name!.Replace('\\', '/');
        if (unified.StartsWith("/", StringComparison.Ordinal) || unified.IndexOf(':') >= 0 || Path.IsPathRooted(name))
        {
            refusal = Messages.SE2006NameAbsolute.Format(name);
            return null;
        }

        if (unified.Any(c => char.IsControl(c)))
        {
            refusal = Messages.SE2006NameControl.Format();
            return null;
        }

        string[] segments = unified.Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == ".."))
        {
            refusal = Messages.SE2006NameEscapes.Format(name);
            return null;
        }

        return string.Join("/", segments);
    }

    /// <summary>Whether a template of that name exists in some source (for the loader's "not found" check).</summary>
    public CachedTemplate Get(string name) =>
        _cache.GetOrAdd(name, n => new Lazy<CachedTemplate>(() => Load(n), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private CachedTemplate Load(string name)
    {
        if (_source is Office.OfficeTemplate layout && layout.Parsed(name) is Template parsed)
        {
            return new CachedTemplate(name, parsed, Array.Empty<Diagnostic>()); // parsed when the layout was loaded
        }

        string? text;
        try
        {
            text = _source?.GetTemplate(name);
            text ??= ReadOverride(name);
            text ??= ReadDefault(name);
        }
        catch (TemplateRefusedException refused)
        {
            return Failed(name, TemplateDiagnosticCodes.TemplatePathRefused, refused.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return Failed(name, TemplateDiagnosticCodes.TemplateNotFound, Messages.SE2000Unreadable.Format(name, ex.Message));
        }

        if (text is null)
        {
            return Failed(name, TemplateDiagnosticCodes.TemplateNotFound, Messages.SE2000NotFound.Format(name));
        }

        if (text.Length > _maxLength)
        {
            return Failed(name, TemplateDiagnosticCodes.TemplatePathRefused, Messages.SE2006TooLong.Format(name, _maxLength));
        }

        // Line endings of a checkout must not change the output.
        text = text.Replace("\r\n", "\n");
        Template template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            var errors = template.Messages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => TemplateDiagnosticCodes.ParseError.Create(Messages.SE2001ParseError.Format(m.Message), Location(name, m.Span)))
                .ToList();
            return new CachedTemplate(name, null, errors);
        }

        return new CachedTemplate(name, template, Array.Empty<Diagnostic>());
    }

    private string? ReadOverride(string name)
    {
        if (_root is null)
        {
            return null;
        }

        string path = Path.GetFullPath(Path.Combine(_root, name.Replace('/', Path.DirectorySeparatorChar)));
        string rootWithSeparator = _root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? _root : _root + Path.DirectorySeparatorChar;
        if (!path.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new TemplateRefusedException(Messages.SE2006OutsideDirectory.Format(name));
        }

        if (!File.Exists(path))
        {
            return null;
        }

        // A link below the root may point anywhere: follow each one and refuse those that leave the root.
        string current = _root;
        foreach (string segment in name.Split('/'))
        {
            current = Path.Combine(current, segment);
            CheckLink(current, name, rootWithSeparator);
        }

        // Only regular files: a FIFO would block the open until a writer comes, a device never ends.
        if (FileKind.NotRegular(path) is string kind)
        {
            throw new TemplateRefusedException(Messages.SE2006NotARegularFile.Format(name, kind));
        }

        return ReadCapped(path, name);
    }

    /// <summary>
    /// Reads a template file, refusing it (SE2006) as soon as it is larger than the limit allows: the
    /// size is read, not trusted (the file may grow, or be a special file after all).
    /// </summary>
    private string ReadCapped(string path, string name)
    {
        // UTF-8 takes at most 4 bytes a character (3 for a UTF-16 code unit, 4 for a pair of them).
        long capacity = (long)_maxLength * 4;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length > capacity)
        {
            throw new TemplateRefusedException(Messages.SE2006TooLarge.Format(name, _maxLength));
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > capacity)
            {
                throw new TemplateRefusedException(Messages.SE2006TooLarge.Format(name, _maxLength));
            }

            buffer.Write(chunk, 0, read);
        }

        byte[] bytes = buffer.ToArray();
        int skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return new UTF8Encoding(false, true).GetString(bytes, skip, bytes.Length - skip);
    }

    private static void CheckLink(string path, string name, string rootWithSeparator)
    {
        var info = new FileInfo(path);
        if ((info.Attributes & FileAttributes.ReparsePoint) == 0)
        {
            return;
        }
#if NET8_0_OR_GREATER
        FileSystemInfo? target = Directory.Exists(path)
            ? new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true)
            : info.ResolveLinkTarget(returnFinalTarget: true);
        if (target is not null && Path.GetFullPath(target.FullName).StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            return;
        }

        throw new TemplateRefusedException(Messages.SE2006LinkOutside.Format(name));
#else
        // netstandard2.0 cannot resolve links: refuse them all rather than guess.
        throw new TemplateRefusedException(Messages.SE2006LinkUnsupported.Format(name));
#endif
    }

    private static CachedTemplate Failed(string name, DiagnosticDescriptor descriptor, string message) =>
        new(name, null, new[] { descriptor.Create(message, new SourceLocation(name, 0, 0, "$")) });

    /// <summary>A Scriban span as a 1-based location.</summary>
    public static SourceLocation Location(string? fallbackName, SourceSpan span)
    {
        string? file = string.IsNullOrEmpty(span.FileName) ? fallbackName : span.FileName;
        bool known = span.Start.Line >= 0 && (span.Start.Line > 0 || span.Start.Column > 0 || span.End.Offset > 0 || !string.IsNullOrEmpty(span.FileName));
        return known
            ? new SourceLocation(file, span.Start.Line + 1, span.Start.Column + 1, "$")
            : new SourceLocation(file, 0, 0, "$");
    }

    private static Dictionary<string, string> LoadResourceNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string resource in typeof(TemplateStore).Assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                names[resource.Substring(ResourcePrefix.Length).Replace('\\', '/')] = resource;
            }
        }

        return names;
    }
}

/// <summary>The loader refused a template (SE2006).</summary>
internal sealed class TemplateRefusedException : Exception
{
    public TemplateRefusedException(string message)
        : base(message)
    {
    }
}
