using Jixiao.Core.Evaluation;
using Jixiao.Core.Model.PrintedEvaluation;

namespace Jixiao.Core.Review.Rules.SelfEvaluation;

/// <summary>R-EVA 规则共用的小件：印出的自评表的位置与指纹、按哪套评分设置核对。</summary>
internal static class PrintedTables
{
    /// <summary>核对印出的自评表所用的设置：10号的默认公式（省份的设置进入审核配置之前）。</summary>
    public static EvaluationSettings Settings => EvaluationSettings.Default;

    /// <summary>一格的位置：表名（含项目名）、表内第几行、哪一栏，及行文的行号。</summary>
    public static FindingLocation At(PrintedSelfEvaluation table, PrintedCell? cell, string column, int row = 0, int sourceLine = 0) =>
        FindingLocation.ForTable(table.Label, cell?.Row ?? (row > 0 ? row : null), column, null, cell?.SourceLine ?? sourceLine);

    public static FindingLocation At(PrintedSelfEvaluation table, PrintedEvaluationLine line, string column) =>
        FindingLocation.ForTable(table.Label, line.Row, column, null, line.SourceLine);

    /// <summary>指纹的内容：项目、指标和相关的印出数字（不含位置，重排不丢接受记录）。</summary>
    public static string Content(PrintedSelfEvaluation table, string what, params string?[] parts) =>
        FindingFingerprint.Content([table.ProjectCode, table.ProjectName, what, .. parts]);

    /// <summary>“第N行指标“×××”（年度指标值…，实际完成值…）”</summary>
    public static string Describe(PrintedEvaluationLine line) =>
        $"指标“{line.Name}”（年度指标值{line.Target?.Text ?? "未印出"}，实际完成值{line.Actual?.Text ?? "未印出"}）";
}
