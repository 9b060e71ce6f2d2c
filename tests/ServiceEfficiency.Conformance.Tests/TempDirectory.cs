namespace ServiceEfficiency.Conformance.Tests;

/// <summary>A fresh directory under the system temp directory, deleted on dispose (unless <c>SE_KEEP_TEMP</c> is set).</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates <c>/tmp/se-PREFIX-RANDOM</c>.</summary>
    public TempDirectory(string prefix = "conformance")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "se-" + prefix + "-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The directory.</summary>
    public string Path { get; }

    /// <summary>A path inside the directory.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SE_KEEP_TEMP")))
        {
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that outlived its timeout may still hold a file; the OS cleans /tmp.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
