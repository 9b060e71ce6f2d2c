using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace ServiceEfficiency.Testing;

/// <summary>Reads and changes one XML part of an office package, as a person restyling or breaking a layout would.</summary>
internal static class ZipParts
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The text of <paramref name="part"/>.</summary>
    public static string Read(byte[] package, string part)
    {
        using var archive = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        ZipArchiveEntry entry = archive.GetEntry(part) ?? throw new InvalidOperationException($"the package has no {part}");
        using var reader = new StreamReader(entry.Open(), Utf8);
        return reader.ReadToEnd();
    }

    /// <summary>The package with <paramref name="part"/> changed; throws when the part is missing or the change changes nothing (a test that changes nothing proves nothing).</summary>
    public static byte[] Rewrite(byte[] package, string part, Func<string, string> change)
    {
        bool found = false;
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (ZipArchiveEntry entry in source.Entries)
            {
                using var copy = new MemoryStream();
                using (Stream stream = entry.Open())
                {
                    stream.CopyTo(copy);
                }

                byte[] bytes = copy.ToArray();
                if (entry.FullName == part)
                {
                    found = true;
                    string before = Utf8.GetString(bytes);
                    string after = change(before);
                    if (after == before)
                    {
                        throw new InvalidOperationException($"the change left {part} as it was");
                    }

                    bytes = Utf8.GetBytes(after);
                }

                // ODF readers want the mimetype stored.
                using Stream written = target.CreateEntry(entry.FullName, entry.FullName == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open();
                written.Write(bytes, 0, bytes.Length);
            }
        }

        return found ? output.ToArray() : throw new InvalidOperationException($"the package has no {part}");
    }
}
