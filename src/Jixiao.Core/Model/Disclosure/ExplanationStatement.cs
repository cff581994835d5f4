namespace Jixiao.Core.Model.Disclosure;

/// <summary>
/// One figure the explanation text states: what it is about (<see cref="Subject"/>; for a 科目 its code and/or
/// name), the amount with its unit, and, when the sentence says so, last year's figure and the change (amount,
/// percent, direction word). Figures are kept as written (<see cref="WrittenDecimal"/>); <see cref="Quote"/> is the
/// clause they were read from and <see cref="FirstLine"/>…<see cref="LastLine"/> its source lines.
/// </summary>
public sealed record ExplanationStatement
{
    public required StatementSubject Subject { get; init; }
    /// <summary>功能分类 code when the text gives one (2040601), else null.</summary>
    public string? Code { get; init; }
    /// <summary>The 科目 as the text names it: the 项 (or the lowest level named), e.g. 行政运行.</summary>
    public string? ItemName { get; init; }
    /// <summary>The 类 named with it (一般公共服务支出), when the text gives the levels (…（类）…（款）…（项）).</summary>
    public string? ClassName { get; init; }
    /// <summary>The 款 named with it (财政事务).</summary>
    public string? SectionName { get; init; }
    public required WrittenDecimal Amount { get; init; }
    public required MoneyUnit Unit { get; init; }
    /// <summary>Last year's figure when stated (2023年当年预算执行数为54.60万元).</summary>
    public WrittenDecimal? LastYear { get; init; }
    /// <summary>The year compared with (比2023年预算…), when named.</summary>
    public int? ComparedYear { get; init; }
    /// <summary>The stated change in money (增加107.62万元), always positive as written; the direction says which way.</summary>
    public WrittenDecimal? ChangeAmount { get; init; }
    /// <summary>The stated change in percent (增长8.57%).</summary>
    public WrittenDecimal? ChangePercent { get; init; }
    public ChangeDirection Direction { get; init; }
    /// <summary>Whether the figure is income or spending (收入 / 支出 named with it), where the words say.</summary>
    public StatementFlow Flow { get; init; }
    /// <summary>The funds the sentence names before the figure (一般公共预算基本支出, 财政拨款“三公”经费), else Unstated (all funds).</summary>
    public FundScope Scope { get; init; }
    /// <summary>The clause the figures were read from, as printed (line breaks joined).</summary>
    public required string Quote { get; init; }
    public required int FirstLine { get; init; }
    public required int LastLine { get; init; }
}

/// <summary>Income or expenditure.</summary>
public enum StatementFlow
{
    Unknown,
    /// <summary>收入.</summary>
    Income,
    /// <summary>支出.</summary>
    Expenditure,
}

/// <summary>Which funds a stated figure covers, as the sentence names them.</summary>
public enum FundScope
{
    /// <summary>No fund named: all funds (收入总计, 支出总表).</summary>
    Unstated,
    /// <summary>一般公共预算 (拨款).</summary>
    GeneralBudget,
    /// <summary>财政拨款 (一般公共预算 + 政府性基金 + 国有资本经营).</summary>
    FiscalAppropriation,
    /// <summary>政府性基金.</summary>
    GovernmentFund,
}

/// <summary>The direction word of a stated change.</summary>
public enum ChangeDirection
{
    None,
    /// <summary>增加 / 增长 / 上升.</summary>
    Increase,
    /// <summary>减少 / 下降 / 降低.</summary>
    Decrease,
    /// <summary>持平 / 无增减 / 一致.</summary>
    Flat,
}

/// <summary>What a stated figure is about.</summary>
public enum StatementSubject
{
    /// <summary>收入预算 / 预算收入 (the total).</summary>
    IncomeTotal,
    /// <summary>支出预算 / 预算支出 (the total).</summary>
    ExpenditureTotal,
    /// <summary>收支预算 / 收支总预算 (both totals in one figure).</summary>
    BudgetTotal,
    /// <summary>财政拨款收入 / 财政拨款支出.</summary>
    FiscalAppropriation,
    /// <summary>一般公共预算 (收入 / 拨款 / 拨款支出).</summary>
    GeneralBudget,
    /// <summary>政府性基金.</summary>
    GovernmentFund,
    /// <summary>国有资本经营预算.</summary>
    StateCapital,
    /// <summary>上年结转 (结余).</summary>
    CarryOver,
    /// <summary>基本支出.</summary>
    Basic,
    /// <summary>人员经费.</summary>
    Personnel,
    /// <summary>公用经费 / 日常公用经费.</summary>
    Public,
    /// <summary>项目支出.</summary>
    Project,
    /// <summary>“三公”经费 (合计).</summary>
    ThreeCosts,
    /// <summary>因公出国（境）费.</summary>
    Abroad,
    /// <summary>公务用车购置及运行（维护）费.</summary>
    Car,
    /// <summary>公务用车购置费.</summary>
    CarPurchase,
    /// <summary>公务用车运行（维护）费.</summary>
    CarOperation,
    /// <summary>公务接待费.</summary>
    Reception,
    /// <summary>机关运行经费.</summary>
    OfficeRunningCosts,
    /// <summary>政府采购预算.</summary>
    Procurement,
    /// <summary>A 功能分类 科目 named by its levels or code.</summary>
    ClassificationItem,
    /// <summary>Any other figure (事业收入, 其他收入 …): parsed but not compared.</summary>
    Other,
}
