namespace ServiceEfficiency.Text
{
    /// <summary>Messages of the criteria generator (SE0xxx).</summary>
    /// <remarks>
    /// <c>SE0xxx.Title</c> is a descriptor's title, <c>SE0xxx</c> its message format. A descriptor whose
    /// format is only <c>{0}</c> (SE0009, SE0011, SE0014) has no format entry: each case is a variant
    /// (<c>SE0011.NumberingStops</c>) passed as the argument. <c>SE0000.…</c> and <c>SE0003.Kind.…</c> are parts
    /// that go into other messages' placeholders (what lacks a property, what type a value has), so
    /// the Chinese message does not carry an English fragment. Where the generator checks a rule the
    /// run-time loader checks too (points SE0009, years, levels, deadlines, depth, negative
    /// points, empty values SE0011/SE1004; keys SE0007/SE1004; unknown numbering styles, agency levels
    /// and plan sections SE0010, SE0011/SE1002), it reports the loader's message (Messages.Loading.cs), not
    /// a copy: one message per rule (BrokenFileMessageTests compares them file by file).
    /// </remarks>
    internal static partial class Messages
    {
        // ---- parts -----------------------------------------------------------------------------

        /// <summary>The edition as the thing that lacks or has a property.</summary>
        public static readonly Message GeneratorPartEdition = new("SE0000.Edition", "the edition", "評核架構");

        /// <summary>A level, by its JSON path.</summary>
        public static readonly Message GeneratorPartLevel = new("SE0000.Level", "level {0}", "層級（{0}）");

        /// <summary>A deadline, by its JSON path.</summary>
        public static readonly Message GeneratorPartDeadline = new("SE0000.Deadline", "deadline {0}", "期限（{0}）");

        /// <summary>A node without a title, by its JSON path.</summary>
        public static readonly Message GeneratorPartNode = new("SE0000.Node", "node {0}", "節點（{0}）");

        /// <summary>A node by its title and JSON path.</summary>
        public static readonly Message GeneratorPartNamedNode = new("SE0000.NamedNode", "node 「{0}」 ({1})", "節點「{0}」（{1}）");

        /// <summary>The JSON type: object.</summary>
        public static readonly Message GeneratorKindObject = new("SE0003.Kind.Object", "an object", "物件");

        /// <summary>The JSON type: array.</summary>
        public static readonly Message GeneratorKindArray = new("SE0003.Kind.Array", "an array", "陣列");

        /// <summary>The JSON type: string.</summary>
        public static readonly Message GeneratorKindString = new("SE0003.Kind.String", "a string", "字串");

        /// <summary>The JSON type: number.</summary>
        public static readonly Message GeneratorKindNumber = new("SE0003.Kind.Number", "a number", "數值");

        /// <summary>The JSON type: true or false.</summary>
        public static readonly Message GeneratorKindBoolean = new("SE0003.Kind.Boolean", "a boolean", "布林值");

        /// <summary>The JSON literal null.</summary>
        public static readonly Message GeneratorKindNull = new("SE0003.Kind.Null", "null", "null（空值）");

        /// <summary>The type a points value or year needs.</summary>
        public static readonly Message GeneratorKindInteger = new("SE0003.Kind.Integer", "an integer (from -2147483648 to 2147483647)", "整數（-2147483648 至 2147483647）");

        // ---- descriptors -----------------------------------------------------------------------

        /// <summary>SE0001 title.</summary>
        public static readonly Message SE0001Title = new("SE0001.Title", "Malformed JSON in a criteria file", "評核架構檔的 JSON 格式錯誤");

        /// <summary>SE0001: {0} is the JSON reader's explanation.</summary>
        public static readonly Message SE0001 = new("SE0001", "Malformed JSON: {0}", "JSON 格式錯誤：{0}");

        /// <summary>SE0002 title.</summary>
        public static readonly Message SE0002Title = new("SE0002.Title", "Missing required property", "缺少必要屬性");

        /// <summary>SE0002: {0} what (a part), {1} the property.</summary>
        public static readonly Message SE0002 = new("SE0002", "{0} has no '{1}' property, which is required", "{0}缺少必要屬性「{1}」。");

        /// <summary>SE0003 title.</summary>
        public static readonly Message SE0003Title = new("SE0003.Title", "Value of the wrong type", "值的型別不符");

        /// <summary>SE0003: {0} the JSON path, {1} the type needed, {2} the type (or number) found.</summary>
        public static readonly Message SE0003 = new("SE0003", "'{0}' must be {1}, but is {2}", "「{0}」應為{1}，但為{2}。");

        /// <summary>SE0004 title.</summary>
        public static readonly Message SE0004Title = new("SE0004.Title", "Unknown property", "未知的屬性");

        /// <summary>SE0004: {0} the property, {1} where (a part), {2} the allowed names.</summary>
        public static readonly Message SE0004 = new("SE0004", "Unknown property '{0}' in {1}; expected one of: {2}", "{1}有未知的屬性「{0}」；可用的屬性為：{2}。");

        /// <summary>SE0005 title.</summary>
        public static readonly Message SE0005Title = new("SE0005.Title", "Property appears twice", "屬性重複出現");

        /// <summary>SE0005: {0} is the JSON reader's explanation, which names the property.</summary>
        public static readonly Message SE0005 = new("SE0005", "{0}", "屬性重複出現：{0}");

        /// <summary>SE0006 title.</summary>
        public static readonly Message SE0006Title = new("SE0006.Title", "Duplicate sibling key", "同層鍵值重複");

        /// <summary>SE0006: {0} the key, {1} the node's title, {2} the sibling's title.</summary>
        public static readonly Message SE0006 = new("SE0006", "Key '{0}' of 「{1}」 is already used by a sibling, 「{2}」", "「{1}」的鍵值「{0}」已由同層的「{2}」使用。");

        /// <summary>SE0007 title.</summary>
        public static readonly Message SE0007Title = new("SE0007.Title", "Key is not a C# identifier", "鍵值不是 C# 識別字");

        /// <summary>SE0008 title.</summary>
        public static readonly Message SE0008Title = new("SE0008.Title", "Key collides with a generated member", "鍵值與產生的成員名稱衝突");

        /// <summary>SE0008: {0} the key, {1} the node's title, {2} what it collides with (a part).</summary>
        public static readonly Message SE0008 = new("SE0008", "Key '{0}' of 「{1}」 would generate a member named like {2}; choose another key", "「{1}」的鍵值「{0}」產生的成員名稱將與{2}相同；請改用其他鍵值。");

        /// <summary>SE0008 part: the catalogue class.</summary>
        public static readonly Message SE0008CatalogueClass = new("SE0008.CatalogueClass", "the catalogue class '{0}'", "目錄類別「{0}」");

        /// <summary>SE0008 part: a member of the catalogue class.</summary>
        public static readonly Message SE0008CatalogueMember = new("SE0008.CatalogueMember", "the catalogue's own member '{0}'", "目錄本身的成員「{0}」");

        /// <summary>SE0008 part: the Node member of the parent's class.</summary>
        public static readonly Message SE0008NodeMember = new("SE0008.NodeMember", "the member '{0}' of 「{1}」's class", "「{1}」類別的成員「{0}」");

        /// <summary>SE0008 part: the parent's class.</summary>
        public static readonly Message SE0008ParentClass = new("SE0008.ParentClass", "its parent's class '{0}' (「{1}」)", "上層的類別「{0}」（「{1}」）");

        /// <summary>SE0008 part: a sibling's key, which the node's own class (its key and <c>Node</c>) would also be named.</summary>
        public static readonly Message SE0008SiblingKey = new("SE0008.SiblingKey", "the key of its sibling '{0}'", "同層節點的鍵值「{0}」");

        /// <summary>SE0009 title.</summary>
        public static readonly Message SE0009Title = new("SE0009.Title", "Inconsistent points", "配分不一致");

        /// <summary>SE0010 title.</summary>
        public static readonly Message SE0010Title = new("SE0010.Title", "Unknown numbering style", "未知的編號樣式");

        /// <summary>SE0011 title.</summary>
        public static readonly Message SE0011Title = new("SE0011.Title", "Invalid value", "值無效");

        /// <summary>SE0011: {0} the node's title, {1} its position, {2} the level's name, {3} the last position the numbering has.</summary>
        public static readonly Message SE0011NumberingStops = new("SE0011.NumberingStops", "「{0}」 is node {1} of its level 「{2}」, whose numbering stops at {3}", "「{0}」是「{2}」層級的第 {1} 個節點，但該層級的編號只到 {3}。");

        /// <summary>SE0012 title.</summary>
        public static readonly Message SE0012Title = new("SE0012.Title", "Two criteria files produce the same class", "兩個評核架構檔產生相同的類別");

        /// <summary>SE0012: {0} the other file, {1} the class.</summary>
        public static readonly Message SE0012 = new("SE0012", "This file and '{0}' both produce the class '{1}'; give one of them another name with the ClassName or Namespace metadata of its AdditionalFiles item", "本檔案與「{0}」都產生類別「{1}」；請以其中一個檔案 AdditionalFiles 項目的 ClassName 或 Namespace 中繼資料另取名稱。");

        /// <summary>SE0013 title.</summary>
        public static readonly Message SE0013Title = new("SE0013.Title", "ServiceEfficiency.Model is not referenced", "專案未參考 ServiceEfficiency.Model");

        /// <summary>SE0013.</summary>
        public static readonly Message SE0013 = new("SE0013", "The catalogue of this criteria file needs the ServiceEfficiency.Model library (type ServiceEfficiency.Criteria.CriteriaEdition), which the project does not reference; add the ServiceEfficiency.Model package", "本評核架構檔的目錄需要 ServiceEfficiency.Model 程式庫（型別 ServiceEfficiency.Criteria.CriteriaEdition），但專案未參考；請加入 ServiceEfficiency.Model 套件。");

        /// <summary>SE0014 title.</summary>
        public static readonly Message SE0014Title = new("SE0014.Title", "Invalid class name or namespace", "類別名稱或命名空間無效");

        /// <summary>SE0014: {0} the class name made from the file name.</summary>
        public static readonly Message SE0014FileName = new("SE0014.FileName", "The file name gives no usable class name ('{0}'); set the ClassName metadata of its AdditionalFiles item", "檔名無法產生可用的類別名稱（「{0}」）；請設定其 AdditionalFiles 項目的 ClassName 中繼資料。");

        /// <summary>SE0014: {0} the ClassName metadata.</summary>
        public static readonly Message SE0014ClassName = new("SE0014.ClassName", "ClassName '{0}' is not a C# identifier (or is a keyword)", "ClassName「{0}」不是 C# 識別字（或為關鍵字）。");

        /// <summary>SE0014: {0} the Namespace metadata.</summary>
        public static readonly Message SE0014NamespaceMetadata = new("SE0014.NamespaceMetadata", "The Namespace metadata '{0}' is not a C# namespace", "Namespace 中繼資料「{0}」不是 C# 命名空間。");

        /// <summary>SE0014: {0} the ServiceEfficiencyCriteriaNamespace property.</summary>
        public static readonly Message SE0014NamespaceProperty = new("SE0014.NamespaceProperty", "The ServiceEfficiencyCriteriaNamespace property '{0}' is not a C# namespace", "ServiceEfficiencyCriteriaNamespace 屬性「{0}」不是 C# 命名空間。");

        /// <summary>SE0014: {0} the namespace made from RootNamespace.</summary>
        public static readonly Message SE0014RootNamespace = new("SE0014.RootNamespace", "The namespace made from RootNamespace '{0}' is not a C# namespace", "由 RootNamespace 產生的命名空間「{0}」不是 C# 命名空間。");

        /// <summary>SE0015 title.</summary>
        public static readonly Message SE0015Title = new("SE0015.Title", "Criteria file cannot be read", "無法讀取評核架構檔");

        /// <summary>SE0015.</summary>
        public static readonly Message SE0015 = new("SE0015", "The criteria file cannot be read", "無法讀取評核架構檔。");

        /// <summary>SE0016 title.</summary>
        public static readonly Message SE0016Title = new("SE0016.Title", "A criteria file replaces a shipped edition", "評核架構檔取代套件附帶的版本");

        /// <summary>SE0016: {0} the edition id, {1} the shipped edition's title, {2} the class the shipped file would have made.</summary>
        public static readonly Message SE0016SameId = new("SE0016.SameId", "This file's edition '{0}' replaces the edition 「{1}」 shipped with ServiceEfficiency.Model: the catalogue '{2}' comes from this file, not from the package's copy", "本檔案的評核架構版本「{0}」取代 ServiceEfficiency.Model 附帶的「{1}」：目錄「{2}」由本檔案產生，而非套件附帶的檔案。");

        /// <summary>SE0016: {0} the class, {1} the shipped edition's id, {2} its title.</summary>
        public static readonly Message SE0016SameClass = new("SE0016.SameClass", "This file makes the class '{0}', so the catalogue of the edition '{1}' (「{2}」) shipped with ServiceEfficiency.Model is not generated; give this file another class name with the ClassName metadata of its AdditionalFiles item to have both", "本檔案產生類別「{0}」，因此不產生 ServiceEfficiency.Model 附帶的評核架構版本「{1}」（「{2}」）的目錄；如需兩者並存，請以本檔案 AdditionalFiles 項目的 ClassName 中繼資料另取類別名稱。");

        /// <summary>SE0099 title.</summary>
        public static readonly Message SE0099Title = new("SE0099.Title", "Internal error in the criteria generator", "評核架構產生器內部錯誤");

        /// <summary>SE0099: {0} the exception's type, {1} its message.</summary>
        public static readonly Message SE0099 = new("SE0099", "The criteria generator failed on this file ({0}: {1}); please report it with the file", "評核架構產生器處理本檔案時失敗（{0}：{1}）；請連同本檔案回報。");
    }
}
