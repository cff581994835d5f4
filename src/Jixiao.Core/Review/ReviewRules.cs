using Jixiao.Core.Review.Rules.BudgetTables;
using Jixiao.Core.Review.Rules.Consistency;
using Jixiao.Core.Review.Rules.Coverage;
using Jixiao.Core.Review.Rules.Department;
using Jixiao.Core.Review.Rules.Disclosure;
using Jixiao.Core.Review.Rules.Goals;
using Jixiao.Core.Review.Rules.SelfEvaluation;
using Jixiao.Core.Review.Rules.Values;

namespace Jixiao.Core.Review;

/// <summary>
/// The one registry of review rules: one <c>UseXxxRules()</c> per family, <see cref="UseDefaultRules"/>
/// for the default set, and <see cref="Default"/>, the default engine built once.
/// </summary>
public static class ReviewRules
{
    private static readonly Lazy<ReviewEngine> DefaultEngine = new(() => new ReviewEngineBuilder().UseDefaultRules().Build());

    /// <summary>The default engine (every rule, default severities); immutable and shared.</summary>
    public static ReviewEngine Default => DefaultEngine.Value;

    public static ReviewEngineBuilder UseDefaultRules(this ReviewEngineBuilder builder) =>
        builder.UseGoalRules().UseCoverageRules().UseValueRules().UseConsistencyRules().UseDepartmentRules().UseBudgetTableRules().UseDisclosureRules().UseSelfEvaluationRules();

    /// <summary>R-GOAL-001…004.</summary>
    public static ReviewEngineBuilder UseGoalRules(this ReviewEngineBuilder builder) => builder
        .Add(new R_GOAL_001_GoalMissing())
        .Add(new R_GOAL_002_Placeholder())
        .Add(new R_GOAL_003_GoalRepeated())
        .Add(new R_GOAL_004_GoalContradictsIndicator());

    /// <summary>R-COV-001…007.</summary>
    public static ReviewEngineBuilder UseCoverageRules(this ReviewEngineBuilder builder) => builder
        .Add(new R_COV_001_NoOutputIndicator())
        .Add(new R_COV_002_NoBenefitIndicator())
        .Add(new R_COV_003_NoCostIndicator())
        .Add(new R_COV_004_NoSatisfactionIndicator())
        .Add(new R_COV_005_OutputSubtypeMissing())
        .Add(new R_COV_006_LevelMisplaced())
        .Add(new R_COV_007_TemplateRowEmpty());

    /// <summary>R-VAL-001…012.</summary>
    public static ReviewEngineBuilder UseValueRules(this ReviewEngineBuilder builder) => builder
        .Add(new R_VAL_001_ValueEmpty())
        .Add(new R_VAL_002_ValueUnreadable())
        .Add(new R_VAL_003_QualitativeWhereMeasurable())
        .Add(new R_VAL_004_VagueTarget())
        .Add(new R_VAL_005_DirectionContradictsMeaning())
        .Add(new R_VAL_006_UnitContradictsMeaning())
        .Add(new R_VAL_007_ImpossiblePercentage())
        .Add(new R_VAL_008_TrivialTarget())
        .Add(new R_VAL_009_CostNotInMoney())
        .Add(new R_VAL_010_DescriptionRepeatsName())
        .Add(new R_VAL_011_BasisMissing())
        .Add(new R_VAL_012_LowSatisfactionTarget());

    /// <summary>R-CON-001…007, and Jixiao's own R-CON-008.</summary>
    public static ReviewEngineBuilder UseConsistencyRules(this ReviewEngineBuilder builder) => builder
        .Add(new R_CON_001_CostAboveBudget())
        .Add(new R_CON_002_BudgetSplitMismatch())
        .Add(new R_CON_003_SpendingPlanInvalid())
        .Add(new R_CON_004_WeightsNotHundred())
        .Add(new R_CON_005_IndicatorRepeated())
        .Add(new R_CON_006_ProjectCodeMismatch())
        .Add(new R_CON_007_YearOutOfRange())
        .Add(new R_CON_008_ProjectRepeated());

    /// <summary>R-DEP-001…003.</summary>
    public static ReviewEngineBuilder UseDepartmentRules(this ReviewEngineBuilder builder) => builder
        .Add(new R_DEP_001_OverallTargetMissing())
        .Add(new R_DEP_002_OverallHeadingEmpty())
        .Add(new R_DEP_003_OverallArithmetic());

    /// <summary>R-BUD-001…009.</summary>
    public static ReviewEngineBuilder UseBudgetTableRules(this ReviewEngineBuilder builder) => builder
        .Add(new R_BUD_001_SummaryTotals())
        .Add(new R_BUD_002_ClassificationSums())
        .Add(new R_BUD_003_RowTotal())
        .Add(new R_BUD_004_BasicExpenditureSplit())
        .Add(new R_BUD_005_TotalsAcrossTables())
        .Add(new R_BUD_006_ThreeCostsSum())
        .Add(new R_BUD_007_ExplanationFiguresVsTables())
        .Add(new R_BUD_008_ProjectBudgetsVsTables())
        .Add(new R_BUD_009_EmptyTableWithoutNote());

    /// <summary>R-DOC-001…003, R-NUM-001…002, R-TXT-001…004: the whole disclosure document (its text and its parts).</summary>
    public static ReviewEngineBuilder UseDisclosureRules(this ReviewEngineBuilder builder) => builder
        .Add(new R_DOC_001_RequiredPartMissing())
        .Add(new R_DOC_002_PrintedTwiceOrBlankPage())
        .Add(new R_DOC_003_TextNotVisible())
        .Add(new R_NUM_001_ChangeMiscomputed())
        .Add(new R_NUM_002_ClassificationItemMismatch())
        .Add(new R_TXT_001_TemplateLeftover())
        .Add(new R_TXT_002_BrokenPunctuation())
        .Add(new R_TXT_003_WrongComparisonYear())
        .Add(new R_TXT_004_ScopeContradiction());

    /// <summary>R-EVA-001…005: printed 项目支出绩效自评表 (scores, total, grade, reasons), in the document as printed.</summary>
    public static ReviewEngineBuilder UseSelfEvaluationRules(this ReviewEngineBuilder builder) => builder
        .Add(new R_EVA_001_PrintedScoreWrong())
        .Add(new R_EVA_002_FullPointsOnMiss())
        .Add(new R_EVA_003_TotalNotSum())
        .Add(new R_EVA_004_GradeMismatch())
        .Add(new R_EVA_005_ReasonMissing());
}
