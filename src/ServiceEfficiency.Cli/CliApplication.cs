using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Cli.Commands;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli;

/// <summary>The <c>service-efficiency</c> command tree and the rules every command shares.</summary>
internal static class CliApplication
{
    /// <summary><c>--lang</c>, recognised by every command.</summary>
    private static readonly Option<string?> Language = new("--lang")
    {
        Description = "The language of messages: zh-TW or en. Default: the UI culture, or LC_ALL/LC_MESSAGES/LANG.",
        Recursive = true,
        HelpName = "zh-TW|en",
    };

    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(
            "service-efficiency: plans (提升服務效能執行計畫) and results reports (執行績效與成果) of Taiwanese agencies — " +
            "render, validate, scaffold, commend, schedule, and migrate them when the criteria change; list the shipped criteria editions; " +
            "export a starter for layouts made in LibreOffice Writer or Word." + Environment.NewLine +
            "Every file argument accepts - for standard input or output; text is UTF-8." + Environment.NewLine +
            "Exit codes (every command): 0 done, no errors · 1 done, but the inputs have errors (rendered or validated all the same) · " +
            "2 nothing could be done or an output could not be written (usage, file, collision, full disk) · " +
            "129/130/143 interrupted by SIGHUP/Ctrl+C/SIGTERM · 141 standard output closed by its reader · 70 internal error.")
        {
            RenderCommand.Create(),
            ValidateCommand.Create(),
            NewCommand.Create(),
            CommendCommand.Create(),
            ScheduleCommand.Create(),
            DiffCommand.Create(),
            EditionsCommand.Create(),
            TemplatesCommand.Create(),
        };
        root.Options.Add(Language);
        return root;
    }

    /// <summary>
    /// Parses and runs. Usage errors exit with 2 (System.CommandLine's default is 1, which here
    /// means "the inputs have errors"); a <see cref="CliException"/> prints its one message and
    /// exits with its code; SIGINT, SIGTERM and SIGHUP cancel the command, whose atomic writes roll
    /// back, and exit with 128 + the signal.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        RootCommand root = CreateRootCommand();
        ParseResult parseResult = root.Parse(args);
        if (!ChooseLanguage(parseResult, error))
        {
            return ExitCodes.Failure;
        }

        // Validators write their messages while parsing, before --lang was known: parsed again, they
        // are in the language chosen (render's "Unknown format", with the hint after it).
        parseResult = root.Parse(args);

        if (parseResult.Errors.Count > 0)
        {
            foreach (ParseError parseError in parseResult.Errors)
            {
                error.WriteLine("error: " + parseError.Message);
            }

            error.WriteLine(Messages.CliUsageHint.Format());
            return ExitCodes.Failure;
        }

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signals = new SignalCancellation(cancellation);
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Our own handler below gives one-line messages; the default prints stack traces.
            EnableDefaultExceptionHandler = false,
            // Signals are ours (SignalCancellation): System.CommandLine's handler lets the process
            // end on SIGTERM before the atomic write's clean-up has run.
            ProcessTerminationTimeout = null,
        };
        try
        {
            using (signals)
            {
                int code = await parseResult.InvokeAsync(configuration, cancellation.Token).ConfigureAwait(false);
                await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                return code;
            }
        }
        catch (CliException e)
        {
            error.WriteLine("error: " + e.Message);
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine(Messages.CliCancelled.Format(signals.Name ?? "Ctrl+C"));
            return signals.ExitCode ?? ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Last resort: a bug must still give one line and a documented code, not an abort (134).
            error.WriteLine("error: " + Messages.CliInternalError.Format(e.GetType().Name, e.Message));
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// Applies <c>--lang</c>, or the default: the UI culture; in globalization-invariant mode (where
    /// the UI culture is the invariant one) the POSIX locale variables, first set of LC_ALL,
    /// LC_MESSAGES, LANG. False after an unknown language, which has been reported.
    /// </summary>
    private static bool ChooseLanguage(ParseResult parseResult, TextWriter error)
    {
        string? requested = null;
        OptionResult? result = parseResult.GetResult(Language);
        if (result is { Tokens.Count: > 0 })
        {
            requested = result.Tokens[result.Tokens.Count - 1].Value;
        }

        if (requested is null)
        {
            Messages.Use(DefaultLanguage());
            return true;
        }

        if (string.Equals(requested, "en", StringComparison.OrdinalIgnoreCase) || requested.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
        {
            Messages.Use(MessageLanguage.English);
            return true;
        }

        if (Messages.FromName(requested) == MessageLanguage.TraditionalChinese)
        {
            Messages.Use(MessageLanguage.TraditionalChinese);
            return true;
        }

        Messages.Use(DefaultLanguage());
        error.WriteLine("error: " + Messages.CliUnknownLanguage.Format(requested));
        return false;
    }

    private static MessageLanguage DefaultLanguage()
    {
        if (CultureInfo.CurrentUICulture.Name.Length > 0)
        {
            return Messages.FromCulture(CultureInfo.CurrentUICulture);
        }

        foreach (string variable in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            string? value = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrEmpty(value))
            {
                return Messages.FromName(value);
            }
        }

        return MessageLanguage.English;
    }

    /// <summary>
    /// SIGINT, SIGTERM and SIGHUP cancel the run instead of ending the process, so that every
    /// atomic write rolls back the same way. A second signal ends the process at once, and so does
    /// the first one after a grace period, in case the command is blocked where it cannot be cancelled.
    /// </summary>
    private sealed class SignalCancellation : IDisposable
    {
        private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

        private readonly CancellationTokenSource _cancellation;
        private readonly List<PosixSignalRegistration> _registrations = new();

        public SignalCancellation(CancellationTokenSource cancellation)
        {
            _cancellation = cancellation;
            Register(PosixSignal.SIGINT, "Ctrl+C", ExitCodes.Cancelled);
            Register(PosixSignal.SIGTERM, "SIGTERM", ExitCodes.Terminated);
            Register(PosixSignal.SIGHUP, "SIGHUP", ExitCodes.HangUp);
        }

        /// <summary>The signal received first, or null.</summary>
        public string? Name { get; private set; }

        /// <summary>The exit code for the signal received first, or null.</summary>
        public int? ExitCode { get; private set; }

        public void Dispose()
        {
            foreach (PosixSignalRegistration registration in _registrations)
            {
                registration.Dispose();
            }
        }

        private void Register(PosixSignal signal, string name, int exitCode)
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    if (ExitCode is not null)
                    {
                        return; // the second signal: let the runtime end the process
                    }

                    Name = name;
                    ExitCode = exitCode;
                    context.Cancel = true;
                    _cancellation.Cancel();
                    _ = Task.Delay(Grace).ContinueWith(_ => Environment.Exit(exitCode), TaskScheduler.Default);
                }));
            }
            catch (PlatformNotSupportedException)
            {
                // SIGHUP has no equivalent on some platforms; the others still work.
            }
        }
    }
}
