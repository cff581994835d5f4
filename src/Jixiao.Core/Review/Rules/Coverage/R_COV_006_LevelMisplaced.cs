using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Coverage;

/// <summary>
/// R-COV-006: a second level under the wrong first level (社会效益指标 under 产出, 数量指标 under 效益).
/// Accepted as the templates print them: 成本指标 under 产出 (older templates) and 服务对象满意度指标 under
/// 效益/效果 (older central and some provincial templates). Only levels both recognised are compared.
/// </summary>
public sealed class R_COV_006_LevelMisplaced : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.LevelMisplaced, RuleFamily.Coverage, Severity.Error,
        "二级指标归属错误",
        "二级指标“{0}”不应归入一级指标“{1}”，应归入“{2}”",
        RuleSources.Clause(RuleSources.Doc101, "绩效指标体系（一级、二级指标框架）"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.IndicatorTables)
        {
            HashSet<(Level1Kind, string)>? reported = null;
            var rows = t.Indicators;
            for (var k = 0; k < rows.Count; k++)
            {
                var i = rows[k];
                if (i.IsTemplateRow || i.Level1Written == Level1Kind.Unknown || i.Level2 == Level2Kind.Unknown) continue;
                if (Allowed(i.Level1Written, i.Level2)) continue;
                reported ??= [];
                if (!reported.Add((i.Level1Written, i.Level2Text))) continue;
                var proper = LevelKinds.Parent(i.Level2);
                var message = Rule.Format(i.Indicator.Level2?.Trim(), i.Indicator.Level1?.Trim(), LevelKinds.ToChinese(proper));
                // The rows right after the misplaced ones print the proper first level itself (效益指标 on the next page, or in
                // the middle of its merged cell): the first-level cell was most likely cut by a page break and this row's
                // blank part inherited from above. Not certain of the reading, so a warning that says so.
                var cut = FollowedByProperLevel(rows, k, proper);
                context.ReportIndicator(Rule, t, i, "level2",
                    cut ? message + "（未能确定：紧随其后的行印有“" + LevelKinds.ToChinese(proper) + "”，一级指标单元格可能被分页或合并截断，本行的一级指标是按上一行继承读出的，请核对原表）" : message,
                    cut ? Severity.Warning : null,
                    suggestion: $"将“{i.Indicator.Level2?.Trim()}”移至“{LevelKinds.ToChinese(proper)}”下");
            }
        }
    }

    /// <summary>The first row after the run of rows sharing this row's first level prints <paramref name="proper"/> as its own.</summary>
    private static bool FollowedByProperLevel(IReadOnlyList<IndicatorFacts> rows, int k, Level1Kind proper)
    {
        for (var n = k + 1; n < rows.Count; n++)
        {
            if (rows[n].IsTemplateRow) continue;
            var parent = rows[n].Level2 == Level2Kind.Unknown ? Level1Kind.Unknown : LevelKinds.Parent(rows[n].Level2);
            // Still the misplaced run: more rows of the same kind under the same inherited first level.
            if (rows[n].Level1Written == rows[k].Level1Written && parent == proper) continue;
            return rows[n].Level1Written == proper;
        }
        return false;
    }

    private static bool Allowed(Level1Kind level1, Level2Kind level2) => level2 switch
    {
        Level2Kind.Quantity or Level2Kind.Quality or Level2Kind.Timeliness => level1 == Level1Kind.Output,
        Level2Kind.Economic or Level2Kind.Social or Level2Kind.Ecological or Level2Kind.Sustainable => level1 == Level1Kind.Benefit,
        Level2Kind.Satisfaction => level1 is Level1Kind.Satisfaction or Level1Kind.Benefit,
        Level2Kind.Cost => level1 is Level1Kind.Cost or Level1Kind.Output,
        _ => true,
    };
}
