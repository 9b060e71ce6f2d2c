namespace ServiceEfficiency.Text
{
    /// <summary>Exception messages of the document builders (API.Build.…): what a caller passed that no document can hold.</summary>
    /// <remarks>
    /// Only what cannot wait for <c>ComplianceValidator</c> is refused while building: a value no
    /// document can have (an empty agency name, a negative figure) or a criterion of another edition.
    /// Everything the validator checks is left to it, so a built and a loaded document get the same findings.
    /// </remarks>
    internal static partial class Messages
    {
        /// <summary>{0} what was expected (a name, a unit…).</summary>
        public static readonly Message ApiBuildBlank = new("API.Build.Blank", "{0} must not be empty or white space.", "{0}不得為空白。");

        /// <summary>The word for {0} of <see cref="ApiBuildBlank"/>: an agency's or unit's name.</summary>
        public static readonly Message ApiBuildWhatName = new("API.Build.What.Name", "A name", "名稱");

        /// <summary>The word for {0} of <see cref="ApiBuildBlank"/>: a title.</summary>
        public static readonly Message ApiBuildWhatTitle = new("API.Build.What.Title", "A title", "標題");

        /// <summary>The word for {0} of <see cref="ApiBuildBlank"/>: a lead unit.</summary>
        public static readonly Message ApiBuildWhatLeadUnit = new("API.Build.What.LeadUnit", "A lead unit (「主辦單位」)", "主辦單位");

        /// <summary>The word for {0} of <see cref="ApiBuildBlank"/>: a paragraph or point of text.</summary>
        public static readonly Message ApiBuildWhatText = new("API.Build.What.Text", "A paragraph or point", "段落或要點");

        /// <summary>The word for {0} of <see cref="ApiBuildBlank"/>: a figure's unit.</summary>
        public static readonly Message ApiBuildWhatUnit = new("API.Build.What.Unit", "A figure's unit (「件」, 「場次」, %…)", "數據的單位（件、場次、%…）");

        /// <summary>The word for {0} of <see cref="ApiBuildBlank"/>: what a figure counts.</summary>
        public static readonly Message ApiBuildWhatLabel = new("API.Build.What.Label", "What a figure counts", "數據所計之項目");

        /// <summary>The word for {0} of <see cref="ApiBuildBlank"/>: the printed words a figure was read from.</summary>
        public static readonly Message ApiBuildWhatPrinted = new("API.Build.What.Printed", "The words a figure was read from", "數據所據之原文");

        /// <summary>A figure that is both a lower and an upper bound.</summary>
        public static readonly Message ApiFigureBothBounds = new("API.Figure.BothBounds", "A figure is at least or at most a number, not both.", "數據不得同時為「以上」與「以下」。");

        /// <summary>An entry given figures and also said to state no quantity.</summary>
        public static readonly Message ApiEntryFiguresAndNone = new("API.Entry.FiguresAndNone", "An entry that states no quantity has no figures.", "載明未陳述數量之列不得另有數據。");

        /// <summary>{0} the criterion's code, {1} its title, {2} its edition's id, {3} the builder's edition's id.</summary>
        public static readonly Message ApiBuildOtherEdition = new("API.Build.OtherEdition", "{0} 「{1}」 is a criterion of the edition '{2}', not of '{3}' that the document follows.", "{0}「{1}」屬於評核架構「{2}」，而非本文件所依循的「{3}」。");

        /// <summary>{0} the criterion's code, {1} its title, {2} the builder's edition's id.</summary>
        public static readonly Message ApiBuildNotInEdition = new("API.Build.NotInEdition", "{0} 「{1}」 belongs to no edition, or not to this copy of '{2}': take it from the edition or its typed catalogue.", "{0}「{1}」不屬於任何評核架構，或不屬於此份「{2}」：請由該評核架構或其型別目錄取得。");

        /// <summary>{0} the value.</summary>
        public static readonly Message ApiBuildFigureNegative = new("API.Build.FigureNegative", "A figure counts something and cannot be negative: {0}.", "數據為計數，不得為負值：{0}。");

        /// <summary>{0} the value.</summary>
        public static readonly Message ApiBuildFigureNotFinite = new("API.Build.FigureNotFinite", "A figure must be a finite number: {0}.", "數據須為有限的數值：{0}。");

        /// <summary>{0} the section's heading (壹、計畫依據), {1} the method to use.</summary>
        public static readonly Message ApiBuildSectionHasItsOwnMethod = new("API.Build.SectionHasItsOwnMethod", "{0} is not plain text; build it with {1}.", "{0}並非一般文字段落；請以 {1} 建立。");

        /// <summary>TableBuilder.Columns given no column.</summary>
        public static readonly Message ApiBuildNoColumns = new("API.Build.NoColumns", "A table needs at least one column.", "表格至少須有一欄。");

        /// <summary>{0} the year given, {1} the smallest, {2} the largest.</summary>
        public static readonly Message ApiBuildYearOutOfRange = new("API.Build.YearOutOfRange", "The ROC year {0} is outside {1}–{2}.", "民國年 {0} 不在 {1}–{2} 之間。");
    }
}
