using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli.Commands;

/// <summary>
/// Misspelt options among a command's input paths. System.CommandLine reports a token it does not
/// know ("Unrecognized command or argument") only when no argument takes it; a list argument
/// (<c>render a.json --figure -o out/</c>) takes it as one more input, which then fails as a file
/// that does not exist, or, worse, names an output (<c>out/--figure.md</c>). So an input that starts
/// with <c>-</c> (but is not <c>-</c>, standard input) and names no existing file or directory is an
/// unknown option, a usage error. Inputs after <c>--</c> are paths by the user's own say, and not checked.
/// </summary>
internal static class MisspeltOptions
{
    /// <summary>Throws a usage error (exit 2) for the first input of <paramref name="inputs"/> that is a misspelt option.</summary>
    public static void Check(ParseResult parseResult, Argument<string[]> inputs)
    {
        ArgumentResult? result = parseResult.GetResult(inputs);
        if (result is null)
        {
            return;
        }

        // Every token after the first "--" is an argument, and this command has no other: the last ones of the list.
        int afterDoubleDash = 0;
        for (int i = 0; i < parseResult.Tokens.Count; i++)
        {
            if (parseResult.Tokens[i].Type == TokenType.DoubleDash)
            {
                afterDoubleDash = parseResult.Tokens.Count - 1 - i;
                break;
            }
        }

        for (int i = 0; i < result.Tokens.Count - afterDoubleDash; i++)
        {
            string value = result.Tokens[i].Value;
            if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
            {
                throw new CliException(Messages.CliUnknownOption.Format(value));
            }
        }
    }
}
