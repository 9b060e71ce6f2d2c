using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ServiceEfficiency.IO;

/// <summary>
/// Writes a whole file or nothing: the bytes go into a temporary file in the target's directory,
/// which is then moved over the target. On failure no empty or partial file and no temporary file is
/// left, and an existing target is unchanged. A target that is a device or a FIFO (<c>/dev/null</c>,
/// a pipe) is written into, not replaced by a rename. Shared by the renderer (Templates) and the
/// document writer, so both keep the same guarantees.
/// </summary>
internal static class AtomicFile
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="bytes">The whole content.</param>
    /// <param name="cancellationToken">Checked last, before the move: a cancelled write leaves the target unchanged.</param>
    public static void Write(string path, byte[] bytes, CancellationToken cancellationToken = default)
    {
        string target = TargetPath(path);
        if (IsSpecialFile(target))
        {
            using var special = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            special.Write(bytes, 0, bytes.Length);
            return;
        }

        string temp = TempPath(target);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            MoveIntoPlace(temp, target);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Asynchronous <see cref="Write"/>: same guarantees.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="bytes">The whole content.</param>
    /// <param name="cancellationToken">Cancels the writing; the target is then unchanged.</param>
    public static async Task WriteAsync(string path, byte[] bytes, CancellationToken cancellationToken = default)
    {
        string target = TargetPath(path);
        if (IsSpecialFile(target))
        {
            using var special = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            await special.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
            return;
        }

        string temp = TempPath(target);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await stream.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            MoveIntoPlace(temp, target);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>The full path of a target, refusing a blank one: callers check it before doing the work whose result they write.</summary>
    /// <param name="path">The path given.</param>
    public static string TargetPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("A file path is required.", nameof(path));
        }

        return Path.GetFullPath(path);
    }

    private static bool IsSpecialFile(string target) => File.Exists(target) && FileKind.NotRegular(target) is not null;

    /// <summary>
    /// A hidden temporary name beside the target, within the 255 bytes most file systems allow a
    /// name: a target name that is itself near the limit is shortened in the temporary name.
    /// </summary>
    private static string TempPath(string target)
    {
        const int MaxNameBytes = 255;
        string suffix = "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp";
        string name = Path.GetFileName(target);
        while (name.Length > 0 && Utf8.GetByteCount("." + name + suffix) > MaxNameBytes)
        {
            name = name.Substring(0, char.IsLowSurrogate(name[name.Length - 1]) && name.Length > 1 ? name.Length - 2 : name.Length - 1);
        }

        return Path.Combine(Path.GetDirectoryName(target) ?? ".", "." + name + suffix);
    }

    private static void MoveIntoPlace(string temp, string target)
    {
#if NET8_0_OR_GREATER
        File.Move(temp, target, overwrite: true);
#else
        if (File.Exists(target))
        {
            File.Replace(temp, target, null);
        }
        else
        {
            File.Move(temp, target);
        }
#endif
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the write already failed; its exception is the one that matters.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
