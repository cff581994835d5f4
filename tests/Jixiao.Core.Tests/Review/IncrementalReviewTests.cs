using System.Globalization;
using CsCheck;
using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;
using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Review;

/// <summary>
/// A save reviews only what it can affect (issue 17, must-hold 11): the project-scoped rules on the changed table and
/// the document-wide rules, keeping the other tables' findings. These tests hold that to exactly what a whole review
/// gives — same findings, same order — over the seeds' documents and random single edits, so the speed-up cannot
/// change a result.
/// </summary>
public class IncrementalReviewTests
{
    private static readonly ReviewEngine Engine = ReviewRules.Default;

    private static readonly TargetDocument[] Documents =
    [
        Seed004.Document,
        OtherSeedDocuments.Seed002,
        OtherSeedDocuments.Seed003,
        Build.Document(Seed001.PeopleMediation, Seed001.CommunityCorrection, Seed001.LegalAid, Seed001.Notary),
    ];

    // Texts that make rules fire and go: empty, unreadable, vague, template, a cost as a floor, impossible percentages.
    private static readonly string?[] Values = [null, "", "100", "≥100%", "≤5万元", "≥5万元", "不知道", "xx", "≥95%", "120%", "2024年12月底前", "≥1次", "有所提高", "≤0.5", "≥0", "90%"];
    private static readonly string[] Names = ["成本", "经济成本", "群众满意度", "指标1", "服务对象满意度", "培训人次", "XX", "差错率", "办案数量"];
    private static readonly string?[] Natures = [null, "≥", "≤", "=", "定性"];
    private static readonly string?[] Weights = [null, "10", "20", "50", "100"];
    private static readonly string?[] Bases = [null, "", "计划标准", "历史标准"];
    private static readonly (string, string)[] Levels =
        [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"), ("成本指标", "经济成本指标"), ("产出指标", "成本指标"),
         ("效益指标", "社会效益指标"), ("效益指标", "可持续影响指标"), ("满意度指标", "服务对象满意度指标"), ("", "")];
    private static readonly string[][] Goals = [[], ["目标内容1"], ["XX"], ["完成全年人民调解工作，调解成功率达到95%以上"], ["无"], ["财预〔2021〕101号"]];

    /// <summary>One random edit of one table (0 = the department-wide table, 1…n a project): what a save changes.</summary>
    private sealed record Edit(int Table, int Kind, int Item, int Choice, int Other)
    {
        public override string ToString() => $"表{Table} 修改{Kind} 第{Item}项 选{Choice}/{Other}";
    }

    private static Gen<(int Doc, Edit Edit)> EditGen =>
        Gen.Int[0, Documents.Length - 1].SelectMany(d => Gen.Select(Gen.Int[0, Documents[d].Projects.Count], Gen.Int[0, 12], Gen.Int[0, 40], Gen.Int[0, 40], Gen.Int[0, 40])
            .Select(t => (d, new Edit(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5))));

    private static Indicator Change(Indicator i, Edit e)
    {
        string? Pick(string?[] pool) => pool[e.Choice % pool.Length];
        return (e.Kind % 8) switch
        {
            0 => Value(i, Pick(Values), i.Nature),
            1 => i with { Name = Names[e.Choice % Names.Length] },
            2 => Value(i, i.Value, Pick(Natures)),
            3 => i with { Weight = Pick(Weights) is { } w ? WrittenDecimal.TryParse(w) : null },
            4 => i with { Basis = Pick(Bases) },
            5 => i with { Level1 = Levels[e.Choice % Levels.Length].Item1, Level2 = Levels[e.Choice % Levels.Length].Item2 },
            6 => i with { Description = e.Choice % 2 == 0 ? i.Name : null },
            _ => Value(i with { Name = Names[e.Other % Names.Length] }, Pick(Values), null),
        };
    }

    private static Indicator Value(Indicator i, string? value, string? nature) =>
        i with { Value = value, Nature = nature, Target = value is null ? null : TargetValue.Parse(nature, value) };

    private static IReadOnlyList<Indicator> ChangeIndicators(IReadOnlyList<Indicator> list, Edit e)
    {
        var items = list.ToList();
        switch (e.Kind)
        {
            case 9 when items.Count > 0: // delete one
                items.RemoveAt(e.Item % items.Count);
                break;
            case 10: // add one under a level
                var (l1, l2) = Levels[e.Choice % Levels.Length];
                items.Insert(items.Count == 0 ? 0 : e.Item % (items.Count + 1),
                    Value(new Indicator { Level1 = l1, Level2 = l2, Name = Names[e.Other % Names.Length] }, Values[e.Other % Values.Length], null));
                break;
            case 11 when items.Count > 1: // move one to another place
                var moved = items[e.Item % items.Count];
                items.Remove(moved);
                items.Insert(e.Other % (items.Count + 1), moved);
                break;
            default:
                if (items.Count > 0) items[e.Item % items.Count] = Change(items[e.Item % items.Count], e);
                break;
        }
        return items;
    }

    private static TargetDocument Apply(TargetDocument d, Edit e)
    {
        if (e.Table == 0)
        {
            var overall = d.Overall ?? new OverallTarget();
            return d with { Overall = overall with { Indicators = ChangeIndicators(overall.Indicators, e) } };
        }
        var projects = d.Projects.ToArray();
        var p = projects[e.Table - 1];
        var other = projects[e.Other % projects.Length];
        projects[e.Table - 1] = e.Kind switch
        {
            // Header edits; taking another project's name and budget makes it a repeat (R-CON-008, a document-wide rule).
            8 => p with { Name = e.Choice % 3 == 0 ? other.Name : Names[e.Choice % Names.Length] },
            12 => (e.Choice % 4) switch
            {
                0 => p with { Goals = Goals[e.Other % Goals.Length] },
                1 => p with { Name = other.Name, Budget = other.Budget, Unit = other.Unit },
                2 => p with { Code = $"1303{e.Other:D2}2{e.Choice % 10}P{e.Item:D6}" },
                _ => p with { Budget = p.Budget with { Total = WrittenDecimal.TryParse((e.Other * 1000).ToString(CultureInfo.InvariantCulture)) } },
            },
            _ => p with { Indicators = ChangeIndicators(p.Indicators, e) },
        };
        return d with { Projects = projects };
    }

    [Fact]
    public void Reviewing_the_changed_table_and_the_document_wide_rules_gives_exactly_the_whole_review()
    {
        var incremental = 0;
        var total = 0;
        EditGen.Sample(t =>
        {
            var before = Documents[t.Doc];
            var after = Apply(before, t.Edit);
            var previous = Engine.Review(before);
            var whole = Engine.Review(after);
            var changed = Engine.ReviewChange(before, previous, after, new HashSet<int> { t.Edit.Table });
            Interlocked.Increment(ref total);
            if (Engine.CanReviewChange(before, after)) Interlocked.Increment(ref incremental);
            Assert.Equal(whole, changed);
        }, iter: 600);
        // Most single edits keep the document's facts; the property must be about the table-by-table path, not the fallback.
        Assert.True(incremental > total * 3 / 4, $"只有 {incremental}/{total} 次修改按表审核");
    }

    [Fact]
    public void Chains_of_edits_each_reviewed_from_the_last_stay_equal_to_the_whole_review()
    {
        // A draft is edited many times; every save starts from the findings the last save stored.
        Gen.Select(Gen.Int[0, Documents.Length - 1], Gen.Int[0, 12].Array[6], Gen.Int[0, 40].Array[6], Gen.Int[0, 40].Array[6]).Sample(t =>
        {
            var (doc, kinds, choices, others) = t;
            var model = Documents[doc];
            var findings = Engine.Review(model);
            for (var n = 0; n < kinds.Length; n++)
            {
                var edit = new Edit(1 + (choices[n] + others[n]) % model.Projects.Count, kinds[n], choices[n], others[n], (others[n] + n) % 41);
                var after = Apply(model, edit);
                findings = Engine.ReviewChange(model, findings, after, new HashSet<int> { edit.Table });
                model = after;
            }
            Assert.Equal(Engine.Review(model), findings);
        }, iter: 150);
    }

    [Fact]
    public void Every_table_in_scope_is_the_whole_review()
    {
        foreach (var d in Documents)
        {
            var all = Enumerable.Range(0, d.Projects.Count + 1).ToHashSet();
            Assert.Equal(Engine.Review(d), Engine.ReviewTables(d, all));
        }
    }

    [Fact]
    public void A_project_scoped_rule_reports_only_on_the_tables_in_scope()
    {
        var d = Seed004.Document;
        var findings = Engine.ReviewTables(d, new HashSet<int> { 3 });
        foreach (var f in findings.Where(f => Engine.IsProjectScoped(f.RuleId)))
            Assert.Equal(3, f.Where.Project);
        // The whole review has project-scoped findings on other projects too, so the scope did restrict something.
        Assert.Contains(Engine.Review(d), f => Engine.IsProjectScoped(f.RuleId) && f.Where.Project is not (null or 3));
    }

    [Fact]
    public void A_change_of_a_fact_every_table_reads_is_reviewed_whole()
    {
        // Seed 002 without any basis: one basis typed makes R-VAL-011 apply to every table, so no table-by-table review.
        var seed = OtherSeedDocuments.Seed002;
        var before = seed with { Projects = [.. seed.Projects.Select(p => p with { Indicators = [.. p.Indicators.Select(i => i with { Basis = null })] })] };
        var projects = before.Projects.ToArray();
        projects[0] = projects[0] with { Indicators = [projects[0].Indicators[0] with { Basis = "计划标准" }, .. projects[0].Indicators.Skip(1)] };
        var after = before with { Projects = projects };
        Assert.False(Engine.CanReviewChange(before, after));
        var changed = Engine.ReviewChange(before, Engine.Review(before), after, new HashSet<int> { 1 });
        Assert.Equal(Engine.Review(after), changed);
        Assert.Contains(changed, f => f.RuleId == RuleIds.BasisMissing && f.Where.Project != 1);
    }

    [Fact]
    public void Rules_about_several_projects_are_document_wide()
    {
        // R-CON-008 (a project repeated) and R-CON-006 (a code unlike the others') compare projects; the budget-table,
        // department-wide and disclosure rules read other parts. Everything else looks at one table.
        var documentWide = Engine.Descriptors.Where(r => r.Scope == RuleScope.Document).Select(r => r.Id).ToHashSet();
        Assert.Contains(RuleIds.ProjectRepeated, documentWide);
        Assert.Contains(RuleIds.ProjectCodeMismatch, documentWide);
        Assert.All(Engine.Descriptors.Where(r => r.Family is RuleFamily.BudgetTables or RuleFamily.Department or RuleFamily.Disclosure),
            r => Assert.Equal(RuleScope.Document, r.Scope));
        Assert.All(Engine.Descriptors.Where(r => r.Family is RuleFamily.Values or RuleFamily.Coverage or RuleFamily.Goals),
            r => Assert.Equal(RuleScope.Project, r.Scope));
    }
}
