using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Documents.Sources;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.SelfEvaluation;

/// <summary>
/// Reads a filled 项目支出绩效自评表 (the 10号 layout, ours or another producer's) from any file the readers lower to
/// lines (.xlsx, .docx, .pdf, text): a project starts at its 项目名称 row; 年初预算数 / 全年预算数 / 全年执行数 are read
/// under their headers; the indicator table is found by its header (三级指标 … 实际完成值) and read by column meaning,
/// whatever the column order; a blank 二级指标 cell inherits from the row above (merged cells). A number that cannot
/// be read is refused with the line and what was found.
/// </summary>
public static partial class EvaluationTableReader
{
    public static EvaluationSheet Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        var format = SourceFormats.Detect(bytes.Span);
        return Read(format.Read(fileName, bytes));
    }

    public static EvaluationSheet Read(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int? year = null;
        MoneyUnit? unit = null;
        var projects = new List<ProjectActuals>();
        Builder? current = null;
        Columns? execution = null;
        Columns? indicators = null;
        var sawHeader = false;
        foreach (var line in text.Lines)
        {
            var cells = line.Text.Split('\t').Select(Clean).ToArray();
            if (cells.All(c => c.Length == 0)) continue;
            if (year is null && YearPattern().Match(line.Text) is { Success: true } m)
                year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var label = cells.FirstOrDefault(c => c.Length > 0) ?? "";
            if (label.Contains("自评表", StringComparison.Ordinal)) { indicators = null; execution = null; continue; }
            if (label == "项目名称")
            {
                if (current is not null) projects.Add(current.Build());
                current = new Builder(After(cells, "项目名称") ?? "");
                current.Code = After(cells, "项目编码");
                indicators = null;
                execution = null;
                continue;
            }
            if (current is null) continue;
            if (label == "项目编码") { current.Code = After(cells, "项目编码"); continue; }
            if (cells.Any(c => c.Contains("全年执行数", StringComparison.Ordinal)))
            {
                execution = new Columns(cells);
                sawHeader = true;
                unit ??= cells.Any(c => c.Contains("万元", StringComparison.Ordinal)) ? MoneyUnit.TenThousandYuan
                    : cells.Any(c => c.Contains("（元）", StringComparison.Ordinal) || c.Contains("(元)", StringComparison.Ordinal)) ? MoneyUnit.Yuan : null;
                continue;
            }
            if (execution is not null && current.Execution is null)
            {
                current.Execution = new ExecutionActuals(
                    Figure(execution.Cell(cells, "年初预算数"), "年初预算数", line, text),
                    Figure(execution.Cell(cells, "全年预算数"), "全年预算数", line, text),
                    Figure(execution.Cell(cells, "全年执行数"), "全年执行数", line, text));
                continue;
            }
            if (cells.Any(c => c == "三级指标") && cells.Any(c => c.Contains("实际完成值", StringComparison.Ordinal)))
            {
                indicators = new Columns(cells);
                sawHeader = true;
                continue;
            }
            if (indicators is null) continue;
            if (label is "总分" or "合计") { indicators = null; continue; }
            var name = indicators.Cell(cells, "三级指标");
            var level2 = indicators.Cell(cells, "二级指标");
            if (level2 is not null) current.Level2 = level2;
            if (name is null) continue;
            current.Lines.Add(new IndicatorActual
            {
                Level2 = current.Level2,
                Name = name,
                Actual = indicators.Cell(cells, "实际完成值"),
                Grade = indicators.Cell(cells, "评价等级") ?? indicators.Cell(cells, "等级"),
                Score = Figure(indicators.Cell(cells, "得分"), "得分", line, text),
                Reason = indicators.Cell(cells, "偏差原因"),
            });
        }
        if (current is not null) projects.Add(current.Build());
        // A target table has 项目名称 rows too: without the 自评表's own headers this is something else.
        if (projects.Count == 0 || !sawHeader)
            throw new DocumentReadException($"文件“{text.FileName}”不像项目支出绩效自评表：找不到“项目名称”行和含“三级指标”“实际完成值”的指标表头。");
        return new EvaluationSheet { FiscalYear = year, MoneyUnit = unit, Projects = projects };
    }

    private static string Clean(string cell) => cell.Trim();

    private static string? After(string[] cells, string label)
    {
        var i = Array.FindIndex(cells, c => c == label);
        if (i < 0) return null;
        for (var k = i + 1; k < cells.Length; k++)
            if (cells[k].Length > 0) return cells[k] is "项目编码" or "主管部门" or "实施单位" ? null : cells[k];
        return null;
    }

    private static WrittenDecimal? Figure(string? cell, string column, SourceLine line, SourceText text)
    {
        // A dash is how printed tables leave a figure blank.
        if (cell is null || cell is "—" or "-" or "－" or "/" or "——") return null;
        var t = cell.TrimEnd('%');
        return WrittenDecimal.TryParse(t) is { } d
            ? new WrittenDecimal(t, d.Value)
            : throw new DocumentReadException($"自评表“{text.FileName}”第{line.Number}行“{column}”栏的“{cell}”不是数字。");
    }

    [GeneratedRegex(@"(\d{4})\s*年度")]
    private static partial Regex YearPattern();

    /// <summary>Column positions by header meaning: a header cell that contains the wanted words.</summary>
    private sealed class Columns(string[] header)
    {
        public string? Cell(string[] cells, string wanted)
        {
            var i = Array.FindIndex(header, h => h.Contains(wanted, StringComparison.Ordinal));
            return i >= 0 && i < cells.Length && cells[i].Length > 0 ? cells[i] : null;
        }
    }

    private sealed class Builder(string name)
    {
        public string? Code { get; set; }
        public ExecutionActuals? Execution { get; set; }
        public string? Level2 { get; set; }
        public List<IndicatorActual> Lines { get; } = [];

        public ProjectActuals Build() => new() { Name = name, Code = Code, Execution = Execution ?? ExecutionActuals.Empty, Indicators = Lines };
    }
}
