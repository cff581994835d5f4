using Jixiao.Documents.Sources;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Monitoring;

/// <summary>A filled 执行监控表 as read: projects with their rows, every cell as written (numbers are checked by whoever matches it).</summary>
public sealed record MonitoringTable(IReadOnlyList<MonitoringTableProject> Projects);

/// <summary>One project: its 项目名称 row, the 项目资金 row's figures and causes, and its indicator rows.</summary>
public sealed record MonitoringTableProject(int Row, string Name, string? Code, string? YearBudget, string? Executed,
    IReadOnlyList<string> Causes, string? CauseNote, string? Remedy, IReadOnlyList<MonitoringTableLine> Lines, IReadOnlyList<string> Problems);

public sealed record MonitoringTableLine(int Row, string? Level2, string Name, string? Progress, string? Forecast, string? Likelihood,
    IReadOnlyList<string> Causes, string? CauseNote, string? Remedy, IReadOnlyList<string> Problems);

/// <summary>
/// Reads a filled 项目支出绩效目标执行监控表 (ours, or another producer's with the same headers) from any file the readers
/// lower to lines (.xlsx, .docx, .pdf): a project starts at its 项目名称 row; the 项目资金 row is read under its header
/// (全年预算数, …执行数, the cause columns, 原因说明, 纠偏措施); the indicator table is found by its header (三级指标 and
/// …执行情况) and read by column meaning; a blank 二级指标 inherits from the row above; a cause is ticked by any mark
/// (√ ✓ 是 1 …). Nothing is refused here but a file without these headers: a row's problems are reported with it.
/// </summary>
public static class MonitoringTableReader
{
    private static readonly string[] Ticks = ["√", "✓", "✔", "是", "1", "Y", "y", "V", "v", "X", "x", "×", "☑"];

    public static MonitoringTable Read(string fileName, ReadOnlyMemory<byte> bytes, IReadOnlyList<string> causes)
    {
        var format = SourceFormats.Detect(bytes.Span);
        return Read(format.Read(fileName, bytes), causes);
    }

    public static MonitoringTable Read(SourceText text, IReadOnlyList<string> causes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(causes);
        var projects = new List<MonitoringTableProject>();
        Builder? current = null;
        string[]? money = null;
        string[]? lines = null;
        foreach (var line in text.Lines)
        {
            var cells = line.Text.Split('\t').Select(c => c.Trim()).ToArray();
            if (cells.All(c => c.Length == 0)) continue;
            var label = cells.First(c => c.Length > 0);
            if (label.Contains("监控表", StringComparison.Ordinal)) { money = null; lines = null; continue; }
            if (label == "项目名称")
            {
                if (current is not null) projects.Add(current.Build());
                current = new Builder(line.Number, After(cells, "项目名称") ?? "") { Code = After(cells, "项目编码") };
                money = null;
                lines = null;
                continue;
            }
            if (current is null) continue;
            if (cells.Any(c => c.Contains("全年预算数", StringComparison.Ordinal)))
            {
                money = cells;
                continue;
            }
            if (money is not null)
            {
                current.YearBudget = Cell(money, cells, "全年预算数");
                current.Executed = Cell(money, cells, "执行数");
                current.Causes = Causes(money, cells, causes, line.Number, current.Problems);
                current.CauseNote = Cell(money, cells, "原因说明");
                current.Remedy = Cell(money, cells, "纠偏措施");
                money = null;
                continue;
            }
            if (cells.Any(c => c == "三级指标") && cells.Any(c => c.Contains("执行情况", StringComparison.Ordinal)))
            {
                lines = cells;
                continue;
            }
            if (lines is null) continue;
            var name = Cell(lines, cells, "三级指标");
            var level2 = Cell(lines, cells, "二级指标");
            if (level2 is not null) current.Level2 = level2;
            if (name is null) continue;
            var problems = new List<string>();
            current.Lines.Add(new MonitoringTableLine(line.Number, current.Level2, name, Cell(lines, cells, "执行情况"),
                Cell(lines, cells, "全年预计"), Cell(lines, cells, "完成目标可能性"), Causes(lines, cells, causes, line.Number, problems),
                Cell(lines, cells, "原因说明"), Cell(lines, cells, "纠偏措施"), problems));
        }
        if (current is not null) projects.Add(current.Build());
        if (projects.Count == 0 || projects.All(p => p.Lines.Count == 0 && p.Executed is null && p.YearBudget is null))
            throw new DocumentReadException($"文件“{text.FileName}”不像项目支出绩效目标执行监控表：找不到“项目名称”行、含“全年预算数”的项目资金表头和含“三级指标”“执行情况”的指标表头。");
        return new MonitoringTable(projects);
    }

    private static IReadOnlyList<string> Causes(string[] header, string[] cells, IReadOnlyList<string> causes, int row, List<string> problems)
    {
        var picked = new List<string>();
        foreach (var cause in causes)
        {
            var i = Array.FindIndex(header, h => h == cause || h.EndsWith(cause, StringComparison.Ordinal));
            if (i < 0 || i >= cells.Length || cells[i].Length == 0) continue;
            if (Ticks.Contains(cells[i], StringComparer.Ordinal)) picked.Add(cause);
            else if (cells[i] is not ("否" or "0" or "—" or "-" or "/"))
                problems.Add($"第{row}行“{cause}”栏的“{cells[i]}”不是勾选标记：勾选请填“√”，不选请留空。");
        }
        return picked;
    }

    private static string? Cell(string[] header, string[] cells, string wanted)
    {
        var i = Array.FindIndex(header, h => h.Contains(wanted, StringComparison.Ordinal));
        if (i < 0 || i >= cells.Length || cells[i].Length == 0) return null;
        return cells[i] is "—" or "-" or "－" or "/" or "——" ? null : cells[i];
    }

    private static string? After(string[] cells, string label)
    {
        var i = Array.FindIndex(cells, c => c == label);
        if (i < 0) return null;
        for (var k = i + 1; k < cells.Length; k++)
            if (cells[k].Length > 0) return cells[k] is "项目编码" or "主管部门" or "实施单位" ? null : cells[k];
        return null;
    }

    private sealed class Builder(int row, string name)
    {
        public string? Code { get; init; }
        public string? YearBudget { get; set; }
        public string? Executed { get; set; }
        public IReadOnlyList<string> Causes { get; set; } = [];
        public string? CauseNote { get; set; }
        public string? Remedy { get; set; }
        public string? Level2 { get; set; }
        public List<MonitoringTableLine> Lines { get; } = [];
        public List<string> Problems { get; } = [];

        public MonitoringTableProject Build() => new(row, name, Code, YearBudget, Executed, Causes, CauseNote, Remedy, Lines, Problems);
    }
}
