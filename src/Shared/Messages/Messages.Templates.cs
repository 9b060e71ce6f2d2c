namespace ServiceEfficiency.Text
{
    /// <summary>Messages of rendering (SE2xxx).</summary>
    /// <remarks>
    /// Scriban's own parser and run-time messages stay as Scriban writes them (English): they quote
    /// template syntax, and the <c>{0}</c> of the wrapping message carries them unchanged.
    /// </remarks>
    internal static partial class Messages
    {
        /// <summary>SE2000 title.</summary>
        public static readonly Message SE2000Title = new("SE2000.Title", "Template not found", "找不到範本");

        /// <summary>SE2001 title.</summary>
        public static readonly Message SE2001Title = new("SE2001.Title", "Template syntax error", "範本語法錯誤");

        /// <summary>SE2002 title.</summary>
        public static readonly Message SE2002Title = new("SE2002.Title", "Template run-time error", "範本執行錯誤");

        /// <summary>SE2003 title.</summary>
        public static readonly Message SE2003Title = new("SE2003.Title", "Loop limit exceeded", "超過迴圈次數上限");

        /// <summary>SE2004 title.</summary>
        public static readonly Message SE2004Title = new("SE2004.Title", "Recursion limit exceeded", "超過遞迴層數上限");

        /// <summary>SE2005 title.</summary>
        public static readonly Message SE2005Title = new("SE2005.Title", "Output limit exceeded", "超過輸出長度上限");

        /// <summary>SE2006 title.</summary>
        public static readonly Message SE2006Title = new("SE2006.Title", "Template name refused", "範本名稱遭拒");

        /// <summary>SE2007 title.</summary>
        public static readonly Message SE2007Title = new("SE2007.Title", "Render timed out", "產製逾時");

        /// <summary>SE2008 title.</summary>
        public static readonly Message SE2008Title = new("SE2008.Title", "Model is read-only", "文件模型為唯讀");

        /// <summary>SE2009 title.</summary>
        public static readonly Message SE2009Title = new("SE2009.Title", "Memory limit exceeded", "超過記憶體上限");

        /// <summary>SE2000: no source has the template. {0} template name.</summary>
        public static readonly Message SE2000NotFound = new(
            "SE2000.NotFound",
            "No template `{0}` in the custom source, the override directory or the defaults.",
            "找不到範本 `{0}`：自訂來源、覆寫目錄及內建預設範本中皆無此範本。");

        /// <summary>SE2000: the template file exists but cannot be read. {0} template name, {1} the system's reason.</summary>
        public static readonly Message SE2000Unreadable = new(
            "SE2000.Unreadable",
            "The template `{0}` cannot be read: {1}",
            "無法讀取範本 `{0}`：{1}");

        /// <summary>SE2001: a Scriban parser message. {0} Scriban's text.</summary>
        public static readonly Message SE2001ParseError = new(
            "SE2001",
            "{0}",
            "範本語法錯誤：{0}");

        /// <summary>SE2002: a Scriban run-time message, or one of our helper functions refusing a value. {0} the text.</summary>
        public static readonly Message SE2002RuntimeError = new(
            "SE2002",
            "{0}",
            "範本執行錯誤：{0}");

        /// <summary>SE2002: number_label was given an unknown style. {0} the style, {1} the known styles.</summary>
        public static readonly Message SE2002UnknownNumberingStyle = new(
            "SE2002.UnknownNumberingStyle",
            "Unknown numbering style `{0}`; use one of {1}.",
            "未知的編號樣式 `{0}`；請使用下列其中之一：{1}。");

        /// <summary>SE2002: figure was given something other than a figure or a number.</summary>
        public static readonly Message SE2002FigureExpected = new(
            "SE2002.FigureExpected",
            "figure expects a figure of the model or a number.",
            "figure 函式須傳入模型中的量化數據或數字。");

        /// <summary>SE2002: roc_date was given text that is not a date. {0} the text.</summary>
        public static readonly Message SE2002NotADate = new(
            "SE2002.NotADate",
            "`{0}` is not a date.",
            "`{0}` 不是日期。");

        /// <summary>SE2002: roc_date was given a value that is not a date.</summary>
        public static readonly Message SE2002DateExpected = new(
            "SE2002.DateExpected",
            "roc_date expects a date.",
            "roc_date 函式須傳入日期。");

        /// <summary>SE2003: a Scriban loop-limit message. {0} Scriban's text.</summary>
        public static readonly Message SE2003LoopLimit = new(
            "SE2003",
            "{0}",
            "迴圈次數超過上限：{0}");

        /// <summary>SE2004: a Scriban recursion-limit message. {0} Scriban's text.</summary>
        public static readonly Message SE2004RecursionLimit = new(
            "SE2004",
            "{0}",
            "巢狀呼叫層數超過上限：{0}");

        /// <summary>SE2004: includes nested too deep. {0} the limit.</summary>
        public static readonly Message SE2004IncludeDepth = new(
            "SE2004.IncludeDepth",
            "Exceeding number of recursive depth limit `{0}` for includes",
            "引入（include）範本的巢狀層數超過上限 `{0}`");

        /// <summary>SE2005: a Scriban output-limit message. {0} Scriban's text.</summary>
        public static readonly Message SE2005OutputLimit = new(
            "SE2005",
            "{0}",
            "輸出內容超過上限：{0}");

        /// <summary>SE2005: the document's output is longer than the limit. {0} the limit in characters.</summary>
        public static readonly Message SE2005OutputLimitOwn = new(
            "SE2005.Document",
            "Rendered output exceeds OutputLimit `{0}`.",
            "產製的輸出超過輸出上限（OutputLimit）`{0}` 個字元。");

        /// <summary>SE2006: an include name was refused. {0} the reason (one of the SE2006.Name… messages).</summary>
        public static readonly Message SE2006IncludeRefused = new(
            "SE2006.IncludeRefused",
            "The include was refused: {0}.",
            "已拒絕引入範本：{0}。");

        /// <summary>SE2006 reason: the name is empty.</summary>
        public static readonly Message SE2006NameEmpty = new(
            "SE2006.NameEmpty",
            "the template name is empty",
            "範本名稱為空白");

        /// <summary>SE2006 reason: the name is absolute or a URL. {0} the name.</summary>
        public static readonly Message SE2006NameAbsolute = new(
            "SE2006.NameAbsolute",
            "`{0}` is an absolute path or URL; templates are named relative to the template root",
            "`{0}` 是絕對路徑或網址；範本名稱須相對於範本根目錄");

        /// <summary>SE2006 reason: the name has control characters.</summary>
        public static readonly Message SE2006NameControl = new(
            "SE2006.NameControl",
            "the template name contains control characters",
            "範本名稱含有控制字元");

        /// <summary>SE2006 reason: the name has an empty, '.' or '..' segment. {0} the name.</summary>
        public static readonly Message SE2006NameEscapes = new(
            "SE2006.NameEscapes",
            "`{0}` leaves or escapes the template root (empty, '.' or '..' segment)",
            "`{0}` 離開或跳出範本根目錄（含空白、'.' 或 '..' 路徑段）");

        /// <summary>SE2006: the name resolves outside the template directory. {0} the name.</summary>
        public static readonly Message SE2006OutsideDirectory = new(
            "SE2006.OutsideDirectory",
            "`{0}` resolves outside the template directory.",
            "`{0}` 指向範本目錄以外的位置。");

        /// <summary>SE2006: a link leads outside the template directory. {0} the name.</summary>
        public static readonly Message SE2006LinkOutside = new(
            "SE2006.LinkOutside",
            "`{0}` is a link that leads outside the template directory.",
            "`{0}` 是指向範本目錄以外的連結。");

        /// <summary>SE2006: links cannot be resolved on this platform. {0} the name.</summary>
        public static readonly Message SE2006LinkUnsupported = new(
            "SE2006.LinkUnsupported",
            "`{0}` is a link; links are not followed in template directories on this platform.",
            "`{0}` 是連結；在此平臺上不會跟隨範本目錄中的連結。");

        /// <summary>SE2006: the template file is too large. {0} the name, {1} the limit in characters.</summary>
        public static readonly Message SE2006TooLarge = new(
            "SE2006.TooLarge",
            "The template `{0}` is larger than {1} characters.",
            "範本 `{0}` 超過 {1} 個字元。");

        /// <summary>SE2006: the template text is too long. {0} the name, {1} the limit in characters.</summary>
        public static readonly Message SE2006TooLong = new(
            "SE2006.TooLong",
            "The template `{0}` is longer than {1} characters.",
            "範本 `{0}` 的長度超過 {1} 個字元。");

        /// <summary>SE2006: the template is a FIFO, a device, a socket or a directory. {0} the name, {1} what it is.</summary>
        public static readonly Message SE2006NotARegularFile = new(
            "SE2006.NotARegularFile",
            "The template `{0}` is {1}, not a regular file; only regular files are read as templates.",
            "範本 `{0}` 是{1}，不是一般檔案；範本只讀取一般檔案。");

        /// <summary>SE2006: what a template path is instead of a regular file.</summary>
        public static readonly Message FileKindFifo = new(
            "SE2006.FileKind.Fifo",
            "a FIFO (named pipe)",
            "FIFO（具名管道）");

        /// <summary>SE2006: what a template path is instead of a regular file.</summary>
        public static readonly Message FileKindCharacterDevice = new(
            "SE2006.FileKind.CharacterDevice",
            "a character device",
            "字元裝置");

        /// <summary>SE2006: what a template path is instead of a regular file.</summary>
        public static readonly Message FileKindBlockDevice = new(
            "SE2006.FileKind.BlockDevice",
            "a block device",
            "區塊裝置");

        /// <summary>SE2006: what a template path is instead of a regular file.</summary>
        public static readonly Message FileKindDirectory = new(
            "SE2006.FileKind.Directory",
            "a directory",
            "目錄");

        /// <summary>SE2006: what a template path is instead of a regular file.</summary>
        public static readonly Message FileKindSocket = new(
            "SE2006.FileKind.Socket",
            "a socket",
            "通訊端（socket）");

        /// <summary>SE2006: what a template path is instead of a regular file.</summary>
        public static readonly Message FileKindDevice = new(
            "SE2006.FileKind.Device",
            "a special file",
            "特殊檔案");

        /// <summary>SE2007: the render ran longer than the timeout. {0} the timeout.</summary>
        public static readonly Message SE2007Timeout = new(
            "SE2007",
            "The render ran longer than the timeout ({0}) and was stopped.",
            "產製時間超過時限（{0}），已停止產製。");

        /// <summary>SE2008: the template tried to change the model. {0} what it tried to change.</summary>
        public static readonly Message SE2008ModelIsReadOnly = new(
            "SE2008",
            "The document model is read-only: a template cannot change {0}.",
            "文件模型為唯讀：範本不得變更 {0}。");

        /// <summary>SE2008: what was changed, when it is a list item.</summary>
        public static readonly Message SE2008ListItem = new(
            "SE2008.ListItem",
            "a list item",
            "清單項目");

        /// <summary>SE2008: what was changed, when it is a list.</summary>
        public static readonly Message SE2008List = new(
            "SE2008.List",
            "a list",
            "清單");

        /// <summary>SE2009: the render's memory grew beyond the limit. {0} the growth in MiB, {1} the limit in MiB.</summary>
        public static readonly Message SE2009MemoryLimit = new(
            "SE2009",
            "The values the template built take {0} MiB, more than the memory limit ({1} MiB); the render was stopped.",
            "範本建立的資料占用 {0} MiB，超過記憶體上限（{1} MiB），已停止產製。");

        /// <summary>The summary line of a failed render, before its diagnostics.</summary>
        public static readonly Message RenderFailed = new(
            "API.Render.Failed",
            "The document could not be rendered:",
            "無法產製文件：");

        /// <summary>The summary of a failed render that carries no diagnostic.</summary>
        public static readonly Message RenderFailedNoDetail = new(
            "API.Render.FailedNoDetail",
            "The document could not be rendered.",
            "無法產製文件。");
    }
}
