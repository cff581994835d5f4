using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Layouts.LabelledTables;

namespace Jixiao.Documents.Layouts.WideProjectTable;

/// <summary>One project of the wide table while its rows are read: the first row gives name, amounts and goals, the others add indicators.</summary>
internal sealed class WideProjectDraft(string name, ProjectBudget budget, string? goals, HeaderColumns columns, int line)
{
    public string NameText { get; private set; } = name;
    public string? GoalText { get; private set; } = goals;
    public IndicatorRowReader Rows { get; } = new(columns);
    public List<Indicator> Indicators { get; } = [];

    /// <summary>
    /// A merged cell cut by a page break goes on at the top of the next page: the name and goal fragments printed there
    /// (without amounts) continue the ones before.
    /// </summary>
    public void Continue(string? nameFragment, string? goalFragment)
    {
        if (nameFragment is not null) NameText += nameFragment;
        if (goalFragment is not null) GoalText = GoalText is null ? goalFragment : GoalText + goalFragment;
    }

    public Project Build(MoneyUnit? unit)
    {
        var (code, name) = CodedName.Split(NameText, 10);
        return new Project
        {
            Code = code,
            Name = name,
            MoneyUnit = unit,
            Budget = budget,
            Goals = GoalSplitter.Split(GoalText),
            Indicators = Indicators,
            SourceLine = line,
        };
    }
}
