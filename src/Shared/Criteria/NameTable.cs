using System;
using System.Collections.Generic;
using System.Text;

namespace ServiceEfficiency.Criteria;

/// <summary>
/// The JSON names of one enumeration, in the schema's order (messages list them in that order).
/// Linked into the Model and the generator, so both accept exactly the same names.
/// </summary>
/// <typeparam name="T">The enumeration.</typeparam>
internal sealed class NameTable<T>
    where T : struct, Enum
{
    private readonly KeyValuePair<string, T>[] _entries;

    /// <summary>Creates a table.</summary>
    /// <param name="entries">JSON name and member, in the schema's order.</param>
    public NameTable(params KeyValuePair<string, T>[] entries)
    {
        _entries = entries;
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        var names = new string[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            byName.Add(entries[i].Key, entries[i].Value);
            names[i] = entries[i].Key;
        }

        ByName = byName;
        Names = names;
    }

    /// <summary>
    /// The table whose JSON names are the kebab-case of the members' names, in declaration order:
    /// the rule every enumeration of the file formats follows. Enum.GetValues orders by value, which is
    /// the declaration order because the members have no explicit values.
    /// </summary>
    public static NameTable<T> FromMemberNames()
    {
        var values = (T[])Enum.GetValues(typeof(T));
        var entries = new KeyValuePair<string, T>[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            entries[i] = new KeyValuePair<string, T>(KebabCase(values[i].ToString()), values[i]);
        }

        return new NameTable<T>(entries);
    }

    /// <summary>Member by JSON name (ordinal).</summary>
    public IReadOnlyDictionary<string, T> ByName { get; }

    /// <summary>The JSON names in the schema's order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The JSON names, comma-separated, as messages list the accepted values.</summary>
    public string Listed => string.Join(", ", Names);

    /// <summary>The JSON name of a member.</summary>
    /// <param name="value">The member.</param>
    /// <exception cref="ArgumentOutOfRangeException">The member has no name (a value the table does not know).</exception>
    public string NameOf(T value)
    {
        foreach (KeyValuePair<string, T> entry in _entries)
        {
            if (EqualityComparer<T>.Default.Equals(entry.Value, value))
            {
                return entry.Key;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, null);
    }

    /// <summary><c>CapitalChineseComma</c> → <c>capital-chinese-comma</c>.</summary>
    private static string KebabCase(string memberName)
    {
        var kebab = new StringBuilder(memberName.Length + 4);
        foreach (char c in memberName)
        {
            if (c >= 'A' && c <= 'Z')
            {
                if (kebab.Length > 0)
                {
                    kebab.Append('-');
                }

                kebab.Append((char)(c - 'A' + 'a'));
            }
            else
            {
                kebab.Append(c);
            }
        }

        return kebab.ToString();
    }
}
