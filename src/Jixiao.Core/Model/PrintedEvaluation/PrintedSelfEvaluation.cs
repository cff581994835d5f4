namespace Jixiao.Core.Model.PrintedEvaluation;

/// <summary>
/// 一张印出的项目支出绩效自评表（10号附件的版式及各省的变体），按印出的原样读入：项目、资金（年初预算数、全年预算数、
/// 全年执行数、执行率及其分值和得分）、各行指标、总分和等级。每个数字都带着它在原文中的位置
/// （<see cref="PrintedCell"/>）。它不是要计分的自评（那是 <c>EvaluationSheet</c>），而是要审核的印出结果：
/// R-EVA 规则核对印出的得分、总分和等级是否由印出的数字推得出。
/// </summary>
public sealed record PrintedSelfEvaluation
{
    /// <summary>表名（项目支出绩效自评表），没有印出时为空。</summary>
    public string Title { get; init; } = "";
    public int? FiscalYear { get; init; }
    public string? ProjectName { get; init; }
    public string? ProjectCode { get; init; }
    /// <summary>资金的单位（表头“项目资金（万元）”或“单位：元”）。</summary>
    public MoneyUnit? MoneyUnit { get; init; }
    /// <summary>第几张表（文件里所有表格中的序号，1 起）与它开始的页。</summary>
    public int Table { get; init; }
    public int Page { get; init; }

    public PrintedCell? InitialBudget { get; init; }
    public PrintedCell? YearBudget { get; init; }
    public PrintedCell? Executed { get; init; }
    /// <summary>预算执行率的分值（10号：10分）。</summary>
    public PrintedCell? ExecutionPoints { get; init; }
    public PrintedCell? ExecutionRate { get; init; }
    /// <summary>预算执行率的得分。</summary>
    public PrintedCell? ExecutionScore { get; init; }

    public IReadOnlyList<PrintedEvaluationLine> Lines { get; init; } = [];

    /// <summary>总分行的分值（100）。</summary>
    public PrintedCell? TotalPoints { get; init; }
    /// <summary>总分行的得分。</summary>
    public PrintedCell? Total { get; init; }
    /// <summary>印出的等级（优/良/中/差，或上海的合格/不合格），没有印出时为 null。</summary>
    public PrintedCell? Grade { get; init; }
    /// <summary>表里有没有“偏差原因”一栏（没有的表不能要求每行填原因）。</summary>
    public bool HasReasonColumn { get; init; }

    /// <summary>审核发现里称呼这张表：表名加项目名。</summary>
    public string Label => (Title.Length > 0 ? Title : "绩效自评表") + (ProjectName is { Length: > 0 } n ? $"（{n}）" : "");
}

/// <summary>自评表的一行指标：一级、二级、三级指标，年度指标值、实际完成值、分值、得分、偏差原因，及行号。</summary>
public sealed record PrintedEvaluationLine
{
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public required string Name { get; init; }
    public PrintedCell? Target { get; init; }
    public PrintedCell? Actual { get; init; }
    public PrintedCell? Points { get; init; }
    public PrintedCell? Score { get; init; }
    public PrintedCell? Reason { get; init; }
    /// <summary>行在表内的位置（1 起）与行文的行号（0 为未知）。</summary>
    public int Row { get; init; }
    public int SourceLine { get; init; }
}
