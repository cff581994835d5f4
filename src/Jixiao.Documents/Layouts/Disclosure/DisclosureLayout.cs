using System.Text.RegularExpressions;
using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// The "budget-disclosure" layout: a department's or unit's budget disclosure with no project target tables (the
/// Shanghai 区级部门预算 / 单位预算: 部门财务收支预算总表 … “三公”经费和机关运行经费预算表 and a 预算编制说明). Reads the
/// tables (<see cref="BudgetTableReader"/>), the disclosure text (<see cref="DisclosureReader"/>), the department from
/// 预算主管部门 / 预算单位 / 编制部门 and the year and unit from the title. See docs/disclosure.md.
/// </summary>
public sealed partial class DisclosureLayout : ILayoutReader
{
    public const string LayoutName = "budget-disclosure";

    public string Name => LayoutName;

    public double Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DisclosureDetector.Score(text);
    }

    public TargetDocument Read(SourceText text, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var (_, _, _, titleYear) = DisclosureTitle.Read(text.Lines);
        var tables = BudgetTableReader.Read(text.Lines, context);
        var year = titleYear ?? YearOfTables(tables);
        return new TargetDocument
        {
            Source = new DocumentSource(text.FileName, Name),
            Department = DepartmentOf(text.Lines),
            FiscalYear = year,
            MoneyUnit = tables.Select(t => t.Unit).FirstOrDefault(u => u is not null),
            BudgetTables = tables,
            Disclosure = DisclosureReader.Read(text, year),
        };
    }

    /// <summary>The year most table titles name (2026年度收支预算总表 …), when the document's title names none.</summary>
    private static int? YearOfTables(IReadOnlyList<BudgetTable> tables)
    {
        var years = tables.Select(t => TitleYear().Match(t.Title)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return years.Count == 0 ? null : years.GroupBy(y => y).OrderByDescending(g => g.Count()).First().Key;
    }

    [GeneratedRegex(@"(?<year>20\d{2})\s*年")]
    private static partial Regex TitleYear();

    /// <summary>预算主管部门：… / 预算单位：… / 编制部门：… / 部门（单位）：… — the first one printed.</summary>
    private static Department? DepartmentOf(IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            var m = DepartmentLine().Match(line.Text);
            if (m.Success) return new Department(null, m.Groups["name"].Value.Trim());
        }
        return null;
    }

    [GeneratedRegex(@"(预算主管部门|预算单位|编制部门|编制单位|部门（单位）|部门\(单位\))[：:]\s*(?<name>[^\s\t：:]{2,40})")]
    private static partial Regex DepartmentLine();
}
