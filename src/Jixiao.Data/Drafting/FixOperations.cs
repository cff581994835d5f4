using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Fixes;
using Jixiao.Data.Mapping;

namespace Jixiao.Data.Drafting;

/// <summary>
/// 一键修正 as a pure function of the model: the draft is reviewed again, the finding (rule + fingerprint) is looked up
/// in that review and its typed <see cref="FindingFix"/> is applied to the indicator it names — so what is applied is
/// what the rule says about the document as it is now, never a stale copy or a parse of the message. The indicator
/// must be the guarded one (a project indicator's row version, or the department-wide part's), and its field must still
/// read <see cref="FindingFix.From"/>.
/// </summary>
internal static class FixOperations
{
    public static DraftChange Apply(DraftState s, string ruleId, string fingerprint)
    {
        var finding = ReviewRules.Default.Review(s.Model)
            .FirstOrDefault(f => f.RuleId == ruleId && f.Fingerprint == fingerprint && f.Fix is not null);
        if (finding?.Fix is not { IndicatorKey: { } key } fix)
            throw new JixiaoException($"这条审核意见（{ruleId}）没有可以一键应用的修正：请按建议手工修改。");

        if (s.IndicatorKey is not null)
        {
            // A project indicator: the same operation as typing the new text into the cell.
            if (key != s.IndicatorKey) throw Moved();
            var (p, i) = Locate(s.Model, key);
            Check(s.Model.Projects[p].Indicators[i], fix);
            var change = IndicatorOperations.Update(s, EditOf(fix));
            return change with { Audit = Relabel(change.Audit, finding) };
        }
        var overall = s.Model.Overall ?? throw Moved();
        var at = OverallOperations.IndexOf(overall, key);
        Check(overall.Indicators[at], fix);
        var result = OverallOperations.UpdateIndicator(s, key, EditOf(fix));
        return result with { Audit = Relabel(result.Audit, finding) };
    }

    private static IndicatorEdit EditOf(FindingFix fix) => fix.Field == FindingFix.NatureField
        ? new IndicatorEdit(Nature: fix.To)
        : new IndicatorEdit(Value: fix.To);

    private static void Check(Indicator indicator, FindingFix fix)
    {
        var now = fix.Field == FindingFix.NatureField ? indicator.Nature : indicator.Value;
        if (!string.Equals(now, fix.From, StringComparison.Ordinal)) throw Moved();
    }

    /// <summary>The audit says it was a one-click fix and of which finding (rule), not a hand edit.</summary>
    private static AuditLine[] Relabel(IReadOnlyList<AuditLine> lines, Finding finding) =>
        lines.Select(l => l with { Action = "一键修正", Field = $"{l.Field}（{finding.RuleId}）" }).ToArray();

    private static (int Project, int Indicator) Locate(TargetDocument model, string key)
    {
        for (var p = 0; p < model.Projects.Count; p++)
            for (var i = 0; i < model.Projects[p].Indicators.Count; i++)
                if (model.Projects[p].Indicators[i].Key == key) return (p, i);
        throw Moved();
    }

    private static ConcurrencyConflictException Moved() =>
        new("该审核意见所指的内容已被修改，修正未应用。请刷新后查看最新的审核意见。");
}
