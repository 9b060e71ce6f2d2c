using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace ServiceEfficiency.Packages.Tests;

/// <summary>Reads portable PDBs: their identity, their documents and their SourceLink map.</summary>
public static class SymbolFiles
{
    /// <summary>The kind of the custom debug information that holds the SourceLink JSON.</summary>
    public static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <summary>Whether <paramref name="file"/> is one of this repository's assemblies (the generator's analyzer included).</summary>
    public static bool IsOurAssembly(string file)
    {
        string name = System.IO.Path.GetFileName(file);
        bool inAssetFolder = file.StartsWith("lib/", StringComparison.Ordinal) || file.StartsWith("tools/", StringComparison.Ordinal);
        bool ours = name.StartsWith("ServiceEfficiency.", StringComparison.Ordinal) || name == "service-efficiency.dll";
        return inAssetFolder && ours && file.EndsWith(".dll", StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="pdb"/> starts with the portable PDB signature (the metadata root "BSJB").</summary>
    public static bool IsPortablePdb(byte[] pdb) => pdb.Length > 4 && pdb[0] == (byte)'B' && pdb[1] == (byte)'S' && pdb[2] == (byte)'J' && pdb[3] == (byte)'B';

    /// <summary>What a PDB says: its id, its documents' names and its SourceLink JSON (null when it has none).</summary>
    public sealed record PdbInfo(Guid Id, IReadOnlyList<string> Documents, string? SourceLink);

    /// <summary>Reads a standalone portable PDB.</summary>
    public static PdbInfo ReadPdb(byte[] pdb)
    {
        using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdb));
        return Read(provider.GetMetadataReader());
    }

    /// <summary>Reads the portable PDB embedded in <paramref name="assembly"/> (DebugType embedded), or null.</summary>
    public static PdbInfo? ReadEmbeddedPdb(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        DebugDirectoryEntry? entry = pe.ReadDebugDirectory().Where(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).Cast<DebugDirectoryEntry?>().FirstOrDefault();
        if (entry is null)
        {
            return null;
        }

        using MetadataReaderProvider provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(entry.Value);
        return Read(provider.GetMetadataReader());
    }

    /// <summary>The PDB id that <paramref name="assembly"/>'s CodeView debug directory entry names.</summary>
    public static Guid ExpectedPdbId(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        DebugDirectoryEntry codeView = pe.ReadDebugDirectory().First(e => e.Type == DebugDirectoryEntryType.CodeView);
        return pe.ReadCodeViewDebugDirectoryData(codeView).Guid;
    }

    private static PdbInfo Read(MetadataReader reader)
    {
        string? sourceLink = null;
        foreach (CustomDebugInformationHandle handle in reader.CustomDebugInformation)
        {
            CustomDebugInformation information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == SourceLinkKind)
            {
                sourceLink = Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
            }
        }

        var documents = reader.Documents.Select(h => reader.GetString(reader.GetDocument(h).Name)).ToList();
        return new PdbInfo(new BlobContentId(reader.DebugMetadataHeader!.Id).Guid, documents, sourceLink);
    }
}
