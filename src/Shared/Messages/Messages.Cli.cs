namespace ServiceEfficiency.Text
{
    /// <summary>
    /// Messages of the command-line tool's own errors and notices (ids CLI.…). The tool prints them
    /// after the untranslated prefixes <c>error:</c> and <c>warning:</c>, which scripts match on like
    /// diagnostic severities; paths, option names and values stay as the user typed them.
    /// </summary>
    internal static partial class Messages
    {
        // Usage and the run as a whole.

        /// <summary>The hint after a usage error.</summary>
        public static readonly Message CliUsageHint = new(
            "CLI.UsageHint",
            "Run 'service-efficiency --help' or 'service-efficiency COMMAND --help' for usage and examples.",
            "請執行 'service-efficiency --help' 或 'service-efficiency COMMAND --help' 查看用法及範例。");

        /// <summary>Interrupted (Ctrl+C, SIGTERM, SIGHUP); {0} is the signal's name.</summary>
        public static readonly Message CliCancelled = new(
            "CLI.Cancelled",
            "cancelled ({0}); no output was written",
            "已中止（{0}）；未寫入任何輸出");

        /// <summary>An unexpected failure (a bug); {0} the exception's type, {1} its message.</summary>
        public static readonly Message CliInternalError = new(
            "CLI.InternalError",
            "internal error ({0}): {1}; please report it with the input that caused it",
            "程式內部錯誤（{0}）：{1}；請連同造成錯誤的輸入檔回報");

        /// <summary>An unknown --lang value; {0} is the value.</summary>
        public static readonly Message CliUnknownLanguage = new(
            "CLI.UnknownLanguage",
            "--lang {0}: unknown language; expected zh-TW or en",
            "--lang {0}：不支援的語言；請指定 zh-TW 或 en");

        /// <summary>A count of diagnostics: {0} errors, {1} warnings.</summary>
        public static readonly Message CliSummary = new(
            "CLI.Summary",
            "{0} error(s), {1} warning(s)",
            "{0} 個錯誤、{1} 個警告");

        // Reading inputs.

        /// <summary>An input that cannot be read; {0} the path, {1} the reason.</summary>
        public static readonly Message CliCannotRead = new(
            "CLI.CannotRead",
            "{0}: cannot read: {1}",
            "{0}：無法讀取：{1}");

        /// <summary>Reason: no such file.</summary>
        public static readonly Message CliNoSuchFile = new("CLI.NoSuchFile", "no such file", "檔案不存在");

        /// <summary>Reason: no such directory.</summary>
        public static readonly Message CliNoSuchDirectory = new("CLI.NoSuchDirectory", "no such directory", "目錄不存在");

        /// <summary>Reason: permission denied.</summary>
        public static readonly Message CliPermissionDenied = new("CLI.PermissionDenied", "permission denied", "權限不足");

        /// <summary>Reason: the path is a directory.</summary>
        public static readonly Message CliIsADirectory = new("CLI.IsADirectory", "is a directory", "這是目錄，不是檔案");

        /// <summary>A text input over the size limit; {0} the file, {1} the limit in bytes.</summary>
        public static readonly Message CliInputTooLarge = new(
            "CLI.InputTooLarge",
            "{0}: cannot read: larger than {1:N0} bytes",
            "{0}：無法讀取：超過 {1:N0} 位元組");

        /// <summary>A text input that is not UTF-8; {0} the file, {1} the line, {2} the byte offset (0-based) of the first bad byte.</summary>
        public static readonly Message CliNotUtf8 = new(
            "CLI.NotUtf8",
            "{0}({1}): not UTF-8 text: invalid byte at offset {2}; save the file as UTF-8",
            "{0}({1})：不是 UTF-8 文字：位移 {2} 的位元組無效；請將檔案另存為 UTF-8");

        // Writing outputs.

        /// <summary>An output that cannot be written; {0} the path, {1} the reason.</summary>
        public static readonly Message CliCannotWrite = new(
            "CLI.CannotWrite",
            "{0}: cannot write: {1}",
            "{0}：無法寫入：{1}");

        /// <summary>The output's directory does not exist; {0} the path, {1} the directory.</summary>
        public static readonly Message CliOutputDirectoryMissing = new(
            "CLI.OutputDirectoryMissing",
            "{0}: cannot write: directory '{1}' does not exist",
            "{0}：無法寫入：目錄 '{1}' 不存在");

        /// <summary>The output path names a directory; {0} the path.</summary>
        public static readonly Message CliOutputIsDirectory = new(
            "CLI.OutputIsDirectory",
            "{0}: cannot write: it is a directory",
            "{0}：無法寫入：這是目錄");

        /// <summary>The output path is not a valid path; {0} the path, {1} the reason.</summary>
        public static readonly Message CliInvalidOutputPath = new(
            "CLI.InvalidOutputPath",
            "{0}: not a valid output path: {1}",
            "{0}：不是有效的輸出路徑：{1}");

        /// <summary>Standard output is on a full disk.</summary>
        public static readonly Message CliStandardOutputFull = new(
            "CLI.StandardOutputFull",
            "cannot write standard output: no space left on device",
            "無法寫入標準輸出：裝置空間不足");

        /// <summary>The program reading standard output has closed the pipe.</summary>
        public static readonly Message CliStandardOutputClosed = new(
            "CLI.StandardOutputClosed",
            "cannot write standard output: the reading end of the pipe was closed (broken pipe)",
            "無法寫入標準輸出：讀取端已關閉管線（broken pipe）");

        /// <summary>Standard output fails otherwise; {0} the system's reason.</summary>
        public static readonly Message CliStandardOutputFailed = new(
            "CLI.StandardOutputFailed",
            "cannot write standard output: {0}",
            "無法寫入標準輸出：{0}");

        /// <summary>Reason: no space left on the device.</summary>
        public static readonly Message CliNoSpace = new("CLI.NoSpace", "no space left on device", "裝置空間不足");

        /// <summary>Two inputs would be written to the same output; {0} and {1} the inputs, {2} the output.</summary>
        public static readonly Message CliOutputCollision = new(
            "CLI.OutputCollision",
            "{0} and {1} would both be written to {2}; nothing was written (rename one, or render them into different directories)",
            "{0} 與 {1} 的輸出檔名相同（{2}）；未寫入任何檔案（請更改其中一個檔名，或輸出至不同目錄）");

        /// <summary>An output would replace an input; {0} the input, {1} the output path.</summary>
        public static readonly Message CliOutputIsInput = new(
            "CLI.OutputIsInput",
            "{0}: the output {1} would replace this input; nothing was written",
            "{0}：輸出 {1} 會覆蓋此輸入檔；未寫入任何檔案");

        // render

        /// <summary>-o - with several documents or formats.</summary>
        public static readonly Message CliStandardOutputTakesOne = new(
            "CLI.StandardOutputTakesOne",
            "-o -: standard output takes one document in one format; give a directory for several",
            "-o -：標準輸出只能輸出一份文件的一種格式；多份請指定目錄");

        /// <summary>--report - while -o - writes the document there too.</summary>
        public static readonly Message CliReportAndOutputOnStandardOutput = new(
            "CLI.ReportAndOutputOnStandardOutput",
            "--report -: standard output already holds the rendered document (-o -); write the report to a file",
            "--report -：標準輸出已用於輸出文件（-o -）；請將報告寫入檔案");

        /// <summary>--templates names no directory; {0} the path.</summary>
        public static readonly Message CliTemplatesDirectoryMissing = new(
            "CLI.TemplatesDirectoryMissing",
            "--templates {0}: no such directory",
            "--templates {0}：目錄不存在");

        /// <summary>-o names a file where a directory is needed; {0} the path.</summary>
        public static readonly Message CliOutputDirectoryIsFile = new(
            "CLI.OutputDirectoryIsFile",
            "{0}: cannot write: it is a file, and several outputs need a directory",
            "{0}：無法寫入：這是檔案，多個輸出需要指定目錄");

        /// <summary>The output directory cannot be created; {0} the path, {1} the reason.</summary>
        public static readonly Message CliCannotCreateOutputDirectory = new(
            "CLI.CannotCreateOutputDirectory",
            "{0}: cannot create the output directory: {1}",
            "{0}：無法建立輸出目錄：{1}");

        /// <summary>A document not rendered; {0} the path, {1} the summary of its diagnostics.</summary>
        public static readonly Message CliNotRendered = new(
            "CLI.NotRendered",
            "{0}: not rendered: {1}",
            "{0}：未產製：{1}");

        /// <summary>A document with errors rendered all the same; {0} the path, {1} the summary.</summary>
        public static readonly Message CliRenderedWithErrors = new(
            "CLI.RenderedWithErrors",
            "{0}: {1}; rendered as it is (--strict refuses; validate lists the warnings)",
            "{0}：{1}；仍依原內容產製（加 --strict 則不產製；警告請以 validate 列出）");

        /// <summary>A template failed; {0} the path, {1} the format.</summary>
        public static readonly Message CliTemplateFailed = new(
            "CLI.TemplateFailed",
            "{0}: not rendered as {1}: the template failed",
            "{0}：未產製 {1} 格式：範本執行失敗");

        /// <summary>The final line of a render: {0} outputs written of {1}.</summary>
        public static readonly Message CliRenderSummary = new(
            "CLI.RenderSummary",
            "render: {0} of {1} output(s) written",
            "render：已寫入 {0} 個輸出，共 {1} 個");

        /// <summary>The outputs that failed, after the summary; {0} the list.</summary>
        public static readonly Message CliRenderFailedOutputs = new(
            "CLI.RenderFailedOutputs",
            "render: not written: {0}",
            "render：未寫入：{0}");

        /// <summary>An unknown render format; {0} the value, {1} the formats (<see cref="CliAlternatives"/>).</summary>
        public static readonly Message CliUnknownFormat = new(
            "CLI.UnknownFormat",
            "Unknown format '{0}'; expected {1}.",
            "不支援的格式 '{0}'；請指定 {1}。");

        /// <summary>A choice among names; {0} all of them but the last, joined by the language's list separator, {1} the last.</summary>
        public static readonly Message CliAlternatives = new(
            "CLI.Alternatives",
            "{0} or {1}",
            "{0} 或 {1}");

        /// <summary>No --format, and -o's extension names none; {0} the formats, {1} the path.</summary>
        public static readonly Message CliFormatNotNamedByExtension = new(
            "CLI.FormatNotNamedByExtension",
            "give --format ({0}): -o '{1}' names no format by its extension",
            "請指定 --format（{0}）：-o '{1}' 的副檔名不是任何一種格式");

        /// <summary>No --format, and -o is an existing directory; {0} the formats, {1} the path.</summary>
        public static readonly Message CliFormatNotNamedByDirectory = new(
            "CLI.FormatNotNamedByDirectory",
            "give --format ({0}): -o '{1}' is a directory, which names no format",
            "請指定 --format（{0}）：-o '{1}' 是目錄，無從判斷格式");

        /// <summary>No --format, and -o is standard output; {0} the formats.</summary>
        public static readonly Message CliFormatNotNamedByStandardOutput = new(
            "CLI.FormatNotNamedByStandardOutput",
            "give --format ({0}): standard output (-o -) has no extension to name one",
            "請指定 --format（{0}）：標準輸出（-o -）沒有副檔名可判斷格式");

        /// <summary>Neither --format nor -o; {0} the formats.</summary>
        public static readonly Message CliOutputAndFormatMissing = new(
            "CLI.OutputAndFormatMissing",
            "give -o PATH, and --format ({0}) unless the extension of PATH names it (-o plan.odt renders odt)",
            "請指定 -o PATH，並指定 --format（{0}），除非 PATH 的副檔名即表示格式（-o plan.odt 即產製 odt）");

        /// <summary>--format and the extension of the -o file disagree, and --format wins; {0} the path, {1} the format written, {2} the extension's format.</summary>
        public static readonly Message CliFormatOverridesExtension = new(
            "CLI.FormatOverridesExtension",
            "-o '{0}': written as {1}, as --format says, though its extension is that of {2}",
            "-o '{0}'：依 --format 寫成 {1} 格式，但其副檔名屬於 {2} 格式");

        /// <summary>Several outputs, and -o names a file by its extension; {0} the path, {1} documents, {2} formats, {3} outputs.</summary>
        public static readonly Message CliSeveralOutputsNeedDirectory = new(
            "CLI.SeveralOutputsNeedDirectory",
            "{1} document(s) in {2} format(s) give {3} outputs: -o must be a directory, and '{0}' names a file by its extension (write '{0}/' for a directory of that name)",
            "{1} 份文件、{2} 種格式共有 {3} 個輸出：-o 須為目錄，但 '{0}' 的副檔名表示檔案（如要使用此名稱的目錄，請寫成 '{0}/'）");

        /// <summary>A document argument that looks like an option and names no file; {0} the argument.</summary>
        public static readonly Message CliUnknownOption = new(
            "CLI.UnknownOption",
            "Unknown option '{0}' (nor is it an existing document)",
            "不明的選項 '{0}'（也不是已存在的文件）");

        /// <summary>A numeric option out of its range; {0} the option, {1} the value, {2} the least, {3} the greatest, {4} the unit.</summary>
        public static readonly Message CliOutOfRange = new(
            "CLI.OutOfRange",
            "{0} {1}: must be from {2} to {3} {4}",
            "{0} {1}：須介於 {2} 至 {3} {4}");

        /// <summary>Unit of --timeout.</summary>
        public static readonly Message CliSeconds = new("CLI.Seconds", "seconds", "秒");

        /// <summary>Unit of --output-limit.</summary>
        public static readonly Message CliCharacters = new("CLI.Characters", "characters", "字元");

        /// <summary>A bad --font-serif or --font-sans value; {0} the option, {1} why (the library's English reason).</summary>
        public static readonly Message CliBadFont = new(
            "CLI.BadFont",
            "{0}: {1} Give one face, or the East Asian and the Western face separated by a comma (DFKai-SB,Times New Roman).",
            "{0}：{1} 請指定一個字型，或以逗號分隔東亞字型與西文字型（DFKai-SB,Times New Roman）。");

        /// <summary>LibreOffice is not installed.</summary>
        public static readonly Message CliInstallLibreOffice = new(
            "CLI.InstallLibreOffice",
            "LibreOffice is needed for --format pdf and was not found (looked for soffice and libreoffice on PATH, and SERVICE_EFFICIENCY_SOFFICE). " +
            "On Debian or Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk; elsewhere see https://www.libreoffice.org/download/. " +
            "Or render --format odt and convert it yourself.",
            "--format pdf 需要 LibreOffice，但找不到（已在 PATH 中尋找 soffice 及 libreoffice，並檢查 SERVICE_EFFICIENCY_SOFFICE）。" +
            "Debian 或 Ubuntu 請執行：sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk；其他系統請見 https://www.libreoffice.org/download/。" +
            "或改以 render --format odt 產製後自行轉檔。");

        /// <summary>LibreOffice cannot be started; {0} the program, {1} the reason.</summary>
        public static readonly Message CliLibreOfficeStart = new(
            "CLI.LibreOfficeStart",
            "cannot start LibreOffice ({0}): {1}",
            "無法啟動 LibreOffice（{0}）：{1}");

        /// <summary>LibreOffice timed out; {0} the document, {1} the seconds.</summary>
        public static readonly Message CliLibreOfficeTimeout = new(
            "CLI.LibreOfficeTimeout",
            "{0}: LibreOffice did not convert it within {1} s (raise --timeout)",
            "{0}：LibreOffice 未於 {1} 秒內完成轉檔（請加大 --timeout）");

        /// <summary>LibreOffice gave no PDF; {0} the document, {1} its exit code, {2} what it said.</summary>
        public static readonly Message CliLibreOfficeNoPdf = new(
            "CLI.LibreOfficeNoPdf",
            "{0}: LibreOffice did not produce a PDF (exit {1}){2}",
            "{0}：LibreOffice 未產生 PDF（結束代碼 {1}）{2}");

        // Editions

        /// <summary>A document's edition found nowhere; {0} the document, {1} the edition id, {2} where the tool looked.</summary>
        public static readonly Message CliEditionNotFound = new(
            "CLI.EditionNotFound",
            "{0}: criteria edition '{1}' not found in {2}",
            "{0}：在 {2} 找不到評核架構版本 '{1}'");

        /// <summary>Appended to the directories searched.</summary>
        public static readonly Message CliUseEditionOption = new(
            "CLI.UseEditionOption",
            "(use --edition to name the file)",
            "（請以 --edition 指定檔案）");

        /// <summary>Appended to <see cref="CliEditionNotFound"/>; {0} the ids of the editions shipped with the tool.</summary>
        public static readonly Message CliNorShippedEditions = new(
            "CLI.NorShippedEditions",
            "; nor is it one of the editions shipped with the tool ({0})",
            "；工具附帶的版本（{0}）也沒有此版本");

        /// <summary>Column headings of <c>editions</c>: the edition's id.</summary>
        public static readonly Message CliEditionsColumnId = new("CLI.Editions.Id", "id", "代碼");

        /// <summary>Column headings of <c>editions</c>: the years the edition is for.</summary>
        public static readonly Message CliEditionsColumnYears = new("CLI.Editions.Years", "years", "適用年度");

        /// <summary>Column headings of <c>editions</c>: the total points.</summary>
        public static readonly Message CliEditionsColumnPoints = new("CLI.Editions.Points", "points", "總分");

        /// <summary>Column headings of <c>editions</c>: how many nodes the tree has.</summary>
        public static readonly Message CliEditionsColumnNodes = new("CLI.Editions.Nodes", "nodes", "節點數");

        /// <summary>Column headings of <c>editions</c>: the edition's title.</summary>
        public static readonly Message CliEditionsColumnTitle = new("CLI.Editions.Title", "title", "名稱");

        /// <summary>--edition names nothing; {0} the path.</summary>
        public static readonly Message CliNoSuchEdition = new(
            "CLI.NoSuchEdition",
            "{0}: no such criteria edition file or directory",
            "{0}：評核架構版本檔案或目錄不存在");

        /// <summary>A broken edition file met while searching, skipped; {0} the file, {1} its first diagnostic.</summary>
        public static readonly Message CliBrokenEditionSkipped = new(
            "CLI.BrokenEditionSkipped",
            "{0}: not a usable criteria edition, skipped: {1}",
            "{0}：不是可用的評核架構版本，已略過：{1}");

        /// <summary>An edition used for a year it does not list; {0} title, {1} id, {2} its years, {3} the year.</summary>
        public static readonly Message CliEditionYear = new(
            "CLI.EditionYear",
            "{0} ({1}) is the edition for {2}年, not {3}年",
            "{0}（{1}）適用於 {2}年，不是 {3}年");

        /// <summary>The ROC year out of the calendar; {0} the value, {1} the greatest ROC year, {2} its Gregorian year.</summary>
        public static readonly Message CliYearRange = new(
            "CLI.YearRange",
            "--year {0}: ROC years run from 1 (民國元年, 1912) to {1} (Gregorian {2})",
            "--year {0}：民國年須介於 1（民國元年，西元1912年）至 {1}（西元{2}年）");

        /// <summary>A date of the schedule outside the calendar; {0} the year, {1} the reason.</summary>
        public static readonly Message CliDateOutOfRange = new(
            "CLI.DateOutOfRange",
            "--year {0}: a deadline falls outside the calendar: {1}",
            "--year {0}：期限日期超出曆法範圍：{1}");

        // new, commend, diff

        /// <summary>An empty --agency.</summary>
        public static readonly Message CliAgencyEmpty = new(
            "CLI.AgencyEmpty",
            "--agency: the agency's name is empty",
            "--agency：機關名稱為空白");

        /// <summary>The output exists; {0} the path.</summary>
        public static readonly Message CliOutputExists = new(
            "CLI.OutputExists",
            "{0}: exists; use --force to overwrite it",
            "{0}：檔案已存在；如要覆寫請加 --force");

        /// <summary>The --policy document has no commendation policy; {0} the path.</summary>
        public static readonly Message CliNoCommendationPolicy = new(
            "CLI.NoCommendationPolicy",
            "{0}: no commendation policy: the document must be a plan whose sections.rewards has a commendationPolicy",
            "{0}：沒有敘獎原則：文件須為執行計畫，且 sections.rewards 含 commendationPolicy");

        /// <summary>An empty people file; {0} the file.</summary>
        public static readonly Message CliPeopleEmpty = new(
            "CLI.PeopleEmpty",
            "{0}: empty; expected a header line: name,role[,outcome]",
            "{0}：檔案為空；第一列應為欄位名稱：name,role[,outcome]");

        /// <summary>A people file without the needed columns; {0} the file, {1} the columns found.</summary>
        public static readonly Message CliPeopleHeader = new(
            "CLI.PeopleHeader",
            "{0}(1,1): the header must name the columns name and role (and optionally outcome); found: {1}",
            "{0}(1,1)：第一列須有 name 及 role 欄位（outcome 可省略）；實際為：{1}");

        /// <summary>A row without a column; {0} file, {1} line, {2} column, {3} the column's name.</summary>
        public static readonly Message CliPeopleMissingColumn = new(
            "CLI.PeopleMissingColumn",
            "{0}({1},{2}): missing column '{3}'",
            "{0}({1},{2})：缺少 '{3}' 欄");

        /// <summary>A row with an empty name; {0} file, {1} line, {2} column.</summary>
        public static readonly Message CliPeopleEmptyName = new(
            "CLI.PeopleEmptyName",
            "{0}({1},{2}): empty name",
            "{0}({1},{2})：姓名為空白");

        /// <summary>A row without an outcome; {0} file, {1} line, {2} the person.</summary>
        public static readonly Message CliPeopleNoOutcome = new(
            "CLI.PeopleNoOutcome",
            "{0}({1},1): no outcome for {2}: give --outcome or an outcome column",
            "{0}({1},1)：{2} 沒有獎項結果：請加 --outcome 或 outcome 欄");

        /// <summary>An unknown role or outcome; {0} file, {1} line, {2} column, {3} role or outcome, {4} the value, {5} the JSON names, {6} the Chinese names.</summary>
        public static readonly Message CliPeopleUnknownChoice = new(
            "CLI.PeopleUnknownChoice",
            "{0}({1},{2}): unknown {3} '{4}'; expected one of {5} or {6}",
            "{0}({1},{2})：不明的 {3} '{4}'；請填 {5} 或 {6} 之一");

        /// <summary>A quoted cell not closed; {0} file, {1} line, {2} column.</summary>
        public static readonly Message CliPeopleUnclosedQuote = new(
            "CLI.PeopleUnclosedQuote",
            "{0}({1},{2}): a quoted cell is not closed",
            "{0}({1},{2})：引號內的儲存格未結束");

        /// <summary>diff: the document names another edition; {0} the document, {1} its edition, {2} OLD's id.</summary>
        public static readonly Message CliDocumentOtherEdition = new(
            "CLI.DocumentOtherEdition",
            "{0} names edition '{1}', not '{2}'",
            "{0} 所列版本為 '{1}'，不是 '{2}'");

        // Office templates (templates export, render --template).

        /// <summary>templates export: an unknown --format; {0} the value.</summary>
        public static readonly Message CliStarterUnknownFormat = new(
            "CLI.StarterUnknownFormat",
            "Unknown starter format '{0}'; expected odt, fodt or docx.",
            "不支援的範本格式 '{0}'；請指定 odt、fodt 或 docx。");

        /// <summary>templates export: the starter exists and --force is not given; {0} its path.</summary>
        public static readonly Message CliStarterExists = new(
            "CLI.StarterExists",
            "{0}: exists, perhaps a layout restyled from it; use --force to overwrite it, or -o another directory",
            "{0}：檔案已存在，可能是已修改過的版面；如要覆寫請加 --force，或以 -o 指定其他目錄");

        /// <summary>templates export: -o names a file; {0} the path.</summary>
        public static readonly Message CliStarterDirectoryIsFile = new(
            "CLI.StarterDirectoryIsFile",
            "{0}: is a file; -o takes the directory to write the starter into",
            "{0}：這是檔案；-o 請指定要寫入範本的目錄");

        /// <summary>templates export: written; {0} its path.</summary>
        public static readonly Message CliStarterWritten = new(
            "CLI.StarterWritten",
            "{0}: written; restyle it in LibreOffice Writer or Word, then render with --template {0}",
            "{0}：已寫入；請以 LibreOffice Writer 或 Word 修改版面後，以 --template {0} 產製文件");

        /// <summary>render: --template and --templates together.</summary>
        public static readonly Message CliTemplateAndTemplates = new(
            "CLI.TemplateAndTemplates",
            "--template and --templates cannot be used together: an office template is a whole layout of its own",
            "--template 與 --templates 不可同時使用：辦公文件範本本身即為完整版面");

        /// <summary>render: --font-serif or --font-sans with --template.</summary>
        public static readonly Message CliTemplateFonts = new(
            "CLI.TemplateFonts",
            "--font-serif and --font-sans do not apply with --template: the layout's styles name its fonts; change them in Writer or Word, or give them to templates export",
            "使用 --template 時不適用 --font-serif 與 --font-sans：字型由版面的樣式決定；請在 Writer 或 Word 中修改，或於 templates export 時指定");

        /// <summary>render: --template names no office file; {0} the path.</summary>
        public static readonly Message CliTemplateNotOffice = new(
            "CLI.TemplateNotOffice",
            "--template {0}: an office template is a .odt, .fodt or .docx file",
            "--template {0}：辦公文件範本須為 .odt、.fodt 或 .docx 檔");

        /// <summary>render: -f names another format than the office template's; {0} the format, {1} the template, {2} its format.</summary>
        public static readonly Message CliTemplateOtherFormat = new(
            "CLI.TemplateOtherFormat",
            "--format {0}: the office template {1} renders {2} only; leave out --format or give {2}",
            "--format {0}：辦公文件範本 {1} 只能產製 {2}；請省略 --format 或指定 {2}");

        /// <summary>render: -o's extension names another format than the office template's; {0} the output, {1} the template, {2} its format.</summary>
        public static readonly Message CliTemplateOtherExtension = new(
            "CLI.TemplateOtherExtension",
            "-o '{0}': the office template {1} renders {2} only; name the output with the extension of {2}, or a directory",
            "-o '{0}'：辦公文件範本 {1} 只能產製 {2}；請以 {2} 的副檔名或目錄作為輸出");

        /// <summary>render: the office template file is missing; {0} the path.</summary>
        public static readonly Message CliTemplateMissing = new(
            "CLI.TemplateMissing",
            "--template {0}: no such file",
            "--template {0}：檔案不存在");

        /// <summary>render: the office template is refused (its diagnostics are printed before); {0} the path.</summary>
        public static readonly Message CliTemplateRefused = new(
            "CLI.TemplateRefused",
            "{0}: not usable as a template; nothing was rendered",
            "{0}：無法作為範本；未產製任何文件");
    }
}
