using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli;

/// <summary>
/// The process's standard output as a stream whose write errors become one clear
/// <see cref="CliException"/>: a full disk exits with <see cref="ExitCodes.Failure"/>, a closed
/// pipe with <see cref="ExitCodes.BrokenPipe"/>.
/// </summary>
/// <remarks>
/// On Unix .NET's console stream and its FileStream both pretend a write after EPIPE succeeded, so
/// a caller piping into <c>head</c> would see exit 0 for a truncated document; descriptor 1 is
/// written with write(2) instead, which reports every error. After the first failure
/// every later write is dropped: the one message has been said, and the writers flushing on their
/// way out must not fail again.
/// </remarks>
internal sealed class StandardOutput : Stream
{
    private static StandardOutput? s_instance;

    private readonly Stream? _inner;
    private bool _failed;

    private StandardOutput(Stream? inner)
    {
        _inner = inner;
    }

    /// <summary>The one standard output of the process.</summary>
    public static StandardOutput Instance => s_instance ??= new StandardOutput(OperatingSystem.IsWindows() ? Console.OpenStandardOutput() : null);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (_failed)
        {
            return;
        }

        Write(buffer.AsSpan(offset, count));
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            if (_inner is not null)
            {
                _inner.Write(buffer);
                return;
            }

            while (buffer.Length > 0)
            {
                nint written = NativeWrite(1, ref MemoryMarshal.GetReference(buffer), buffer.Length);
                if (written < 0)
                {
                    int errno = Marshal.GetLastPInvokeError();
                    if (errno == EINTR)
                    {
                        continue;
                    }

                    throw new IOException(Marshal.GetPInvokeErrorMessage(errno), errno);
                }

                buffer = buffer.Slice((int)written);
            }
        }
        catch (IOException e)
        {
            throw Fail(e);
        }
    }

    public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        await WriteAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false);

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_failed)
        {
            return;
        }

        if (_inner is null)
        {
            // Standard output is written synchronously: nothing else runs meanwhile.
            cancellationToken.ThrowIfCancellationRequested();
            Write(buffer.Span);
            return;
        }

        try
        {
            await _inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw Fail(e);
        }
    }

    public override void Flush()
    {
        if (_failed)
        {
            return;
        }

        try
        {
            _inner?.Flush();
        }
        catch (IOException e)
        {
            throw Fail(e);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private const int EINTR = 4;

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint NativeWrite(int descriptor, ref byte buffer, nint count);

    private CliException Fail(IOException e)
    {
        _failed = true;
        // On Unix an IOException's HResult is the errno: ENOSPC 28, EPIPE 32 (Linux and macOS alike).
        return e.HResult switch
        {
            28 => new CliException(Messages.CliStandardOutputFull.Format(), e),
            32 => new CliException(Messages.CliStandardOutputClosed.Format(), e, ExitCodes.BrokenPipe),
            _ => new CliException(Messages.CliStandardOutputFailed.Format(e.Message), e),
        };
    }
}
