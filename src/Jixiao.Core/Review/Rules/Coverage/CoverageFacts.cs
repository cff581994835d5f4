using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Coverage;

/// <summary>Which kinds of indicator a project has filled in (template rows left empty do not count).</summary>
internal static class CoverageFacts
{
    public static bool HasFilled(IndicatorTableFacts t)
    {
        foreach (var i in t.Indicators)
            if (!i.IsTemplateRow) return true;
        return false;
    }

    public static bool Any(IndicatorTableFacts t, Func<IndicatorFacts, bool> predicate)
    {
        foreach (var i in t.Indicators)
            if (!i.IsTemplateRow && predicate(i)) return true;
        return false;
    }

    public static bool IsOutput(IndicatorFacts i) =>
        i.Level1 == Level1Kind.Output || i.Level2 is Level2Kind.Quantity or Level2Kind.Quality or Level2Kind.Timeliness;

    public static bool IsBenefit(IndicatorFacts i) =>
        i.Level1 == Level1Kind.Benefit && i.Level2 != Level2Kind.Satisfaction
        || i.Level2 is Level2Kind.Economic or Level2Kind.Social or Level2Kind.Ecological or Level2Kind.Sustainable;

    public static bool IsSatisfaction(IndicatorFacts i) =>
        i.Level1 == Level1Kind.Satisfaction || i.Level2 == Level2Kind.Satisfaction || i.Name.Contains("满意度", StringComparison.Ordinal);
}
