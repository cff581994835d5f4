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
        foreach (var part in _required)
        {
            if (part.Table is { } kind && !kinds.Contains(kind))
                context.Report(Rule, FindingLocation.ForDocument("tables"), Rule.Format($"“{part.Name}”（按表名和表结构均未找到）"),
                    FindingFingerprint.Content("table", part.Name), suggestion: $"补充公开“{part.Name}”；确无数据的，空表列示并注明");
            if (part.Section is not { } section || sections.Contains(section)) continue;
            if (noExplanation && section != DisclosureSectionKind.Explanation) continue;
            context.Report(Rule, FindingLocation.ForDocument("text"), Rule.Format($"“{part.Name}”的说明"),
                FindingFingerprint.Content("section", part.Name), suggestion: $"在情况说明中补充“{part.Name}”；没有的，写明“无”");
        }
    }
}
