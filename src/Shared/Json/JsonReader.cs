using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

// One JSON reader for the generator and the Model, so a syntax error is explained in the same words
// and at the same place at build time and at run time (src/Shared/README.md).
namespace ServiceEfficiency.Serialization.Json;

/// <summary>A syntax error: what is wrong and the span [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>) it is at.</summary>
internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string message, int start, int length, bool duplicateProperty = false)
        : base(message)
    {
        Start = start;
        Length = length;
        IsDuplicateProperty = duplicateProperty;
    }

    /// <summary>Whether the error is a property name used twice in one object (SE0005 rather than SE0001).</summary>
    public bool IsDuplicateProperty { get; }

    public int Start { get; }

    public int Length { get; }
}

/// <summary>
/// A strict RFC 8259 reader — no comments, no trailing commas, no duplicate property names, the
/// same rules as the run-time loader's System.Text.Json settings — that records spans. It is
/// written here because System.Text.Json must not be loaded into the compiler (Visual Studio
/// decides which version is loaded there, and generators that bring their own break).
/// </summary>
internal sealed class JsonReader
{
    /// <summary>The same nesting limit as the run-time loader (<c>JsonLoadOptions.MaxDepth</c>); it also bounds the recursion.</summary>
    public const int MaxDepth = 64;

    /// <summary>The explanation of nesting deeper than <paramref name="maxDepth"/> levels (also the run-time loader's, for criteria files).</summary>
    /// <param name="maxDepth">The nesting limit.</param>
    public static string TooDeep(int maxDepth) => "The JSON is nested more than " + maxDepth.ToString(CultureInfo.InvariantCulture) + " levels deep";

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private int _position;

    private JsonReader(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Reads one JSON value that makes up the whole text.</summary>
    /// <exception cref="JsonSyntaxException">The text is not well-formed JSON.</exception>
    public static JsonNode Read(string text, CancellationToken cancellationToken)
    {
        var reader = new JsonReader(text, cancellationToken);
        reader.SkipWhiteSpace();
        if (reader._position >= text.Length)
        {
            throw new JsonSyntaxException("The file is empty: expected a JSON object", 0, 0);
        }

        JsonNode root = reader.ReadValue(0);
        reader.SkipWhiteSpace();
        if (reader._position < text.Length)
        {
            throw reader.Error("Unexpected " + reader.DescribeCurrent() + " after the end of the JSON value", 1);
        }

        return root;
    }

    private JsonNode ReadValue(int depth)
    {
        if (_position >= _text.Length)
        {
            throw EndOfInput("a value");
        }

        char c = _text[_position];
        switch (c)
        {
            case '{':
                return ReadObject(depth + 1);
            case '[':
                return ReadArray(depth + 1);
            case '"':
                int start = _position;
                string value = ReadString();
                return new JsonString(value, start, _position);
            case 't':
                return ReadLiteral("true", JsonKind.True);
            case 'f':
                return ReadLiteral("false", JsonKind.False);
            case 'n':
                return ReadLiteral("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw Error("Expected a value, found " + DescribeCurrent(), 1);
        }
    }

    private JsonObject ReadObject(int depth)
    {
        CheckDepth(depth);
        var obj = new JsonObject(_position);
        var names = new HashSet<string>(StringComparer.Ordinal);
        _position++; // {
        SkipWhiteSpace();
        if (Peek() == '}')
        {
            _position++;
            obj.End = _position;
            return obj;
        }

        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            SkipWhiteSpace();
            if (_position >= _text.Length)
            {
                throw EndOfInput("a property name");
            }

            if (_text[_position] != '"')
            {
                throw _text[_position] == '}'
                    ? Error("A trailing comma is not allowed before '}'", 1)
                    : Error("Expected a property name in double quotes, found " + DescribeCurrent(), 1);
            }

            int nameStart = _position;
            string name = ReadString();
            int nameEnd = _position;
            if (!names.Add(name))
            {
                throw new JsonSyntaxException("Property '" + name + "' appears twice in the same object", nameStart, nameEnd - nameStart, duplicateProperty: true);
            }

            SkipWhiteSpace();
            if (Peek() != ':')
            {
                throw _position >= _text.Length ? EndOfInput("':'") : Error("Expected ':' after property name '" + name + "', found " + DescribeCurrent(), 1);
            }

            _position++;
            SkipWhiteSpace();
            JsonNode value = ReadValue(depth);
            obj.Properties.Add(new JsonProperty(name, nameStart, nameEnd, value));
            SkipWhiteSpace();
            char next = Peek();
            if (next == ',')
            {
                _position++;
                continue;
            }

            if (next == '}')
            {
                _position++;
                obj.End = _position;
                return obj;
            }

            throw _position >= _text.Length ? EndOfInput("',' or '}'") : Error("Expected ',' or '}' after the value of '" + name + "', found " + DescribeCurrent(), 1);
        }
    }

    private JsonArray ReadArray(int depth)
    {
        CheckDepth(depth);
        var array = new JsonArray(_position);
        _position++; // [
        SkipWhiteSpace();
        if (Peek() == ']')
        {
            _position++;
            array.End = _position;
            return array;
        }

        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            SkipWhiteSpace();
            if (Peek() == ']')
            {
                throw Error("A trailing comma is not allowed before ']'", 1);
            }

            array.Items.Add(ReadValue(depth));
            SkipWhiteSpace();
            char next = Peek();
            if (next == ',')
            {
                _position++;
                continue;
            }

            if (next == ']')
            {
                _position++;
                array.End = _position;
                return array;
            }

            throw _position >= _text.Length ? EndOfInput("',' or ']'") : Error("Expected ',' or ']' after an array item, found " + DescribeCurrent(), 1);
        }
    }

    private string ReadString()
    {
        int start = _position;
        _position++; // opening quote
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new JsonSyntaxException("Unterminated string: the file ends before its closing '\"'", start, 1);
            }

            char c = _text[_position];
            if (c == '"')
            {
                _position++;
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw Error(string.Format(CultureInfo.InvariantCulture, "Control character U+{0:X4} must be escaped inside a string (a string cannot span lines)", (int)c), 1);
            }

            if (char.IsSurrogate(c))
            {
                // Text decoded from a file has surrogates only in pairs unless the file was not valid UTF-8.
                if (char.IsHighSurrogate(c) && _position + 1 < _text.Length && char.IsLowSurrogate(_text[_position + 1]))
                {
                    builder.Append(c).Append(_text[_position + 1]);
                    _position += 2;
                    continue;
                }

                throw Error(string.Format(CultureInfo.InvariantCulture, "U+{0:X4} is half of a character (a lone surrogate); save the file as UTF-8", (int)c), 1);
            }

            if (c != '\\')
            {
                builder.Append(c);
                _position++;
                continue;
            }

            int escapeStart = _position;
            if (_position + 1 >= _text.Length)
            {
                throw new JsonSyntaxException("Unterminated string: the file ends inside an escape sequence", start, 1);
            }

            char e = _text[_position + 1];
            _position += 2;
            switch (e)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    char unit = ReadHex4(escapeStart);
                    if (char.IsHighSurrogate(unit))
                    {
                        // A surrogate pair is written as two escapes; a lone half is not text (the run-time loader refuses it too).
                        if (_position + 6 <= _text.Length && _text[_position] == '\\' && _text[_position + 1] == 'u')
                        {
                            int lowStart = _position;
                            _position += 2;
                            char low = ReadHex4(lowStart);
                            if (!char.IsLowSurrogate(low))
                            {
                                throw new JsonSyntaxException("A \\u escape of a high surrogate must be followed by one of a low surrogate", escapeStart, _position - escapeStart);
                            }

                            builder.Append(unit).Append(low);
                            break;
                        }

                        throw new JsonSyntaxException("A \\u escape of a high surrogate must be followed by one of a low surrogate", escapeStart, _position - escapeStart);
                    }

                    if (char.IsLowSurrogate(unit))
                    {
                        throw new JsonSyntaxException("A \\u escape of a low surrogate must follow one of a high surrogate", escapeStart, _position - escapeStart);
                    }

                    builder.Append(unit);
                    break;
                default:
                    throw new JsonSyntaxException("Invalid escape sequence '\\" + Printable(e) + "'", escapeStart, 2);
            }
        }
    }

    private char ReadHex4(int escapeStart)
    {
        int value = 0;
        for (int i = 0; i < 4; i++)
        {
            if (_position >= _text.Length || !IsHex(_text[_position]))
            {
                throw new JsonSyntaxException("A \\u escape needs four hexadecimal digits", escapeStart, Math.Max(1, Math.Min(_position, _text.Length) - escapeStart));
            }

            value = (value * 16) + HexValue(_text[_position]);
            _position++;
        }

        return (char)value;
    }

    private JsonNumber ReadNumber()
    {
        int start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
            if (IsDigit(Peek()))
            {
                throw Error("A number cannot have leading zeros", 1);
            }
        }
        else if (IsDigit(Peek()))
        {
            while (IsDigit(Peek()))
            {
                _position++;
            }
        }
        else
        {
            throw new JsonSyntaxException("Invalid number: expected a digit after '-'", start, Math.Max(1, _position - start));
        }

        bool integer = true;
        if (Peek() == '.')
        {
            integer = false;
            _position++;
            if (!IsDigit(Peek()))
            {
                throw new JsonSyntaxException("Invalid number: expected a digit after '.'", start, _position - start);
            }

            while (IsDigit(Peek()))
            {
                _position++;
            }
        }

        if (Peek() is 'e' or 'E')
        {
            integer = false;
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            if (!IsDigit(Peek()))
            {
                throw new JsonSyntaxException("Invalid number: expected a digit in the exponent", start, _position - start);
            }

            while (IsDigit(Peek()))
            {
                _position++;
            }
        }

        string text = _text.Substring(start, _position - start);
        int? int32 = integer && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int parsed) ? parsed : null;
        return new JsonNumber(text, int32, start, _position);
    }

    private JsonLiteral ReadLiteral(string literal, JsonKind kind)
    {
        int start = _position;
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0 || (start + literal.Length < _text.Length && char.IsLetterOrDigit(_text[start + literal.Length])))
        {
            int end = start;
            while (end < _text.Length && char.IsLetterOrDigit(_text[end]))
            {
                end++;
            }

            throw new JsonSyntaxException("Expected a value, found '" + _text.Substring(start, Math.Min(end - start, 20)) + "' (literals are true, false and null, in lower case)", start, Math.Max(1, end - start));
        }

        _position += literal.Length;
        return new JsonLiteral(kind, start, _position);
    }

    private void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error(TooDeep(MaxDepth), 1);
        }
    }

    private void SkipWhiteSpace()
    {
        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && (_text[_position + 1] is '/' or '*'))
            {
                throw Error("Comments are not allowed in JSON", 2);
            }
            else
            {
                return;
            }
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private JsonSyntaxException Error(string message, int length) =>
        new(message, _position, Math.Max(0, Math.Min(length, _text.Length - _position)));

    private JsonSyntaxException EndOfInput(string expected) =>
        new("Unexpected end of the file: expected " + expected + " (is the file cut short?)", _text.Length, 0);

    private string DescribeCurrent() => _position >= _text.Length ? "the end of the file" : "'" + Printable(_text[_position]) + "'";

    private static string Printable(char c) =>
        c < ' ' || char.IsSurrogate(c) || c == '\u007F'
            ? string.Format(CultureInfo.InvariantCulture, "U+{0:X4}", (int)c)
            : c.ToString();

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsHex(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
