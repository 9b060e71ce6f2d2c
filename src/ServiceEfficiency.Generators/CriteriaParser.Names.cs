using System;

namespace ServiceEfficiency.Generators;

/// <summary>The criteria file reader: the generated class and member names: the catalogue's class and namespace, and keys that would clash with them.</summary>
internal sealed partial class CriteriaParser
{
    private (string ClassName, string Namespace) Names(NameSettings names)
    {
        string className = Blank(names.ClassName) ? Naming.ClassNameFromFile(_path) : names.ClassName!.Trim();
        if (!Naming.IsPlainIdentifier(className))
        {
            Report(Descriptors.InvalidName, 0, 0, Blank(names.ClassName)
                ? MessageArgument.Of(Messages.SE0014FileName, className)
                : MessageArgument.Of(Messages.SE0014ClassName, className));
        }

        string ns;
        Message source;
        if (!Blank(names.Namespace))
        {
            ns = names.Namespace!.Trim();
            source = Messages.SE0014NamespaceMetadata;
        }
        else if (!Blank(names.NamespaceProperty))
        {
            ns = names.NamespaceProperty!.Trim();
            source = Messages.SE0014NamespaceProperty;
        }
        else
        {
            string root = names.RootNamespace?.Trim() ?? string.Empty;
            ns = root.Length == 0 ? "Criteria" : root + ".Criteria";
            source = Messages.SE0014RootNamespace;
        }

        if (ns.StartsWith("global::", StringComparison.Ordinal) || !Naming.IsNamespace(ns))
        {
            Report(Descriptors.InvalidName, 0, 0, MessageArgument.Of(source, ns));
        }

        return (className, ns);
    }

    /// <summary>
    /// Keys become member names: a top-level key must not be one of the catalogue's own members or
    /// its class name, and a child key must not be <c>Node</c>. A node with children also makes a
    /// class named after its key (<c>BasicServiceNode</c>) beside its siblings, which no sibling's key,
    /// not the catalogue class and not the class of its parent (a child with its parent's key) may be
    /// named: a class cannot hold a member of its own name (CS0542) or two members of one name (CS0102).
    /// </summary>
    private void CheckCollisions(List<RawNode> nodes, string className, RawNode? parent)
    {
        var keys = new HashSet<string>(nodes.Select(n => n.Key), StringComparer.Ordinal);
        foreach (RawNode node in nodes)
        {
            MessageArgument? clash = null;
            if (parent is null)
            {
                if (node.Key == className)
                {
                    clash = Part(Messages.SE0008CatalogueClass, className);
                }
                else if (System.Array.IndexOf(Naming.CatalogueMembers, node.Key) >= 0)
                {
                    clash = Part(Messages.SE0008CatalogueMember, node.Key);
                }
            }
            else if (node.Key == Naming.NodeMember)
            {
                clash = Part(Messages.SE0008NodeMember, Naming.NodeMember, parent.Title);
            }
            else if (node.Key == parent.Key && node.Children.Count > 0)
            {
                clash = Part(Messages.SE0008ParentClass, Naming.NodeClass(parent.Key), parent.Title);
            }

            if (clash is null && node.Children.Count > 0)
            {
                string type = Naming.NodeClass(node.Key);
                if (keys.Contains(type))
                {
                    clash = Part(Messages.SE0008SiblingKey, type);
                }
                else if (parent is null && type == className)
                {
                    clash = Part(Messages.SE0008CatalogueClass, className);
                }
            }

            if (clash is not null)
            {
                Report(Descriptors.KeyCollides, node.KeyValue!, node.Key, node.Title, clash);
            }

            CheckCollisions(node.Children, className, node);
        }
    }
}
