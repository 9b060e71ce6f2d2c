using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// Writes the few values that LibreOffice's Word export spells outside the WordprocessingML schema
/// the way the schema spells the same meaning, so that a layout re-saved by LibreOffice renders into
/// a document that Word's own validator (the Open XML SDK's <c>OpenXmlValidator</c>) accepts.
/// </summary>
/// <remarks>
/// LibreOffice 7.4 writes, in a .docx it saves: <c>&lt;w:cantSplit w:val="true"/&gt;</c> and
/// <c>w:tblHeader</c> likewise, where the schema takes <c>on</c>/<c>off</c> (an absent value means on);
/// <c>w:jc w:val="start"</c> in a table's properties and <c>w:lvlJc w:val="start"</c> in a list level,
/// where a table and a level take <c>left</c>/<c>right</c>; <c>w:characterSet="utf-8"</c> on a font's
/// <c>w:charset</c>, beside the <c>w:val</c> that already says the character set; and a list level's
/// <c>w:pStyle</c> before its <c>w:numFmt</c>, against the schema's order. Each repair keeps the
/// meaning (start is left, or right in a right-to-left table or level). A part with
/// none of these values keeps its bytes; a part with one is written again with only them changed.
/// </remarks>
internal static class WordSchemaRepairs
{
    private static readonly XNamespace W = WordDialect.W;

    /// <summary>The children of <c>w:lvl</c> in the order the schema (CT_Lvl) requires.</summary>
    private static readonly string[] LevelOrder =
    {
        "start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId", "legacy", "lvlJc", "pPr", "rPr",
    };

    /// <summary>
    /// The package with each of its WordprocessingML parts repaired; the same package when no part needed it.
    /// </summary>
    /// <param name="package">A .docx read by <see cref="OfficePackage.Read"/>.</param>
    /// <returns>The repaired package.</returns>
    public static OfficePackage Apply(OfficePackage package)
    {
        var replaced = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (OfficePackage.Entry entry in package.Entries)
        {
            if (!entry.Path.StartsWith("word/", StringComparison.Ordinal) || !entry.Path.EndsWith(".xml", StringComparison.Ordinal))
            {
                continue;
            }

            XDocument part = OfficeXml.Parse(OfficeXml.Decode(entry.Data, package.Name, entry.Path), package.Name, entry.Path);
            if (Repair(part))
            {
                replaced[entry.Path] = new UTF8Encoding(false).GetBytes(OfficeXml.Write(part));
            }
        }

        return replaced.Count == 0 ? package : package.With(replaced);
    }

    /// <summary>Repairs one part in place.</summary>
    /// <param name="part">A WordprocessingML part.</param>
    /// <returns>Whether anything was changed.</returns>
    public static bool Repair(XDocument part)
    {
        bool changed = false;
        foreach (XElement element in part.Descendants().ToList())
        {
            changed |= RepairElement(element);
        }

        return changed;
    }

    private static bool RepairElement(XElement element)
    {
        if (element.Name.Namespace != W)
        {
            return false;
        }

        switch (element.Name.LocalName)
        {
            case "cantSplit" or "tblHeader" when element.Parent?.Name == W + "trPr":
                return RepairOnOff(element);
            case "jc" when element.Parent?.Name == W + "tblPr":
            case "lvlJc":
                return RepairStartEnd(element);
            case "charset":
                return RepairCharacterSet(element);
            case "lvl":
                return RepairLevelOrder(element);
            default:
                return false;
        }
    }

    /// <summary><c>true</c>/<c>1</c> becomes the absent value (on); <c>false</c>/<c>0</c> becomes <c>off</c>.</summary>
    private static bool RepairOnOff(XElement element)
    {
        XAttribute? value = element.Attribute(W + "val");
        switch (value?.Value)
        {
            case "true" or "1":
                value.Remove();
                return true;
            case "false" or "0":
                value.Value = "off";
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A table's or a list level's <c>start</c>/<c>end</c>: <c>left</c>/<c>right</c>, or the other way
    /// round in a right-to-left table (<c>w:bidiVisual</c>) or level (<c>w:bidi</c> in its paragraph properties).
    /// </summary>
    private static bool RepairStartEnd(XElement element)
    {
        XAttribute? value = element.Attribute(W + "val");
        bool rightToLeft = element.Name.LocalName == "jc"
            ? element.Parent!.Element(W + "bidiVisual") is not null
            : element.Parent?.Element(W + "pPr")?.Element(W + "bidi") is not null;
        string? repaired = value?.Value switch
        {
            "start" => rightToLeft ? "right" : "left",
            "end" => rightToLeft ? "left" : "right",
            _ => null,
        };
        if (repaired is null)
        {
            return false;
        }

        value!.Value = repaired;
        return true;
    }

    /// <summary>The name of the character set is dropped where its number (<c>w:val</c>) already says it.</summary>
    private static bool RepairCharacterSet(XElement element)
    {
        XAttribute? name = element.Attribute(W + "characterSet");
        if (name is null || element.Attribute(W + "val") is null)
        {
            return false;
        }

        name.Remove();
        return true;
    }

    /// <summary>A list level's children in the schema's order (the order of the others kept).</summary>
    private static bool RepairLevelOrder(XElement level)
    {
        List<XElement> children = level.Elements().ToList();
        List<XElement> ordered = children.OrderBy(Rank).ToList(); // a stable sort: unknown children keep their place at the end
        if (children.SequenceEqual(ordered))
        {
            return false;
        }

        foreach (XElement child in children)
        {
            child.Remove();
        }

        level.Add(ordered);
        return true;
    }

    private static int Rank(XElement child)
    {
        int index = child.Name.Namespace == W ? Array.IndexOf(LevelOrder, child.Name.LocalName) : -1;
        return index < 0 ? LevelOrder.Length : index;
    }
}
