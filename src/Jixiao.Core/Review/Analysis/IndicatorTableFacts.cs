using Jixiao.Core.Model;

namespace Jixiao.Core.Review.Analysis;

/// <summary>
/// A table of indicators: a project's 绩效指标 (index 1…n) or the department-wide target's (index 0), with
/// the money unit that applies to it and a content key for fingerprints.
/// </summary>
public sealed class IndicatorTableFacts
{
    internal IndicatorTableFacts(int index, Project? project, IReadOnlyList<Indicator> indicators, MoneyUnit? documentUnit)
    {
        Index = index;
        Project = project;
        MoneyUnit = project?.MoneyUnit ?? documentUnit;
        Key = project is null ? "部门整体" : (project.Code ?? "") + "|" + ReviewText.Normalize(project.Name);
        _source = indicators;
    }

    private readonly IReadOnlyList<Indicator> _source;
    private IndicatorFacts[]? _indicators;

    /// <summary>
    /// The table's indicators with their facts, built on first use: rules about the whole document that only read a
    /// project's name, code or budget do not pay for parsing every value (a save reviews 100 projects' worth of them).
    /// </summary>
    public IReadOnlyList<IndicatorFacts> Indicators => _indicators ??= Build(_source);

    private static IndicatorFacts[] Build(IReadOnlyList<Indicator> indicators)
    {
        var list = new IndicatorFacts[indicators.Count];
        var level1 = Level1Kind.Unknown;
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = new IndicatorFacts(indicators[i], i + 1, level1);
            // Merged 一级 cells inherit from the row above when a reader left them blank.
            level1 = list[i].Level1;
        }
        return list;
    }

    /// <summary>1-based project; 0 for 部门整体绩效目标.</summary>
    public int Index { get; }
    /// <summary>The project; null for the department-wide target.</summary>
    public Project? Project { get; }
    public bool IsProject => Project is not null;
    public MoneyUnit? MoneyUnit { get; }
    /// <summary>Project code and name: identifies the project in fingerprints, independent of its position.</summary>
    public string Key { get; }

    /// <summary>The project budget (预算数) in 元, when known with its unit.</summary>
    public decimal? BudgetInYuan =>
        Project?.Budget.Total is { } total && MoneyUnit is { } unit ? MoneyAmounts.ToYuan(total.Value, unit) : null;

    public int SourceLine => Project?.SourceLine ?? 0;

    /// <summary>Content key of one indicator: project, 二级, name, value, nature.</summary>
    public string IndicatorKey(IndicatorFacts i) => FindingFingerprint.Content(Key, i.Level2Text, i.Name, i.Value, i.Indicator.Nature);
}
