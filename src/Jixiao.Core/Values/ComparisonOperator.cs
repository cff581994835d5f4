namespace Jixiao.Core.Values;

/// <summary>The comparison a target states (指标性质): ≥ ≤ = &gt; &lt;.</summary>
public enum ComparisonOperator
{
    Equal,
    AtLeast,
    AtMost,
    GreaterThan,
    LessThan,
}

public static class ComparisonOperators
{
    /// <summary>The FORMAT.md spelling: "&gt;=", "&lt;=", "=", "&gt;", "&lt;".</summary>
    public static string ToFormat(this ComparisonOperator op) => op switch
    {
        ComparisonOperator.AtLeast => ">=",
        ComparisonOperator.AtMost => "<=",
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.LessThan => "<",
        _ => "=",
    };

    /// <summary>How finance staff print it: ≥ ≤ &gt; &lt;, and nothing for a bare value.</summary>
    public static string ToSymbol(this ComparisonOperator op) => op switch
    {
        ComparisonOperator.AtLeast => "≥",
        ComparisonOperator.AtMost => "≤",
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.LessThan => "<",
        _ => "",
    };

    /// <summary>True for ≥ and &gt;: the target is a floor.</summary>
    public static bool IsFloor(this ComparisonOperator op) => op is ComparisonOperator.AtLeast or ComparisonOperator.GreaterThan;

    /// <summary>True for ≤ and &lt;: the target is a ceiling.</summary>
    public static bool IsCeiling(this ComparisonOperator op) => op is ComparisonOperator.AtMost or ComparisonOperator.LessThan;
}
