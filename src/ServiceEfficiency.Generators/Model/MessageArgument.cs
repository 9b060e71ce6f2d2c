using System;
using System.Globalization;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Generators.Model;

/// <summary>
/// One argument of a diagnostic's message, as pipeline data: either literal text (a key, a path, a
/// title as written in the file) or a message of the table with its own literal arguments (what
/// lacks a property, a whole SE0011 case), which is written in the language of the diagnostic.
/// </summary>
/// <remarks>
/// Roslyn formats the arguments into the message with the culture it was asked for
/// (<c>string.Format(provider, format, args)</c>), so a message argument is
/// <see cref="IFormattable"/> and chooses its language from that same culture: the whole diagnostic
/// is in one language. Equal by value (the message is a static instance of the table), so the
/// driver can compare diagnostics from one run to the next.
/// </remarks>
internal sealed record MessageArgument(string? Literal, Message? Message, EquatableArray<MessageArgument> Arguments) : IFormattable
{
    /// <summary>Text shown as it is.</summary>
    public static implicit operator MessageArgument(string literal) => new(literal, null, EquatableArray<MessageArgument>.Empty);

    /// <summary>A message of the table with its arguments (text, or messages in turn).</summary>
    public static MessageArgument Of(Message message, params MessageArgument[] arguments) => new(null, message, arguments.ToEquatableArray());

    /// <summary>What Roslyn is given: the literal itself, or this (formatted when the message is).</summary>
    public object ForRoslyn() => Literal ?? (object)this;

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => Format(Messages.FromCulture(formatProvider as CultureInfo));

    /// <summary>The argument in English (what a log or a debugger shows).</summary>
    public override string ToString() => Format(MessageLanguage.English);

    private string Format(MessageLanguage language)
    {
        if (Literal is not null)
        {
            return Literal;
        }

        var values = new object?[Arguments.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Arguments[i].Format(language);
        }

        return Message!.Format(language, values);
    }
}
