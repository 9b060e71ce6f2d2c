using System;
using System.Globalization;
#if !SE_GENERATOR
using System.Threading;
#endif

namespace ServiceEfficiency.Text
{
    /// <summary>
    /// The one table of user-facing messages: every diagnostic and every command-line error, in
    /// English and zh-TW. The table is split into partial files by area (<c>Messages.Loading.cs</c>,
    /// <c>Messages.Validation.cs</c>, <c>Messages.Templates.cs</c>, <c>Messages.Cli.cs</c>,
    /// <c>Messages.Generator.cs</c>); each entry is a static <see cref="Message"/> field, which a test
    /// walks to check that both texts exist and carry the same placeholders.
    /// </summary>
    /// <remarks>
    /// The generator does not read the current UI culture (RS1035: a compiler gives it the culture to
    /// use); it picks the text with <see cref="FromCulture"/> from the culture Roslyn formats with.
    /// </remarks>
    internal static partial class Messages
    {
#if !SE_GENERATOR
        private static readonly AsyncLocal<MessageLanguage?> ChosenLanguage = new();

        /// <summary>
        /// The language messages are written in: the one chosen with <see cref="Use"/> (the tool's
        /// <c>--lang</c>) in this asynchronous flow, otherwise Chinese when the current UI culture is
        /// Chinese and English for any other culture, the invariant culture included (globalization-
        /// invariant mode has no zh-TW culture to select, so the choice cannot rely on one).
        /// </summary>
        public static MessageLanguage Language => ChosenLanguage.Value ?? FromCulture(CultureInfo.CurrentUICulture);

        /// <summary>Chooses the language for the rest of this asynchronous flow (and the flows it starts).</summary>
        /// <param name="language">The language, or <see langword="null"/> to follow the UI culture again.</param>
        public static void Use(MessageLanguage? language) => ChosenLanguage.Value = language;

#endif
        /// <summary>The language for a culture: Chinese for <c>zh</c> and its subcultures, otherwise English.</summary>
        /// <param name="culture">A culture, or <see langword="null"/>.</param>
        public static MessageLanguage FromCulture(CultureInfo? culture) => FromName(culture?.Name);

        /// <summary>
        /// The language for a culture or locale name (<c>zh-TW</c>, <c>zh_TW.UTF-8</c>, <c>en</c>):
        /// Chinese for names starting with <c>zh</c>, otherwise English. Parsed by hand, so it works in
        /// globalization-invariant mode, where <see cref="CultureInfo"/> cannot be created for zh-TW.
        /// </summary>
        /// <param name="name">The name, or <see langword="null"/>.</param>
        public static MessageLanguage FromName(string? name)
        {
            if (name is null || name.Length < 2)
            {
                return MessageLanguage.English;
            }

            bool chinese = string.Compare(name, 0, "zh", 0, 2, StringComparison.OrdinalIgnoreCase) == 0
                && (name.Length == 2 || name[2] is '-' or '_' or '.');
            return chinese ? MessageLanguage.TraditionalChinese : MessageLanguage.English;
        }
    }
}
