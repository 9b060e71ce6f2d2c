using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using ServiceEfficiency.Criteria;
using ServiceEfficiency.Documents;
using ServiceEfficiency.Templates;

namespace ServiceEfficiency.Benchmarks.Baselines;

/// <summary>
/// The default HTML template written for Fluid (Liquid): <c>html.document.liquid</c> and its two includes, the
/// counterparts of <c>html/document.sbn</c>, <c>html/_table.sbn</c> and <c>html/_style.sbn</c>. Parsed once (as
/// the Scriban templates are), a fresh <see cref="TemplateContext"/> per render, values escaped by an encoder
/// that applies the library's own <see cref="TextEscaping.Html"/>, so the output can be compared byte for byte.
/// </summary>
public sealed class FluidHtmlRenderer
{
    private static readonly FluidParser Parser = new();
    private readonly TemplateOptions _options;
    private readonly IFluidTemplate _template;

    /// <summary>Parses the templates.</summary>
    public FluidHtmlRenderer()
    {
        _options = new TemplateOptions
        {
            FileProvider = new EmbeddedLiquidFiles(),
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
            CultureInfo = CultureInfo.InvariantCulture,
        };
        _template = Parser.Parse(EmbeddedLiquidFiles.Read("html.document.liquid"));
    }

    /// <summary>Renders <paramref name="document"/> as UTF-8 HTML.</summary>
    public byte[] RenderToBytes(ServiceDocument document, CriteriaEdition edition) => Encoding.UTF8.GetBytes(Render(document, edition));

    /// <summary>Renders <paramref name="document"/> as HTML.</summary>
    public string Render(ServiceDocument document, CriteriaEdition edition)
    {
        var context = new TemplateContext(_options);
        context.SetValue("document", HtmlDocumentView.Build(document, edition));
        return _template.Render(context, HtmlEscapingEncoder.Instance);
    }

    /// <summary>An encoder that escapes exactly as the Scriban HTML context does.</summary>
    private sealed class HtmlEscapingEncoder : TextEncoder
    {
        public static readonly HtmlEscapingEncoder Instance = new();

        public override int MaxOutputCharactersPerInputCharacter => 6;

        public override string Encode(string value) => TextEscaping.Html(value);

        public override void Encode(TextWriter output, string value, int startIndex, int characterCount) =>
            output.Write(TextEscaping.Html(startIndex == 0 && characterCount == value.Length ? value : value.Substring(startIndex, characterCount)));

        public override void Encode(TextWriter output, char[] value, int startIndex, int characterCount) =>
            output.Write(TextEscaping.Html(new string(value, startIndex, characterCount)));

        // The span- and pointer-based members are what the encoder's other paths use; Fluid writes strings, and a
        // path that reached these would not escape like TextEscaping, so they refuse rather than guess.
        public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) => throw new NotSupportedException();

        public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
            throw new NotSupportedException();

        public override bool WillEncode(int unicodeScalar) => unicodeScalar is '&' or '<' or '>' or '"' or '\'';
    }

    /// <summary>The Liquid templates embedded in this assembly, for Fluid's <c>include</c>.</summary>
    private sealed class EmbeddedLiquidFiles : IFileProvider
    {
        public static string Read(string resource)
        {
            using Stream stream = typeof(EmbeddedLiquidFiles).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException("missing resource " + resource);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }

        public IFileInfo GetFileInfo(string subpath)
        {
            string resource = subpath.TrimStart('/').Replace('/', '.');
            return typeof(EmbeddedLiquidFiles).Assembly.GetManifestResourceInfo(resource) is null
                ? new NotFoundFileInfo(subpath)
                : new ResourceFileInfo(resource);
        }

        public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

        public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

        private sealed class ResourceFileInfo : IFileInfo
        {
            private readonly byte[] _bytes;

            public ResourceFileInfo(string resource)
            {
                Name = resource;
                _bytes = Encoding.UTF8.GetBytes(Read(resource));
            }

            public bool Exists => true;

            public long Length => _bytes.Length;

            public string? PhysicalPath => null;

            public string Name { get; }

            public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

            public bool IsDirectory => false;

            public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
        }
    }
}
