// Linked into every test project (tests/Shared): the one way the tests find the checkout.
namespace ServiceEfficiency.Testing;

/// <summary>The repository checkout the tests run from: the first directory above the test binaries holding <c>ServiceEfficiency.sln</c>.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The repository root (throws when no <c>ServiceEfficiency.sln</c> is found above the test binaries).</summary>
    public static string Path => Root.Value;

    /// <summary>A path below the repository root.</summary>
    /// <param name="parts">The path's parts below the root, e.g. <c>"samples", "data"</c>.</param>
    public static string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

    private static string Find()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ServiceEfficiency.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ServiceEfficiency.sln not found above " + AppContext.BaseDirectory);
    }
}
