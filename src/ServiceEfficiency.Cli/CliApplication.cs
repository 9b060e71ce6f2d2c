using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ServiceEfficiency.Cli.Commands;

namespace ServiceEfficiency.Cli;

/// <summary>The <c>service-efficiency</c> command tree and the rules every command shares.</summary>
internal static class CliApplication
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(
            "service-efficiency: plans (提升服務效能執行計畫) and results reports (執行績效與成果) of Taiwanese agencies — " +
            "render, validate, scaffold, commend, schedule, and migrate them when the criteria change." + Environment.NewLine +
            "Every file argument accepts - for standard input or output; text is UTF-8. Exit codes: 0 success, 1 the inputs have errors, 2 usage or file failure.")
        {
            RenderCommand.Create(),
            ValidateCommand.Create(),
            NewCommand.Create(),
            CommendCommand.Create(),
            ScheduleCommand.Create(),
            DiffCommand.Create(),
        };
        return root;
    }

    /// <summary>
    /// Parses and runs. Usage errors exit with 2 (System.CommandLine's default is 1, which here
    /// means "the inputs have errors"); a <see cref="CliException"/> prints its one message and
    /// exits with 2; Ctrl+C exits with 130 after the command's atomic writes have rolled back.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        RootCommand root = CreateRootCommand();
        ParseResult parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError parseError in parseResult.Errors)
            {
                error.WriteLine("error: " + parseError.Message);
            }

            error.WriteLine("Run 'service-efficiency --help' or 'service-efficiency COMMAND --help' for usage and examples.");
            return ExitCodes.Failure;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Our own handler below gives one-line messages; the default prints stack traces.
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException e)
        {
            error.WriteLine("error: " + e.Message);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("cancelled; no output was written");
            return ExitCodes.Cancelled;
        }
    }
}
