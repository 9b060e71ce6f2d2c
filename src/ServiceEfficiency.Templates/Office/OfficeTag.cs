using System.Globalization;
using System.Xml.Linq;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// One tag typed into an office template, after its runs were joined: its text as Scriban reads
/// it (autocorrect quotes straightened, soft hyphens dropped), what it does to the structure, the
/// paragraph it is in, and the place a person finds it at (<c>table 2, row 3, cell 1</c>).
/// </summary>
internal sealed class OfficeTag
{
    /// <summary>Marks a tag's position in the XML until the Scriban text is built: noncharacters no office suite writes.</summary>
    public const char MarkerStart = '\uFDD0';

    /// <summary>Ends a marker.</summary>
    public const char MarkerEnd = '\uFDD1';

    public OfficeTag(int id, string text, TagKind kind, XElement paragraph, string place)
    {
        Id = id;
        Text = text;
        Kind = kind;
        Paragraph = paragraph;
        Place = place;
    }

    /// <summary>The tag's number in its part, in document order.</summary>
    public int Id { get; }

    /// <summary>The whole tag, braces included, as Scriban will read it.</summary>
    public string Text { get; }

    public TagKind Kind { get; }

    /// <summary>The paragraph the tag was typed in.</summary>
    public XElement Paragraph { get; }

    /// <summary>Where a person finds the tag.</summary>
    public string Place { get; }

    /// <summary>What stands for the tag in the XML until the Scriban text is built.</summary>
    public string Marker => MarkerStart + Id.ToString(CultureInfo.InvariantCulture) + MarkerEnd;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
