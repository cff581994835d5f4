using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Layouts.LabelledTables;

namespace Jixiao.Documents.Layouts.ProjectForm;

/// <summary>One project's form while its rows are being read; <see cref="Build"/> gives the finished <see cref="Project"/>.</summary>
internal sealed class ProjectDraft(string name, int line)
{
    /// <summary>项目名称；表单被画成两张表、名称格被切开时，续表第一行的字接在后面（Grid/ProjectTablesReader）。</summary>
    public string Name { get; set; } = name;
    /// <summary>1-based line of the 项目名称 row.</summary>
    public int Line { get; } = line;
    public string? Supervisor { get; set; }
    public string? Implementer { get; set; }
    public WrittenDecimal? Total { get; set; }
    public WrittenDecimal? Fiscal { get; set; }
    public WrittenDecimal? Other { get; set; }
    public MoneyUnit? Unit { get; set; }
    public string? GoalText { get; set; }
    /// <summary>The indicator table's columns, once its header row has been read.</summary>
    public HeaderColumns? Columns { get; private set; }
    public IndicatorRowReader? Rows { get; private set; }
    public List<Indicator> Indicators { get; } = [];
    /// <summary>表单里已读到指标表头（Grid/ProjectTablesReader）。</summary>
    public bool HasIndicatorHeader { get; set; }
    /// <summary>The form's text without whitespace, for the weight frame it states (<see cref="WeightFrame"/>).</summary>
    public System.Text.StringBuilder Text { get; } = new();

    public void StartIndicators(HeaderColumns columns)
    {
        Columns = columns;
        Rows = new IndicatorRowReader(columns);
    }

    public Project Build(MoneyUnit? documentUnit)
    {
        var (code, name) = CodedName.Split(Name, 10);
        return new Project
        {
            Code = code,
            Name = name,
            Supervisor = Supervisor,
            Implementer = Implementer,
            MoneyUnit = Unit ?? documentUnit,
            Budget = new ProjectBudget(Total, Fiscal, Other),
            Goals = GoalSplitter.Split(GoalText),
            Indicators = Indicators,
            StatedWeightTotal = WeightFrame.StatedTotal(Text.ToString()),
            ExecutionRatePoints = WeightFrame.ExecutionRatePoints(Text.ToString()),
            SourceLine = Line,
        };
    }
}
