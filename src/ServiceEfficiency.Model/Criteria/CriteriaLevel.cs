using ServiceEfficiency.Numbering;

namespace ServiceEfficiency.Criteria;

/// <summary>One depth of an edition's tree: its name (構面, 評核項目, 執行策略, 細項) and numbering.</summary>
public sealed class CriteriaLevel
{
    /// <summary>Creates a level.</summary>
    /// <param name="name">The level's name as the documents say it: 構面, 評核項目, 執行策略 or 細項.</param>
    /// <param name="numbering">How nodes of this level are numbered, such as <see cref="NumberingStyle.ChineseParenthesized"/> for (一)(二).</param>
    public CriteriaLevel(string name, NumberingStyle numbering)
    {
        Name = name;
        Numbering = numbering;
    }

    /// <summary>The level's name as the documents say it.</summary>
    public string Name { get; }

    /// <summary>How nodes of this level are numbered.</summary>
    public NumberingStyle Numbering { get; }
}
