namespace ServiceEfficiency.Text
{
    /// <summary>Messages of writing documents as JSON (DocumentWriter): what a document holds that the format cannot carry.</summary>
    internal static partial class Messages
    {
        /// <summary>DocumentWriter: {0} the JSON path of the text, {1} the code unit (hexadecimal), {2} its index in the text.</summary>
        public static readonly Message ApiWriteLoneSurrogate = new(
            "API.Write.LoneSurrogate",
            "Cannot write the document: the text at {0} has a lone surrogate U+{1} at index {2}, which UTF-8 cannot represent. Correct the text; it is not replaced.",
            "無法寫出文件：{0} 的文字在索引 {2} 處有不成對的代理字元 U+{1}，UTF-8 無法表示。請修正該文字；寫出時不會替換它。");

        /// <summary>DocumentWriter: {0} the JSON path of a value the format requires but the document lacks (null).</summary>
        public static readonly Message ApiWriteMissing = new(
            "API.Write.Missing",
            "Cannot write the document: {0} is null, and the document format requires it.",
            "無法寫出文件：{0} 為 null，但文件格式要求必須有此值。");

        /// <summary>DocumentWriter: {0} the JSON path, {1} the value, which is not a member of its enumeration.</summary>
        public static readonly Message ApiWriteUnknownValue = new(
            "API.Write.UnknownValue",
            "Cannot write the document: the value {1} at {0} has no name in the document format.",
            "無法寫出文件：{0} 的值 {1} 在文件格式中沒有對應的名稱。");
    }
}
