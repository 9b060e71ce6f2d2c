using System;
using System.IO;
using System.Runtime.InteropServices;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.IO;

/// <summary>
/// What a path is — a regular file, or something that must not be opened as a template (a FIFO,
/// whose opening blocks until a writer comes; a character device such as <c>/dev/zero</c>, which
/// never ends) — told without opening it.
/// </summary>
/// <remarks>
/// .NET has no public API for the file type on Unix (<see cref="FileAttributes"/> shows only
/// directories and links), so the type is read with <c>stat</c> through the runtime's own native
/// shim, <c>libSystem.Native</c>, whose status structure is the same on every Unix the runtime
/// supports (type bits normalised to the POSIX values). Where the shim is missing the type is
/// unknown, and a size-capped read (the template store's) still bounds what is read.
/// </remarks>
internal static class FileKind
{
    private const int TypeMask = 0xF000;

    /// <summary>What <paramref name="path"/> (following links) is, in words, or null for a regular file or when it cannot be told.</summary>
    /// <param name="path">A path that exists.</param>
    public static string? NotRegular(string path)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return (File.GetAttributes(path) & FileAttributes.Device) != 0 ? Messages.FileKindDevice.Format() : null;
        }

        int mode;
        try
        {
            var status = new Status();
            if (Stat(path, ref status) != 0)
            {
                return null; // vanished or unreadable: opening it reports the error
            }

            mode = status.Mode;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        return (mode & TypeMask) switch
        {
            0x8000 => null,
            0x1000 => Messages.FileKindFifo.Format(),
            0x2000 => Messages.FileKindCharacterDevice.Format(),
            0x6000 => Messages.FileKindBlockDevice.Format(),
            0x4000 => Messages.FileKindDirectory.Format(),
            0xC000 => Messages.FileKindSocket.Format(),
            _ => Messages.FileKindDevice.Format(),
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, SetLastError = true)]
    private static extern int Stat(string path, ref Status status);

    /// <summary>The start of the shim's <c>FileStatus</c> (flags, then mode), padded past its full size.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct Status
    {
        public int Flags;
        public int Mode;
    }
}
