namespace Jixiao.Core.Values;

/// <summary>
/// A parsed indicator target (指标值). Quantities, ratios and amounts carry an operator, the number as
/// written and a unit; deadlines carry month/day; qualitative and unparsed targets keep their text.
/// Immutable; <see cref="ToString"/> prints it as finance staff write it, and parsing that text again
/// gives an equal target.
/// </summary>
public sealed record TargetValue
{
    public required TargetKind Kind { get; init; }
    /// <summary>The comparison, for quantity / ratio / amount.</summary>
    public ComparisonOperator? Op { get; init; }
    /// <summary>The number's digits as written ("0.5", "7000"), commas removed.</summary>
    public string? Number { get; init; }
    /// <summary>The unit as written ("套", "万人次", "元/人"); "%" for every percent spelling.</summary>
    public string? Unit { get; init; }
    /// <summary>The text, for deadline / qualitative / unparsed.</summary>
    public string? Text { get; init; }
    /// <summary>Month of a deadline.</summary>
    public int? Month { get; init; }
    /// <summary>Day of a deadline; null for 月底.</summary>
    public int? Day { get; init; }
    /// <summary>Why an unparsed value could not be read (Chinese), with the character position.</summary>
    public string? Error { get; init; }

    /// <summary>The number as a decimal, when there is one.</summary>
    public decimal? NumericValue =>
        Number is not null && decimal.TryParse(Number, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    public bool IsMeasurable => Kind is TargetKind.Quantity or TargetKind.Ratio or TargetKind.Amount;

    public static TargetValue Parse(string value) => TargetValueParser.Parse(null, value);

    public static TargetValue Parse(string? nature, string value) => TargetValueParser.Parse(nature, value);

    public override string ToString() => Kind switch
    {
        TargetKind.Quantity or TargetKind.Ratio or TargetKind.Amount =>
            (Op ?? ComparisonOperator.Equal).ToSymbol() + Number + Unit,
        _ => Text ?? "",
    };
}
