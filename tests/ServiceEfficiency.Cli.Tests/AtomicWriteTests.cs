namespace ServiceEfficiency.Cli.Tests;

public class AtomicWriteTests
{
    [Fact]
    public async Task A_failed_write_leaves_the_old_file_and_no_temporary_file()
    {
        using var temp = new TempDirectory();
        string path = temp.File("out.txt");
        File.WriteAllText(path, "before");

        await Assert.ThrowsAsync<InvalidOperationException>(() => CliFiles.WriteAsync(path, async (stream, ct) =>
        {
            await stream.WriteAsync(new byte[1000], ct);
            throw new InvalidOperationException("renderer failed half-way");
        }, CancellationToken.None));

        Assert.Equal("before", File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task A_cancelled_write_leaves_nothing()
    {
        using var temp = new TempDirectory();
        string path = temp.File("out.odt");
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CliFiles.WriteAsync(path, async (stream, ct) =>
        {
            await stream.WriteAsync(new byte[1000], ct);
            cancellation.Cancel();
            ct.ThrowIfCancellationRequested();
        }, cancellation.Token));

        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task A_completed_write_replaces_the_file_whole()
    {
        using var temp = new TempDirectory();
        string path = temp.File("out.txt");
        File.WriteAllText(path, "before");

        await CliFiles.WriteTextAsync(path, "臺南分局", CancellationToken.None);

        Assert.Equal("臺南分局", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }
}
