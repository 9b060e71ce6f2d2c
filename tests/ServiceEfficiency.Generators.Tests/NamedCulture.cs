using System.Globalization;

namespace ServiceEfficiency.Generators.Tests;

/// <summary>
/// The invariant culture under another name: all the generator and the loader read of a culture is
/// its name, and globalization-invariant mode cannot create zh-TW itself.
/// </summary>
internal sealed class NamedCulture : CultureInfo
{
    private readonly string _name;

    public NamedCulture(string name)
        : base(string.Empty) => _name = name;

    public override string Name => _name;

    /// <summary>The real culture where ICU has it, else a stand-in with its name.</summary>
    /// <param name="name">A culture name such as <c>zh-TW</c>.</param>
    public static CultureInfo RealOrNamed(string name)
    {
        try
        {
            return GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return new NamedCulture(name);
        }
    }
}
