using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace ServiceEfficiency.Templates;

/// <summary>
/// Writes a zip archive whose every byte is fixed, in the form ODF consumers demand of an
/// <c>.odt</c>: entries in the order given, each stored or deflated as asked, with no extra field
/// and no data descriptor. Written by hand into memory rather than with <see cref="ZipArchive"/>
/// so that timestamps (1980-01-01), "version made by" and attributes never vary: the same entries
/// give the same file.
/// </summary>
internal static class DeterministicZip
{
    private const ushort DosDate19800101 = (0 << 9) | (1 << 5) | 1;
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>One entry: its path in the package, its bytes, and whether to deflate it.</summary>
    internal readonly struct Entry
    {
        public Entry(string name, byte[] data, bool compress)
        {
            Name = name;
            Data = data;
            Compress = compress;
        }

        public string Name { get; }

        public byte[] Data { get; }

        public bool Compress { get; }
    }

    public static byte[] Build(IReadOnlyList<Entry> entries)
    {
        using var zip = new MemoryStream();
        var writer = new BinaryWriter(zip, Encoding.UTF8, leaveOpen: true);
        var central = new MemoryStream();
        var centralWriter = new BinaryWriter(central, Encoding.UTF8, leaveOpen: true);
        foreach (Entry entry in entries)
        {
            byte[] name = Encoding.UTF8.GetBytes(entry.Name);
            byte[] stored = entry.Compress ? Deflate(entry.Data) : entry.Data;
            ushort method = entry.Compress ? (ushort)8 : (ushort)0;
            ushort version = entry.Compress ? (ushort)20 : (ushort)10;
            uint crc = Crc32(entry.Data);
            uint offset = checked((uint)zip.Position);

            writer.Write(0x04034b50u);          // local file header
            writer.Write(version);              // version needed to extract
            writer.Write((ushort)0);            // flags: no data descriptor
            writer.Write(method);
            writer.Write((ushort)0);            // time 00:00:00
            writer.Write(DosDate19800101);
            writer.Write(crc);
            writer.Write((uint)stored.Length);
            writer.Write((uint)entry.Data.Length);
            writer.Write((ushort)name.Length);
            writer.Write((ushort)0);            // no extra field
            writer.Write(name);
            writer.Write(stored);

            centralWriter.Write(0x02014b50u);   // central directory header
            centralWriter.Write((ushort)20);    // version made by: MS-DOS, 2.0 — fixed, whatever the OS
            centralWriter.Write(version);
            centralWriter.Write((ushort)0);
            centralWriter.Write(method);
            centralWriter.Write((ushort)0);
            centralWriter.Write(DosDate19800101);
            centralWriter.Write(crc);
            centralWriter.Write((uint)stored.Length);
            centralWriter.Write((uint)entry.Data.Length);
            centralWriter.Write((ushort)name.Length);
            centralWriter.Write((ushort)0);     // extra
            centralWriter.Write((ushort)0);     // comment
            centralWriter.Write((ushort)0);     // disk
            centralWriter.Write((ushort)0);     // internal attributes
            centralWriter.Write(0u);            // external attributes
            centralWriter.Write(offset);
            centralWriter.Write(name);
        }

        centralWriter.Flush();
        uint centralOffset = checked((uint)zip.Position);
        writer.Write(central.ToArray());
        writer.Write(0x06054b50u);              // end of central directory
        writer.Write((ushort)0);
        writer.Write((ushort)0);
        writer.Write((ushort)entries.Count);
        writer.Write((ushort)entries.Count);
        writer.Write((uint)central.Length);
        writer.Write(centralOffset);
        writer.Write((ushort)0);
        writer.Flush();
        return zip.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data, 0, data.Length);
        }

        return output.ToArray();
    }

    internal static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFFu;
        foreach (byte b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
