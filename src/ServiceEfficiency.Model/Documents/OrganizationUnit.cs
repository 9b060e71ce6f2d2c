namespace ServiceEfficiency.Documents;

/// <summary>A unit of an agency (第一課, 秘書室, 嘉義辦事處), or a collective designation (各單位, 各分局).</summary>
public sealed class OrganizationUnit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="name">The unit's full name (第一課, 秘書室, 嘉義辦事處), or a collective designation (各單位, 各分局).</param>
    /// <param name="abbreviation">The short form tables use for it in 主辦單位 (嘉辦 for 嘉義辦事處); null, the default, when it has none.</param>
    /// <param name="isCollective">True when the name stands for several units (各單位, 各分局, 各業務科, 業務組); false, the default, for a single unit.</param>
    public OrganizationUnit(string name, string? abbreviation = null, bool isCollective = false)
    {
        Name = name;
        Abbreviation = abbreviation;
        IsCollective = isCollective;
    }

    /// <summary>The unit's full name.</summary>
    public string Name { get; }

    /// <summary>The short form tables use (嘉辦 for 嘉義辦事處), if any.</summary>
    public string? Abbreviation { get; }

    /// <summary>Whether the name stands for several units (各單位, 各分局, 各業務科, 業務組).</summary>
    public bool IsCollective { get; }

    /// <inheritdoc/>
    public override string ToString() => Abbreviation is null ? Name : Name + "(" + Abbreviation + ")";
}
