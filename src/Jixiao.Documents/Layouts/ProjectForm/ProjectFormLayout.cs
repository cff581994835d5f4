using Jixiao.Documents.Layouts.Disclosure;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.LabelledTables;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.ProjectForm;

/// <summary>
/// The "project-form" layout: one ruled 绩效目标表 form per project (项目名称, 主管部门, 实施单位, 项目资金, 总体目标 or
/// 年度目标, then 一级/二级/三级指标 and 指标值), as 山东 (烟台: the word 绩效指标 leads every indicator row) and 福建
/// (福州: a 绩效目标指标 label merged down the left, names wrapped inside their cells) publish them in PDF.
/// The 部门预算公开 tables printed before the forms are left to the disclosure layouts: read with these forms' rules
/// they would give wrong totals. See docs/real-documents.md.
/// </summary>
public sealed class ProjectFormLayout : ILayoutReader
{
    public const string LayoutName = "project-form";

    public string Name => LayoutName;

    public double Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ProjectFormDetector.Score(text);
    }

    public TargetDocument Read(SourceText text, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var drafts = ProjectFormReader.Read(text.Lines, context);
        var documentUnit = drafts.Select(d => d.Unit).FirstOrDefault(u => u is not null)
            ?? text.Lines.Select(l => DocumentFacts.UnitIn(l.Text)).FirstOrDefault(u => u is not null);
        return new TargetDocument
        {
            Source = new DocumentSource(text.FileName, Name),
            Department = SupervisingDepartment(drafts),
            FiscalYear = DocumentFacts.FiscalYear(text.Lines),
            // Disclosure parts printed in the same file (预算公开表, 情况说明) are read by the shared readers.
            Disclosure = DisclosureReader.Read(text, DocumentFacts.FiscalYear(text.Lines)),
            BudgetTables = BudgetTableReader.Read(text.Lines, context),
            MoneyUnit = documentUnit,
            Projects = drafts.Select(d => d.Build(documentUnit)).ToList(),
        };
    }

    /// <summary>The department is the 主管部门 most forms name (225_烟台市司法局 → code 225).</summary>
    private static Department? SupervisingDepartment(IReadOnlyList<ProjectDraft> drafts)
    {
        var most = drafts.Where(d => d.Supervisor is not null).GroupBy(d => d.Supervisor!)
            .OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        if (most is null) return null;
        var (code, name) = CodedName.Split(most, 1);
        return new Department(code, name);
    }
}
