namespace Jixiao.Core.Review.Analysis;

/// <summary>一级指标, recognised from its words (产出指标, 成本指标, 效益指标/效果指标, 满意度指标).</summary>
public enum Level1Kind { Unknown, Output, Cost, Benefit, Satisfaction }

/// <summary>二级指标, recognised from its words.</summary>
public enum Level2Kind { Unknown, Quantity, Quality, Timeliness, Cost, Economic, Social, Ecological, Sustainable, Satisfaction }

public static class LevelKinds
{
    public static Level1Kind Level1(string normalized)
    {
        if (normalized.Length == 0) return Level1Kind.Unknown;
        if (normalized.Contains("满意", StringComparison.Ordinal)) return Level1Kind.Satisfaction;
        if (normalized.Contains("产出", StringComparison.Ordinal)) return Level1Kind.Output;
        if (normalized.Contains("成本", StringComparison.Ordinal)) return Level1Kind.Cost;
        if (normalized.Contains("效益", StringComparison.Ordinal) || normalized.Contains("效果", StringComparison.Ordinal)) return Level1Kind.Benefit;
        return Level1Kind.Unknown;
    }

    public static Level2Kind Level2(string normalized)
    {
        if (normalized.Length == 0) return Level2Kind.Unknown;
        if (normalized.Contains("满意", StringComparison.Ordinal)) return Level2Kind.Satisfaction;
        if (normalized.Contains("成本", StringComparison.Ordinal)) return Level2Kind.Cost;
        if (normalized.Contains("数量", StringComparison.Ordinal)) return Level2Kind.Quantity;
        if (normalized.Contains("质量", StringComparison.Ordinal)) return Level2Kind.Quality;
        if (normalized.Contains("时效", StringComparison.Ordinal)) return Level2Kind.Timeliness;
        if (normalized.Contains("经济效益", StringComparison.Ordinal)) return Level2Kind.Economic;
        if (normalized.Contains("社会效益", StringComparison.Ordinal)) return Level2Kind.Social;
        if (normalized.Contains("生态", StringComparison.Ordinal)) return Level2Kind.Ecological;
        if (normalized.Contains("可持续", StringComparison.Ordinal)) return Level2Kind.Sustainable;
        return Level2Kind.Unknown;
    }

    /// <summary>The first level a second level belongs to in the 101号 template.</summary>
    public static Level1Kind Parent(Level2Kind kind) => kind switch
    {
        Level2Kind.Quantity or Level2Kind.Quality or Level2Kind.Timeliness => Level1Kind.Output,
        Level2Kind.Economic or Level2Kind.Social or Level2Kind.Ecological or Level2Kind.Sustainable => Level1Kind.Benefit,
        Level2Kind.Satisfaction => Level1Kind.Satisfaction,
        Level2Kind.Cost => Level1Kind.Cost,
        _ => Level1Kind.Unknown,
    };

    public static string ToChinese(Level1Kind kind) => kind switch
    {
        Level1Kind.Output => "产出指标",
        Level1Kind.Cost => "成本指标",
        Level1Kind.Benefit => "效益指标",
        Level1Kind.Satisfaction => "满意度指标",
        _ => "（未识别）",
    };
}
