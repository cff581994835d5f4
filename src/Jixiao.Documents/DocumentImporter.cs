using Jixiao.Documents.Layouts;
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

    public ImportResult Import(string fileName, ReadOnlySpan<byte> bytes) => Import(SourceText.FromBytes(fileName, bytes));

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
                $"文件“{text.FileName}”不像部门预算绩效目标文档：没有找到“绩效目标表”“项目名称”“一级指标”等内容。请确认导入的是项目绩效目标表或部门整体绩效目标文件。");
        var context = new ReadContext();
        var document = best.Read(text, context);
        return new ImportResult(document, text.EncodingName, context.Unplaced);
    }
}
