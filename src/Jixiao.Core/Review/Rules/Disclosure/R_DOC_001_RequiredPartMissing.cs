using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Disclosure;

/// <summary>
/// R-DOC-001: a required table or part of the text is missing. Tables are recognised by kind (their title read by
/// the ministry's names and the provinces' variants, <see cref="BudgetTableKinds"/>), parts of the text by their
/// headings; a part named in a table's title (“三公”经费和机关运行经费预算表) counts as present. A file with no
/// explanation at all (tables published without their 情况说明) gets one finding for the explanation, not one per part
/// of it. Runs only on documents that are budget disclosures. The set is configurable: pass a jurisdiction's own.
/// </summary>
public sealed class R_DOC_001_RequiredPartMissing(IReadOnlyList<DisclosurePart>? required = null) : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.RequiredPartMissing, RuleFamily.Disclosure, Severity.Error,
        "预算公开内容缺项",
        "预算公开文档缺少{0}",
        RuleSources.Clause(RuleSources.Doc143, "部门预算公开的内容（公开表及情况说明）"));

    private readonly IReadOnlyList<DisclosurePart> _required = required ?? DisclosurePart.Standard;

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        if (context.Document.Disclosure is not { } disclosure) return;
        var kinds = context.BudgetTables.Select(t => t.Kind).ToHashSet();
        var sections = disclosure.Sections.Select(s => s.Kind).ToHashSet();
        foreach (var t in context.BudgetTables)
        {
            if (t.Title.Contains("机关运行经费", StringComparison.Ordinal)) sections.Add(DisclosureSectionKind.OfficeRunningCosts);
            if (t.Title.Contains("政府采购", StringComparison.Ordinal)) sections.Add(DisclosureSectionKind.Procurement);
            if (t.Title.Contains("资产", StringComparison.Ordinal)) sections.Add(DisclosureSectionKind.StateAssets);
        }
        var noExplanation = !sections.Contains(DisclosureSectionKind.Explanation);
        // No table read at all: either the tables are published as a companion file (北京: “附件：…部门预算报表”) or the
        // reading failed. Neither is a certain omission: one warning that says which, not one error per table.
        var noTables = context.BudgetTables.Count == 0;
        if (noTables)
        {
            var companion = disclosure.Paragraphs.Select(x => x.Text.Trim()).FirstOrDefault(IsCompanionTables);
            context.Report(Rule, FindingLocation.ForDocument("tables"),
                companion is not null
                    ? Rule.Format($"公开表（本文件未含任何公开表；文中称“{companion}”，应与该附件一并审核）")
                    : Rule.Format("全部公开表（本文件中未能读出任何公开表，可能是读取失败或公开表另行发布，请人工核对）"),
                FindingFingerprint.Content("tables", companion ?? ""), Severity.Warning,
                suggestion: "与公开表所在文件一并审核；确未公开的，补充公开");
        }
        foreach (var part in _required)
        {
            if (part.Table is { } kind && !kinds.Contains(kind) && !noTables)
                context.Report(Rule, FindingLocation.ForDocument("tables"), Rule.Format($"“{part.Name}”（按表名和表结构均未找到）"),
                    FindingFingerprint.Content("table", part.Name), suggestion: $"补充公开“{part.Name}”；确无数据的，空表列示并注明");
            if (part.Section is not { } section || sections.Contains(section)) continue;
            if (noExplanation && section != DisclosureSectionKind.Explanation) continue;
            context.Report(Rule, FindingLocation.ForDocument("text"), Rule.Format($"“{part.Name}”的说明"),
                FindingFingerprint.Content("section", part.Name), suggestion: $"在情况说明中补充“{part.Name}”；没有的，写明“无”");
        }
    }

    /// <summary>A line naming an attachment that holds the tables: 附件：…预算报表 / 附件：…公开表.</summary>
    internal static bool IsCompanionTables(string text) =>
        text.Length <= 80 && text.Contains("附件", StringComparison.Ordinal)
        && (text.Contains("报表", StringComparison.Ordinal) || text.Contains("公开表", StringComparison.Ordinal) || text.Contains("预算表", StringComparison.Ordinal));
}
