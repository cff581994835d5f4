using System.Text.Json;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Vocabulary;

/// <summary>
/// 表头词表：列名、表名和表单标签的说法，全部来自数据文件 table-vocabulary.json（嵌入程序集），不写在读取代码里。
/// 所有读取者共用这一份，所以“指标内容”当三级指标、“分值”当权重这样的新说法只改一处、经评审即可。
/// </summary>
public sealed class HeaderVocabulary
{
    private readonly List<(TableColumn Column, string[] Exact, string[] Contains)> _columns;

    public int MaxLength { get; }
    /// <summary>表名说法：表的种类 → 说法。</summary>
    public IReadOnlyDictionary<TableKind, string[]> TableTitles { get; }
    private readonly List<(string Label, string[] Exact, string[] Contains, string[] EndsWith)> _formLabels;
    private readonly List<(string Label, string[] Exact, string[] Contains, string[] EndsWith)> _selfEvaluationLabels;

    /// <summary>预算公开表表头里的字样（科目、收入、支出、合计……）。</summary>
    public IReadOnlyList<string> BudgetHeaderWords { get; }

    private HeaderVocabulary(JsonElement root)
    {
        MaxLength = root.GetProperty("maxLength").GetInt32();
        _columns = [];
        foreach (var entry in root.GetProperty("columns").EnumerateArray())
        {
            var column = Enum.Parse<TableColumn>(entry.GetProperty("column").GetString()!);
            _columns.Add((column, Strings(entry, "exact"), Strings(entry, "contains")));
        }
        var titles = new Dictionary<TableKind, string[]>();
        foreach (var p in root.GetProperty("tableTitles").EnumerateObject())
            if (!p.Name.StartsWith('_')) titles[Enum.Parse<TableKind>(p.Name)] = [.. p.Value.EnumerateArray().Select(v => v.GetString()!)];
        TableTitles = titles;
        BudgetHeaderWords = Strings(root.GetProperty("budgetHeaderWords"), "words");
        _formLabels = [];
        foreach (var entry in root.GetProperty("formLabels").GetProperty("labels").EnumerateArray())
            _formLabels.Add((entry.GetProperty("label").GetString()!, Strings(entry, "exact"), Strings(entry, "contains"), Strings(entry, "endsWith")));
        _selfEvaluationLabels = [];
        foreach (var entry in root.GetProperty("selfEvaluationLabels").GetProperty("labels").EnumerateArray())
            _selfEvaluationLabels.Add((entry.GetProperty("label").GetString()!, Strings(entry, "exact"), Strings(entry, "contains"), Strings(entry, "endsWith")));
    }

    private static string[] Strings(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(v => v.GetString()!)] : [];

    /// <summary>程序集里的词表（进程内只读一次）。</summary>
    public static HeaderVocabulary Default { get; } = Load();

    private static HeaderVocabulary Load()
    {
        using var stream = typeof(HeaderVocabulary).Assembly.GetManifestResourceStream("Jixiao.Documents.Vocabulary.table-vocabulary.json")
            ?? throw new InvalidOperationException("程序集缺少表头词表 table-vocabulary.json。");
        using var json = JsonDocument.Parse(stream);
        return new HeaderVocabulary(json.RootElement.Clone());
    }

    /// <summary>比对用的写法：去掉空白与末尾冒号。</summary>
    public static string Normalize(string cell) => TextNormalizer.RemoveWhitespace(cell).TrimEnd('：', ':');

    /// <summary>去掉末尾的括注（“资金总额（万元）”→“资金总额”，“分值权重（90分）”→“分值权重”）。</summary>
    public static string WithoutTrailingNote(string normalized)
    {
        if (normalized.Length < 3 || normalized[^1] is not ('）' or ')')) return normalized;
        var open = normalized.LastIndexOfAny(['（', '(']);
        return open > 0 ? normalized[..open] : normalized;
    }

    /// <summary>
    /// <see cref="Normalize"/> 之后的长度，不生成字符串：读取者对每行每格都问词表，绝大多数格是长文字或数字，
    /// 先按长度排除可省去为它们去空白所做的分配（issue 21 的速度目标）。
    /// </summary>
    private static int NormalizedLength(string cell)
    {
        var length = 0;
        var trailingColons = 0;
        foreach (var c in cell)
        {
            if (char.IsWhiteSpace(c)) continue;
            length++;
            trailingColons = c is '：' or ':' ? trailingColons + 1 : 0;
        }
        return length - trailingColons;
    }

    /// <summary>表头单元格说的是哪一列；不是列名时为 null。</summary>
    public TableColumn? Recognize(string cell)
    {
        if (NormalizedLength(cell) is var length && (length == 0 || length > MaxLength)) return null;
        var n = Normalize(cell);
        if (n.Length == 0 || n.Length > MaxLength) return null;
        var bare = WithoutTrailingNote(n);
        foreach (var (column, exact, contains) in _columns)
        {
            foreach (var e in exact)
                if (n == e || bare == e) return column;
            foreach (var c in contains)
                if (n.Contains(c, StringComparison.Ordinal)) return column;
        }
        return null;
    }

    /// <summary>一段文字（表名）说这是哪种表；说不出时为 null。</summary>
    public TableKind? KindOfTitle(string text)
    {
        var n = TextNormalizer.RemoveWhitespace(text);
        if (n.Length == 0 || n.Length > 60) return null;
        // 自评、监控的说法比“绩效目标表”具体，先比。
        foreach (var kind in (ReadOnlySpan<TableKind>)[TableKind.SelfEvaluation, TableKind.Monitoring, TableKind.Overall, TableKind.Project])
            if (TableTitles.TryGetValue(kind, out var words))
                foreach (var w in words)
                    if (n.Contains(w, StringComparison.Ordinal)) return kind;
        return null;
    }

    /// <summary>表单标签格说的是哪一项（ProjectName、Supervisor、Total……）；不是已知标签时为 null。</summary>
    public string? FormLabel(string cell) => Label(_formLabels, cell);

    /// <summary>
    /// 印出的自评表里资金栏、总分行、等级的标签（InitialBudget、Executed、Score、Grade、Total……）；不是时为 null。
    /// </summary>
    public string? SelfEvaluationLabel(string cell) => Label(_selfEvaluationLabels, cell);

    private string? Label(List<(string Label, string[] Exact, string[] Contains, string[] EndsWith)> labels, string cell)
    {
        if (NormalizedLength(cell) is var length && (length == 0 || length > MaxLength)) return null;
        var n = Normalize(cell);
        if (n.Length == 0 || n.Length > MaxLength) return null;
        var bare = WithoutTrailingNote(n);
        foreach (var (label, exact, contains, endsWith) in labels)
        {
            foreach (var e in exact)
                if (n == e || bare == e) return label;
            foreach (var c in contains)
                if (n.Contains(c, StringComparison.Ordinal)) return label;
            foreach (var e in endsWith)
                if (n.EndsWith(e, StringComparison.Ordinal) || bare.EndsWith(e, StringComparison.Ordinal)) return label;
        }
        return null;
    }
}
