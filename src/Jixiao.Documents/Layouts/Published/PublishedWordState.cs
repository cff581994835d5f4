using System.Text.RegularExpressions;
using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.Published;

/// <summary>What the published Word layout has given so far: cover, overall target, projects, disclosure tables.</summary>
internal sealed partial class PublishedWordState
{
    public string? DepartmentName { get; set; }
    public int? FiscalYear { get; set; }
    public PublishedOverall? Overall { get; set; }

    private readonly List<Project> _projects = [];
    private readonly List<BudgetTable> _tables = [];
    private readonly List<string> _unitLines = [];
    private MoneyUnit? _firstUnit;

    // The project or disclosure table being read: its heading, and the paragraphs between heading and table.
    private string? _heading;
    private int _headingLine;
    private string? _unitLine;
    private MoneyUnit? _moneyUnit;

    public void AddProjectBlock(WordBlockItem block, ReadContext context)
    {
        if (block is ParagraphItem p)
        {
            if (ProjectHeading().Match(p.Text) is { Success: true } m)
            {
                _heading = m.Groups[1].Value;
                _headingLine = p.Line;
                _unitLine = null;
                _moneyUnit = null;
            }
            else if (p.Text.StartsWith("单位：", StringComparison.Ordinal)) _moneyUnit = Unit(p.Text);
            else if (_heading is not null) _unitLine = p.Text;
            else context.Unplace(p.Line, p.Text, "不在任何项目绩效目标表之下");
            return;
        }
        var table = (TableItem)block;
        if (_heading is null)
        {
            context.Unplace(table.Line, "（表格）", "表格之前没有“N.项目名称绩效目标表”标题");
            return;
        }
        _projects.Add(PublishedProjectTable.Read(_heading, _headingLine, _unitLine, _moneyUnit, table));
        if (_unitLine is not null) _unitLines.Add(_unitLine);
        _heading = null;
    }

    public void AddBudgetBlock(WordBlockItem block)
    {
        if (block is ParagraphItem p)
        {
            if (p.Text.StartsWith("单位：", StringComparison.Ordinal)) _moneyUnit = Unit(p.Text);
            else { _heading = p.Text; _headingLine = p.Line; _moneyUnit = null; }
            return;
        }
        var table = (TableItem)block;
        if (_heading is null || table.Rows.Count == 0) return;
        var columns = table.Rows[0].ToList();
        while (columns.Count > 0 && columns[^1].Length == 0) columns.RemoveAt(columns.Count - 1);
        // A row that repeats the header (printed again on each page the table runs onto, in a PDF) is not a row.
        var rows = table.Rows.Skip(1).Where(r => !r.SequenceEqual(table.Rows[0], StringComparer.Ordinal)).Select(NoteOrCells).ToList();
        _tables.Add(new BudgetTable(_heading, columns, rows) { Unit = _moneyUnit, SourceLine = _headingLine });
        _heading = null;
    }

    /// <summary>
    /// The cells of a disclosure row, empty ones null. The publisher pads short rows to the table's width, so a row
    /// whose only text is in its first cell is read as the one-cell row it was: a note (注：…空表列示) under the table.
    /// </summary>
    private static IReadOnlyList<string?> NoteOrCells(List<string> row)
    {
        if (row.Count > 1 && row[0].Length > 0 && row.Skip(1).All(c => c.Length == 0)) return [row[0]];
        return [.. row.Select(c => c.Length == 0 ? null : c)];
    }

    private MoneyUnit? Unit(string line)
    {
        var unit = MoneyUnits.FromChinese(line["单位：".Length..]);
        _firstUnit ??= unit;
        return unit;
    }

    public TargetDocument Build(DocumentSource source)
    {
        var moneyUnit = MostCommon(_projects.Select(p => p.MoneyUnit)) ?? Overall?.FundsUnit ?? _firstUnit;
        return new TargetDocument
        {
            Source = source,
            Department = Department(),
            FiscalYear = FiscalYear,
            MoneyUnit = moneyUnit,
            Overall = Overall?.Build(),
            Projects = _projects,
            BudgetTables = _tables,
        };
    }

    /// <summary>The cover's name; its code is the one printed before that name on a project's unit line, when one is.</summary>
    private Department? Department()
    {
        if (DepartmentName is null) return null;
        foreach (var line in _unitLines)
            if (PublishedProjectTable.SplitUnit(line) is { Code: { } code } unit && unit.Name == DepartmentName)
                return new Department(code, DepartmentName);
        return new Department(null, DepartmentName);
    }

    /// <summary>The unit most tables state (the first on a tie), as the word-table layout decides it.</summary>
    private static MoneyUnit? MostCommon(IEnumerable<MoneyUnit?> units)
    {
        int wan = 0, yuan = 0;
        MoneyUnit? first = null;
        foreach (var u in units)
        {
            if (u is not { } unit) continue;
            first ??= unit;
            if (unit == MoneyUnit.TenThousandYuan) wan++; else yuan++;
        }
        if (first is null) return null;
        return wan == yuan ? first : wan > yuan ? MoneyUnit.TenThousandYuan : MoneyUnit.Yuan;
    }

    /// <summary>N.项目名称绩效目标表: the heading over a project's table.</summary>
    public static bool IsProjectHeading(string text) => ProjectHeading().IsMatch(text);

    [GeneratedRegex(@"^[0-9]+\.(.*)绩效目标表$")]
    private static partial Regex ProjectHeading();
}
