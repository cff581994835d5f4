using Jixiao.Core.Model;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Analysis;

/// <summary>One indicator as the rules see it: normalized texts, recognised levels and the parsed target, computed once per review.</summary>
public sealed class IndicatorFacts
{
    internal IndicatorFacts(Indicator indicator, int index, Level1Kind inheritedLevel1)
    {
        Indicator = indicator;
        Index = index;
        Name = ReviewText.Normalize(indicator.Name);
        Description = ReviewText.Normalize(indicator.Description);
        Value = ReviewText.Normalize(indicator.Value);
        Level2Text = ReviewText.Normalize(indicator.Level2);
        Level1Written = LevelKinds.Level1(ReviewText.Normalize(indicator.Level1));
        Level2 = LevelKinds.Level2(Level2Text);
        Level1 = Level1Written != Level1Kind.Unknown ? Level1Written
            : Level2 != Level2Kind.Unknown && Level2 != Level2Kind.Cost ? LevelKinds.Parent(Level2)
            : inheritedLevel1;
        Target = indicator.Target ?? (Value.Length == 0 ? null : TargetValue.Parse(indicator.Nature, indicator.Value!));
    }

    public Indicator Indicator { get; }
    /// <summary>1-based position in its table.</summary>
    public int Index { get; }
    /// <summary>三级指标, normalized.</summary>
    public string Name { get; }
    public string Description { get; }
    public string Value { get; }
    public string Level2Text { get; }
    /// <summary>The first level as written in the row (Unknown when blank).</summary>
    public Level1Kind Level1Written { get; }
    /// <summary>The first level, written or inferred from the second level or the row above.</summary>
    public Level1Kind Level1 { get; }
    public Level2Kind Level2 { get; }
    public TargetValue? Target { get; }

    /// <summary>A template row nobody filled: no 三级指标 and no value.</summary>
    public bool IsTemplateRow => Name.Length == 0 && Value.Length == 0;

    /// <summary>Under 成本 (first level 成本指标, or 成本指标 under 产出 in older templates).</summary>
    public bool IsCost => Level1 == Level1Kind.Cost || Level2 == Level2Kind.Cost;

    /// <summary>Name and description together, for meaning checks.</summary>
    public string NameAndDescription => Description.Length == 0 || Description == Name ? Name : Name + "|" + Description;

    public int SourceLine => Indicator.SourceLine;
}
