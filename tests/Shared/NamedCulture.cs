using System.Globalization;

namespace ServiceEfficiency.Testing;

/// <summary>
/// The invariant culture under another name: all the generator, the loader and the message table
/// read of a culture is its name, and globalization-invariant mode cannot create zh-TW itself.
/// </summary>
internal sealed class NamedCulture : CultureInfo
{
    private readonly string _name;

    /// <summary>Creates the stand-in.</summary>
    /// <param name="name">The name it answers to, such as <c>zh-TW</c>.</param>
    public NamedCulture(string name)
        : base(string.Empty) => _name = name;

    /// <inheritdoc/>
    public override string Name => _name;
}
