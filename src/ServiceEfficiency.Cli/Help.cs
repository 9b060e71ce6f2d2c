using System;
using System.Linq;

namespace ServiceEfficiency.Cli;

/// <summary>Command descriptions with worked examples, shown by <c>--help</c>.</summary>
internal static class Help
{
    /// <summary>The summary, a remark, and examples — each example on its own indented line.</summary>
    public static string Text(string summary, string remark, params string[] examples) =>
        summary + Environment.NewLine + remark + Environment.NewLine + Environment.NewLine + "Examples:" + Environment.NewLine +
        string.Join(Environment.NewLine, examples.Select(e => "  " + e));
}
