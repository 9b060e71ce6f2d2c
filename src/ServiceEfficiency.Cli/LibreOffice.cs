using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli;

/// <summary>
/// Converts ODF to PDF with LibreOffice headless, the way the government's own tools read ODF.
/// Each conversion has its own throw-away user profile (a shared one makes concurrent runs fail
/// or hang on its lock), a timeout, and its output checked before it is used.
/// </summary>
internal static class LibreOffice
{
    /// <summary>The message when LibreOffice is not installed, in the chosen language.</summary>
    public static string InstallHint => Messages.CliInstallLibreOffice.Format();

    public static string? Find()
    {
        string? configured = Environment.GetEnvironmentVariable("SERVICE_EFFICIENCY_SOFFICE");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        string[] names = OperatingSystem.IsWindows() ? new[] { "soffice.exe" } : new[] { "soffice", "libreoffice" };
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => names.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Converts <paramref name="odt"/> bytes to PDF bytes.</summary>
    public static async Task<byte[]> ConvertToPdfAsync(string soffice, byte[] odt, string name, TimeSpan timeout, CancellationToken cancellationToken)
    {
        string work = Path.Combine(Path.GetTempPath(), "service-efficiency-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            string input = Path.Combine(work, name + ".odt");
            await File.WriteAllBytesAsync(input, odt, cancellationToken).ConfigureAwait(false);
            var start = new ProcessStartInfo(soffice)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = work,
            };
            foreach (string argument in new[]
            {
                "-env:UserInstallation=" + new Uri(Path.Combine(work, "profile")).AbsoluteUri,
                "--headless", "--norestore", "--nolockcheck",
                "--convert-to", "pdf", "--outdir", work, input,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = new Process { StartInfo = start };
            try
            {
                process.Start();
            }
            catch (Win32Exception e)
            {
                throw new CliException(Messages.CliLibreOfficeStart.Format(soffice, e.Message), e);
            }

            Task<string> output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            Task<string> error = process.StandardError.ReadToEndAsync(cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new CliException(Messages.CliLibreOfficeTimeout.Format(name, Math.Round(timeout.TotalSeconds)));
            }

            string pdf = Path.Combine(work, name + ".pdf");
            byte[] bytes = File.Exists(pdf) ? await File.ReadAllBytesAsync(pdf, cancellationToken).ConfigureAwait(false) : Array.Empty<byte>();
            if (process.ExitCode != 0 || bytes.Length < 5 || bytes[0] != '%' || bytes[1] != 'P' || bytes[2] != 'D' || bytes[3] != 'F' || bytes[4] != '-')
            {
                string said = (await output.ConfigureAwait(false) + " " + await error.ConfigureAwait(false)).Trim();
                throw new CliException(Messages.CliLibreOfficeNoPdf.Format(name, process.ExitCode, said.Length > 0 ? ": " + said : string.Empty));
            }

            return bytes;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A profile file still held by an exiting LibreOffice: the directory is in temp.
            }
        }
    }
}
