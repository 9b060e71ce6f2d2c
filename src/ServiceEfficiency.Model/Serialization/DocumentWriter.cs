using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Documents;
using ServiceEfficiency.IO;

namespace ServiceEfficiency.Serialization;

/// <summary>
/// Writes a plan or a results report — loaded with <see cref="DocumentLoader"/> or built in code — as
/// JSON in the format of <c>schemas/document.schema.json</c>, which <see cref="DocumentLoader"/> reads
/// back into an equal document.
/// </summary>
/// <remarks>
/// <para>
/// The output is UTF-8 without a byte order mark, <c>$schema</c> (<see cref="SchemaId"/>) first, then the
/// properties in the order of the schema, indented by two spaces, lines ending in LF, with a final
/// newline (docs/data-formats.md). It is deterministic: the same document gives the same bytes, and
/// writing a document loaded from this writer's output gives that output again. Chinese and other
/// non-ASCII text is written as is; control characters, quotes and backslashes are escaped.
/// </para>
/// <para>
/// Nothing is silently changed: a text the format cannot carry (a lone surrogate, which UTF-8 has no
/// form for), a null where the format requires a value, or an enumeration value without a name is an
/// <see cref="ArgumentException"/> whose message names the JSON path (<c>$.tables[0].entries[1].results[0]</c>)
/// and the problem, thrown before a byte is written. Everything else (an unknown criterion, a lead unit
/// that is not a unit of the agency) is written as it is and left to the validator.
/// </para>
/// </remarks>
public static class DocumentWriter
{
    /// <summary>The value written as <c>$schema</c>: the <c>$id</c> of <c>schemas/document.schema.json</c>, which editors can map to the schema file.</summary>
    public const string SchemaId = "https://serviceefficiency.invalid/schemas/document.schema.json";

    private static readonly byte[] NewLine = { (byte)'\n' };

    // UnsafeRelaxedJsonEscaping keeps Chinese readable in the file. "Unsafe" concerns JSON pasted into
    // HTML or a script, which these files are not; the HTML renderer escapes on its own.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document as UTF-8 JSON bytes, with no byte order mark and a final newline.</summary>
    /// <param name="document">The plan or results report to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">The document holds a value the format cannot carry; the message names its JSON path.</exception>
    public static byte[] ToUtf8Bytes(ServiceDocument document)
    {
        DocumentDto dto = DocumentToDto.Map(document ?? throw new ArgumentNullException(nameof(document)), SchemaId);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, dto, ModelJsonContext.Default.DocumentDto);
        }

        buffer.Write(NewLine, 0, NewLine.Length);
        return buffer.ToArray();
    }

    /// <summary>The document as JSON text (the text of <see cref="ToUtf8Bytes"/>).</summary>
    /// <param name="document">The plan or results report to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">The document holds a value the format cannot carry; the message names its JSON path.</exception>
    public static string ToJson(ServiceDocument document) => Encoding.UTF8.GetString(ToUtf8Bytes(document));

    /// <summary>Writes the document to a stream; a refused document writes nothing.</summary>
    /// <param name="document">The plan or results report to write.</param>
    /// <param name="stream">Where to write, from its current position; it is neither flushed to disk nor closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The document holds a value the format cannot carry; the message names its JSON path.</exception>
    public static void Write(ServiceDocument document, Stream stream)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        byte[] bytes = ToUtf8Bytes(document);
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Writes the document to a stream asynchronously; a refused document writes nothing.</summary>
    /// <param name="document">The plan or results report to write.</param>
    /// <param name="stream">Where to write, from its current position; it is flushed but not closed.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The document holds a value the format cannot carry; the message names its JSON path.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteAsync(ServiceDocument document, Stream stream, CancellationToken cancellationToken = default)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        byte[] bytes = ToUtf8Bytes(document);
        cancellationToken.ThrowIfCancellationRequested();
        await stream.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the document to a file atomically: the JSON is made in memory, written into a temporary file
    /// in the same directory, then moved over <paramref name="path"/>. On failure nothing is left — no empty
    /// or partial file, no temporary file — and an existing file is unchanged. A device or a FIFO
    /// (<c>/dev/null</c>, a pipe) is written into, not replaced.
    /// </summary>
    /// <param name="document">The plan or results report to write.</param>
    /// <param name="path">The file to create or replace.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank, or the document holds a value the format cannot carry (the message names its JSON path).</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    public static void WriteFile(ServiceDocument document, string path)
    {
        string target = AtomicFile.TargetPath(path);
        AtomicFile.Write(target, ToUtf8Bytes(document));
    }

    /// <summary>Asynchronous <see cref="WriteFile"/>: same guarantees.</summary>
    /// <param name="document">The plan or results report to write.</param>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="cancellationToken">Cancels the writing; the file is then unchanged.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank, or the document holds a value the format cannot carry (the message names its JSON path).</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteFileAsync(ServiceDocument document, string path, CancellationToken cancellationToken = default)
    {
        string target = AtomicFile.TargetPath(path);
        return AtomicFile.WriteAsync(target, ToUtf8Bytes(document), cancellationToken);
    }
}
