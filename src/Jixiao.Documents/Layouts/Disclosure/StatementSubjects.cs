using Jixiao.Core.Model.Disclosure;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// What a stated figure is about, from the words before it. The most specific name wins (公务用车购置费 before
/// “三公”经费 before 财政拨款 before 支出), because a sentence names the whole and then its parts
/// (“三公”经费预算安排14.55万元，其中因公出国（境）费0.00万元 …). The words are the ministry's 科目 and the
/// provinces' spellings (公务用车运维费, 公务车用车运行费, 日常公用经费).
/// </summary>
internal static partial class StatementSubjects
{
    private static readonly (string[] Words, StatementSubject Subject)[] ByPriority =
    [
        (["公务用车购置及运", "公务车购置及运", "公务用车购置和运"], StatementSubject.Car),
        (["公务用车运行", "公务用车运维", "公务车用车运行", "公务车运行", "公务用车运营"], StatementSubject.CarOperation),
        (["公务用车购置"], StatementSubject.CarPurchase),
        (["因公出国"], StatementSubject.Abroad),
        (["公务接待"], StatementSubject.Reception),
        (["三公"], StatementSubject.ThreeCosts),
        (["机关运行经费"], StatementSubject.OfficeRunningCosts),
        (["政府采购货物", "政府采购工程", "政府采购服务"], StatementSubject.Other),
        (["政府采购"], StatementSubject.Procurement),
        (["人员经费"], StatementSubject.Personnel),
        (["公用经费"], StatementSubject.Public),
        (["基本支出"], StatementSubject.Basic),
        (["项目支出"], StatementSubject.Project),
        // 会议费 / 培训费 and a province's extra balancing lines are figures of their own, never a total (一般公共预算会议费预算支出).
        (["会议费", "培训费", "资金余额"], StatementSubject.Other),
        (["上年结转", "结转结余", "上年结余"], StatementSubject.CarryOver),
        (["事业收入", "经营收入", "其他收入", "单位资金", "财政专户", "上级补助", "附属单位", "固定资产", "项目预算资金"], StatementSubject.Other),
        (["一般公共预算"], StatementSubject.GeneralBudget),
        (["政府性基金", "基金预算"], StatementSubject.GovernmentFund),
        (["国有资本经营"], StatementSubject.StateCapital),
        (["财政拨款"], StatementSubject.FiscalAppropriation),
        (["收支"], StatementSubject.BudgetTotal),
        (["收入"], StatementSubject.IncomeTotal),
        (["支出"], StatementSubject.ExpenditureTotal),
    ];

    /// <summary>The subject the words name, or null when they name none.</summary>
    public static StatementSubject? Of(string words)
    {
        var compact = Compact(words);
        foreach (var (list, subject) in ByPriority)
            foreach (var w in list)
                if (compact.Contains(w, StringComparison.Ordinal)) return subject;
        return null;
    }

    /// <summary>The subject the words name and where its word ends in <see cref="Compact"/>(words), or null.</summary>
    public static (StatementSubject Subject, int Start, int End)? Find(string words)
    {
        var compact = Compact(words);
        foreach (var (list, subject) in ByPriority)
            foreach (var w in list)
            {
                var at = compact.LastIndexOf(w, StringComparison.Ordinal);
                if (at >= 0) return (subject, at, at + w.Length);
            }
        return null;
    }

    /// <summary>The fund the words name last before a figure (一般公共预算基本支出 → GeneralBudget), else Unstated.</summary>
    public static FundScope ScopeOf(string words)
    {
        var compact = Compact(words);
        var best = (At: -1, Scope: FundScope.Unstated);
        foreach (var (w, scope) in ScopeWords)
        {
            var at = compact.LastIndexOf(w, StringComparison.Ordinal);
            if (at > best.At) best = (at, scope);
        }
        return best.Scope;
    }

    private static readonly (string Word, FundScope Scope)[] ScopeWords =
    [
        ("一般公共预算", FundScope.GeneralBudget), ("公共财政预算", FundScope.GeneralBudget), ("财政拨款", FundScope.FiscalAppropriation),
        ("政府性基金", FundScope.GovernmentFund), ("基金预算", FundScope.GovernmentFund),
    ];

    /// <summary>
    /// Whether the clause that carries a figure names the subject as the department's own figure, not a part of it:
    /// 2026年本部门支出预算 / 上海市审计局收入预算 / 其中一般公共预算拨款收入 / 包括人员经费 name a total; 行政运行（项）支出,
    /// 培训费预算支出, 拟采购货物支出, “卫生健康支出”科目, 涉及一般公共预算支出, 某项目上年结转 name something else. A clause without the
    /// subject's word may only carry function words (2026年预算安排), else the figure is another one (预算资金…).
    /// </summary>
    public static bool NamesOwnFigure(string prefix, StatementSubject subject, int wordStart, int wordEnd)
    {
        var compact = Normalise(Compact(prefix));
        var clauseStart = compact.LastIndexOfAny(ClauseMarks) + 1;
        var clause = compact[clauseStart..];
        if (wordStart < clauseStart) return FunctionOnly().IsMatch(clause);
        var before = compact[clauseStart..wordStart];
        var after = compact[wordEnd..];
        return subject switch
        {
            StatementSubject.IncomeTotal or StatementSubject.ExpenditureTotal or StatementSubject.BudgetTotal =>
                TotalBefore().IsMatch(before) && Trail().IsMatch(after) && TotalMarker().IsMatch(clause),
            StatementSubject.GeneralBudget or StatementSubject.FiscalAppropriation or StatementSubject.GovernmentFund or StatementSubject.StateCapital =>
                PartBefore().IsMatch(before) && FundAfter().IsMatch(after),
            StatementSubject.Basic or StatementSubject.Project or StatementSubject.Personnel or StatementSubject.Public or StatementSubject.CarryOver =>
                PartBefore().IsMatch(before) && PartAfter().IsMatch(after),
            _ => true,
        };
    }

    /// <summary>Whether the clause carrying a figure holds function words only (2026年预算安排, 为).</summary>
    public static bool FunctionWordsOnly(string prefix)
    {
        var compact = Normalise(Compact(prefix));
        return FunctionOnly().IsMatch(compact[(compact.LastIndexOfAny(ClauseMarks) + 1)..]);
    }

    private static readonly char[] ClauseMarks = ['，', ',', '、', '：', ':', '；', ';', '。'];

    private static string Normalise(string s) => s.Replace('(', '（').Replace(')', '）');

    private const string Lead = @"(?:其中|包括|含|和|及|以及|具体为|分别为|另|[（]?[一二三四五六七八九十\d]{1,3}[）、.．]|[（][一二三四五六七八九十\d]{1,3}[）])*";
    private const string Owner = @"(?:本部门|本单位|我部门|我单位|部门|单位|本级|（(?:本级|汇总|含下属单位|部门汇总)）|\d{4}年度?|本年度?|当年度?|年度|全年|[^，、：“”（）]{2,30}?(?:局|委员会|委|办公室|办|院|中心|所|站|队|馆|厅|处|室|会|社|校|园))*";
    private const string TrailWords = @"(?:预算|总计|总额|总预算|规模|总数|数|安排|为|共|共计|计|是|达|金额)*";

    [System.Text.RegularExpressions.GeneratedRegex("^" + Lead + Owner + @"(?:预算|总|部门|单位)*$")]
    private static partial System.Text.RegularExpressions.Regex TotalBefore();

    [System.Text.RegularExpressions.GeneratedRegex("^" + TrailWords + "$")]
    private static partial System.Text.RegularExpressions.Regex Trail();

    [System.Text.RegularExpressions.GeneratedRegex(@"\d{4}年|本年|当年|年度|部门|单位|预算|总|收支|[局委办院心所站队馆厅处室]")]
    private static partial System.Text.RegularExpressions.Regex TotalMarker();

    [System.Text.RegularExpressions.GeneratedRegex("^" + Lead + Owner + @"(?:预算)?(?:一般公共预算|公共财政预算|财政拨款|政府性基金|国有资本经营|拨款|安排的?|日常|预算)*$")]
    private static partial System.Text.RegularExpressions.Regex PartBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:预算)?(?:拨款)?(?:安排的?)?(?:收入|支出)?" + TrailWords + "$")]
    private static partial System.Text.RegularExpressions.Regex FundAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:支出|经费|结余|资金|收入)?" + TrailWords + "$")]
    private static partial System.Text.RegularExpressions.Regex PartAfter();

    [System.Text.RegularExpressions.GeneratedRegex("^" + Lead + Owner + TrailWords + "$")]
    private static partial System.Text.RegularExpressions.Regex FunctionOnly();

    /// <summary>Income or expenditure, from the words (支出 before 收入: 收入支出 reads as spending only when it says 支出 last).</summary>
    public static StatementFlow FlowOf(string words)
    {
        var compact = Compact(words);
        var spend = compact.LastIndexOf("支出", StringComparison.Ordinal);
        var income = compact.LastIndexOf("收入", StringComparison.Ordinal);
        if (spend < 0 && income < 0) return StatementFlow.Unknown;
        return spend > income ? StatementFlow.Expenditure : StatementFlow.Income;
    }

    /// <summary>Without whitespace and with the ASCII forms of （）, so 因公出国(境) and 因公出国（境） compare equal.</summary>
    public static string Compact(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }
}
