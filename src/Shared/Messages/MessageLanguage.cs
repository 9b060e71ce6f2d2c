namespace ServiceEfficiency.Text
{
    /// <summary>The languages every user-facing message is written in.</summary>
    internal enum MessageLanguage
    {
        /// <summary>English.</summary>
        English,

        /// <summary>Traditional Chinese as written in Taiwan (zh-TW), the language of the clerks who read the diagnostics.</summary>
        TraditionalChinese,
    }
}
