using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using ServiceEfficiency.Templates;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Cli.Commands;

/// <summary><c>--font-serif</c> and <c>--font-sans</c> of <c>render</c>: the faces of <see cref="RenderOptions.Fonts"/>.</summary>
internal static class FontOptions
{
    /// <summary><c>--font-serif</c>: the faces of the body text.</summary>
    public static Option<FontPair?> Serif() => Create(
        "--font-serif",
        "The body text's face: EASTASIAN or EASTASIAN,WESTERN, e.g. DFKai-SB (標楷體) or \"DFKai-SB,Times New Roman\". Default Noto Serif CJK TC. Named, not embedded: install it where the document is printed.");

    /// <summary><c>--font-sans</c>: the faces of the title and headings.</summary>
    public static Option<FontPair?> Sans() => Create(
        "--font-sans",
        "The title's and headings' face (all text in HTML), like --font-serif. Default Noto Sans CJK TC.");

    private static Option<FontPair?> Create(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "NAME",
        CustomParser = result => Parse(result, name),
    };

    // "EASTASIAN" or "EASTASIAN,WESTERN", each trimmed; a third part stays in the Western name,
    // whose ',' the library refuses with its reason. The reason names the bad character by its
    // code point, so a control character of the value never reaches the terminal.
    private static FontPair? Parse(ArgumentResult result, string name)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        string[] parts = result.Tokens[result.Tokens.Count - 1].Value.Split(new[] { ',' }, 2);
        try
        {
            return new FontPair(parts[0].Trim(), parts.Length == 2 ? parts[1].Trim() : null);
        }
        catch (ArgumentException e)
        {
            // The reason without ArgumentException's " (Parameter 'eastAsian')": the option is named instead.
            string reason = e.ParamName is null ? e.Message : e.Message.Replace(" (Parameter '" + e.ParamName + "')", string.Empty);
            result.AddError(Messages.CliBadFont.Format(name, reason));
            return null;
        }
    }
}
