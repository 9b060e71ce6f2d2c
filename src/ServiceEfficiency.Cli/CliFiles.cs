using System;
using System.IO;
using System.Security;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Serialization;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli;

/// <summary>
/// Reading inputs and writing outputs the way every command does: <c>-</c> is standard input or
/// output, and a regular file is written whole or not at all.
/// </summary>
internal static class CliFiles
{
    /// <summary>The path that means standard input or output.</summary>
    public const string StandardStream = "-";

    /// <summary>How a diagnostic names standard input.</summary>
    public const string StandardInputName = "<stdin>";

    // NAME_MAX of Linux and macOS file systems, in bytes of the UTF-8 name.
    private const int NameMax = 255;

    /// <summary>The file-name comparison of the platform: case-sensitive on Linux, not on Windows or macOS.</summary>
    public static StringComparison PathComparison =>
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>
    /// Loads a document or an edition from a file, or from standard input for <c>-</c>, through the
    /// loader's own bounded reader (<see cref="JsonLoadOptions.MaxBytes"/> + 1 bytes at most, so a
    /// huge file, <c>/dev/zero</c> or an endless pipe is refused with SE1003, not read into memory).
    /// A file that cannot be opened is a <see cref="CliException"/> (exit 2); what the loader finds in
    /// what it reads is a located diagnostic. Reading standard input stops at
    /// <paramref name="cancellationToken"/> even while the read is blocked (a writer that never closes it).
    /// </summary>
    public static LoadResult<T> Load<T>(string path, Func<Stream, string, LoadResult<T>> load, CancellationToken cancellationToken = default)
        where T : class
    {
        try
        {
            if (path == StandardStream)
            {
                Task<LoadResult<T>> read = Task.Run(() =>
                {
                    using Stream input = Console.OpenStandardInput();
                    return load(input, StandardInputName);
                });
                return read.WaitAsync(cancellationToken).GetAwaiter().GetResult();
            }

            using Stream file = OpenRead(path);
            return load(file, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            throw new CliException(Messages.CliCannotRead.Format(path, Describe(e)), e);
        }
    }

    /// <summary>
    /// The bytes of a file, or of standard input for <c>-</c>, refused past
    /// <paramref name="maxBytes"/> after reading at most one byte more.
    /// </summary>
    public static byte[] ReadAllBytes(string path, long maxBytes, CancellationToken cancellationToken = default)
    {
        try
        {
            if (path == StandardStream)
            {
                Task<byte[]> read = Task.Run(() =>
                {
                    using Stream input = Console.OpenStandardInput();
                    return ReadBounded(input, StandardInputName, maxBytes);
                });
                return read.WaitAsync(cancellationToken).GetAwaiter().GetResult();
            }

            using Stream file = OpenRead(path);
            return ReadBounded(file, path, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            throw new CliException(Messages.CliCannotRead.Format(path, Describe(e)), e);
        }
    }

    // A directory opens on some systems and fails with "access denied" on others: say what it is.
    // No read-ahead buffer, so a device or a pipe gives up no more than the reader asks for.
    private static FileStream OpenRead(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException(Messages.CliCannotRead.Format(path, Messages.CliIsADirectory.Format()));
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
    }

    private static byte[] ReadBounded(Stream input, string name, long maxBytes)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        long cap = maxBytes + 1;
        while (buffer.Length < cap)
        {
            int read = input.Read(chunk, 0, (int)Math.Min(chunk.Length, cap - buffer.Length));
            if (read == 0)
            {
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, read);
        }

        throw new CliException(Messages.CliInputTooLarge.Format(name, maxBytes));
    }

    /// <summary>
    /// UTF-8 text of a file or standard input, a byte-order mark dropped; bytes that are not UTF-8
    /// are an error naming the line and the byte offset.
    /// </summary>
    public static string ReadAllText(string path, CancellationToken cancellationToken = default)
    {
        byte[] bytes = ReadAllBytes(path, new JsonLoadOptions().MaxBytes, cancellationToken);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            int offset = FirstInvalidUtf8(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                }
            }

            throw new CliException(Messages.CliNotUtf8.Format(SourceName(path), line, offset));
        }
    }

    /// <summary>The name a diagnostic gives the input.</summary>
    public static string SourceName(string path) => path == StandardStream ? StandardInputName : path;

    /// <summary>The full path of an output or input, for comparing them; <c>-</c> stays <c>-</c>.</summary>
    public static string FullPath(string path) => path == StandardStream ? path : Path.GetFullPath(path);

    /// <summary>
    /// Writes an output. A regular file (or a path where nothing exists yet) is written atomically:
    /// into a temporary file beside it, renamed over the target only when <paramref name="write"/>
    /// completes, so after an error or an interruption the target is untouched and the temporary
    /// file is gone. A link to a regular file is followed and its target replaced (the link stays).
    /// A device, FIFO or socket — or a link to one, such as <c>/proc/self/fd/1</c> — is written
    /// into directly: renaming over it would replace <c>/dev/null</c> with a file. <c>-</c> writes
    /// to standard output.
    /// </summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        if (path == StandardStream)
        {
            Stream output = StandardOutput.Instance;
            await write(output, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        string full;
        string temporary;
        try
        {
            full = Path.GetFullPath(path);
            switch (FileKinds.Of(full))
            {
                case FileKind.Directory:
                    throw new CliException(Messages.CliOutputIsDirectory.Format(path));
                case FileKind.Special:
                    await WriteDirectlyAsync(path, full, write, cancellationToken).ConfigureAwait(false);
                    return;
                case FileKind.Regular when new FileInfo(full).LinkTarget is not null:
                    full = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
                    break;
            }

            string directory = Path.GetDirectoryName(full) ?? throw new CliException(Messages.CliInvalidOutputPath.Format(path, path));
            if (!Directory.Exists(directory))
            {
                throw new CliException(Messages.CliOutputDirectoryMissing.Format(path, directory));
            }

            temporary = Path.Combine(directory, TemporaryName(Path.GetFileName(full)));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or SecurityException)
        {
            throw new CliException(Messages.CliInvalidOutputPath.Format(path, Describe(e)), e);
        }

        try
        {
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                {
                    await write(stream, cancellationToken).ConfigureAwait(false);
                    await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                }

                // The last moment to give up: after the rename the output is complete.
                cancellationToken.ThrowIfCancellationRequested();
                File.Move(temporary, full, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException(Messages.CliCannotWrite.Format(path, Describe(e)), e);
            }
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Writes text as UTF-8 without a byte-order mark, atomically.</summary>
    public static Task WriteTextAsync(string path, string text, CancellationToken cancellationToken) =>
        WriteAsync(path, async (stream, ct) =>
        {
            byte[] bytes = new UTF8Encoding(false).GetBytes(text);
            await stream.WriteAsync(bytes, ct).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// The temporary file's name for a target named <paramref name="name"/>: <c>.NAME.xxxxxxxx.tmp</c>,
    /// with NAME shortened when the whole would pass NAME_MAX (255 UTF-8 bytes) — a target name that
    /// is itself valid must never be refused because of the 14 bytes the temporary name adds.
    /// </summary>
    internal static string TemporaryName(string name)
    {
        string suffix = "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        int room = NameMax - 1 - suffix.Length;
        int length = name.Length;
        while (Encoding.UTF8.GetByteCount(name.AsSpan(0, length)) > room)
        {
            length--;
            // Never cut a surrogate pair in two.
            if (length > 0 && char.IsHighSurrogate(name[length - 1]))
            {
                length--;
            }
        }

        return "." + name.Substring(0, length) + suffix;
    }

    private static async Task WriteDirectlyAsync(string path, string full, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        try
        {
            // FileMode.Open: never create or truncate-by-replacing; a FIFO blocks here until a reader opens it.
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
            await write(stream, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(Messages.CliCannotWrite.Format(path, Describe(e)), e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // Best effort: the temporary name starts with a dot and never replaces the target.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // The offset where the first ill-formed UTF-8 sequence starts (Utf8.ToUtf16 stops there).
    private static int FirstInvalidUtf8(byte[] bytes)
    {
        char[] chars = new char[bytes.Length];
        System.Buffers.OperationStatus status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out int read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : read;
    }

    /// <summary>The reason of an I/O failure in the user's words.</summary>
    public static string Describe(Exception e) => e switch
    {
        FileNotFoundException => Messages.CliNoSuchFile.Format(),
        DirectoryNotFoundException => Messages.CliNoSuchDirectory.Format(),
        UnauthorizedAccessException => Messages.CliPermissionDenied.Format(),
        IOException { HResult: 28 } => Messages.CliNoSpace.Format(),
        _ => e.Message,
    };
}
