namespace ServiceEfficiency.Text
{
    /// <summary>Messages of layouts made in Writer or Word (office templates): SE2010, SE2011 and their SE2001/SE2002 cases.</summary>
    /// <remarks>A tag is quoted as the user typed it; a place (<c>table 2, row 3, cell 1</c>) is the diagnostic's location, not part of the message.</remarks>
    internal static partial class Messages
    {
        /// <summary>SE2010 title.</summary>
        public static readonly Message SE2010Title = new("SE2010.Title", "Office template refused", "辦公文件範本遭拒");

        /// <summary>SE2011 title.</summary>
        public static readonly Message SE2011Title = new("SE2011.Title", "Tag misplaced in an office template", "辦公文件範本的標籤位置不當");

        /// <summary>SE2010: the extension names no office format. {0} the extension.</summary>
        public static readonly Message SE2010UnknownExtension = new(
            "SE2010.UnknownExtension",
            "`{0}` is not an office template: use a .odt, .fodt or .docx file.",
            "`{0}` 不是辦公文件範本：請使用 .odt、.fodt 或 .docx 檔案。");

        /// <summary>SE2010: the file is not a zip package. {0} the system's reason.</summary>
        public static readonly Message SE2010NotAPackage = new(
            "SE2010.NotAPackage",
            "The file is not a readable zip package: {0}",
            "此檔案不是可讀取的 zip 封裝：{0}");

        /// <summary>SE2010: a part the format requires is missing. {0} the part.</summary>
        public static readonly Message SE2010MissingPart = new(
            "SE2010.MissingPart",
            "The package has no `{0}`; save the file again from Writer or Word.",
            "封裝中沒有 `{0}`；請以 Writer 或 Word 重新儲存此檔案。");

        /// <summary>SE2010: the ODF mimetype is not a text document's. {0} the mimetype found.</summary>
        public static readonly Message SE2010WrongMimeType = new(
            "SE2010.WrongMimeType",
            "The package's mimetype is `{0}`, not an OpenDocument text (application/vnd.oasis.opendocument.text).",
            "封裝的 mimetype 為 `{0}`，不是 OpenDocument 文字文件（application/vnd.oasis.opendocument.text）。");

        /// <summary>SE2010: too many entries. {0} the limit.</summary>
        public static readonly Message SE2010TooManyEntries = new(
            "SE2010.TooManyEntries",
            "The package has more than {0} entries.",
            "封裝的項目超過 {0} 個。");

        /// <summary>SE2010: expanded size beyond the limit (a zip bomb). {0} the entry, {1} the limit in MiB.</summary>
        public static readonly Message SE2010TooLarge = new(
            "SE2010.TooLarge",
            "Expanding `{0}` takes the package beyond {1} MiB; it was not expanded further.",
            "解壓縮 `{0}` 後封裝超過 {1} MiB，已停止解壓縮。");

        /// <summary>SE2010: an entry name is absolute, escapes the package or repeats. {0} the name.</summary>
        public static readonly Message SE2010BadEntryName = new(
            "SE2010.BadEntryName",
            "The package has an entry named `{0}`, which is absolute, leaves the package or appears twice.",
            "封裝中有名為 `{0}` 的項目，其為絕對路徑、指向封裝之外或重複出現。");

        /// <summary>SE2010: an XML part does not parse. {0} the part, {1} the parser's reason.</summary>
        public static readonly Message SE2010NotXml = new(
            "SE2010.NotXml",
            "`{0}` is not well-formed XML: {1}",
            "`{0}` 不是格式正確的 XML：{1}");

        /// <summary>SE2010: elements nested too deep. {0} the part, {1} the limit.</summary>
        public static readonly Message SE2010TooDeep = new(
            "SE2010.TooDeep",
            "`{0}` nests elements more than {1} deep.",
            "`{0}` 的元素巢狀層數超過 {1} 層。");

        /// <summary>SE2010: a part holds the noncharacters the compiler marks tags with. {0} the part.</summary>
        public static readonly Message SE2010Noncharacter = new(
            "SE2010.Noncharacter",
            "`{0}` holds the noncharacter U+FDD0 or U+FDD1, which no office suite writes; remove it.",
            "`{0}` 含有非字元 U+FDD0 或 U+FDD1，辦公軟體不會寫入此類字元；請將其移除。");

        /// <summary>A place in an office template: a paragraph outside tables. {0} its number.</summary>
        public static readonly Message OfficePlaceParagraph = new(
            "SE2010.Place.Paragraph",
            "paragraph {0}",
            "第 {0} 段");

        /// <summary>A place in an office template: a table cell. {0} the table, {1} the row, {2} the cell, each numbered from 1.</summary>
        public static readonly Message OfficePlaceCell = new(
            "SE2010.Place.Cell",
            "table {0}, row {1}, cell {2}",
            "表格 {0} 第 {1} 列第 {2} 格");

        /// <summary>A place in an office template: a later paragraph of a table cell. {0} the table, {1} the row, {2} the cell, {3} the paragraph.</summary>
        public static readonly Message OfficePlaceCellParagraph = new(
            "SE2010.Place.CellParagraph",
            "table {0}, row {1}, cell {2}, paragraph {3}",
            "表格 {0} 第 {1} 列第 {2} 格第 {3} 段");

        /// <summary>A place in a part other than the body (a header or footer). {0} the part, {1} the place in it.</summary>
        public static readonly Message OfficePlaceInPart = new(
            "SE2010.Place.InPart",
            "{0}, {1}",
            "{0} 中的{1}");

        /// <summary>SE2010: a part fetches something from outside the file. {0} the part, {1} the target.</summary>
        public static readonly Message SE2010ExternalTarget = new(
            "SE2010.ExternalTarget",
            "`{0}` links to `{1}` outside the file; a document made from it would fetch that when opened. Embed the image or template instead (hyperlinks are allowed).",
            "`{0}` 連結到檔案以外的 `{1}`；據此產製的文件在開啟時會去擷取該處內容。請改為內嵌圖片或範本（超連結不受限制）。");

        /// <summary>SE2011: a tag opened and not closed in its paragraph. {0} the tag's beginning.</summary>
        public static readonly Message SE2011Unclosed = new(
            "SE2011.Unclosed",
            "The tag `{0}` is not closed in its paragraph; a tag begins and ends in the same paragraph (or cell).",
            "標籤 `{0}` 未在同一段落內結束；標籤須在同一段落（或儲存格）內開始並結束。");

        /// <summary>SE2011: one tag opens or closes several blocks. {0} the tag.</summary>
        public static readonly Message SE2011SeveralBlocks = new(
            "SE2011.SeveralBlocks",
            "`{0}` opens or closes more than one block; give each for, if and end a tag of its own.",
            "`{0}` 開啟或結束了多個區塊；請讓每個 for、if 與 end 各自成為一個標籤。");

        /// <summary>SE2011: a block without its end. {0} the tag.</summary>
        public static readonly Message SE2011NoEnd = new(
            "SE2011.NoEnd",
            "`{0}` has no matching `end`.",
            "`{0}` 沒有對應的 `end`。");

        /// <summary>SE2011: an end or else with no block. {0} the tag.</summary>
        public static readonly Message SE2011NoBlock = new(
            "SE2011.NoBlock",
            "`{0}` has no block to end or continue (no for, if, while, case, capture, with before it).",
            "`{0}` 之前沒有可結束或接續的區塊（for、if、while、case、capture、with）。");

        /// <summary>SE2011: a block tag shares its paragraph with text while its partner is elsewhere. {0} the tag, {1} its partner.</summary>
        public static readonly Message SE2011NotAlone = new(
            "SE2011.NotAlone",
            "`{0}` must be alone in its paragraph, or in the same paragraph as `{1}`.",
            "`{0}` 須單獨成一段，或與 `{1}` 位於同一段落。");

        /// <summary>SE2011: the two tags of a block are in different places. {0} the tag, {1} its partner, {2} where the partner is.</summary>
        public static readonly Message SE2011Crosses = new(
            "SE2011.Crosses",
            "`{0}` belongs to `{1}` at {2}: the tags of a block are in the same paragraph, the same cell, the same text around tables, or cells of the same table (then whole rows repeat).",
            "`{0}` 屬於位於 {2} 的 `{1}`：同一區塊的標籤須在同一段落、同一儲存格、表格外的同一層文字，或同一表格的儲存格中（此時重複整列）。");

        /// <summary>SE2011: a row block's tags in rows that do not follow each other, or the same row for a branch. {0} the tag, {1} its partner.</summary>
        public static readonly Message SE2011RowOrder = new(
            "SE2011.RowOrder",
            "`{0}` must be in a later row than `{1}`, in the same group of rows: each row belongs to the branch whose tag is in it or above it.",
            "`{0}` 須位於 `{1}` 之後的列，且在同一組列中：每一列屬於其所在或其上方標籤的分支。");

        /// <summary>SE2006: an office template includes nothing. {0} the name asked for.</summary>
        public static readonly Message SE2006OfficeIncludes = new(
            "SE2006.OfficeIncludes",
            "`{0}` cannot be included: a layout made in Writer or Word is a whole template and includes nothing.",
            "無法引入 `{0}`：在 Writer 或 Word 中製作的版面本身即為完整範本，不引入其他範本。");

        /// <summary>SE2001: a tag's code does not parse. {0} Scriban's message, {1} the tag.</summary>
        public static readonly Message SE2001InTag = new(
            "SE2001.InTag",
            "{0} in `{1}`",
            "範本語法錯誤：{0}，位於 `{1}`");

        /// <summary>SE2002: a name the template model does not have (office templates). {0} the member.</summary>
        public static readonly Message SE2002UnknownMember = new(
            "SE2002.UnknownMember",
            "unknown member '{0}'",
            "不明的成員 '{0}'");

        /// <summary>SE2002: where the names are listed (the suggestion of an unknown member).</summary>
        public static readonly Message SE2002UnknownMemberHelp = new(
            "SE2002.UnknownMember.Help",
            "docs/templates.md lists the names templates see.",
            "docs/templates.md 列出範本可用的名稱。");

        /// <summary>SE2002 and others: a run-time failure in a tag. {0} the failure, {1} the tag.</summary>
        public static readonly Message SE2002InTag = new(
            "SE2002.InTag",
            "{0} in `{1}`",
            "{0}，位於 `{1}`");
    }
}
