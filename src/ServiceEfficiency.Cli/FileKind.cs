using System;
using System.IO;
using System.Runtime.InteropServices;

namespace ServiceEfficiency.Cli;

/// <summary>What a path names, following links: what decides whether an output may be replaced by a rename.</summary>
internal enum FileKind
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,

    /// <summary>A regular file (or a link to one).</summary>
    Regular,

    /// <summary>A directory (or a link to one).</summary>
    Directory,

    /// <summary>A character or block device, a FIFO, a socket (or a link to one, such as <c>/proc/self/fd/1</c>).</summary>
    Special,
}

/// <summary>Finds the <see cref="FileKind"/> of a path.</summary>
internal static class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 1;
    private const int StatxModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>The kind of <paramref name="path"/>, links followed.</summary>
    public static FileKind Of(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        // .NET has no public API for the file type; statx has one layout on every Linux
        // architecture (stx_mode is the 16 bits at offset 28), unlike stat. Elsewhere every
        // existing non-directory is taken as regular, as before.
        if (!OperatingSystem.IsLinux())
        {
            return FileKind.Regular;
        }

        byte[] buffer = new byte[256];
        if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0)
        {
            return FileKind.Regular;
        }

        int mode = BitConverter.ToUInt16(buffer, StatxModeOffset) & TypeMask;
        return mode switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
