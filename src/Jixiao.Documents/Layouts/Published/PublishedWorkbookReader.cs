using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Published;

/// <summary>
/// The workbook Jixiao's own Excel publisher writes (Publishing/Xlsx), read back from the .xlsx extraction (one
/// tab-separated line per row, sheets one after another): a 部门整体绩效目标 sheet of label/value rows, one
/// 项目绩效目标表 sheet per project (label/value rows, then the indicator table), and one sheet per 部门预算公开表
/// (title, 单位, header row, rows). The spreadsheet layout reads the official 申报表 forms instead, whose labels and
/// merged cells are placed differently (docs/office-formats.md).
/// </summary>
public sealed partial class PublishedWorkbookReader : ILayoutReader
{
    public string Name => "published-xlsx";

    public double Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Lines.Where(l => !l.IsBlank).Take(3).Select(l => l.Cells()).ToList();
        // A title alone on its row, then label/value rows (tab-separated cells, as the workbook extraction writes them).
        if (lines.Count < 2 || lines[0].Length != 1 || lines[1].Length < 2) return 0;
        if (lines[0][0] == OverallTitle && lines[1][0] is "部门" or "预算年度" or "金额单位" or "整体绩效目标") return 1;
        if (ProjectTitle().IsMatch(lines[0][0]) && lines.Skip(1).Any(c => c[0] is "单位" or "金额单位" or "项目名称")) return 1;
        return 0;
    }

    public TargetDocument Read(SourceText text, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var rows = text.Lines.Select(l => (Cells: l.IsBlank ? [] : l.Cells(), l.Number)).ToList();
        var book = new PublishedWorkbook();
        var i = 0;
        while (i < rows.Count)
        {
            var cells = rows[i].Cells;
            if (cells.Length == 0) { i++; continue; }
            if (cells.Length == 1 && cells[0] == OverallTitle) i = book.ReadOverall(rows, i + 1);
            else if (cells.Length == 1 && ProjectTitle().Match(cells[0]) is { Success: true } m)
            {
                if (m.Groups[1].Success) book.FiscalYear ??= int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                i = book.ReadProject(rows, i + 1);
            }
            else if (cells.Length == 1 && i + 1 < rows.Count && rows[i + 1].Cells.Length > 0) i = book.ReadBudgetTable(rows, i);
            else
            {
                context.Unplace(rows[i].Number, string.Join('\t', cells), "不属于整体目标、项目或预算公开表工作表");
                i++;
            }
        }
        return book.Build(new DocumentSource(text.FileName, Name));
    }

    internal const string OverallTitle = "部门整体绩效目标";

    [GeneratedRegex(@"^(?:([0-9]{4})年)?项目绩效目标表$")]
    private static partial Regex ProjectTitle();
}
