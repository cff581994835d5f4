using Jixiao.Core.Model;
using Jixiao.Core.Model.PrintedEvaluation;

namespace Jixiao.Core.Tests.Review.Support;

/// <summary>
/// Printed 项目支出绩效自评表 snippets for the R-EVA rule tests: one line per indicator,
/// <c>三级指标 ⇥ 年度指标值 ⇥ 实际完成值 ⇥ 分值 ⇥ 得分 ⇥ 偏差原因</c>, as a filled table prints them.
/// </summary>
internal static class Printed
{
    public static PrintedSelfEvaluation Table(string lines, string? executionScore = null, string? total = null, string? grade = null,
        bool reasonColumn = true, string name = "12348 法律服务热线", int? year = 2024)
    {
        var rows = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var list = new List<PrintedEvaluationLine>();
        for (var i = 0; i < rows.Length; i++)
        {
            var c = rows[i].Split('\t');
            var row = i + 10;
            PrintedCell? Cell(int k) => k < c.Length && c[k].Length > 0 ? new PrintedCell(c[k], 1, 1, row, k + 3) : null;
            list.Add(new PrintedEvaluationLine
            {
                Name = c[0], Target = Cell(1), Actual = Cell(2), Points = Cell(3), Score = Cell(4), Reason = reasonColumn ? Cell(5) : null,
                Row = row, SourceLine = row,
            });
        }
        var last = rows.Length + 10;
        return new PrintedSelfEvaluation
        {
            Title = "项目支出绩效自评表",
            ProjectName = name,
            FiscalYear = year,
            MoneyUnit = MoneyUnit.TenThousandYuan,
            Table = 1,
            Page = 1,
            ExecutionPoints = new PrintedCell("10", 1, 1, 7, 6),
            ExecutionScore = executionScore is null ? null : new PrintedCell(executionScore, 1, 1, 7, 8),
            Lines = list,
            TotalPoints = new PrintedCell("100", 1, 1, last, 6),
            Total = total is null ? null : new PrintedCell(total, 1, 1, last, 7),
            Grade = grade is null ? null : new PrintedCell(grade, 1, 1, last, 8),
            HasReasonColumn = reasonColumn,
        };
    }

    public static TargetDocument Doc(params PrintedSelfEvaluation[] tables) =>
        new() { Source = new DocumentSource("自评表.pdf", "self-evaluation"), SelfEvaluations = tables };

    /// <summary>Seed 004's 12348 法律服务热线 filled and scored (92.06 优, tests/Jixiao.Core.Tests/Evaluation).</summary>
    public const string Hotline = """
        解答 12348 来电次数	≥7000 次	6300次	8.34	7.51	来电量低于预期，将加强宣传
        解答来访咨询人次	≥400 人	520人	8.34	8.34
        代写法律文书	≥60 份	60份	8.33	8.33
        律师到岗值班率	≥95%	98%	8.33	8.33
        解答 12348 来电、来访、代写法律文书响应率。	≥95%	93%	8.33	8.15	夜间时段响应不及时
        总成本	≤22.59 万元	218000元	8.33	8.33
        提升社会知晓程度	有所提升	问卷调查知晓率78%	15	14.00	知晓率明显提升
        提供法律援助服务，持续维护社会和谐稳定发展。	持续维护	部分区县覆盖不足	15	10.00	基本维护，部分区县覆盖不足
        受援群众满意度	≥95%	96%	10	10.00
        """;
}
