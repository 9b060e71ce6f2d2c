using System;

namespace ServiceEfficiency.Criteria;

/// <summary>
/// A node with children in a typed catalogue that the criteria generator writes (a 構面 or an
/// 評核項目 of <c>ServiceAwardOverall</c>): its children are its properties, and it converts to its
/// <see cref="Criterion"/> wherever one is expected, as a leaf of the catalogue already is one.
/// <c>builder.Entry(ServiceAwardOverall.BasicService.Friendliness, …)</c> and
/// <c>builder.Entry(ServiceAwardOverall.BasicService.Friendliness.BehaviorFriendliness, …)</c> read the same.
/// </summary>
/// <remarks>
/// Only generated code derives from this class. A criterion removed from the criteria file removes its
/// property, so code that names it stops compiling (CS1061 or CS0117) when the award criteria change.
/// </remarks>
public abstract class CatalogueNode
{
    /// <summary>Creates the catalogue's view of <paramref name="node"/>.</summary>
    /// <param name="node">The node of the catalogue's edition that this object stands for.</param>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    protected CatalogueNode(Criterion node)
    {
        Node = node ?? throw new ArgumentNullException(nameof(node));
    }

    /// <summary>The node of the catalogue's <see cref="CriteriaEdition"/> (what the conversion gives).</summary>
    public Criterion Node { get; }

    /// <summary>The node, so that a catalogue node can be passed wherever a <see cref="Criterion"/> is expected.</summary>
    /// <param name="node">A node of a generated catalogue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    public static implicit operator Criterion(CatalogueNode node) =>
        (node ?? throw new ArgumentNullException(nameof(node))).Node;

    /// <inheritdoc/>
    public override string ToString() => Node.ToString();
}
