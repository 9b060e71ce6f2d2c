using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ServiceEfficiency.Generators;

/// <summary>C# names from file names, keys and MSBuild settings.</summary>
internal static class Naming
{
    public const string Suffix = ".criteria.json";

    /// <summary>Members every catalogue class has; a top-level key must not take one of these names.</summary>
    public static readonly string[] CatalogueMembers = { "Id", "Title", "Edition", "FindByKeyPath", "FindByCode" };

    /// <summary>The member every node object (a node with children) has for the node itself, from <c>CatalogueNode</c>.</summary>
    public const string NodeMember = "Node";

    /// <summary>The ending of a node object's class name: the key <c>BasicService</c> gives <c>BasicServiceNode</c>.</summary>
    public const string NodeClassSuffix = "Node";

    /// <summary>The class of the node object of a node with children, nested where its property is.</summary>
    public static string NodeClass(string key) => key + NodeClassSuffix;

    /// <summary>Whether a path names a criteria file (<c>*.criteria.json</c>, any case).</summary>
    public static bool IsCriteriaFile(string path) => path.EndsWith(Suffix, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name without directories and without <c>.criteria.json</c>.</summary>
    public static string Stem(string path)
    {
        int slash = System.Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        string name = path.Substring(slash + 1);
        return name.Length >= Suffix.Length ? name.Substring(0, name.Length - Suffix.Length) : name;
    }

    /// <summary>
    /// PascalCase of the file stem: <c>service-award-overall</c> → <c>ServiceAwardOverall</c>.
    /// Characters that cannot be in an identifier separate words; a leading digit gets a '_'.
    /// </summary>
    public static string ClassNameFromFile(string path)
    {
        string stem = Stem(path);
        var builder = new StringBuilder(stem.Length);
        bool upper = true;
        foreach (char c in stem)
        {
            if (c == '_' || !SyntaxFacts.IsIdentifierPartCharacter(c) || char.IsControl(c))
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (builder.Length > 0 && !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="name"/> can be a type name as written (no '@' needed).</summary>
    public static bool IsPlainIdentifier(string name) =>
        name.Length > 0
        && SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
        && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None;

    /// <summary>Whether a dotted name can be a namespace (each part a plain identifier; empty means the global namespace).</summary>
    public static bool IsNamespace(string name)
    {
        if (name.Length == 0)
        {
            return true;
        }

        foreach (string part in name.Split('.'))
        {
            if (!IsPlainIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The identifier for a key: escaped with '@' when it is a keyword (<c>class</c> → <c>@class</c>).</summary>
    public static string Identifier(string key) =>
        SyntaxFacts.GetKeywordKind(key) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(key) != SyntaxKind.None
            ? "@" + key
            : key;
}
