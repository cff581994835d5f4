using Jixiao.Core.Model.Disclosure;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// What a stated figure is about, from the words before it. The most specific name wins (公务用车购置费 before
/// “三公”经费 before 财政拨款 before 支出), because a sentence names the whole and then its parts
/// (“三公”经费预算安排14.55万元，其中因公出国（境）费0.00万元 …). The words are the ministry's 科目 and the
/// provinces' spellings (公务用车运维费, 公务车用车运行费, 日常公用经费).
/// </summary>
internal static class StatementSubjects
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
