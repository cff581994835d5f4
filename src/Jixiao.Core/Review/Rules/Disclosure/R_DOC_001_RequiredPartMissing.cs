using Jixiao.Core.Model;
using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review.Analysis;
using Jixiao.Core.Review.Profiles.Jurisdictions;

namespace Jixiao.Core.Review.Rules.Disclosure;

/// <summary>
/// R-DOC-001: a required table or part of the text is missing. Which tables are required is the jurisdiction's own set
/// (<see cref="JurisdictionProfile.Tables"/>, docs/jurisdiction-profiles.md): a table counts as present when a table of its
/// kind was read (title and headers, <see cref="BudgetTableKinds"/>) or when a read title or a title printed on its own
/// line names it (the profile's synonyms), in this file or in a companion file of the same disclosure. Parts of the text
/// are recognised by their headings; a part named in a table's title (“三公”经费和机关运行经费预算表) counts as present.
/// <para>
/// Severity follows how certain the set is: an error only where the jurisdiction's set is known (its profile lists the
/// tables, read from its documents) and the document is a budget (not a 决算). With no profile, a profile whose set is
/// not recorded, or a 决算, the ministry's nine tables (143号) are assumed and a missing one is a warning that says so.
/// A file with no table at all gets one warning (its tables may be a companion file, as 北京 publishes them, or the
/// reading failed); a file that says a companion holds its tables gets warnings, not errors.
/// </para>
/// </summary>
public sealed partial class R_DOC_001_RequiredPartMissing(IReadOnlyList<DisclosurePart>? required = null) : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.RequiredPartMissing, RuleFamily.Disclosure, Severity.Error,
        "预算公开内容缺项",
        "预算公开文档缺少{0}",
        RuleSources.Clause(RuleSources.Doc143, "部门预算公开的内容（公开表及情况说明）"));

    /// <summary>A set passed by the caller (a test, a tool): used as known, instead of the jurisdiction's.</summary>
    private readonly IReadOnlyList<DisclosurePart>? _required = required;

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        if (context.Document.Disclosure is not { } disclosure) return;
        var all = new List<TargetDocument> { context.Document };
        all.AddRange(context.Companions);
        var finalAccounts = IsFinalAccounts(disclosure);
        var (tables, sectionParts, certain, assumed) = ExpectedSet(context.Jurisdiction, finalAccounts, context.Document.FiscalYear);

        var kinds = new HashSet<BudgetTableKind>();
        var titles = new List<string>();
        var sections = new HashSet<DisclosureSectionKind>();
        foreach (var d in all)
        {
            foreach (var t in d.BudgetTables)
            {
                kinds.Add(BudgetTableKinds.FromTitle(ReviewText.Normalize(t.Title)));
                titles.Add(t.Title);
                if (t.Title.Contains("机关运行经费", StringComparison.Ordinal)) sections.Add(DisclosureSectionKind.OfficeRunningCosts);
                if (t.Title.Contains("政府采购", StringComparison.Ordinal)) sections.Add(DisclosureSectionKind.Procurement);
                if (t.Title.Contains("资产", StringComparison.Ordinal)) sections.Add(DisclosureSectionKind.StateAssets);
            }
            if (d.Disclosure is { } text)
            {
                titles.AddRange(text.PrintedTitles.Select(p => p.Text));
                foreach (var s in text.Sections) sections.Add(s.Kind);
            }
        }
        kinds.Remove(BudgetTableKind.Other);
        var noExplanation = !sections.Contains(DisclosureSectionKind.Explanation);
        var companionStatement = disclosure.Paragraphs.Select(x => x.Text.Trim()).FirstOrDefault(IsCompanionTables);
        var tablesAttachment = context.Companions.Count == 0 ? TablesAttachmentCover(disclosure) : null;

        // No table read or printed anywhere: either the tables are published as a companion file (北京: “附件：…部门预算报表”)
        // or the reading failed. Neither is a certain omission: one warning that says which, not one per table.
        var noTables = all.All(d => d.BudgetTables.Count == 0) && !tables.Any(t => titles.Any(t.IsNamedBy));
        if (noTables)
        {
            context.Report(Rule, FindingLocation.ForDocument("tables"),
                companionStatement is not null
                    ? Rule.Format($"公开表（本文件未含任何公开表；文中称“{companionStatement}”，应与该附件一并审核：jixiao check 本文件 --with 附件）")
                    : Rule.Format("全部公开表（本文件中未能读出任何公开表，可能是读取失败或公开表另行发布，请人工核对）"),
                FindingFingerprint.Content("tables", companionStatement ?? ""), Severity.Warning,
                suggestion: "与公开表所在文件一并审核；确未公开的，补充公开");
        }
        else
        {
            foreach (var table in tables)
            {
                if ((table.Kind is { } kind && kinds.Contains(kind)) || titles.Any(table.IsNamedBy)) continue;
                var why = !certain ? $"；{assumed}"
                    : companionStatement is not null ? $"；文中称“{companionStatement}”，请与该附件一并核对"
                    : $"；{context.Jurisdiction!.Describe()}";
                context.Report(Rule, FindingLocation.ForDocument("tables"), Rule.Format($"“{table.Name}”（按表名和表结构均未找到{why}）"),
                    FindingFingerprint.Content("table", table.Name), certain && companionStatement is null ? null : Severity.Warning,
                    suggestion: $"补充公开“{table.Name}”；确无数据的，空表列示并注明");
            }
        }
        foreach (var part in sectionParts)
        {
            if (part.Section is not { } section || sections.Contains(section)) continue;
            if (noExplanation && section != DisclosureSectionKind.Explanation) continue;
            // A file whose own cover says it is the tables' attachment (附件2 / 2019年部门综合预算公开报表) publishes its
            // explanation as another attachment: missing here is expected, not an omission, unless the other file is given.
            var attachment = tablesAttachment is not null && section == DisclosureSectionKind.Explanation;
            context.Report(Rule, FindingLocation.ForDocument("text"),
                Rule.Format(finalAccounts ? $"“{part.Name}”的说明（本文件是部门决算，按预算公开的说明内容核对，请人工确认）"
                    : attachment ? $"“{part.Name}”（本文件封面为“{tablesAttachment}”，是公开报表附件，情况说明应另为附件发布；请与之一并审核：jixiao check 本文件 --with 情况说明文件）"
                    : $"“{part.Name}”的说明"),
                FindingFingerprint.Content("section", part.Name), finalAccounts || attachment ? Severity.Warning : null,
                suggestion: $"在情况说明中补充“{part.Name}”；没有的，写明“无”");
        }
    }

    /// <summary>
    /// The tables and text parts expected, whether the set is certain, and, when it is not, the sentence that says which
    /// set was assumed and why.
    /// </summary>
    private (IReadOnlyList<ExpectedTable> Tables, IReadOnlyList<DisclosurePart> Sections, bool Certain, string Assumed) ExpectedSet(
        JurisdictionMatch? jurisdiction, bool finalAccounts, int? fiscalYear)
    {
        if (_required is not null)
            return (_required.Where(p => p.Table is not null).Select(p => new ExpectedTable(p.Name, p.Table, [p.Name])).ToArray(),
                _required.Where(p => p.Section is not null).ToArray(), true, "");
        var sections = DisclosurePart.Standard.Where(p => p.Section is not null).ToArray();
        var standard = DisclosurePart.Standard.Where(p => p.Table is not null).Select(p => new ExpectedTable(p.Name, p.Table, [p.Name])).ToArray();
        if (finalAccounts)
            return (standard, sections, false, "本文件是部门决算，决算公开表清单未收录，按预算公开的九张表（财政部143号文）核对，请人工确认");
        if (jurisdiction is null)
            return (standard, sections, false, "未能从文中认出所属地区，按财政部143号文的九张表核对，请人工确认");
        if (jurisdiction.Profile.Tables is not { } tables)
            return (standard, sections, false, $"{jurisdiction.Profile.Name}的公开表清单未收录（{jurisdiction.Evidence}），按财政部143号文的九张表核对，请人工确认");
        if (!jurisdiction.Profile.TablesApplyTo(fiscalYear))
            return (tables, sections, false,
                $"{jurisdiction.Profile.Name}的公开表清单读自{jurisdiction.Profile.TablesFrom}年起的文件，{(fiscalYear is { } y ? $"{y}年" : "本文件年度")}的清单未收录（各年表目有调整），按{jurisdiction.Profile.TablesFrom}年起的清单核对，请人工确认");
        return (tables, sections, true, "");
    }

    /// <summary>部门决算 / 单位决算: the title says so, or a short line among the first paragraphs does (2019 年…局 部门决算).</summary>
    internal static bool IsFinalAccounts(DisclosureText text)
    {
        if (text.Title is { } title) return title.Contains("决算", StringComparison.Ordinal);
        return text.Paragraphs.Take(10).Any(p => p.Text.Length <= 40 && p.Text.Contains("决算", StringComparison.Ordinal) && !p.Text.Contains("预算", StringComparison.Ordinal));
    }

    /// <summary>
    /// The cover of a file that is itself the tables' attachment: among its first lines an attachment mark (附件2, 附件二：)
    /// followed, on the same line or the next, by a title naming 报表 / 公开表 / 预算表. Null when the cover says no such thing.
    /// </summary>
    public static string? TablesAttachmentCover(DisclosureText text)
    {
        var lines = text.Paragraphs.Take(6).Select(p => p.Text.Trim()).Where(t => t.Length > 0).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var mark = AttachmentMark().Match(lines[i]);
            if (!mark.Success) continue;
            var rest = lines[i][mark.Length..].Trim();
            var title = rest.Length > 0 ? rest : i + 1 < lines.Count ? lines[i + 1] : text.Title ?? "";
            return title.Length <= 60 && NamesTables(title) ? $"{mark.Value.Trim().TrimEnd('：', ':')} {title}" : null;
        }
        return null;
    }

    private static bool NamesTables(string text) =>
        text.Contains("报表", StringComparison.Ordinal) || text.Contains("公开表", StringComparison.Ordinal) || text.Contains("预算表", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"^附件\s*[0-9一二三四五六七八九十]+\s*[：:]?")]
    private static partial System.Text.RegularExpressions.Regex AttachmentMark();

    /// <summary>A line naming an attachment that holds the tables: 附件：…预算报表 / 附件：…公开表.</summary>
    internal static bool IsCompanionTables(string text) =>
        text.Length <= 80 && text.Contains("附件", StringComparison.Ordinal)
        && (text.Contains("报表", StringComparison.Ordinal) || text.Contains("公开表", StringComparison.Ordinal) || text.Contains("预算表", StringComparison.Ordinal));
}
