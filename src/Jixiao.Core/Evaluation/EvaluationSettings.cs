namespace Jixiao.Core.Evaluation;

/// <summary>How a <c>&lt;=</c> line that misses its ceiling is scored.</summary>
public enum CeilingFormula
{
    /// <summary>target / actual × points (the default of FORMAT.md).</summary>
    Ratio,
    /// <summary>(1 − (actual − target) / target) × points, 0 from twice the target (some provinces).</summary>
    Deviation,
}

/// <summary>A judged line's grade and the share of its points the evaluator's score must lie in.</summary>
/// <param name="Grade">达成 / 部分达成 / 未达成, as the exchange format writes it.</param>
/// <param name="From">Lowest share of the points, inclusive (0.8 = 80%).</param>
/// <param name="To">Highest share of the points.</param>
/// <param name="ToInclusive">Whether <paramref name="To"/> itself is inside (only for the top band).</param>
/// <param name="Spellings">Other ways evaluators write the grade (部分达成并具有一定效果).</param>
public sealed record JudgedBand(string Grade, decimal From, decimal To, bool ToInclusive, IReadOnlyList<string> Spellings)
{
    public bool Contains(decimal score, decimal points) =>
        score >= From * points && (ToInclusive ? score <= To * points : score < To * points);
}

/// <summary>A total's grade: the label given from <paramref name="From"/> points up.</summary>
public sealed record GradeBand(string Label, decimal From);

/// <summary>An execution-rate band (for provinces that score 预算执行率 by bands): from the rate, the share of the points.</summary>
public sealed record ExecutionBand(decimal FromRate, decimal Share);

/// <summary>
/// A jurisdiction's self-evaluation settings (绩效自评评分设置). Every number of RULES.md "Self-evaluation scoring" is
/// here, with FORMAT.md's defaults in <see cref="Default"/>; a jurisdiction changes the data, not the code.
/// </summary>
public sealed record EvaluationSettings
{
    /// <summary>预算执行率's points (10).</summary>
    public decimal ExecutionPoints { get; init; } = 10m;
    /// <summary>The indicators' points together (90); document weights are scaled to this.</summary>
    public decimal IndicatorPoints { get; init; } = 90m;
    /// <summary>产出 (with a first-level 成本) when the document has no weights (50).</summary>
    public decimal OutputPoints { get; init; } = 50m;
    /// <summary>效益 (30).</summary>
    public decimal BenefitPoints { get; init; } = 30m;
    /// <summary>满意度 (10).</summary>
    public decimal SatisfactionPoints { get; init; } = 10m;
    /// <summary>Execution-rate bands; empty (the default) scores linearly: min(rate, 100) / 100 × points.</summary>
    public IReadOnlyList<ExecutionBand> ExecutionBands { get; init; } = [];
    public CeilingFormula CeilingFormula { get; init; } = CeilingFormula.Ratio;
    /// <summary>达成 [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%).</summary>
    public IReadOnlyList<JudgedBand> JudgedBands { get; init; } =
    [
        new("达成", 0.8m, 1m, true, []),
        new("部分达成", 0.6m, 0.8m, false, ["部分达成并具有一定效果"]),
        new("未达成", 0m, 0.6m, false, ["未达成且效果较差"]),
    ];
    /// <summary>优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below (上海: 优/良/合格/不合格).</summary>
    public IReadOnlyList<GradeBand> Grades { get; init; } = [new("优", 90m), new("良", 80m), new("中", 60m), new("差", 0m)];
    /// <summary>A result more than this share past its target is flagged for the evaluator (0.20).</summary>
    public decimal FarPastShare { get; init; } = 0.20m;
    /// <summary>Words of an actual that say a deadline was met.</summary>
    public IReadOnlyList<string> DoneWords { get; init; } = ["按时", "已完成", "按期", "如期", "完成"];
    /// <summary>Words that say it was not (checked first: 未按时完成 contains 按时).</summary>
    public IReadOnlyList<string> NotDoneWords { get; init; } = ["未", "没有", "尚未", "延期", "推迟", "逾期", "滞后", "延迟"];
    /// <summary>An actual that is one of these marks the line as not applicable (left out, the rest rescaled).</summary>
    public IReadOnlyList<string> NotApplicableWords { get; init; } = ["不适用", "不涉及", "/"];

    public static EvaluationSettings Default { get; } = new();

    /// <summary>The grade label of a total.</summary>
    public string GradeOf(decimal total)
    {
        foreach (var band in Grades.OrderByDescending(g => g.From))
            if (total >= band.From) return band.Label;
        return Grades.OrderBy(g => g.From).First().Label;
    }

    /// <summary>The band an evaluator's grade names (longest spelling first, so 部分达成 is not read as 达成); null if none.</summary>
    public JudgedBand? BandOf(string? grade)
    {
        if (string.IsNullOrWhiteSpace(grade)) return null;
        var g = grade.Trim();
        return JudgedBands
            .SelectMany(b => b.Spellings.Append(b.Grade).Select(s => (Band: b, Spelling: s)))
            .Where(x => g.StartsWith(x.Spelling, StringComparison.Ordinal))
            .OrderByDescending(x => x.Spelling.Length)
            .Select(x => x.Band)
            .FirstOrDefault();
    }
}
