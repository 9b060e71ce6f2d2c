namespace ServiceEfficiency.Generators;

/// <summary>The names a catalogue gets, as MSBuild says them (null when not set).</summary>
internal sealed record NameSettings(string? ClassName, string? Namespace, string? NamespaceProperty, string? RootNamespace)
{
    public static readonly NameSettings None = new(null, null, null, null);
}
