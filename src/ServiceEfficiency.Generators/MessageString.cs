using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Generators;

/// <summary>
/// A descriptor's title or message format from the message table, in the language of the culture
/// Roslyn formats with (the build's UI language: <c>-preferreduilang</c>, <c>PreferredUILang</c>).
/// </summary>
/// <remarks>
/// Roslyn asks <see cref="LocalizableString.ToString(IFormatProvider)"/> with that culture and then
/// formats the message arguments into the text itself, so the text here keeps its placeholders.
/// The generator never reads <c>CultureInfo.CurrentUICulture</c> (RS1035): without a culture
/// (or with one that is not Chinese, the invariant culture included) the text is English.
/// Descriptors are compared by Roslyn, so two instances for the same message are equal.
/// </remarks>
internal sealed class MessageString : LocalizableString
{
    private readonly Message _message;

    public MessageString(Message message) => _message = message;

    protected override string GetText(IFormatProvider? formatProvider) =>
        _message.Text(Messages.FromCulture(formatProvider as CultureInfo));

    protected override bool AreEqual(object? other) =>
        other is MessageString that && ReferenceEquals(that._message, _message);

    protected override int GetHash() => StringComparer.Ordinal.GetHashCode(_message.Id);
}
