using Jixiao.Core.Model;
using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review.Analysis;
using Jixiao.Core.Review.Classification;

namespace Jixiao.Core.Review.Rules.Disclosure;

/// <summary>
/// R-NUM-002: an item the text names by 科目 (“一般公共服务支出（类）财政事务（款）行政运行（项）”1,623.18万元, or
/// 2080201-行政运行 993.77万元) differs from the table row with that code or name, or its name differs from the code's
/// name in the table. The row is looked for in the 一般公共预算支出表, the 支出总表 and the 收入总表 (in that order); by
/// name, the 类 and 款 the text names must be the row's parents; a name found in several rows that the text does not
/// tell apart is not judged. The amount is compared at the text's precision; the figure agrees if any table agrees.
/// </summary>
public sealed class R_NUM_002_ClassificationItemMismatch : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.ClassificationItemMismatch, RuleFamily.Disclosure, Severity.Error,
        "说明文字中的科目与公开表不一致",
        "说明文字中的科目“{0}”{1}",
        RuleSources.Clause(RuleSources.Doc143, "按功能分类科目说明财政拨款支出，数据应与公开表一致"));

    public RuleDescriptor Descriptor => Rule;

    private static readonly BudgetTableKind[] Order = [BudgetTableKind.GeneralBudgetExpenditure, BudgetTableKind.Expenditure, BudgetTableKind.Income];

    public void Review(ReviewContext context)
    {
        if (context.Document.Disclosure is not { } disclosure) return;
        var rows = Order.SelectMany(k => context.BudgetTables.Where(t => t.Kind == k)).Select(t => ClassificationRow.Of(t)).Where(r => r.Count > 0).ToList();
        if (rows.Count == 0) return;
        foreach (var statement in disclosure.Statements)
        {
            if (statement.Subject != StatementSubject.ClassificationItem || statement.ItemName is null) continue;
            if (ReportOldNames(context, statement, rows) is not { ItemName: not null } s) continue;
            var matches = rows.Select(table => Find(table, s)).Where(m => m is not null).Select(m => m!).ToList();
            if (matches.Count == 0) continue;
            var label = (s.Code is null ? "" : s.Code + " ") + s.ItemName;
            var first = matches[0];
            if (s.Code is not null && !ClassificationRow.SameName(first.Name, s.ItemName))
            {
                context.Report(Rule, FindingLocationOf.Statement(s), Rule.Format(label, $"的名称与“{first.Table.Table.Title}”中科目{first.Code}的名称“{first.Name}”不一致"),
                    FindingFingerprint.Content("name", s.Code, s.ItemName, first.Name), expected: first.Name, actual: s.ItemName,
                    suggestion: "按《政府收支分类科目》核对科目编码与名称");
                continue;
            }
            if (matches.Any(m => m.Total is { } v && StatedFigure.Agrees(s.Amount, s.Unit, v, m.Table.Unit ?? Model.MoneyUnit.TenThousandYuan))) continue;
            if (first.Total is not { } total) continue;
            var unit = first.Table.Unit ?? Model.MoneyUnit.TenThousandYuan;
            var expected = StatedFigure.Format(total, unit, s.Unit, StatedFigure.Decimals(s.Amount));
            var actual = s.Amount.Text + s.Unit.ToChinese();
            context.Report(Rule, FindingLocationOf.Statement(s),
                Rule.Format(label, $"列示{actual}，而“{first.Table.Table.Title}”中{first.Code}{first.Name}合计为{RoundingTolerance.Format(total)}{unit.ToChinese()}（折合{expected}）"),
                FindingFingerprint.Content("amount", s.Code, s.ItemName, s.Amount.Text, first.Code, RoundingTolerance.Format(total)),
                expected: expected, actual: actual, suggestion: "核对说明文字与公开表，改正其中错误的一处");
        }
    }

    /// <summary>
    /// A 科目 the text names by a name the classification has since replaced (210类 医疗卫生与计划生育支出 in a 2019 or
    /// later document) is reported where the document's own table prints the current name under that code, so both the
    /// reading and the rename are certain; the statement is then matched by the current name, so its amount is still
    /// checked and the rename is not reported a second time as a name that differs from the code's.
    /// </summary>
    private static ExplanationStatement ReportOldNames(ReviewContext context, ExplanationStatement s, IReadOnlyList<IReadOnlyList<ClassificationRow>> rows)
    {
        var year = context.Document.FiscalYear;
        var result = s;
        foreach (var (name, replace) in new (string?, Func<ExplanationStatement, string, ExplanationStatement>)[]
                 {
                     (s.ClassName, (x, n) => x with { ClassName = n }),
                     (s.SectionName, (x, n) => x with { SectionName = n }),
                     (s.ItemName, (x, n) => x with { ItemName = n }),
                 })
        {
            if (name is null || RenamedClassifications.OldNameIn(name, year) is not { } renamed) continue;
            var row = rows.SelectMany(t => t).FirstOrDefault(r => r.Code == renamed.Code && ClassificationRow.SameName(r.Name, renamed.CurrentName));
            if (row is null) continue;
            context.Report(Rule, FindingLocationOf.Statement(s),
                Rule.Format(name, $"是已停用的旧名称：自{renamed.Since}年起科目{renamed.Code}名为“{renamed.CurrentName}”，“{row.Table.Table.Title}”也如此列示"),
                FindingFingerprint.Content("renamed", renamed.Code, name), expected: renamed.CurrentName, actual: name,
                suggestion: $"按当年《政府收支分类科目》改用现行名称“{renamed.CurrentName}”（{renamed.Source}）");
            result = replace(result, renamed.CurrentName);
        }
        return result;
    }

    private static ClassificationRow? Find(IReadOnlyList<ClassificationRow> rows, ExplanationStatement s)
    {
        if (s.Code is not null) return rows.FirstOrDefault(r => r.Code == s.Code);
        var candidates = rows.Where(r => r.Code.Length is 5 or 7 && ClassificationRow.SameName(r.Name, s.ItemName!)).ToList();
        if (s.ClassName is not null)
            candidates = candidates.Where(c => ParentIs(rows, c.Code[..3], s.ClassName)).ToList();
        if (s.SectionName is not null && candidates.Any(c => c.Code.Length == 7))
            candidates = candidates.Where(c => c.Code.Length < 7 || ParentIs(rows, c.Code[..5], s.SectionName)).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>The parent row is printed with that name; a parent the table does not print does not rule the row out.</summary>
    private static bool ParentIs(IReadOnlyList<ClassificationRow> rows, string code, string name)
    {
        var parent = rows.FirstOrDefault(r => r.Code == code);
        return parent is null || ClassificationRow.SameName(parent.Name, name);
    }
}
