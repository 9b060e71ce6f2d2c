using System;
using System.IO;
using System.Security;
using System.Threading;
using System.Threading.Tasks;

namespace ServiceEfficiency.Cli;

/// <summary>
/// Reading inputs and writing outputs the way every command does: <c>-</c> is standard input or
/// output, and a file is written whole or not at all.
/// </summary>
internal static class CliFiles
{
    /// <summary>The path that means standard input or output.</summary>
    public const string StandardStream = "-";

    /// <summary>How a diagnostic names standard input.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>The bytes of a file, or of standard input for <c>-</c>.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        try
        {
            if (path == StandardStream)
            {
                using Stream input = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                return buffer.ToArray();
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{path}: cannot read: {Describe(e)}", e);
        }
    }

    /// <summary>The name a diagnostic gives the input.</summary>
    public static string SourceName(string path) => path == StandardStream ? StandardInputName : path;

    /// <summary>
    /// Writes an output file atomically: into a temporary file beside it, renamed over the target
    /// only when <paramref name="write"/> completes. After an error or Ctrl+C the target is untouched
    /// and the temporary file is gone. <c>-</c> writes to standard output.
    /// </summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        if (path == StandardStream)
        {
            using Stream output = Console.OpenStandardOutput();
            await write(output, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        string full;
        string temporary;
        try
        {
            full = Path.GetFullPath(path);
            string directory = Path.GetDirectoryName(full) ?? throw new CliException($"{path}: not a file path");
            if (!Directory.Exists(directory))
            {
                throw new CliException($"{path}: cannot write: directory '{directory}' does not exist");
            }

            if (Directory.Exists(full))
            {
                throw new CliException($"{path}: cannot write: it is a directory");
            }

            temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or SecurityException)
        {
            throw new CliException($"{path}: not a valid output path: {Describe(e)}", e);
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

                File.Move(temporary, full, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"{path}: cannot write: {Describe(e)}", e);
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
            byte[] bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
            await stream.WriteAsync(bytes, ct).ConfigureAwait(false);
        }, cancellationToken);

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

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
