using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// The files of an office template, read whole into memory with limits: at most
/// <see cref="MaxEntries"/> entries and <see cref="MaxExpandedBytes"/> expanded in all, counted
/// while expanding (the sizes a zip declares are not trusted), so a zip bomb stops at the limit.
/// A flat ODT is one entry, <see cref="FlatPart"/>. Entries keep their order and bytes: what is
/// not compiled is written back unchanged.
/// </summary>
internal sealed class OfficePackage
{
    /// <summary>The name the one XML file of a flat ODT goes by.</summary>
    public const string FlatPart = "document.fodt";

    /// <summary>The most entries a package may have: Writer and Word write a few dozen.</summary>
    public const int MaxEntries = 1000;

    /// <summary>The most a package may expand to: 64 MiB, room for many images.</summary>
    public const long MaxExpandedBytes = 64L * 1024 * 1024;

    private OfficePackage(string name, OfficeFileKind kind, IReadOnlyList<Entry> entries)
    {
        Name = name;
        Kind = kind;
        Entries = entries;
    }

    /// <summary>The file name diagnostics show, such as <c>my-layout.odt</c>.</summary>
    public string Name { get; }

    public OfficeFileKind Kind { get; }

    /// <summary>The entries in archive order.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>The bytes of an entry, or null.</summary>
    public byte[]? Find(string path) => Entries.FirstOrDefault(e => string.Equals(e.Path, path, StringComparison.Ordinal))?.Data;

    /// <summary>The same package with the bytes of some entries replaced (their place and compression kept).</summary>
    /// <param name="replaced">New bytes by entry path.</param>
    public OfficePackage With(IReadOnlyDictionary<string, byte[]> replaced) =>
        new(Name, Kind, Entries.Select(e => replaced.TryGetValue(e.Path, out byte[]? data) ? new Entry(e.Path, data, e.Compressed) : e).ToList());

    /// <summary>Reads a package (or a flat ODT) from <paramref name="stream"/>.</summary>
    /// <exception cref="OfficeTemplateException">The file is refused (SE2010).</exception>
    public static OfficePackage Read(Stream stream, string name, OfficeFileKind kind)
    {
        if (kind == OfficeFileKind.FlatOdt)
        {
            return new OfficePackage(name, kind, new[] { new Entry(FlatPart, ReadCapped(stream, name, FlatPart, MaxExpandedBytes), compressed: true) });
        }

        var entries = new List<Entry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long total = 0;
        try
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: Encoding.UTF8);
            foreach (ZipArchiveEntry zipEntry in archive.Entries)
            {
                if (entries.Count == MaxEntries)
                {
                    throw Refused(name, Messages.SE2010TooManyEntries.Format(MaxEntries));
                }

                string path = zipEntry.FullName;
                if (!IsSafeName(path) || !seen.Add(path))
                {
                    throw Refused(name, Messages.SE2010BadEntryName.Format(path));
                }

                if (path.EndsWith("/", StringComparison.Ordinal))
                {
                    continue; // a directory entry carries nothing; ODF and OOXML need none
                }

                using Stream content = zipEntry.Open();
                byte[] data = ReadCapped(content, name, path, MaxExpandedBytes - total);
                total += data.Length;
                // The mimetype of an ODT is stored, as ODF requires; everything else is deflated again.
                entries.Add(new Entry(path, data, compressed: !(kind == OfficeFileKind.Odt && path == "mimetype")));
            }
        }
        catch (InvalidDataException ex)
        {
            throw Refused(name, Messages.SE2010NotAPackage.Format(ex.Message));
        }

        return new OfficePackage(name, kind, entries);
    }

    /// <summary>An SE2010 refusal of the file as a whole.</summary>
    public static OfficeTemplateException Refused(string name, string message) =>
        new(TemplateDiagnosticCodes.OfficeTemplateRefused.Create(message, new SourceLocation(name, 0, 0, "$")));

    private static bool IsSafeName(string path) =>
        path.Length > 0
        && !path.StartsWith("/", StringComparison.Ordinal)
        && path.IndexOf('\\') < 0
        && path.IndexOf(':') < 0
        && path.Split('/').All(segment => segment != ".." && segment != ".")
        && !path.Any(char.IsControl);

    private static byte[] ReadCapped(Stream stream, string name, string path, long room)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > room)
            {
                throw Refused(name, Messages.SE2010TooLarge.Format(path, MaxExpandedBytes / (1024 * 1024)));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>One file of the package.</summary>
    internal sealed class Entry
    {
        public Entry(string path, byte[] data, bool compressed)
        {
            Path = path;
            Data = data;
            Compressed = compressed;
        }

        public string Path { get; }

        public byte[] Data { get; }

        /// <summary>Whether it is deflated when the package is written again.</summary>
        public bool Compressed { get; }
    }
}
