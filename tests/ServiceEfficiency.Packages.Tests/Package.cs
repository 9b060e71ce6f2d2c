using System.IO.Compression;
using System.Xml.Linq;

namespace ServiceEfficiency.Packages.Tests;

/// <summary>A .nupkg or .snupkg opened for reading: its file list, its nuspec and its files' bytes.</summary>
public sealed class Package : IDisposable
{
    private readonly ZipArchive zip;

    /// <summary>Opens the package at <paramref name="path"/>.</summary>
    public Package(string path)
    {
        Path = path;
        zip = ZipFile.OpenRead(path);
        Files = zip.Entries
            .Select(e => e.FullName)
            .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml")
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        string nuspecName = Files.Single(n => n.EndsWith(".nuspec", StringComparison.Ordinal) && !n.Contains('/', StringComparison.Ordinal));
        using Stream nuspec = zip.GetEntry(nuspecName)!.Open();
        Nuspec = XDocument.Load(nuspec);
    }

    /// <summary>The package file.</summary>
    public string Path { get; }

    /// <summary>The files of the package, '/'-separated, without NuGet's own parts (_rels, package/, [Content_Types].xml).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The nuspec.</summary>
    public XDocument Nuspec { get; }

    /// <summary>The nuspec's <c>metadata</c> element.</summary>
    public XElement Metadata => Nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");

    /// <summary>The first metadata element named <paramref name="name"/>, or null.</summary>
    public XElement? Element(string name) => Metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>The text of metadata element <paramref name="name"/>, or null.</summary>
    public string? Value(string name) => Element(name)?.Value;

    /// <summary>Every element named <paramref name="name"/> below the metadata.</summary>
    public IEnumerable<XElement> Descendants(string name) => Metadata.Descendants().Where(e => e.Name.LocalName == name);

    /// <summary>The bytes of file <paramref name="name"/>.</summary>
    public byte[] Read(string name)
    {
        ZipArchiveEntry entry = zip.GetEntry(name) ?? throw new FileNotFoundException($"{name} is not in {System.IO.Path.GetFileName(Path)}");
        using Stream stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>File <paramref name="name"/> as XML (a byte-order mark is fine).</summary>
    public XDocument ReadXml(string name) => XDocument.Load(new MemoryStream(Read(name)));

    /// <inheritdoc />
    public void Dispose() => zip.Dispose();
}
