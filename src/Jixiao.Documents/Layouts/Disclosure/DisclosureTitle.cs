using System.Text.RegularExpressions;
using Jixiao.Core.Model.Disclosure;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// The disclosure's own title among its first lines: “上海市普陀区社会福利院2024年单位预算”, “2024 年部门预算信息公开目录”,
/// “上海市普陀区2025年区级部门预算”, “2022 年部门综合预算” (陕西). It says whose budget it is (部门预算 / 单位预算) and for which year.
/// </summary>
internal static partial class DisclosureTitle
{
    private const int SearchLines = 40;

    public static (DisclosureScope Scope, string? Title, int Line, int? Year) Read(IReadOnlyList<SourceLine> lines)
    {
        var seen = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            if (++seen > SearchLines) break;
            var clean = ProseLines.Clean(line.Text);
            if (clean.Length > 50 || ProseLines.IsContentsEntry(line.Text)) continue;
            var m = Title().Match(StatementSubjects.Compact(clean));
            if (!m.Success) continue;
            var scope = m.Groups["scope"].Value == "单位" ? DisclosureScope.Unit : DisclosureScope.Department;
            var y = m.Groups["year"].Success ? m.Groups["year"] : AnyYear().Match(StatementSubjects.Compact(clean)).Groups["year"];
            int? year = y.Success ? int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            return (scope, clean, line.Number, year);
        }
        return (DisclosureScope.Unknown, null, 0, null);
    }

    [GeneratedRegex(@"(?<year>20\d{2})年")]
    private static partial Regex AnyYear();

    // 预算单位财务收支预算总表 is a table of a unit budget, not a title: the scope word must not follow 预算; and
    // “2022年部门预算绩效文本” titles a performance-target document, not a budget disclosure.
    [GeneratedRegex(@"(?:(?<year>\d{4})年(?:度)?)?(?:区级|市级|县级|省级)?(?<!预算)(?<scope>部门|单位)(?:综合)?预算(?!单位|经济分类|绩效)")]
    private static partial Regex Title();
}
