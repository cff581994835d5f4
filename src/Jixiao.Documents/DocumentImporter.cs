using Jixiao.Documents.Layouts;
using Jixiao.Documents.Sources;
using Jixiao.Documents.Text;

namespace Jixiao.Documents;

/// <summary>
/// Reads a file into a <see cref="Jixiao.Core.Model.TargetDocument"/>: decode, detect the layout from the
/// content, read. Built once with its layouts (<see cref="CreateDefault"/>) and safe to share between threads.
/// </summary>
public sealed class DocumentImporter(IReadOnlyList<ILayoutReader> layouts)
{
    /// <summary>Below this score no layout is trusted and the file is refused rather than half-read.</summary>
    public const double MinimumDetectionScore = 0.3;

    public IReadOnlyList<ILayoutReader> Layouts { get; } = layouts;

    public static DocumentImporter CreateDefault() => new(DefaultLayouts.All);

    /// <summary>Recognises the file format from the bytes (<see cref="SourceFormats"/>), extracts the lines, reads them.</summary>
    public ImportResult Import(string fileName, ReadOnlyMemory<byte> bytes)
    {
        var format = SourceFormats.Detect(bytes.Span);
        // A web page saved or downloaded under a .pdf name: say what it is rather than read it as something else.
        if (format is Sources.Html.HtmlFormat && fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            throw new DocumentReadException(
                $"文件“{fileName}”：这是一个网页文件，不是 PDF（名字以 .pdf 结尾，内容却是 HTML，多半是下载时保存了网页而不是 PDF 原件）。请从网站下载 PDF 原件再导入；若要读取这个网页本身，请把扩展名改为 .html。");
        SourceText text;
        using (Diagnostics.StageTimes.Measure("extract (" + format.Name + ")")) text = format.Read(fileName, bytes);
        return Import(text);
    }

    public ImportResult Import(SourceText text)
    {
        ILayoutReader? best = null;
        var bestScore = 0.0;
        foreach (var layout in Layouts)
        {
            double score;
            using (Diagnostics.StageTimes.Measure("detect " + layout.GetType().Name)) score = layout.Detect(text);
            if (score > bestScore) { best = layout; bestScore = score; }
        }
        if (best is null || bestScore < MinimumDetectionScore)
        {
            // A file of filled 项目支出绩效自评表 only (no target tables): read as printed, for the R-EVA rules (issue 18).
            if (Grid.GridAssembly.Default.SelfEvaluationDocument(text) is { } printed)
                return new ImportResult(printed, text.EncodingName, []) { Source = text };
            throw new DocumentReadException(
                $"文件“{text.FileName}”不像部门预算或绩效目标文档：未能识别出预算公开表（收支总表、支出总表……）、项目绩效目标表（项目名称、预算数、一级/二级/三级指标……）、整体支出绩效目标申报表或部门整体绩效目标。{Opening(text)}请确认导入的是部门预算公开或绩效目标文件；若它确是这类文件（例如其他省份的新版式），请把文件提供给开发者。");
        }
        var context = new ReadContext();
        // Parts the layout reader cannot read are read from the neutral model's classified tables (issue 21).
        Jixiao.Core.Model.TargetDocument read;
        using (Diagnostics.StageTimes.Measure("read " + best.GetType().Name)) read = best.Read(text, context);
        Jixiao.Core.Model.TargetDocument document;
        using (Diagnostics.StageTimes.Measure("grid assembly")) document = Grid.GridAssembly.Default.Complete(read, text);
        return new ImportResult(document, text.EncodingName, context.Unplaced) { Source = text };
    }

    /// <summary>What the document says it is, read off its first page: its first lines (a notice's 文号 and title).</summary>
    private static string Opening(SourceText text)
    {
        var words = new List<string>();
        var length = 0;
        var page = 0;
        foreach (var line in text.Lines)
        {
            if (line.IsBlank) continue;
            var here = text.LocationOf(line.Number)?.Page ?? 0;
            if (words.Count == 0) page = here;
            else if (here != page || length >= OpeningLength) break;
            var cells = string.Join(" ", line.Cells().Where(c => c.Length > 0));
            words.Add(cells);
            length += cells.Length;
        }
        if (words.Count == 0) return "";
        var opening = string.Join(" ", words);
        if (opening.Length > OpeningLength) opening = string.Concat(opening.AsSpan(0, OpeningLength), "…");
        return page > 0 ? $"第 {page} 页开头是“{opening}”。" : $"开头是“{opening}”。";
    }

    private const int OpeningLength = 60;
}
