namespace Jixiao.Core.Values;

/// <summary>What kind of target an indicator value (指标值) states.</summary>
public enum TargetKind
{
    /// <summary>A count or measure with a unit: ≥7000次, ≤2套, ≤10个工作日.</summary>
    Quantity,
    /// <summary>A percentage: ≥95%, 100%, ≥80百分率.</summary>
    Ratio,
    /// <summary>Money: ≤13.72万元, ≤600元/人.</summary>
    Amount,
    /// <summary>A date or month-end: 12月底, 2024年11月30日前竣工.</summary>
    Deadline,
    /// <summary>Words only: 及时, 进一步保障, 效果显著.</summary>
    Qualitative,
    /// <summary>Starts like a quantity but cannot be read.</summary>
    Unparsed,
}

public static class TargetKinds
{
    public static string ToFormatName(this TargetKind kind) => kind switch
    {
        TargetKind.Quantity => "quantity",
        TargetKind.Ratio => "ratio",
        TargetKind.Amount => "amount",
        TargetKind.Deadline => "deadline",
        TargetKind.Qualitative => "qualitative",
        _ => "unparsed",
    };
}
