namespace Jixiao.Core.Model;

/// <summary>预算数 with 其中：财政资金 / 其他资金, in the document's money unit, each as written.</summary>
public sealed record ProjectBudget(WrittenDecimal? Total, WrittenDecimal? Fiscal, WrittenDecimal? Other)
{
    public static readonly ProjectBudget Empty = new(null, null, null);
}
