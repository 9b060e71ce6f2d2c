using System;
using System.Collections.Generic;

namespace ServiceEfficiency.Templates;

/// <summary>
/// How a <see cref="DocumentFormat"/> turns its rendered root templates into one file:
/// <see cref="SingleFilePackaging"/> (a text or flat XML file) or <see cref="ZipPackaging"/>.
/// </summary>
/// <remarks>
/// Derived only inside this library (the constructor is not public), so that every packaging is
/// deterministic and checks its templates when the format is created.
/// </remarks>
public abstract class OutputPackaging
{
    private protected OutputPackaging()
    {
    }

    /// <summary>The one root template of a single-file format, as UTF-8 without a byte order mark.</summary>
    public static SingleFilePackaging SingleFile { get; } = new();

    /// <summary>Throws unless <paramref name="rootTemplates"/> are exactly what this packaging writes.</summary>
    /// <param name="rootTemplates">The format's root templates, in render order.</param>
    internal abstract void Check(IReadOnlyList<string> rootTemplates);

    /// <summary>The file, from every root template rendered (each as UTF-8 bytes, by template name).</summary>
    /// <param name="parts">Each root template's output by template name.</param>
    internal abstract byte[] Package(IReadOnlyDictionary<string, byte[]> parts);

    private protected static ArgumentException Mismatch(string what) => new(what, "packaging");
}
