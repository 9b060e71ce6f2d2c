using System;

namespace ServiceEfficiency.Templates;

/// <summary>One file of a <see cref="ZipPackaging"/>: its path in the archive and the root template that writes it.</summary>
public sealed class ZipPackageEntry
{
    /// <summary>Creates an entry, deflated.</summary>
    /// <param name="path">The path in the archive, such as <c>content.xml</c> or <c>META-INF/manifest.xml</c>.</param>
    /// <param name="template">The root template whose output is the entry, such as <c>odt/content.xml.sbn</c>.</param>
    public ZipPackageEntry(string path, string template)
    {
        Path = string.IsNullOrEmpty(path) ? throw new ArgumentException("An entry needs a path.", nameof(path)) : path;
        Template = string.IsNullOrEmpty(template) ? throw new ArgumentException("An entry needs a template.", nameof(template)) : template;
    }

    /// <summary>The path in the archive.</summary>
    public string Path { get; }

    /// <summary>The root template whose output is the entry.</summary>
    public string Template { get; }
}
