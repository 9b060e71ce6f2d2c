using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using ServiceEfficiency.Generators.Model;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Generators.Json;

/// <summary>
/// Refuses a criteria file that is not UTF-8, as the run-time loader does (SE1001), although the
/// compiler hands the generator text it has already decoded. The compiler reads an additional file
/// by its byte order mark (UTF-16 with a BOM becomes UTF-16 text), else as strict UTF-8, and when
/// that fails with a fallback encoding — a code page that keeps one character per byte, or, where
/// none is available, UTF-8 with U+FFFD for what it cannot decode. Either way the titles would be
/// mojibake; so:
/// <list type="bullet">
/// <item>text decoded with an encoding other than UTF-8 is encoded back into its bytes (the BOM
/// included), and the first byte that is not UTF-8 is reported with the loader's words at the
/// loader's line and column;</item>
/// <item>UTF-8 text with U+FFFD is reported at the first U+FFFD, which is where the loader finds the
/// undecodable byte (the text before it is the same). The byte itself is lost, so the message (one
/// form for both builds, SE1001.InvalidUtf8) names only its offset. A U+FFFD written into a UTF-8 file on purpose is refused too: the
/// generator cannot tell it apart, and a replacement character in a title is a lossy conversion's mark.</item>
/// </list>
/// </summary>
internal static class SourceEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The problem, if the text did not come from UTF-8: its message, character offset in the text and 0-based line and column as the loader counts them.</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="encoding">The encoding the compiler decoded it with (<see cref="SourceText.Encoding"/>), if known.</param>
    public static (MessageArgument Message, int Offset, LinePosition Position)? Check(string text, Encoding? encoding)
    {
        if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage)
        {
            byte[] preamble = encoding.GetPreamble();
            byte[] body = encoding.GetBytes(text);
            byte[] bytes = new byte[preamble.Length + body.Length];
            Buffer.BlockCopy(preamble, 0, bytes, 0, preamble.Length);
            Buffer.BlockCopy(body, 0, bytes, preamble.Length, body.Length);
            try
            {
                StrictUtf8.GetCharCount(bytes);
            }
            catch (DecoderFallbackException e)
            {
                int at = Math.Min(Math.Max(e.Index, 0), bytes.Length);
                MessageArgument message = MessageArgument.Of(Messages.SE1001InvalidUtf8, at.ToString(CultureInfo.InvariantCulture));
                return (message, OffsetInText(text, encoding, preamble.Length, at), Utf8Position(bytes, at));
            }
        }

        int replacement = text.IndexOf('\uFFFD');
        if (replacement < 0)
        {
            return null;
        }

        int byteOffset = Encoding.UTF8.GetByteCount(text.Substring(0, replacement));
        int lineStart = text.LastIndexOf('\n', Math.Max(replacement - 1, 0)) + 1;
        if (replacement == 0)
        {
            lineStart = 0;
        }

        int line = 0;
        for (int i = 0; i < lineStart; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return (MessageArgument.Of(Messages.SE1001InvalidUtf8, byteOffset.ToString(CultureInfo.InvariantCulture)), replacement, new LinePosition(line, replacement - lineStart));
    }

    // The loader's position of byte 'at': lines end at '\n', columns count the UTF-16 units of the (valid) bytes before it.
    private static LinePosition Utf8Position(byte[] bytes, int at)
    {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < at; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        int column = 0;
        for (int i = lineStart; i < at; i++)
        {
            byte b = bytes[i];
            if ((b & 0xC0) != 0x80)
            {
                column += b >= 0xF0 ? 2 : 1;
            }
        }

        return new LinePosition(line, column);
    }

    // The character of the text that byte 'at' belongs to, for the diagnostic's span.
    private static int OffsetInText(string text, Encoding encoding, int preambleLength, int at)
    {
        int bodyOffset = Math.Max(0, at - preambleLength);
        int chars = 0;
        int bytes = 0;
        while (chars < text.Length)
        {
            int width = char.IsHighSurrogate(text[chars]) && chars + 1 < text.Length ? 2 : 1;
            int next = bytes + encoding.GetByteCount(text.ToCharArray(chars, width));
            if (next > bodyOffset)
            {
                break;
            }

            bytes = next;
            chars += width;
        }

        return chars;
    }
}
