using Jixiao.Documents.Layouts.Disclosure;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.LabelledTables;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.WideProjectTable;

/// <summary>
/// The "wide-project-table" layout: a department's budget tables (北京 预算01表…) whose 项目支出绩效目标表 lists all
/// projects in one table — 项目名称 (编码-名称), 项目总额, 财政资金, 其他资金, 绩效目标 merged down each project's rows,
/// then one row per indicator with 一级/二级/三级指标, 绩效指标性质, 指标值 and 绩效度量单位 — and whose
/// 部门整体支出绩效目标表 gives the department-wide target. The 部门预算 tables (预算01表–预算11表) are left to the
/// disclosure layouts. See docs/real-documents.md.
/// </summary>
public sealed class WideProjectTableLayout : ILayoutReader
{
    public const string LayoutName = "wide-project-table";

    public string Name => LayoutName;

    public double Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WideProjectTableDetector.Score(text);
    }

    public TargetDocument Read(SourceText text, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var unit = text.Lines.Select(l => DocumentFacts.UnitIn(l.Text)).FirstOrDefault(u => u is not null);
        var drafts = WideTableReader.Read(text, context);
        var (department, overall) = OverallTargetTableReader.Read(text.Lines, context);
        return new TargetDocument
        {
            Source = new DocumentSource(text.FileName, Name),
            Department = department,
            FiscalYear = DocumentFacts.FiscalYear(text.Lines),
            // Disclosure parts printed in the same file (预算公开表, 情况说明) are read by the shared readers.
            Disclosure = DisclosureReader.Read(text, DocumentFacts.FiscalYear(text.Lines)),
            BudgetTables = BudgetTableReader.Read(text.Lines, context),
            MoneyUnit = unit,
            Overall = overall,
            Projects = drafts.Select(d => d.Build(unit)).ToList(),
        };
    }
}
