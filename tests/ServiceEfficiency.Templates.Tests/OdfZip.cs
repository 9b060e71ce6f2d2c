using System.IO.Compression;
using System.Text;

namespace ServiceEfficiency.Templates.Tests;

/// <summary>Reads an .odt back: its entries in order, and the raw facts validators check (mimetype first, stored, no extra field).</summary>
internal static class OdfZip
{
    public static IReadOnlyList<(string Name, bool Stored, byte[] Data)> Entries(byte[] odt)
    {
        var entries = new List<(string, bool, byte[])>();
        using var archive = new ZipArchive(new MemoryStream(odt), ZipArchiveMode.Read);
        foreach (ZipArchiveEntry entry in archive.Entries)
        {
            using Stream stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries.Add((entry.FullName, entry.CompressedLength == entry.Length && entry.FullName == "mimetype", copy.ToArray()));
        }

        return entries;
    }

    /// <summary>The uncompressed entries as one readable text, for golden files: deflate output may differ between runtimes, the entries may not.</summary>
    public static string Describe(byte[] odt)
    {
        var builder = new StringBuilder();
        foreach ((string name, _, byte[] data) in Entries(odt))
        {
            builder.Append("==== ").Append(name).Append('\n');
            builder.Append(Samples.Text(data)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The local header of the first entry, read byte by byte as ODF validators do.</summary>
    public static (string Name, int Method, int Flags, int ExtraLength) FirstLocalHeader(byte[] odt)
    {
        Assert.Equal(0x04034b50u, BitConverter.ToUInt32(odt, 0));
        int flags = BitConverter.ToUInt16(odt, 6);
        int method = BitConverter.ToUInt16(odt, 8);
        int nameLength = BitConverter.ToUInt16(odt, 26);
        int extraLength = BitConverter.ToUInt16(odt, 28);
        string name = Encoding.ASCII.GetString(odt, 30, nameLength);
        return (name, method, flags, extraLength);
    }
}
