using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates.Office;

/// <summary>Reads the XML of an office template safely (no DTD, no entity, no resolver) and writes it back.</summary>
internal static class OfficeXml
{
    /// <summary>The deepest nesting of elements read: Writer and Word nest a few dozen deep.</summary>
    public const int MaxDepth = 256;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The part as text, refused (SE2010) unless it is UTF-8.</summary>
    public static string Decode(byte[] data, string file, string part)
    {
        try
        {
            int skip = data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF ? 3 : 0;
            return StrictUtf8.GetString(data, skip, data.Length - skip);
        }
        catch (DecoderFallbackException ex)
        {
            throw OfficePackage.Refused(file, Messages.SE2010NotXml.Format(part, ex.Message));
        }
    }

    /// <summary>Parses a part, whitespace kept; refused (SE2010) when it is not well-formed or declares a DTD.</summary>
    public static XDocument Parse(string text, string file, string part)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = false,
            IgnoreComments = false,
        };
        try
        {
            // First a pass that only counts depth: what walks the tree afterwards need not guard its stack.
            using (var probe = XmlReader.Create(new StringReader(text), settings))
            {
                while (probe.Read())
                {
                    if (probe.Depth > MaxDepth)
                    {
                        throw OfficePackage.Refused(file, Messages.SE2010TooDeep.Format(part, MaxDepth));
                    }
                }
            }

            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw OfficePackage.Refused(file, Messages.SE2010NotXml.Format(part, ex.Message));
        }
    }

    /// <summary>The document as XML text, unindented, its declaration (if any) naming UTF-8.</summary>
    public static string Write(XDocument document)
    {
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = document.Declaration is null,
            Indent = false,
            NewLineHandling = NewLineHandling.None,
            CheckCharacters = false, // read with checks already; the tag markers are noncharacters
            Encoding = StrictUtf8,
        };
        using var text = new Utf8StringWriter();
        using (var writer = XmlWriter.Create(text, settings))
        {
            document.Save(writer);
        }

        return text.ToString();
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => StrictUtf8;
    }
}
