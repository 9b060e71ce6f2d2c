using System;
using System.Linq;
using System.Xml.Linq;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// Refuses a template that makes every document rendered from it fetch something from outside the
/// file when it is opened: a Word relationship with <c>TargetMode="External"</c> (a linked image,
/// an attached template, a frame) or an ODF image or object linked by URL or by a path leaving
/// the package. Hyperlinks are allowed: they are followed only when the reader clicks them.
/// </summary>
internal static class ExternalTargets
{
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>Checks every relationship part of a DOCX.</summary>
    public static void CheckWord(OfficePackage package)
    {
        foreach (OfficePackage.Entry entry in package.Entries.Where(e => e.Path.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            XDocument rels = OfficeXml.Parse(OfficeXml.Decode(entry.Data, package.Name, entry.Path), package.Name, entry.Path);
            foreach (XElement relationship in rels.Descendants(Relationships + "Relationship"))
            {
                bool external = string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
                string type = (string?)relationship.Attribute("Type") ?? string.Empty;
                if (external && !type.EndsWith("/hyperlink", StringComparison.Ordinal))
                {
                    throw OfficePackage.Refused(package.Name, Messages.SE2010ExternalTarget.Format(entry.Path, (string?)relationship.Attribute("Target") ?? string.Empty));
                }
            }
        }
    }

    /// <summary>Checks the links of one ODF part.</summary>
    public static void CheckOdf(XDocument part, string file, string path)
    {
        foreach (XElement element in part.Descendants())
        {
            if (element.Attribute(XLink + "href") is XAttribute href && element.Name.LocalName != "a" && LeavesPackage(href.Value))
            {
                throw OfficePackage.Refused(file, Messages.SE2010ExternalTarget.Format(path, href.Value));
            }
        }
    }

    private static bool LeavesPackage(string href) =>
        href.IndexOf(':') >= 0 || href.StartsWith("/", StringComparison.Ordinal) || href.StartsWith("\\", StringComparison.Ordinal)
        || href.StartsWith("../", StringComparison.Ordinal) || href.Contains("/../");
}
