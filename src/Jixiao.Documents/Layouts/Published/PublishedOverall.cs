using System.Text.RegularExpressions;
using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.Published;

/// <summary>
/// 第一部分 部门整体绩效目标 as published: 一、总体绩效目标 (单位 line and 总体资金情况 table when the document has
/// funds, the goals one per paragraph, 年度绩效指标 and its table), 二、分项绩效目标 (（n）title, then its 绩效目标
/// and 绩效指标 paragraphs), 三、工作保障措施 (one measure per paragraph).
/// </summary>
internal sealed partial class PublishedOverall
{
    private string _section = "";
    private readonly List<string> _goals = [];
    private readonly List<string> _measures = [];
    private readonly List<(string Title, List<string> Lines)> _subGoals = [];
    private OverallFunds? _funds;
    private List<Indicator> _indicators = [];
    private bool _subGoalHeading, _measuresHeading;

    /// <summary>The 单位 the funds table is printed in (the document's unit).</summary>
    public MoneyUnit? FundsUnit { get; private set; }

    public void Add(WordBlockItem block)
    {
        if (block is ParagraphItem p)
        {
            switch (p.Text)
            {
                case "一、总体绩效目标": _section = "goals"; return;
                case "二、分项绩效目标": _section = "sub"; _subGoalHeading = true; return;
                case "三、工作保障措施": _section = "measures"; _measuresHeading = true; return;
            }
            switch (_section)
            {
                case "goals" when p.Text.StartsWith("单位：", StringComparison.Ordinal): FundsUnit = MoneyUnits.FromChinese(p.Text["单位：".Length..]); break;
                case "goals" when p.Text == "年度绩效指标": break;
                case "goals": _goals.Add(p.Text); break;
                case "sub" when SubGoalTitle().Match(p.Text) is { Success: true } m: _subGoals.Add((m.Groups[1].Value, [])); break;
                case "sub" when _subGoals.Count > 0: _subGoals[^1].Lines.Add(p.Text); break;
                case "measures": _measures.Add(p.Text); break;
            }
            return;
        }
        var table = (TableItem)block;
        if (table.Rows.Count >= 2 && table.Rows[0].Count >= 4 && table.Rows[0][0] == "总体资金情况")
        {
            var figures = table.Rows[1];
            WrittenDecimal? At(int i) => i < figures.Count ? WrittenDecimal.TryParse(figures[i]) : null;
            _funds = new OverallFunds(At(1), At(2), At(3));
        }
        else if (table.Rows.Count > 0 && PublishedIndicators.IsHeader(table.Rows[0]))
        {
            _indicators = PublishedIndicators.Read(table.Rows[0], table.Rows.Skip(1).Select(r => ((IReadOnlyList<string>)r, table.Line)));
        }
    }

    public OverallTarget Build() => new()
    {
        Goals = PublishedNumbering.Items(_goals),
        SubGoals = [.. _subGoals.Select(s => new SubGoal(s.Title, s.Lines.ElementAtOrDefault(0), s.Lines.ElementAtOrDefault(1)))],
        Measures = PublishedNumbering.Items(_measures),
        Funds = _funds,
        Indicators = _indicators,
        HasSubGoalHeading = _subGoalHeading,
        HasMeasuresHeading = _measuresHeading,
    };

    [GeneratedRegex(@"^（[0-9]+）(.*)$")]
    private static partial Regex SubGoalTitle();
}
