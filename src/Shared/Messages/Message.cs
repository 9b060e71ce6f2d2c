using System.Globalization;

namespace ServiceEfficiency.Text
{
    /// <summary>
    /// One user-facing message in both languages its readers use: English, and Traditional Chinese
    /// as written in Taiwan (zh-TW). Placeholders are composite-format items (<c>{0}</c>), the same
    /// in both texts, formatted with the invariant culture so numbers never depend on the machine.
    /// </summary>
    /// <remarks>
    /// This file is compiled into the Model and into the generator (linked source, see
    /// <c>src/Shared/README.md</c>), so a message has one text wherever it is reported.
    /// </remarks>
    internal sealed class Message
    {
        /// <summary>Creates a message.</summary>
        /// <param name="id">A stable name: the diagnostic code (<c>SE1002</c>), with a suffix for its variants (<c>SE1002.MissingProperty</c>), or <c>CLI.…</c> for a command-line error, <c>API.…</c> for an exception of the library's API that callers may show.</param>
        /// <param name="english">The English text.</param>
        /// <param name="chinese">The Traditional Chinese (zh-TW) text.</param>
        public Message(string id, string english, string chinese)
        {
            Id = id;
            English = english;
            Chinese = chinese;
        }

        /// <summary>The stable name of the message.</summary>
        public string Id { get; }

        /// <summary>The English text, with placeholders.</summary>
        public string English { get; }

        /// <summary>The Traditional Chinese (zh-TW) text, with placeholders.</summary>
        public string Chinese { get; }

        /// <summary>The text, with placeholders, in <paramref name="language"/>.</summary>
        /// <param name="language">The language wanted.</param>
        public string Text(MessageLanguage language) => language == MessageLanguage.TraditionalChinese ? Chinese : English;

#if !SE_GENERATOR
        /// <summary>The message in the current language (<see cref="Messages.Language"/>) with its placeholders filled.</summary>
        /// <param name="arguments">The values of the placeholders.</param>
        public string Format(params object?[] arguments) => Format(Messages.Language, arguments);

#endif
        /// <summary>The message in <paramref name="language"/> with its placeholders filled.</summary>
        /// <param name="language">The language wanted.</param>
        /// <param name="arguments">The values of the placeholders.</param>
        public string Format(MessageLanguage language, params object?[] arguments)
        {
            string text = Text(language);
            return arguments.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, arguments);
        }

        /// <inheritdoc/>
        public override string ToString() => Id;
    }
}
