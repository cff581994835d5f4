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
    public ImportResult Import(string fileName, ReadOnlyMemory<byte> bytes) =>
        Import(SourceFormats.Detect(bytes.Span).Read(fileName, bytes));

    public ImportResult Import(SourceText text)
    {
        ILayoutReader? best = null;
        var bestScore = 0.0;
        foreach (var layout in Layouts)
        {
            var score = layout.Detect(text);
            if (score > bestScore) { best = layout; bestScore = score; }
        }
        if (best is null || bestScore < MinimumDetectionScore)
            throw new DocumentReadException(
                $"文件“{text.FileName}”不像部门预算绩效目标文档：未能识别出项目绩效目标表（项目名称、预算数、一级/二级/三级指标……）、整体支出绩效目标申报表或部门整体绩效目标的版式。请确认导入的是绩效目标文件；若是其他省份的新版式，请把文件提供给开发者。");
        var context = new ReadContext();
        var document = best.Read(text, context);
        return new ImportResult(document, text.EncodingName, context.Unplaced) { Source = text };
    }
}
