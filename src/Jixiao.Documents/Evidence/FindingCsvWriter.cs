using System.Text;
using Jixiao.Core.Review;

namespace Jixiao.Documents.Evidence;

/// <summary>
/// The findings table as CSV for Excel (审核意见表): UTF-8 with BOM (without it Excel reads Chinese as GBK), CRLF rows,
/// RFC 4180 quoting, Chinese headers. A batch writes one table for all files, with the file name first.
/// A cell that a spreadsheet would run as a formula (=, @, or + / − not starting a number) is prefixed with an apostrophe:
/// the quoted text comes from the checked file, and a file must not be able to plant a formula in the reviewer's sheet.
/// </summary>
public static class FindingCsvWriter
{
    private static readonly string[] Columns =
        ["规则", "严重程度", "页码", "表", "行", "列", "科目编码", "位置", "原文", "说明", "应为", "实为", "建议", "已接受", "指纹"];

    public static void Write(Stream stream, IEnumerable<LocatedFinding> findings, bool withFileColumn)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        writer.NewLine = "\r\n";
        WriteRow(writer, withFileColumn ? ["文件", .. Columns] : Columns);
        foreach (var item in findings)
        {
            var f = item.Finding;
            var w = f.Where;
            string?[] cells =
            [
                f.RuleId, f.Severity.ToChinese(), item.Evidence.Page?.ToString(), w.Table, w.Row?.ToString(), w.Column, w.Code,
                w.ToString(), item.Evidence.Quote, f.Message, f.Expected, f.Actual, f.Suggestion,
                f.Accepted is { } a ? $"是：{a.Reason}（{a.AcceptedBy}）" : null, f.Fingerprint,
            ];
            WriteRow(writer, withFileColumn ? [item.File, .. cells] : cells);
        }
    }

    /// <summary>Writes to a file: a temporary file first, then moved over, so a crash never leaves half a table.</summary>
    public static void WriteFile(string path, IEnumerable<LocatedFinding> findings, bool withFileColumn)
    {
        var temp = path + ".tmp";
        using (var file = File.Create(temp)) Write(file, findings, withFileColumn);
        File.Move(temp, path, overwrite: true);
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Quote(Defuse(cells[i] ?? "")));
        }
        writer.Write(writer.NewLine);
    }

    private static string Defuse(string cell)
    {
        if (cell.Length == 0) return cell;
        var risky = cell[0] is '=' or '@' or '\t' or '\r'
            || (cell[0] is '+' or '-' && (cell.Length == 1 || !(char.IsAsciiDigit(cell[1]) || cell[1] == '.')));
        return risky ? "'" + cell : cell;
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
