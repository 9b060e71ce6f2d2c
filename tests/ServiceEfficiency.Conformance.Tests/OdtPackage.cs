using System.IO.Compression;
using System.Text;

namespace ServiceEfficiency.Conformance.Tests;

/// <summary>How <see cref="OdtPackage.Write"/> should (mis)build a package, for the self-tests.</summary>
public sealed class OdtPackageOptions
{
    /// <summary>Deflate the mimetype entry instead of storing it.</summary>
    public bool CompressMimetype { get; init; }

    /// <summary>Write the mimetype entry last instead of first.</summary>
    public bool MimetypeLast { get; init; }

    /// <summary>Write through a non-seekable stream (the zip then uses data descriptors).</summary>
    public bool NonSeekable { get; init; }

    /// <summary>The mimetype entry's content.</summary>
    public string MediaType { get; init; } = OdfValidator.TextMediaType;

    /// <summary>Extra entries (path → content) added after the parts, not listed in the manifest.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    /// <summary>Parts to leave out.</summary>
    public IReadOnlyCollection<string> Omit { get; init; } = Array.Empty<string>();

    /// <summary>Replacements of part contents (path → content).</summary>
    public IReadOnlyDictionary<string, string> Replace { get; init; } = new Dictionary<string, string>();
}

/// <summary>Builds an .odt from a directory of parts (content.xml, styles.xml, meta.xml, META-INF/manifest.xml) the way DESIGN §6 says: in a MemoryStream, mimetype first and stored.</summary>
public static class OdtPackage
{
    private static readonly string[] Parts = { "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml" };

    /// <summary>Writes the package built from <paramref name="partsDirectory"/> to <paramref name="odt"/>.</summary>
    public static void Write(string partsDirectory, string odt, OdtPackageOptions? options = null)
    {
        options ??= new OdtPackageOptions();
        var entries = new List<(string Name, byte[] Data, CompressionLevel Level)>();
        foreach (string part in Parts.Where(p => !options.Omit.Contains(p)))
        {
            string text = options.Replace.TryGetValue(part, out string? replaced) ? replaced : File.ReadAllText(Path.Combine(partsDirectory, part), Encoding.UTF8);
            entries.Add((part, Encoding.UTF8.GetBytes(text), CompressionLevel.Optimal));
        }

        foreach (KeyValuePair<string, string> extra in options.Extra)
        {
            entries.Add((extra.Key, Encoding.UTF8.GetBytes(extra.Value), CompressionLevel.Optimal));
        }

        var mimetype = ("mimetype", Encoding.ASCII.GetBytes(options.MediaType), options.CompressMimetype ? CompressionLevel.Optimal : CompressionLevel.NoCompression);
        if (options.MimetypeLast)
        {
            entries.Add(mimetype);
        }
        else
        {
            entries.Insert(0, mimetype);
        }

        using var buffer = new MemoryStream();
        using (Stream target = options.NonSeekable ? new NonSeekableStream(buffer) : buffer)
        using (var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, byte[] data, CompressionLevel level) in entries)
            {
                ZipArchiveEntry entry = zip.CreateEntry(name, level);
                entry.LastWriteTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using Stream stream = entry.Open();
                stream.Write(data, 0, data.Length);
            }
        }

        File.WriteAllBytes(odt, buffer.ToArray());
    }

    private sealed class NonSeekableStream : Stream
    {
        private readonly Stream inner;

        public NonSeekableStream(Stream inner) => this.inner = inner;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        protected override void Dispose(bool disposing)
        {
            // Leave the inner stream open: the caller reads it afterwards.
        }
    }
}
