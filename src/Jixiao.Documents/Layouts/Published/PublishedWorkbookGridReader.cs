using System.Text.RegularExpressions;
using Jixiao.Core.Model;
using Jixiao.Documents.Publishing.Layout;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Published;

/// <summary>
/// 本系统导出的正式表样 Excel 工作簿（<see cref="WorkbookLayout"/>），从中性模型读回（issue 20 第 6 项）：
/// xlsx 的合并区已降为中性表格的跨度（Sources/Office/XlsxSheetGrid），<see cref="GridBlocks"/> 把段落和表格交给
/// 读 Word 版式的同一套读取者（<see cref="PublishedWordState"/>：项目表、整体目标、公开表），所以 Excel、Word、
/// PDF、HTML 读回的是同一张表。工作表代替了“第N部分”：“部门整体绩效目标”“N.项目名称绩效目标表”“部门预算公开表”
/// 三种首行把其后的块归到整体目标、项目或公开表。按内容认出（封面的 YYYY年部门预算绩效目标 和这些首行），不看文件格式。
/// </summary>
public sealed partial class PublishedWorkbookGridReader : ILayoutReader
{
    public string Name => "published-xlsx";

    /// <summary>1 when the neutral model starts with the published cover and has a sheet of the workbook; else 0.</summary>
    public double Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Grid is not { } grid) return 0;
        var firsts = GridBlocks.Of(new Grid.GridDocument(grid.FileName, grid.FormatName, [.. grid.Blocks.Take(3)]), text)
            .OfType<ParagraphItem>().Select(p => p.Text).ToList();
        if (!firsts.Any(t => CoverSubtitle().IsMatch(t))) return 0;
        foreach (var block in grid.Blocks)
            if (block is Grid.GridParagraph p && IsSheetTitle(p.Text.Trim())) return 1;
        return 0;
    }

    public TargetDocument Read(SourceText text, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var blocks = GridBlocks.Of(text.Grid!, text);
        var state = new PublishedWordState();
        string? departmentCode = null;
        var i = 0;
        // 封面: the department's name (may be absent), the subtitle with the year, the department's code.
        if (i < blocks.Count && blocks[i] is ParagraphItem first && !CoverSubtitle().IsMatch(first.Text)) { state.DepartmentName = first.Text; i++; }
        if (i < blocks.Count && blocks[i] is ParagraphItem subtitle && CoverSubtitle().Match(subtitle.Text) is { Success: true } cover)
        {
            if (cover.Groups[1].Success) state.FiscalYear = int.Parse(cover.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            i++;
        }
        if (i < blocks.Count && blocks[i] is ParagraphItem code && code.Text.StartsWith(WorkbookLayout.DepartmentCodePrefix, StringComparison.Ordinal))
        {
            departmentCode = code.Text[WorkbookLayout.DepartmentCodePrefix.Length..];
            i++;
        }
        var part = "";
        for (; i < blocks.Count; i++)
        {
            if (blocks[i] is ParagraphItem p)
            {
                if (p.Text == WorkbookLayout.OverallTitle) { part = p.Text; state.Overall = new PublishedOverall(); continue; }
                if (p.Text == WorkbookLayout.BudgetTablesTitle) { part = p.Text; continue; }
                if (PublishedWordState.IsProjectHeading(p.Text)) part = ProjectsPart;
            }
            switch (part)
            {
                case WorkbookLayout.OverallTitle: state.Overall!.Add(blocks[i]); break;
                case ProjectsPart: state.AddProjectBlock(blocks[i], context); break;
                case WorkbookLayout.BudgetTablesTitle: state.AddBudgetBlock(blocks[i]); break;
                default:
                    context.Unplace(blocks[i].Line, blocks[i] is ParagraphItem text1 ? text1.Text : "（表格）", "不在封面、整体目标、项目表或公开表之内");
                    break;
            }
        }
        var document = state.Build(new DocumentSource(text.FileName, Name));
        return departmentCode is not null && document.Department is { } department
            ? document with { Department = department with { Code = departmentCode } }
            : document;
    }

    private const string ProjectsPart = "项目";

    private static bool IsSheetTitle(string text) =>
        text is WorkbookLayout.OverallTitle or WorkbookLayout.BudgetTablesTitle || PublishedWordState.IsProjectHeading(text);

    [GeneratedRegex(@"^(?:([0-9]{4})年)?部门预算绩效目标$")]
    private static partial Regex CoverSubtitle();
}
