using Jixiao.Core.Evaluation;
using Jixiao.Documents.Publishing.Docx;
using Jixiao.Documents.Publishing.Layout;
using Jixiao.Documents.Publishing.Pdf;
using Jixiao.Documents.Publishing.Xlsx;

namespace Jixiao.Documents.SelfEvaluation;

/// <summary>
/// 印出填好并计了分的项目支出绩效自评表（10号版式）：Word、PDF 和 Excel 画同一个 <see cref="FilledEvaluationLayout"/>，
/// 不另写一套。CLI 的 <c>evaluate --out</c> 与网页的下载都经过这里。
/// </summary>
public static class FilledEvaluationPublisher
{
    /// <summary>能写的格式：扩展名（不带点）→ 内容类型。</summary>
    public static readonly IReadOnlyDictionary<string, string> Formats = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["pdf"] = "application/pdf",
    };

    /// <summary>按 <paramref name="format"/>（xlsx、docx、pdf）写出；不认识的格式抛 <see cref="ArgumentException"/>（中文说明）。</summary>
    public static void Write(EvaluationResult result, string format, Stream output,
        Func<ProjectEvaluation, EvaluationDetails?>? details = null, EvaluationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var layout = FilledEvaluationLayout.From(result, details, settings);
        switch (format.ToLowerInvariant())
        {
            case "docx":
                DocxPublisher.Write(layout, output);
                break;
            case "pdf":
                PdfPublisher.Write(layout, output);
                break;
            case "xlsx":
                // 每个项目一张工作表：按分页切开各节。
                var sheets = new List<(string, SheetGrid)>();
                var section = new List<LayoutBlock>();
                var names = result.Projects.Where(p => p.Matched).Select(p => p.Name).ToList();
                foreach (var block in layout.Blocks.Append(new PageBreakBlock(false)))
                {
                    if (block is not PageBreakBlock) { section.Add(block); continue; }
                    if (section.Count == 0) continue;
                    sheets.Add((sheets.Count < names.Count ? names[sheets.Count] : "自评", LayoutSheet.Of(section)));
                    section = [];
                }
                WorkbookWriter.Write(output, sheets, "没有可印出的自评。");
                break;
            default:
                throw new ArgumentException($"自评表只能印成 xlsx、docx 或 pdf，不能印成“{format}”。", nameof(format));
        }
    }
}
