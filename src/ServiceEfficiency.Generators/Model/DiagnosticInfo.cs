using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ServiceEfficiency.Generators.Model;

/// <summary>
/// A diagnostic as data: the descriptor's id, the file, the span and its lines and columns, and
/// the message arguments (literal text, or messages of the table that Roslyn writes in the
/// diagnostic's language). A <see cref="Location"/> is made only when it is reported, because a
/// Location is not a value the driver can compare.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string FilePath, TextSpan Span, LinePositionSpan LineSpan, EquatableArray<MessageArgument> Arguments)
{
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptors.ById(Id), Location.Create(FilePath, Span, LineSpan), MessageArguments());

    private object?[] MessageArguments()
    {
        var result = new object?[Arguments.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Arguments[i].ForRoslyn();
        }

        return result;
    }
}


/// <summary>What parsing one criteria file gave: the catalogue when it can be emitted, and every diagnostic.</summary>
internal sealed record FileResult(CatalogueModel? Catalogue, EquatableArray<DiagnosticInfo> Diagnostics);
