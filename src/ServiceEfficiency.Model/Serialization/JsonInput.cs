using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Serialization.Json;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Serialization;

/// <summary>
/// The shared front half of every loader: reads the bytes within the limits, checks UTF-8 and JSON
/// syntax while recording where each value starts, then deserializes into the DTOs. Every failure
/// becomes one located diagnostic; nothing throws.
/// </summary>
internal sealed class JsonInput
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    // Where each property name starts, by the path of its value: an unknown property is located at its name.
    private readonly Dictionary<string, (int Line, int Column)> _names;
    private readonly int _maxDepth;

    private readonly LoadCodes _codes;

    private JsonInput(string? filePath, byte[] utf8, JsonSourceMap map, Utf8LineIndex lines, Dictionary<string, (int Line, int Column)> names, int maxDepth, LoadCodes codes)
    {
        _codes = codes;
        FilePath = filePath;
        Utf8 = utf8;
        Map = map;
        Lines = lines;
        _names = names;
        _maxDepth = maxDepth;
    }

    public string? FilePath { get; }

    public byte[] Utf8 { get; }

    public JsonSourceMap Map { get; }

    public Utf8LineIndex Lines { get; }

    public static byte[]? ReadFile(string path, JsonLoadOptions options, out Diagnostic? failure)
    {
        try
        {
            using FileStream? stream = OpenFile(path, asynchronous: false, out failure);
            return stream is null ? null : ReadStream(stream, path, options, out failure);
        }
        catch (Exception e) when (IsUnreadableFile(e))
        {
            failure = Unreadable(path, e);
            return null;
        }
    }

    /// <summary>
    /// <see cref="ReadFile"/> with the reads awaited: the same opening, the same bounded reading
    /// (<see cref="ReadStreamAsync"/>) and the same diagnostics.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled before or between reads.</exception>
    public static async Task<(byte[]? Bytes, Diagnostic? Failure)> ReadFileAsync(string path, JsonLoadOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using FileStream? stream = OpenFile(path, asynchronous: true, out Diagnostic? failure);
            return stream is null ? (null, failure) : await ReadStreamAsync(stream, path, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsUnreadableFile(e))
        {
            cancellationToken.ThrowIfCancellationRequested();
            return (null, Unreadable(path, e));
        }
    }

    /// <summary>
    /// Reads the stream to its end, but never more than <see cref="JsonLoadOptions.MaxBytes"/> + 1
    /// bytes: the one byte over the limit proves the input too large, so an endless stream (standard
    /// input, /dev/zero) or a huge sparse file costs at most the limit in memory and reading.
    /// </summary>
    public static byte[]? ReadStream(Stream stream, string? sourceName, JsonLoadOptions options, out Diagnostic? failure)
    {
        try
        {
            BoundedBuffer? buffer = BoundedBuffer.Start(stream, sourceName, options, out failure);
            while (buffer is not null && buffer.MakeRoom(out failure))
            {
                int read = stream.Read(buffer.Array, buffer.Length, buffer.Free);
                if (read <= 0)
                {
                    return buffer.Finish(out failure);
                }

                buffer.Advance(read);
            }

            return null;
        }
        catch (Exception e) when (IsUnreadableStream(e))
        {
            failure = Unreadable(sourceName, e);
            return null;
        }
    }

    /// <summary>
    /// <see cref="ReadStream"/> with the reads awaited: the same bounded buffer (<see cref="BoundedBuffer"/>),
    /// so the same limit, the same at most <see cref="JsonLoadOptions.MaxBytes"/> + 1 bytes read and the
    /// same diagnostics; only the call that fills the buffer differs.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled before or between reads, or the stream observed it.</exception>
    public static async Task<(byte[]? Bytes, Diagnostic? Failure)> ReadStreamAsync(Stream stream, string? sourceName, JsonLoadOptions options, CancellationToken cancellationToken)
    {
        try
        {
            BoundedBuffer? buffer = BoundedBuffer.Start(stream, sourceName, options, out Diagnostic? failure);
            while (buffer is not null && buffer.MakeRoom(out failure))
            {
                cancellationToken.ThrowIfCancellationRequested();
#if NET
                int read = await stream.ReadAsync(buffer.Array.AsMemory(buffer.Length, buffer.Free), cancellationToken).ConfigureAwait(false);
#else
                int read = await stream.ReadAsync(buffer.Array, buffer.Length, buffer.Free, cancellationToken).ConfigureAwait(false);
#endif
                if (read <= 0)
                {
                    byte[]? bytes = buffer.Finish(out failure);
                    return (bytes, failure);
                }

                buffer.Advance(read);
            }

            return (null, failure);
        }
        catch (Exception e) when (IsUnreadableStream(e))
        {
            // A stream that fails because the read was cancelled (a socket, a pipe) is a cancellation, not unreadable input.
            cancellationToken.ThrowIfCancellationRequested();
            return (null, Unreadable(sourceName, e));
        }
    }

    // Unbuffered (bufferSize 1), so that the file is read exactly as far as the bounded buffer asks and
    // no further; a directory is named as such rather than as "access denied".
    private static FileStream? OpenFile(string path, bool asynchronous, out Diagnostic? failure)
    {
        failure = null;
        if (Directory.Exists(path))
        {
            failure = DiagnosticCodes.FileUnreadable.Create(Messages.SE1000IsDirectory.Format(path), new SourceLocation(path, 0, 0, "$"));
            return null;
        }

        FileOptions fileOptions = asynchronous ? FileOptions.SequentialScan | FileOptions.Asynchronous : FileOptions.SequentialScan;
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, fileOptions);
    }

    private static bool IsUnreadableFile(Exception e) =>
        e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException;

    private static bool IsUnreadableStream(Exception e) =>
        e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException;

    private static Diagnostic Unreadable(string? sourceName, Exception e) =>
        DiagnosticCodes.FileUnreadable.Create(Messages.SE1000Unreadable.Format(sourceName ?? "<input>", e.Message), new SourceLocation(sourceName, 0, 0, "$"));

    private static long? Remaining(Stream stream)
    {
        try
        {
            return stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : null;
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Checks encoding and syntax and records positions; returns null with a diagnostic when the input is not JSON.</summary>
    public static JsonInput? Open(byte[] bytes, string? filePath, JsonLoadOptions options, LoadCodes codes, out Diagnostic? failure)
    {
        failure = null;
        if (bytes.Length > options.MaxBytes)
        {
            failure = TooLarge(filePath, bytes.Length, options);
            return null;
        }

        byte[] utf8 = bytes.AsSpan().StartsWith(Bom) ? bytes.AsSpan(Bom.Length).ToArray() : bytes;
        var lines = new Utf8LineIndex(utf8);
        try
        {
            Utf8LineIndex.StrictUtf8.GetCharCount(utf8);
        }
        catch (DecoderFallbackException e)
        {
            int at = Math.Min(Math.Max(e.Index, 0), utf8.Length);

            // The valid text before the bad byte tells the path it is in; when the input merely ends
            // inside a character, the file is truncated and is reported as such.
            byte[] before = utf8.AsSpan(0, at).ToArray();
            Diagnostic? prefix = Scan(before, filePath, options, codes, new Utf8LineIndex(before), new Dictionary<string, (int, int)>(StringComparer.Ordinal), new Dictionary<string, (int, int)>(StringComparer.Ordinal));
            if (prefix is not null && prefix.Code == codes.Malformed.Code && Utf8LineIndex.EndsInsideCharacter(utf8, at))
            {
                failure = prefix;
                return null;
            }

            (int line, int column) = lines.FromOffset(at);
            failure = codes.Malformed.Create(
                Messages.SE1001Malformed.Format(Messages.SE1001InvalidUtf8.Format(at)),
                new SourceLocation(filePath, line, column, prefix?.Location.JsonPath ?? "$"));
            return null;
        }

        bool blank = true;
        foreach (byte b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                blank = false;
                break;
            }
        }

        if (blank)
        {
            // The shared reader's words for an empty file (the generator's), else the table's.
            failure = SharedReaderExplains(utf8, filePath, "$", codes)
                ?? codes.Malformed.Create(Messages.SE1001Empty.Format(), new SourceLocation(filePath, 1, 1, "$"));
            return null;
        }

        var positions = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        var names = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        failure = Scan(utf8, filePath, options, codes, lines, positions, names);
        return failure is null ? new JsonInput(filePath, utf8, new JsonSourceMap(filePath, positions), lines, names, options.MaxDepth, codes) : null;
    }

    /// <summary>Deserializes into <typeparamref name="T"/>; type mismatches and unknown properties become SE1002.</summary>
    public T? Deserialize<T>(JsonTypeInfo<T> typeInfo, out Diagnostic? failure)
        where T : class
    {
        failure = null;
        try
        {
            // The reader's depth limit, not the serializer options' fixed 64, so that JsonLoadOptions.MaxDepth holds here too.
            var reader = new Utf8JsonReader(Utf8, new JsonReaderOptions { MaxDepth = _maxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
            T? value = JsonSerializer.Deserialize(ref reader, typeInfo);
            if (value is null)
            {
                string message = _codes.GeneratorWords ? new CriteriaWording(Utf8).WrongType("$", Messages.GeneratorKindObject) : Messages.SE1002NullRoot.Format();
                failure = _codes.WrongType.Create(message, Map.Locate("$"));
            }

            return value;
        }
        catch (JsonException e)
        {
            string path = FullPath(e);
            JsonException innermost = Innermost(e);
            string message = Explain(innermost, path);

            // The serializer reports where its reader stopped: after the offending value. Point at the
            // start of the value instead (at the name, for an unknown property), as recorded by Scan.
            SourceLocation location;
            if ((UnmappedProperty.IsMatch(innermost.Message) && _names.TryGetValue(path, out (int Line, int Column) at)) || Map.TryFind(path, out at))
            {
                location = new SourceLocation(FilePath, at.Line, at.Column, path);
            }
            else if (e.LineNumber is long l && e.BytePositionInLine is long b)
            {
                (int line, int column) = Lines.FromLineAndByte(l, b);
                location = new SourceLocation(FilePath, line, column, path);
            }
            else
            {
                location = Map.Locate(path);
            }

            DiagnosticDescriptor code = UnmappedProperty.IsMatch(innermost.Message) ? _codes.UnknownProperty
                : DuplicateProperty.IsMatch(innermost.Message) ? _codes.DuplicateProperty
                : _codes.WrongType;
            if (_codes.GeneratorWords)
            {
                if (DuplicateProperty.IsMatch(innermost.Message) && SharedReaderExplains(Utf8, FilePath, path, _codes) is Diagnostic duplicate)
                {
                    failure = duplicate;
                    return null;
                }

                var wording = new CriteriaWording(Utf8);
                int dot = path.LastIndexOf('.');
                message = UnmappedProperty.Match(StripPosition(innermost.Message)) is { Success: true } unknown
                    ? wording.UnknownProperty(dot > 0 ? path.Substring(0, dot) : "$", unknown.Groups["name"].Value)
                    : ConversionTarget.Match(StripPosition(innermost.Message)) is { Success: true } conversion
                        ? wording.WrongType(path, GeneratorKind(Expected(conversion.Groups["type"].Value)))
                        : message;
            }

            failure = code.Create(message, location);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException)
        {
            failure = _codes.WrongType.Create(Messages.SE1002Unreadable.Format(e.Message), Map.Locate("$"));
            return null;
        }
    }

    private static Diagnostic? Scan(byte[] utf8, string? filePath, JsonLoadOptions options, LoadCodes codes, Utf8LineIndex lines, Dictionary<string, (int, int)> positions, Dictionary<string, (int, int)> names)
    {
        // The reader's own limit is one deeper than ours so that our check, with its clearer message, fires first.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = options.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
        var frames = new Stack<Frame>();
        string path = "$";
        bool afterName = false;
        try
        {
            while (reader.Read())
            {
                afterName = false;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        path = JsonSourceMap.Property(frames.Peek().Path, reader.GetString() ?? string.Empty);
                        names[path] = lines.FromOffset(reader.TokenStartIndex);
                        afterName = true;
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        continue;
                }

                // A value starts here: inside an array its path is the next index.
                if (frames.Count > 0 && frames.Peek().IsArray)
                {
                    Frame array = frames.Pop();
                    path = JsonSourceMap.Index(array.Path, array.NextIndex);
                    frames.Push(array.Advance());
                }

                positions[path] = lines.FromOffset(reader.TokenStartIndex);
                if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped)
                {
                    reader.GetString(); // throws on an escaped lone surrogate (\uD800), which the serializer would call a wrong type
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (frames.Count >= options.MaxDepth)
                    {
                        (int line, int column) = lines.FromOffset(reader.TokenStartIndex);
                        // A criteria file: a syntax error in the generator's words (its reader has the same limit); a document: a limit.
                        return codes.GeneratorWords
                            ? codes.Malformed.Create(Messages.SE1001Malformed.Format(JsonReader.TooDeep(options.MaxDepth)), new SourceLocation(filePath, line, column, path))
                            : DiagnosticCodes.LimitExceeded.Create(
                                Messages.SE1003TooDeep.Format(options.MaxDepth),
                                new SourceLocation(filePath, line, column, path));
                    }

                    frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }

            return null;
        }
        catch (JsonException e)
        {
            (int line, int column) = lines.FromLineAndByte(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);

            // Truncated: the reader failed where the input ends, with an object or array still open.
            bool truncated = frames.Count > 0 && Utf8LineIndex.NothingAfter(utf8, lines.ToOffset(e.LineNumber ?? 0, e.BytePositionInLine ?? 0));
            return SharedReaderExplains(utf8, filePath, Unfinished(frames, path, afterName), codes)
                ?? codes.Malformed.Create(ReaderMessage(e, truncated), new SourceLocation(filePath, line, column, Unfinished(frames, path, afterName)));
        }
        catch (InvalidOperationException e)
        {
            // GetString of a name or value with an invalid \u escape (a lone surrogate).
            (int line, int column) = lines.FromOffset(reader.TokenStartIndex);
            string at = reader.TokenType == JsonTokenType.String ? path : Unfinished(frames, path, afterName);
            return SharedReaderExplains(utf8, filePath, at, codes)
                ?? codes.Malformed.Create(Messages.SE1001Malformed.Format(e.Message), new SourceLocation(filePath, line, column, at));
        }
    }

    /// <summary>
    /// Re-reads text System.Text.Json refused with the reader the generator uses (src/Shared/Json), so
    /// that a syntax error is explained in the generator's words at the generator's place: the same
    /// message and position for the same broken file at build time and at run time. Null when the
    /// shared reader finds nothing wrong (then the caller keeps System.Text.Json's own explanation).
    /// </summary>
    private static Diagnostic? SharedReaderExplains(byte[] utf8, string? filePath, string jsonPath, LoadCodes codes)
    {
        // Criteria files only, for now: documents keep System.Text.Json's explanation (the document
        // tests' positions for truncated input are System.Text.Json's; see docs/decisions.md).
        if (!codes.GeneratorWords)
        {
            return null;
        }

        string text;
        try
        {
            text = Utf8LineIndex.StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        try
        {
            JsonReader.Read(text, CancellationToken.None);
            return null;
        }
        catch (JsonSyntaxException e)
        {
            int at = Math.Min(Math.Max(e.Start, 0), text.Length);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            DiagnosticDescriptor code = e.IsDuplicateProperty ? codes.DuplicateProperty : codes.Malformed;
            string message = e.IsDuplicateProperty ? Messages.SE0005.Format(e.Message) : Messages.SE1001Malformed.Format(e.Message);
            return code.Create(message, new SourceLocation(filePath, line, at - lineStart + 1, jsonPath));
        }
    }

    // The path of what the reader was in when it failed: the next item of an array, the value of a
    // property whose name was read, or else the enclosing object.
    private static string Unfinished(Stack<Frame> frames, string path, bool afterName)
    {
        if (frames.Count == 0 || afterName)
        {
            return frames.Count == 0 ? "$" : path;
        }

        Frame top = frames.Peek();
        return top.IsArray ? JsonSourceMap.Index(top.Path, top.NextIndex) : top.Path;
    }

    // A content block is read by a nested call whose path is relative to the block; join the parts.
    private static string FullPath(JsonException e)
    {
        string path = string.IsNullOrEmpty(e.Path) ? "$" : e.Path!;
        return e.InnerException is JsonException inner && inner.Path is { Length: > 0 } && inner.Path[0] == '$'
            ? path + FullPath(inner).Substring(1)
            : path;
    }

    private static JsonException Innermost(JsonException e) =>
        e.InnerException is JsonException inner && inner.Path is { Length: > 0 } ? Innermost(inner) : e;

    private static string ReaderMessage(JsonException e, bool truncated)
    {
        // Not "end of data" alone: "Expected end of data" is said of content after the root value.
        string message = StripPosition(e.Message);
        return truncated || message.IndexOf("reached end of data", StringComparison.OrdinalIgnoreCase) >= 0
            ? Messages.SE1001Truncated.Format(message)
            : Messages.SE1001Malformed.Format(message);
    }

    private static readonly Regex UnmappedProperty = new("The JSON property '(?<name>.*)' could not be mapped", RegexOptions.CultureInvariant);
    private static readonly Regex DuplicateProperty = new("[Dd]uplicate property '(?<name>[^']*)'", RegexOptions.CultureInvariant);
    private static readonly Regex ConversionTarget = new("could not be converted to (?<type>[^.\\s]+(?:\\.[^.\\s]+)*)\\.", RegexOptions.CultureInvariant);

    /// <summary>Turns serializer messages (which name internal types) into the user's terms.</summary>
    private static string Explain(JsonException e, string path)
    {
        string message = StripPosition(e.Message);
        Match unmapped = UnmappedProperty.Match(message);
        if (unmapped.Success)
        {
            return Messages.SE1002UnknownProperty.Format(unmapped.Groups["name"].Value);
        }

        Match duplicate = DuplicateProperty.Match(message);
        if (duplicate.Success)
        {
            return Messages.SE1002DuplicateProperty.Format(duplicate.Groups["name"].Value);
        }

        Match conversion = ConversionTarget.Match(message);
        if (conversion.Success)
        {
            return Messages.SE1002WrongType.Format(path, Expected(conversion.Groups["type"].Value).Format());
        }

        return Messages.SE1002Invalid.Format(path, message);
    }

    // The generator's name of the kind a loader's expectation stands for.
    private static Message GeneratorKind(Message expected) =>
        expected == Messages.SE1002ExpectedArray ? Messages.GeneratorKindArray
        : expected == Messages.SE1002ExpectedWholeNumber ? Messages.GeneratorKindInteger
        : expected == Messages.SE1002ExpectedNumber ? Messages.GeneratorKindNumber
        : expected == Messages.SE1002ExpectedBoolean ? Messages.GeneratorKindBoolean
        : expected == Messages.SE1002ExpectedString ? Messages.GeneratorKindString
        : Messages.GeneratorKindObject;

    private static Message Expected(string type)
    {
        if (type.Contains("List") || type.Contains("[]"))
        {
            return Messages.SE1002ExpectedArray;
        }

        if (type.Contains("Int32") || type.Contains("Int64"))
        {
            return Messages.SE1002ExpectedWholeNumber;
        }

        if (type.Contains("Decimal") || type.Contains("Double"))
        {
            return Messages.SE1002ExpectedNumber;
        }

        if (type.Contains("Boolean"))
        {
            return Messages.SE1002ExpectedBoolean;
        }

        if (type.Contains("String"))
        {
            return Messages.SE1002ExpectedString;
        }

        return Messages.SE1002ExpectedObject;
    }

    private static string StripPosition(string message)
    {
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return (cut >= 0 ? message.Substring(0, cut) : message).Trim();
    }

    private static Diagnostic TooLarge(string? sourceName, long size, JsonLoadOptions options) =>
        DiagnosticCodes.LimitExceeded.Create(
            Messages.SE1003TooLarge.Format(size, options.MaxBytes),
            new SourceLocation(sourceName, 1, 1, "$"));

    /// <summary>
    /// The buffer both stream reads fill, sync and async: it holds at most <see cref="JsonLoadOptions.MaxBytes"/> + 1
    /// bytes and says when the input is too large, so the limit is decided in one place. Its owner only
    /// reads into <see cref="Free"/> bytes at <see cref="Length"/> and reports how many came.
    /// </summary>
    private sealed class BoundedBuffer
    {
        private readonly string? _sourceName;
        private readonly JsonLoadOptions _options;
        private readonly long _cap;
        private byte[] _array;

        private BoundedBuffer(string? sourceName, JsonLoadOptions options, long? remaining)
        {
            _sourceName = sourceName;
            _options = options;
            _cap = options.MaxBytes + 1;
            _array = new byte[(int)Math.Min(_cap, remaining is > 0 ? remaining.Value + 1 : 81920)];
        }

        public byte[] Array => _array;

        public int Length { get; private set; }

        public int Free => _array.Length - Length;

        /// <summary>Null with SE1003 when a seekable input says it is too large: it is refused unread.</summary>
        public static BoundedBuffer? Start(Stream stream, string? sourceName, JsonLoadOptions options, out Diagnostic? failure)
        {
            failure = null;

            // The length of a special file (a device, a pipe, /proc) may be 0 or wrong, so the bounded read decides for those.
            long? remaining = Remaining(stream);
            if (remaining > options.MaxBytes)
            {
                failure = TooLarge(sourceName, remaining.Value, options);
                return null;
            }

            return new BoundedBuffer(sourceName, options, remaining);
        }

        /// <summary>Makes room for the next read; false with SE1003 once the byte over the limit has been read.</summary>
        public bool MakeRoom(out Diagnostic? failure)
        {
            failure = null;
            if (Length < _array.Length)
            {
                return true;
            }

            if (Length == _cap)
            {
                failure = TooLarge(_sourceName, Length, _options);
                return false;
            }

            System.Array.Resize(ref _array, (int)Math.Min(_cap, (long)_array.Length * 2));
            return true;
        }

        public void Advance(int read) => Length += read;

        /// <summary>The bytes read, once the stream has ended.</summary>
        public byte[]? Finish(out Diagnostic? failure)
        {
            failure = null;
            if (Length > _options.MaxBytes)
            {
                failure = TooLarge(_sourceName, Length, _options);
                return null;
            }

            if (Length != _array.Length)
            {
                System.Array.Resize(ref _array, Length);
            }

            return _array;
        }
    }

    private readonly struct Frame
    {
        public Frame(string path, bool isArray, int nextIndex)
        {
            Path = path;
            IsArray = isArray;
            NextIndex = nextIndex;
        }

        public string Path { get; }

        public bool IsArray { get; }

        public int NextIndex { get; }

        public Frame Advance() => new(Path, IsArray, NextIndex + 1);
    }
}
