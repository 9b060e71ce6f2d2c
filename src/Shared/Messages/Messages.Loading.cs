namespace ServiceEfficiency.Text
{
    /// <summary>Messages of reading JSON files (SE1000–SE1004): the document and criteria loaders.</summary>
    internal static partial class Messages
    {
        // ---------------------------------------------------------------- SE1000: the file cannot be read

        /// <summary>SE1000 title.</summary>
        public static readonly Message SE1000Title = new("SE1000.Title", "The file cannot be read", "無法讀取檔案");

        /// <summary>SE1001 title.</summary>
        public static readonly Message SE1001Title = new("SE1001.Title", "Malformed JSON", "JSON 格式錯誤");

        /// <summary>SE1002 title.</summary>
        public static readonly Message SE1002Title = new("SE1002.Title", "JSON does not match the format", "JSON 內容不符資料格式");

        /// <summary>SE1003 title.</summary>
        public static readonly Message SE1003Title = new("SE1003.Title", "Input exceeds a limit", "輸入超過限制");

        /// <summary>SE1004 title.</summary>
        public static readonly Message SE1004Title = new("SE1004.Title", "Invalid value", "數值無效");

        /// <summary>SE1000: {0} the file, {1} the system's reason.</summary>
        public static readonly Message SE1000Unreadable = new(
            "SE1000.Unreadable",
            "Cannot read '{0}': {1}",
            "無法讀取「{0}」：{1}");

        /// <summary>SE1000: {0} the path, which names a directory.</summary>
        public static readonly Message SE1000IsDirectory = new(
            "SE1000.IsDirectory",
            "Cannot read '{0}': it is a directory, not a file.",
            "無法讀取「{0}」：這是資料夾，不是檔案。");

        // ---------------------------------------------------------------- SE1001: not well-formed JSON

        /// <summary>
        /// SE1001 (documents) and SE0001 (criteria files, run time and build time), under "Malformed JSON: ":
        /// {0} the offset, in bytes, of the first byte that does not start or continue a UTF-8 character.
        /// One form for both builds: the generator gets text the compiler has already decoded and does
        /// not always know the byte itself, only where it was.
        /// </summary>
        public static readonly Message SE1001InvalidUtf8 = new(
            "SE1001.InvalidUtf8",
            "The file is not valid UTF-8: the bytes at offset {0} cannot be read as a character. Save the file as UTF-8.",
            "檔案不是有效的 UTF-8 編碼：位移 {0} 的位元組無法解讀為字元。請將檔案另存為 UTF-8 編碼。");

        /// <summary>SE1001: an empty or blank file.</summary>
        public static readonly Message SE1001Empty = new(
            "SE1001.Empty",
            "The file is empty: expected a JSON object.",
            "檔案是空的：應為一個 JSON 物件。");

        /// <summary>SE1001: {0} the JSON reader's own description (English).</summary>
        public static readonly Message SE1001Truncated = new(
            "SE1001.Truncated",
            "The JSON ends too early (is the file truncated?): {0}",
            "JSON 提前結束（檔案是否不完整？）：{0}");

        /// <summary>SE1001: {0} the JSON reader's own description (English).</summary>
        public static readonly Message SE1001Malformed = new(
            "SE1001.Malformed",
            "Malformed JSON: {0}",
            "JSON 格式錯誤：{0}");

        // ---------------------------------------------------------------- SE1002: not the structure the format needs

        /// <summary>SE1002: the whole input is the JSON literal null.</summary>
        public static readonly Message SE1002NullRoot = new(
            "SE1002.NullRoot",
            "Expected a JSON object, found null.",
            "應為 JSON 物件，但內容為 null。");

        /// <summary>SE1002: {0} the serializer's reason (English).</summary>
        public static readonly Message SE1002Unreadable = new(
            "SE1002.Unreadable",
            "The JSON cannot be read: {0}",
            "無法讀取 JSON：{0}");

        /// <summary>SE1002: {0} the property name.</summary>
        public static readonly Message SE1002UnknownProperty = new(
            "SE1002.UnknownProperty",
            "Unknown property '{0}' (property names are case-sensitive; see schemas/ for the format).",
            "未知的屬性「{0}」（屬性名稱區分大小寫；格式請參閱 schemas/）。");

        /// <summary>SE1002: {0} the property name.</summary>
        public static readonly Message SE1002DuplicateProperty = new(
            "SE1002.DuplicateProperty",
            "Property '{0}' appears twice in the same object; keep one (the JSON would otherwise silently keep only the last).",
            "屬性「{0}」在同一物件中出現兩次，請只保留一個（否則只會保留最後一個，且不會提示）。");

        /// <summary>SE1002: {0} the JSON path, {1} one of the SE1002Expected… texts.</summary>
        public static readonly Message SE1002WrongType = new(
            "SE1002.WrongType",
            "Wrong type at {0}: expected {1}.",
            "{0} 的型別錯誤：應為{1}。");

        /// <summary>The expected type of <see cref="SE1002WrongType"/>: an array.</summary>
        public static readonly Message SE1002ExpectedArray = new("SE1002.ExpectedArray", "an array", "陣列");

        /// <summary>The expected type of <see cref="SE1002WrongType"/>: an entry's figures.</summary>
        public static readonly Message SE1002ExpectedFigures = new("SE1002.ExpectedFigures", "an array of figures or \"none\"", "數據陣列或 \"none\"");

        /// <summary>The expected type of <see cref="SE1002WrongType"/>: an integer.</summary>
        public static readonly Message SE1002ExpectedWholeNumber = new("SE1002.ExpectedWholeNumber", "a whole number", "整數");

        /// <summary>The expected type of <see cref="SE1002WrongType"/>: a number.</summary>
        public static readonly Message SE1002ExpectedNumber = new("SE1002.ExpectedNumber", "a number", "數字");

        /// <summary>The expected type of <see cref="SE1002WrongType"/>: a Boolean.</summary>
        public static readonly Message SE1002ExpectedBoolean = new("SE1002.ExpectedBoolean", "true or false", " true 或 false");

        /// <summary>The expected type of <see cref="SE1002WrongType"/>: a string.</summary>
        public static readonly Message SE1002ExpectedString = new("SE1002.ExpectedString", "a string", "字串");

        /// <summary>The expected type of <see cref="SE1002WrongType"/>: an object.</summary>
        public static readonly Message SE1002ExpectedObject = new("SE1002.ExpectedObject", "an object", "物件");

        /// <summary>SE1002: {0} the JSON path, {1} the serializer's reason (English).</summary>
        public static readonly Message SE1002Invalid = new(
            "SE1002.Invalid",
            "Invalid JSON at {0}: {1}",
            "{0} 的 JSON 內容無效：{1}");

        /// <summary>SE1002: {0} the property, {1} the JSON path of the object that lacks it.</summary>
        public static readonly Message SE1002MissingProperty = new(
            "SE1002.MissingProperty",
            "Missing required property '{0}' in the object at {1}.",
            "{1} 的物件缺少必要屬性「{0}」。");

        /// <summary>SE1002: a null where an item or value is required.</summary>
        public static readonly Message SE1002UnexpectedNull = new(
            "SE1002.UnexpectedNull",
            "Unexpected null.",
            "此處不可為 null。");

        /// <summary>SE1002: {0} the value, {1} the accepted names, comma-separated.</summary>
        public static readonly Message SE1002UnknownChoice = new(
            "SE1002.UnknownChoice",
            "Unknown value '{0}'; expected one of: {1}.",
            "未知的值「{0}」；應為下列之一：{1}。");

        /// <summary>SE1002: plan sections in a results report.</summary>
        public static readonly Message SE1002ResultsWithSections = new(
            "SE1002.ResultsWithSections",
            "A results report (kind 'results') has no plan sections; use kind 'plan' or remove 'sections'.",
            "執行績效與成果（kind 為 'results'）沒有計畫章節；請將 kind 改為 'plan'，或刪除 'sections'。");

        /// <summary>SE1002: {0} the deadline's title.</summary>
        public static readonly Message SE1002DeadlineRule = new(
            "SE1002.DeadlineRule",
            "Deadline 「{0}」 needs either 'month' and 'day', or 'withinMonths' and 'after'.",
            "期限「{0}」應有 'month' 與 'day'，或 'withinMonths' 與 'after'。");

        // ---------------------------------------------------------------- SE1003: over a limit

        /// <summary>SE1003: {0} the size read or reported (bytes), {1} the limit.</summary>
        public static readonly Message SE1003TooLarge = new(
            "SE1003.TooLarge",
            "The input is {0:N0} bytes or more; the limit is {1:N0} bytes (JsonLoadOptions.MaxBytes).",
            "輸入資料達 {0:N0} 位元組以上，超過上限 {1:N0} 位元組（JsonLoadOptions.MaxBytes）。");

        /// <summary>SE1003: {0} the nesting limit.</summary>
        public static readonly Message SE1003TooDeep = new(
            "SE1003.TooDeep",
            "The JSON is nested more than {0} levels deep.",
            "JSON 巢狀結構超過 {0} 層。");

        // ---------------------------------------------------------------- SE0009 (points), here for the generator

        // Reported by the validator, the loader and the generator, all under SE0009 (SE1018 is retired):
        // kept in this file because the generator links the loading messages, not the validation ones.
        /// <summary>SE0009: {0} the edition's title, {1} the top level's name (構面), {2} the sum, {3} the total.</summary>
        public static readonly Message SE0009TotalMismatch = new("SE0009.TotalMismatch", "The {1} points of 「{0}」 add up to {2}, not to the total of {3}.", "「{0}」的{1}配分合計 {2} 分，與總分 {3} 分不符。");

        /// <summary>SE0009: {0} the node's title, {1} its code, {2} its points, {3} its children's sum.</summary>
        public static readonly Message SE0009ChildrenExceedParent = new("SE0009.ChildrenExceedParent", "「{0}」({1}) has {2} points, but its children add up to {3}, more than their parent.", "「{0}」({1}) 配分 {2} 分，其下各項合計 {3} 分，超過上層配分。");

        // ---------------------------------------------------------------- SE1004: a value that cannot be right

        /// <summary>SE1004: {0} the property.</summary>
        public static readonly Message SE1004Empty = new(
            "SE1004.Empty",
            "'{0}' must not be empty.",
            "「{0}」不可空白。");

        /// <summary>SE1004: {0} the number given as a year.</summary>
        public static readonly Message SE1004NotRocYear = new(
            "SE1004.NotRocYear",
            "{0} is not a ROC year (民國元年 is 1).",
            "{0} 不是民國年度（民國元年為 1）。");

        /// <summary>SE1004: an edition without years.</summary>
        public static readonly Message SE1004NoYears = new(
            "SE1004.NoYears",
            "An edition applies to at least one ROC year.",
            "評核架構版本至少應適用一個民國年度。");

        /// <summary>SE1004: totalPoints zero or negative.</summary>
        public static readonly Message SE1004TotalPoints = new(
            "SE1004.TotalPoints",
            "totalPoints must be positive.",
            "totalPoints 應大於 0。");

        /// <summary>SE1004: an edition without levels.</summary>
        public static readonly Message SE1004NoLevels = new(
            "SE1004.NoLevels",
            "An edition has at least one level.",
            "評核架構版本至少應有一個層級。");

        /// <summary>SE1004: {0} the key, {1} the node's title.</summary>
        public static readonly Message SE1004KeyNotIdentifier = new(
            "SE1004.KeyNotIdentifier",
            "Key '{0}' of 「{1}」 is not usable as a C# identifier (letters, digits and _; not starting with a digit).",
            "「{1}」的鍵值「{0}」不能作為 C# 識別碼（限英文字母、數字及 _，且不得以數字開頭）。");

        /// <summary>SE1004: {0} the node's title, {1} its depth (1-based), {2} the number of levels.</summary>
        public static readonly Message SE1004TooDeepNode = new(
            "SE1004.TooDeepNode",
            "「{0}」 is at depth {1}, but the edition defines {2} level(s).",
            "「{0}」位於第 {1} 層，但本版本只定義 {2} 個層級。");

        /// <summary>SE1004: {0} the node's title.</summary>
        public static readonly Message SE1004NegativePoints = new(
            "SE1004.NegativePoints",
            "Points of 「{0}」 must not be negative.",
            "「{0}」的配分不得為負數。");

        /// <summary>SE1004: {0} the deadline's title, {1} month, {2} day, {3} yearOffset.</summary>
        public static readonly Message SE1004DeadlineDate = new(
            "SE1004.DeadlineDate",
            "Deadline 「{0}」: {1}月{2}日 (yearOffset {3}) is not a valid date rule.",
            "期限「{0}」：{1}月{2}日（yearOffset {3}）不是有效的日期規則。");

        /// <summary>SE1004: {0} the deadline's title.</summary>
        public static readonly Message SE1004WithinMonths = new(
            "SE1004.WithinMonths",
            "Deadline 「{0}」: withinMonths must be positive.",
            "期限「{0}」：withinMonths 應大於 0。");

        /// <summary>SE1004: {0} the unit's name.</summary>
        public static readonly Message SE1004DuplicateUnit = new(
            "SE1004.DuplicateUnit",
            "Unit 「{0}」 is listed twice.",
            "單位「{0}」重複列出。");

        /// <summary>SE1004: {0} the abbreviation.</summary>
        public static readonly Message SE1004DuplicateAbbreviation = new(
            "SE1004.DuplicateAbbreviation",
            "Abbreviation 「{0}」 is already a unit name or abbreviation.",
            "簡稱「{0}」已是其他單位的名稱或簡稱。");

        /// <summary>SE1004: {0} the text given as a date.</summary>
        public static readonly Message SE1004NotRocDate = new(
            "SE1004.NotRocDate",
            "'{0}' is not a ROC date such as 114年1月6日.",
            "「{0}」不是民國日期（例如 114年1月6日）。");

        /// <summary>SE1004: a commendation rule without roles.</summary>
        public static readonly Message SE1004NoRoles = new(
            "SE1004.NoRoles",
            "A rule names at least one role.",
            "敘獎規則至少應列出一種人員。");

        /// <summary>SE1004: a commendation count below 1.</summary>
        public static readonly Message SE1004CommendationCount = new(
            "SE1004.CommendationCount",
            "A commendation is given at least once.",
            "敘獎次數至少為 1 次。");

        /// <summary>SE1004: a figure with both "atLeast" and "atMost".</summary>
        public static readonly Message SE1004FigureBothBounds = new(
            "SE1004.FigureBothBounds",
            "A figure is 'atLeast' or 'atMost', not both.",
            "數據不得同時為「atLeast」（以上）與「atMost」（以下）。");

        /// <summary>CriteriaEditions.Get with an id no shipped edition has: {0} the id, {1} the shipped ids.</summary>
        public static readonly Message ApiUnknownShippedEdition = new(
            "API.CriteriaEditions.UnknownId",
            "No criteria edition shipped with ServiceEfficiency.Model has the id '{0}'; the shipped editions are: {1}.",
            "ServiceEfficiency.Model 未附帶代碼為「{0}」的評核架構版本；附帶的版本為：{1}。");

        /// <summary>A shipped edition that does not load (a bug of the package): {0} the resource, {1} its first diagnostic.</summary>
        public static readonly Message ApiShippedEditionBroken = new(
            "API.CriteriaEditions.Broken",
            "The criteria edition '{0}' shipped with ServiceEfficiency.Model does not load ({1}); please report it.",
            "ServiceEfficiency.Model 附帶的評核架構版本「{0}」無法載入（{1}）；請回報此問題。");
    }
}
