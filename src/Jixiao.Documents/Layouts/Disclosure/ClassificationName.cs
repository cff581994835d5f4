using System.Text.RegularExpressions;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// A 功能分类 科目 named in the text just before its amount: by its levels (“一般公共服务支出（类）财政事务（款）行政运行（项）”),
/// by its code and name (2080201-行政运行), or by the 项 alone (行政运行（项）).
/// </summary>
internal sealed partial record ClassificationName(string? Code, string? ClassName, string? SectionName, string ItemName)
{
    /// <summary>The 科目 the words end with (quotes and spaces before the amount allowed), or null.</summary>
    public static ClassificationName? AtEndOf(string words)
    {
        var w = words.TrimEnd().TrimEnd('”', '"', '’', '\'', '》').TrimEnd();
        var levels = Levels().Match(w);
        if (levels.Success)
            return new ClassificationName(null, Clean(levels.Groups["class"].Value), Clean(levels.Groups["section"].Value), Clean(levels.Groups["item"].Value));
        var coded = Coded().Match(w);
        if (coded.Success) return new ClassificationName(coded.Groups["code"].Value, null, null, Clean(coded.Groups["item"].Value));
        var item = ItemOnly().Match(w);
        return item.Success ? new ClassificationName(null, null, null, Clean(item.Groups["item"].Value)) : null;
    }

    private static string Clean(string name) => StatementSubjects.Compact(name).Trim('“', '"', '「');

    [GeneratedRegex(@"(?<class>[^“”""，,。；;：:（）()]+?)\s*[（(]类[)）]\s*(?<section>[^“”""，,。；;：:（）()]+?)\s*[（(]款[)）]\s*(?<item>[^“”""，,。；;：:]+?)\s*[（(]项[)）]$")]
    private static partial Regex Levels();

    [GeneratedRegex(@"(?<![\d])(?<code>2\d{4}(?:\d{2})?)\s*[-－—.．]?\s*(?<item>[\u4e00-\u9fff][^\d，,。；;：:“”]*?)$")]
    private static partial Regex Coded();

    [GeneratedRegex(@"(?<item>[\u4e00-\u9fff][^\d，,。；;：:“”（）()]*?)\s*[（(]项[)）]$")]
    private static partial Regex ItemOnly();
}
