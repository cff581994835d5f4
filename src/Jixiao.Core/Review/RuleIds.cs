namespace Jixiao.Core.Review;

/// <summary>
/// The one catalogue of review rule IDs (RULES.md). IDs are kept verbatim in code, messages, tests and
/// <c>docs/rules/&lt;ID&gt;.md</c>. R-BUD-007 and R-DOC/R-NUM/R-TXT read the disclosure's text
/// (<see cref="Model.TargetDocument.Disclosure"/>).
/// </summary>
public static class RuleIds
{
    public const string GoalMissing = "R-GOAL-001";
    public const string Placeholder = "R-GOAL-002";
    public const string GoalRepeated = "R-GOAL-003";
    public const string GoalContradictsIndicator = "R-GOAL-004";

    public const string NoOutputIndicator = "R-COV-001";
    public const string NoBenefitIndicator = "R-COV-002";
    public const string NoCostIndicator = "R-COV-003";
    public const string NoSatisfactionIndicator = "R-COV-004";
    public const string OutputSubtypeMissing = "R-COV-005";
    public const string LevelMisplaced = "R-COV-006";
    public const string TemplateRowEmpty = "R-COV-007";

    public const string ValueEmpty = "R-VAL-001";
    public const string ValueUnreadable = "R-VAL-002";
    public const string QualitativeWhereMeasurable = "R-VAL-003";
    public const string VagueTarget = "R-VAL-004";
    public const string DirectionContradictsMeaning = "R-VAL-005";
    public const string UnitContradictsMeaning = "R-VAL-006";
    public const string ImpossiblePercentage = "R-VAL-007";
    public const string TrivialTarget = "R-VAL-008";
    public const string CostNotInMoney = "R-VAL-009";
    public const string DescriptionRepeatsName = "R-VAL-010";
    public const string BasisMissing = "R-VAL-011";
    public const string LowSatisfactionTarget = "R-VAL-012";

    public const string CostAboveBudget = "R-CON-001";
    public const string BudgetSplitMismatch = "R-CON-002";
    public const string SpendingPlanInvalid = "R-CON-003";
    public const string WeightsNotHundred = "R-CON-004";
    public const string IndicatorRepeated = "R-CON-005";
    public const string ProjectCodeMismatch = "R-CON-006";
    public const string YearOutOfRange = "R-CON-007";
    /// <summary>Jixiao's own (practice, not in RULES.md): docs/rules/R-CON-008.md.</summary>
    public const string ProjectRepeated = "R-CON-008";

    public const string OverallTargetMissing = "R-DEP-001";
    public const string OverallHeadingEmpty = "R-DEP-002";
    public const string OverallArithmetic = "R-DEP-003";

    public const string SummaryTotals = "R-BUD-001";
    public const string ClassificationSums = "R-BUD-002";
    public const string RowTotal = "R-BUD-003";
    public const string BasicExpenditureSplit = "R-BUD-004";
    public const string TotalsAcrossTables = "R-BUD-005";
    public const string ThreeCostsSum = "R-BUD-006";
    public const string ProjectBudgetsVsTables = "R-BUD-008";
    public const string ExplanationFiguresVsTables = "R-BUD-007";
    public const string EmptyTableWithoutNote = "R-BUD-009";

    public const string RequiredPartMissing = "R-DOC-001";
    public const string PrintedTwiceOrBlankPage = "R-DOC-002";
    public const string TextNotVisible = "R-DOC-003";
    public const string ChangeMiscomputed = "R-NUM-001";
    public const string ClassificationItemMismatch = "R-NUM-002";
    public const string TemplateLeftover = "R-TXT-001";
    public const string BrokenPunctuation = "R-TXT-002";
    public const string WrongComparisonYear = "R-TXT-003";
    public const string ScopeContradiction = "R-TXT-004";

    /// <summary>Printed 项目支出绩效自评表 (issue 18, RULES.md "Self-evaluation scoring"): <see cref="Model.TargetDocument.SelfEvaluations"/>.</summary>
    public const string PrintedScoreWrong = "R-EVA-001";
    public const string FullPointsOnMiss = "R-EVA-002";
    public const string TotalNotSum = "R-EVA-003";
    public const string GradeMismatch = "R-EVA-004";
    public const string ReasonMissingBelowFull = "R-EVA-005";

    /// <summary>Every ID above, in RULES.md order; Jixiao's own rules beside their family.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        GoalMissing, Placeholder, GoalRepeated, GoalContradictsIndicator,
        NoOutputIndicator, NoBenefitIndicator, NoCostIndicator, NoSatisfactionIndicator, OutputSubtypeMissing, LevelMisplaced, TemplateRowEmpty,
        ValueEmpty, ValueUnreadable, QualitativeWhereMeasurable, VagueTarget, DirectionContradictsMeaning, UnitContradictsMeaning,
        ImpossiblePercentage, TrivialTarget, CostNotInMoney, DescriptionRepeatsName, BasisMissing, LowSatisfactionTarget,
        CostAboveBudget, BudgetSplitMismatch, SpendingPlanInvalid, WeightsNotHundred, IndicatorRepeated, ProjectCodeMismatch, YearOutOfRange, ProjectRepeated,
        OverallTargetMissing, OverallHeadingEmpty, OverallArithmetic,
        SummaryTotals, ClassificationSums, RowTotal, BasicExpenditureSplit, TotalsAcrossTables, ThreeCostsSum, ExplanationFiguresVsTables, ProjectBudgetsVsTables, EmptyTableWithoutNote,
        RequiredPartMissing, PrintedTwiceOrBlankPage, TextNotVisible, ChangeMiscomputed, ClassificationItemMismatch,
        TemplateLeftover, BrokenPunctuation, WrongComparisonYear, ScopeContradiction,
        PrintedScoreWrong, FullPointsOnMiss, TotalNotSum, GradeMismatch, ReasonMissingBelowFull,
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string? id) => id is not null && Known.Contains(id);
}
