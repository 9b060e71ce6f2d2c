namespace ServiceEfficiency.Text
{
    /// <summary>Messages of checking a document against its edition (SE1010–SE1024), and of the Model's API errors (API.…).</summary>
    /// <remarks>
    /// <c>SE1xxx.Title</c> is the descriptor's title (the English one is <c>DiagnosticCodes</c>' title;
    /// a test compares them); <c>SE1xxx</c> and <c>SE1xxx.Variant</c> are messages. A message with and
    /// without a suggestion is two entries, not a sentence plus a fragment, because the fragment
    /// would not fit the other language's word order. Placeholders are filled with names as the
    /// document prints them (Chinese titles, unit names, labels), never with English words.
    /// <c>API.…</c> are exception messages of the public API that callers may show (a date that does
    /// not exist, a criterion that is not in the edition).
    /// </remarks>
    internal static partial class Messages
    {
        /// <summary>SE1010 title.</summary>
        public static readonly Message SE1010Title = new("SE1010.Title", "Unknown criterion", "未知的評核項目");

        /// <summary>SE1010: {0} the entry's strategy (or table title), {1} the reference, {2} the edition's title.</summary>
        public static readonly Message SE1010 = new("SE1010", "「{0}」 refers to '{1}', which is neither a key path nor a code of 「{2}」", "「{0}」所指的「{1}」不是「{2}」的評核項目鍵值路徑或代碼。");

        /// <summary>SE1010 with a suggestion: {3} the closest key path.</summary>
        public static readonly Message SE1010Suggestion = new("SE1010.Suggestion", "「{0}」 refers to '{1}', which is neither a key path nor a code of 「{2}」; did you mean '{3}'?", "「{0}」所指的「{1}」不是「{2}」的評核項目鍵值路徑或代碼；是否應為「{3}」？");

        /// <summary>SE1011 title.</summary>
        public static readonly Message SE1011Title = new("SE1011.Title", "Document follows another edition", "文件依循其他評核架構");

        /// <summary>SE1011: {0} the document's edition id, {1} the edition's title, {2} its id.</summary>
        public static readonly Message SE1011 = new("SE1011", "The document follows edition '{0}', but is checked against 「{1}」 ('{2}').", "文件依循的評核架構為「{0}」，但檢核所用的是「{1}」（{2}）。");

        /// <summary>SE1012 title.</summary>
        public static readonly Message SE1012Title = new("SE1012.Title", "Document year outside the edition's years", "文件年度不在評核架構的適用年度內");

        /// <summary>SE1012: {0} the document's ROC year, {1} the edition's title, {2} its years (111年、112年).</summary>
        public static readonly Message SE1012 = new("SE1012", "The document is for {0}年, but 「{1}」 applies to {2}.", "文件為{0}年度，但「{1}」適用於{2}。");

        /// <summary>SE1013 title.</summary>
        public static readonly Message SE1013Title = new("SE1013.Title", "Required plan section missing", "缺少必要的計畫章節");

        /// <summary>SE1013: {0} the section's Chinese title, {1} its JSON name, {2} the edition's title.</summary>
        public static readonly Message SE1013 = new("SE1013", "The plan has no 「{0}」 section ('{1}'), which 「{2}」 requires.", "計畫缺少「{2}」所要求的「{0}」章節（{1}）。");

        /// <summary>SE1014 title.</summary>
        public static readonly Message SE1014Title = new("SE1014.Title", "Entry without a lead unit", "執行策略未列主辦單位");

        /// <summary>SE1014: {0} the entry (code and title).</summary>
        public static readonly Message SE1014 = new("SE1014", "{0} names no lead unit (主辦單位).", "{0}未列主辦單位。");

        /// <summary>SE1015 title.</summary>
        public static readonly Message SE1015Title = new("SE1015.Title", "Lead unit is not one of the agency's units", "主辦單位不是機關所屬單位");

        /// <summary>SE1015: {0} the unit as written, {1} the entry, {2} the agency.</summary>
        public static readonly Message SE1015 = new("SE1015", "Lead unit 「{0}」 of {1} is not one of the units of {2}", "{1}的主辦單位「{0}」不是{2}所屬單位。");

        /// <summary>SE1015 with a suggestion: {3} the closest unit.</summary>
        public static readonly Message SE1015Suggestion = new("SE1015.Suggestion", "Lead unit 「{0}」 of {1} is not one of the units of {2}; did you mean 「{3}」?", "{1}的主辦單位「{0}」不是{2}所屬單位；是否應為「{3}」？");

        /// <summary>SE1016 title.</summary>
        public static readonly Message SE1016Title = new("SE1016.Title", "Criterion not addressed", "評核項目未有對應的執行策略");

        /// <summary>SE1016: {0} the code, {1} the title, {2} the key path.</summary>
        public static readonly Message SE1016 = new("SE1016", "No entry addresses {0} 「{1}」 ({2}).", "沒有任何執行策略對應 {0} 「{1}」（{2}）。");

        /// <summary>SE1017 title.</summary>
        public static readonly Message SE1017Title = new("SE1017.Title", "Results without a quantified figure", "執行績效與成果未量化");

        /// <summary>SE1017: {0} the entry.</summary>
        public static readonly Message SE1017 = new("SE1017", "The results of {0} state no quantified figure (件數、場次、人次 …).", "{0}的執行績效與成果未列量化數據（件數、場次、人次等）。");

        /// <summary>SE1019 title.</summary>
        public static readonly Message SE1019Title = new("SE1019.Title", "Strategy wording differs slightly from the edition", "執行策略文字與評核架構略有出入");

        /// <summary>SE1019: {0} the cell as printed, {1} the code, {2} the title, {3} the distance, {4} the edition's wording.</summary>
        public static readonly Message SE1019 = new("SE1019", "「{0}」 differs from the wording of {1} 「{2}」 by {3} character(s): did you mean 「{4}」?", "「{0}」與 {1} 「{2}」的文字相差 {3} 字：是否應為「{4}」？");

        /// <summary>SE1020 title.</summary>
        public static readonly Message SE1020Title = new("SE1020.Title", "Numbering out of sequence", "編號不連續");

        /// <summary>SE1020, a repeated number: {0} the label, {1} the label before, {2} the expected label.</summary>
        public static readonly Message SE1020Repeats = new("SE1020.Repeats", "Numbering repeats 「{0}」 after 「{1}」: expected 「{2}」.", "編號「{0}」在「{1}」之後重複：應為「{2}」。");

        /// <summary>SE1020, a skipped number: {0} the label, {1} the label before, {2} the expected label.</summary>
        public static readonly Message SE1020Skips = new("SE1020.Skips", "Numbering skips to 「{0}」 after 「{1}」: expected 「{2}」.", "編號在「{1}」之後跳至「{0}」：應為「{2}」。");

        /// <summary>SE1021 title.</summary>
        public static readonly Message SE1021Title = new("SE1021.Title", "Title does not follow the standard form", "標題不符標準格式");

        /// <summary>SE1021: {0} the title, {1} the suffix (提升服務效能執行計畫), {2} the standard title.</summary>
        public static readonly Message SE1021 = new("SE1021", "The title 「{0}」 does not follow the form 機關＋年度＋{1}: did you mean 「{2}」?", "標題「{0}」不符「機關＋年度＋{1}」的格式：是否應為「{2}」？");

        /// <summary>SE1022 title.</summary>
        public static readonly Message SE1022Title = new("SE1022.Title", "Entry outside its table's criterion", "執行策略不屬於所在表格的評核項目");

        /// <summary>SE1022: {0} the entry's code, {1} its title, {2} the table's code, {3} the table's title.</summary>
        public static readonly Message SE1022 = new("SE1022", "{0} 「{1}」 is in the table of {2} 「{3}」, which does not contain it.", "{0} 「{1}」列於 {2} 「{3}」的表格中，但不屬於該評核項目。");

        /// <summary>SE1023 title.</summary>
        public static readonly Message SE1023Title = new("SE1023.Title", "Invalid lead unit range", "主辦單位範圍無效");

        /// <summary>SE1023: {0} the range as written, {1} the agency.</summary>
        public static readonly Message SE1023 = new("SE1023", "Lead unit range 「{0}」 does not run from one unit of {1} to a later one.", "主辦單位範圍「{0}」並非由{1}的某一單位至其後的單位。");

        /// <summary>SE1024 title.</summary>
        public static readonly Message SE1024Title = new("SE1024.Title", "Planned actions without a quantified target", "具體推動作法未列量化目標");

        /// <summary>SE1024: {0} the entry.</summary>
        public static readonly Message SE1024 = new("SE1024", "The planned actions of {0} state no quantified target; the plans ask for 以量化方式呈現.", "{0}的具體推動作法未列量化目標；計畫應以量化方式呈現。");

        // ---- exceptions of the public API ----------------------------------------------------

        /// <summary>ComplianceValidator.Validate given a failed load.</summary>
        public static readonly Message ApiDocumentNotLoaded = new("API.Validate.NotLoaded", "The document did not load; report its load diagnostics instead.", "文件未能載入；請改為回報其載入時的診斷訊息。");

        /// <summary>new RocDate(…): {0} year, {1} month, {2} day.</summary>
        public static readonly Message ApiNoSuchRocDate = new("API.RocDate.NoSuchDay", "{0}年{1}月{2}日 is not a date of the ROC calendar.", "{0}年{1}月{2}日不是民國曆法中存在的日期。");

        /// <summary>A RocDate's year outside its range: {0} the first year, {1} the last.</summary>
        public static readonly Message ApiRocYearOutOfRange = new("API.RocDate.YearOutOfRange", "The ROC year must be between {0} and {1} (民國元年 to Gregorian 9999).", "民國年須介於{0}至{1}之間（民國元年至西元9999年）。");

        /// <summary>A RocDate's month outside 1–12.</summary>
        public static readonly Message ApiRocMonthOutOfRange = new("API.RocDate.MonthOutOfRange", "The month must be between 1 and 12.", "月份須介於1至12之間。");

        /// <summary>RocDate.FromDateTime before 1912.</summary>
        public static readonly Message ApiBeforeRocEra = new("API.RocDate.BeforeRocEra", "Dates before 1912 have no ROC year.", "1912年以前的日期沒有民國年。");

        /// <summary>RocDate.Parse: {0} the text.</summary>
        public static readonly Message ApiNotARocDate = new("API.RocDate.NotADate", "'{0}' is not a ROC date such as 114年1月6日.", "「{0}」不是民國日期（例如114年1月6日）。");

        /// <summary>ReportingSchedule for a year below 1.</summary>
        public static readonly Message ApiScheduleYearOutOfRange = new("API.Schedule.YearOutOfRange", "The year must be between {0} (民國元年) and {1}, so that every deadline falls within the ROC years a date can have.", "年度須介於{0}（民國元年）至{1}之間，各期限日期才落在民國日期可表示的年度內。");

        /// <summary>Scorecard.Score with an unknown criterion: {0} the edition's title, {1} the criterion.</summary>
        public static readonly Message ApiScoreUnknownCriterion = new("API.Scorecard.UnknownCriterion", "「{0}」 has no criterion '{1}'.", "「{0}」沒有評核項目「{1}」。");

        /// <summary>Scorecard.Score with a criterion of another edition: {0} its title, {1} the edition's id.</summary>
        public static readonly Message ApiScoreOtherEdition = new("API.Scorecard.OtherEdition", "「{0}」 is not a criterion of {1}.", "「{0}」不是 {1} 的評核項目。");

        /// <summary>Scorecard.Score out of range: {0} the title, {1} the code, {2} the score, {3} the points (∞ without).</summary>
        public static readonly Message ApiScoreOutOfRange = new("API.Scorecard.OutOfRange", "The score {2} of 「{0}」({1}) is outside 0 to {3} points.", "「{0}」({1}) 的得分 {2} 超出 0 至 {3} 分。");

        /// <summary>ScorecardComparison without scorecards.</summary>
        public static readonly Message ApiNothingToCompare = new("API.Scorecard.NothingToCompare", "Nothing to compare.", "沒有可比較的評分表。");

        /// <summary>ScorecardComparison across editions.</summary>
        public static readonly Message ApiScorecardsOfDifferentEditions = new("API.Scorecard.DifferentEditions", "Scorecards of different editions cannot be compared.", "不同評核架構的評分表無法比較。");
    }
}
