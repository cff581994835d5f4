using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Documents.Publishing.Layout;
using Jixiao.Documents.SelfEvaluation;

namespace Jixiao.Cli.Commands.Evaluate;

/// <summary><c>evaluate --out FILE</c>：把计了分的自评表按 10号 版式印成 .xlsx、.docx 或 .pdf（扩展名决定格式）。</summary>
internal static class PrintedTable
{
    public static bool TryWrite(TargetDocument targets, EvaluationResult result, FileInfo file, TextWriter error)
    {
        try
        {
            using (var stream = File.Create(file.FullName))
                FilledEvaluationPublisher.Write(result, file.Extension.TrimStart('.'), stream, p => EvaluationDetails.Of(Target(targets, p), null));
            error.WriteLine($"自评表已印出：{file.FullName}（{result.Projects.Count(p => p.Matched)} 个项目）");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Jixiao.Documents.Publishing.Pdf.PdfPublishException)
        {
            error.WriteLine($"错误：无法写入“{file.FullName}”：{ex.Message}");
            return false;
        }
    }

    /// <summary>结果中的项目在绩效目标里是哪一个：按编码，否则按名称。</summary>
    private static Project? Target(TargetDocument targets, ProjectEvaluation project) =>
        targets.Projects.FirstOrDefault(t => project.Code is { Length: > 0 } c && t.Code == c)
        ?? targets.Projects.FirstOrDefault(t => t.Name == project.Name);
}
