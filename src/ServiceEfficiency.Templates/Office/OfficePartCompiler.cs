using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Scriban;
using Scriban.Parsing;
using ServiceEfficiency.Diagnostics;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// Compiles one XML part of an office template into Scriban text, in named steps: name the place
/// of every paragraph, find and join each paragraph's tags, lay out the blocks across paragraphs
/// and rows, write the XML back with the tags in place of their markers, and parse the result
/// so that syntax errors are reported now, at the tag.
/// </summary>
internal static class OfficePartCompiler
{
    /// <summary>Compiles <paramref name="document"/>; refusals go to <paramref name="errors"/> and the result is then null.</summary>
    /// <param name="document">The part, parsed; it is rewritten.</param>
    /// <param name="dialect">The part's vocabulary.</param>
    /// <param name="file">The office file's name, for locations.</param>
    /// <param name="path">The part's path in the package.</param>
    /// <param name="shownPart">The part's name shown before places when it is not the body; null for the body.</param>
    /// <param name="errors">Where refusals go.</param>
    public static CompiledPart? Compile(XDocument document, OfficeDialect dialect, string file, string path, string? shownPart, List<Diagnostic> errors)
    {
        SourceLocation Location(string place) => new(file, place);
        int before = errors.Count;

        List<(XElement Paragraph, string Place)> places = OfficePlaces.Of(document.Root!, dialect, shownPart);
        List<ParagraphTags> tagged = FindTags(places, dialect, Location, errors);
        BlockLayout.Apply(tagged, dialect, Location, errors);
        if (errors.Count > before)
        {
            return null;
        }

        string templateName = "office/" + path;
        CompiledPart part = WriteScriban(document, tagged, path, templateName);
        return ParseNow(part, Location, errors) ? part : null;
    }

    private static List<ParagraphTags> FindTags(List<(XElement Paragraph, string Place)> places, OfficeDialect dialect, Func<string, SourceLocation> location, List<Diagnostic> errors)
    {
        var tagged = new List<ParagraphTags>();
        int nextId = 0;
        foreach ((XElement paragraph, string place) in places)
        {
            ParagraphTags tags = ParagraphTags.Rewrite(paragraph, dialect, place, location, ref nextId, errors);
            if (tags.Tags.Count > 0)
            {
                tagged.Add(tags);
            }
        }

        return tagged;
    }

    /// <summary>
    /// The XML as Scriban text: every literal <c>{</c> written as <c>&amp;#123;</c> (the same
    /// character to any XML reader, and never the start of a tag to Scriban), every marker replaced
    /// by its tag, whose offset is recorded.
    /// </summary>
    private static CompiledPart WriteScriban(XDocument document, List<ParagraphTags> tagged, string path, string templateName)
    {
        var byId = tagged.SelectMany(p => p.Tags).ToDictionary(t => t.Id);
        string xml = OfficeXml.Write(document);
        var text = new StringBuilder(xml.Length + 64);
        var spans = new List<(int Offset, int Length, OfficeTag Tag)>(byId.Count);
        for (int i = 0; i < xml.Length; i++)
        {
            char c = xml[i];
            if (c == '{')
            {
                text.Append("&#123;");
            }
            else if (c == OfficeTag.MarkerStart)
            {
                int end = xml.IndexOf(OfficeTag.MarkerEnd, i + 1);
                int id = int.Parse(xml.Substring(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture);
                OfficeTag tag = byId[id];
                spans.Add((text.Length, tag.Text.Length, tag));
                text.Append(tag.Text);
                i = end;
            }
            else
            {
                text.Append(c);
            }
        }

        return new CompiledPart(path, templateName, text.ToString(), spans);
    }

    /// <summary>Parses the Scriban text once so that an error in a tag's code is reported when the layout is loaded.</summary>
    private static bool ParseNow(CompiledPart part, Func<string, SourceLocation> location, List<Diagnostic> errors)
    {
        Template template = Template.Parse(part.Text, part.TemplateName);
        if (!template.HasErrors)
        {
            part.Parsed = template;
            return true;
        }

        foreach (LogMessage message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            OfficeTag? tag = part.TagAt(message.Span.Start.Offset);
            errors.Add(TemplateDiagnosticCodes.ParseError.Create(
                Messages.SE2001InTag.Format(message.Message, tag?.Text ?? string.Empty),
                tag is null ? new SourceLocation(location("-").FilePath, 0, 0, "$") : location(tag.Place)));
        }

        return false;
    }
}
