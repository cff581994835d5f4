using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Layout;

/// <summary>
/// 正式表样的 Excel 工作簿（issue 20 第 6 项）：与 Word/PDF/HTML 同一套块，按工作表分开——
/// 封面（部门名称、YYYY年部门预算绩效目标、部门编码）、部门整体绩效目标（有时）、每个项目一张项目绩效目标表、
/// 每张部门预算公开表一张。工作表代替了 Word 的“第N部分”：整体目标表以“部门整体绩效目标”起头，公开表以
/// “部门预算公开表”起头，项目表以“N.项目名称绩效目标表”起头，读回时（<c>Layouts/Published/PublishedWorkbookReader</c>）
/// 靠这几行把块归位。
/// </summary>
public static class WorkbookLayout
{
    /// <summary>整体目标表的首行，也是读回时认出它的标记。</summary>
    public const string OverallTitle = "部门整体绩效目标";

    /// <summary>每张公开表的首行。</summary>
    public const string BudgetTablesTitle = "部门预算公开表";

    /// <summary>封面上部门编码一行的前缀（Word 封面不印编码；工作簿要读回它）。</summary>
    public const string DepartmentCodePrefix = "部门编码：";

    /// <summary>一张工作表：想要的表名、按阅读顺序的块、是否横向打印（宽的公开表）。</summary>
    public sealed record Sheet(string Name, IReadOnlyList<LayoutBlock> Blocks, bool Landscape);

    public static IReadOnlyList<Sheet> From(TargetDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sheets = new List<Sheet>();
        var cover = new List<LayoutBlock>();
        CoverLayout.Add(cover, document);
        if (document.Department?.Code is { Length: > 0 } code) cover.Add(new TextBlock(TextRole.Prose, DepartmentCodePrefix + code));
        sheets.Add(new Sheet("封面", cover, Landscape: false));
        if (document.Overall is { } overall)
        {
            var blocks = new List<LayoutBlock> { new TextBlock(TextRole.PartHeading, OverallTitle) };
            OverallLayout.Add(blocks, document, overall);
            sheets.Add(new Sheet("整体目标", blocks, Landscape: false));
        }
        var digits = document.Projects.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        for (var i = 0; i < document.Projects.Count; i++)
        {
            var blocks = new List<LayoutBlock>();
            ProjectTableLayout.Add(blocks, document, document.Projects[i], i + 1, departmentWhenNoUnit: false);
            var number = (i + 1).ToString("D" + digits.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
            sheets.Add(new Sheet(number + " " + document.Projects[i].Name, blocks, Landscape: false));
        }
        for (var i = 0; i < document.BudgetTables.Count; i++)
        {
            var blocks = new List<LayoutBlock> { new TextBlock(TextRole.PartHeading, BudgetTablesTitle) };
            BudgetTableLayout.Add(blocks, document, document.BudgetTables[i]);
            sheets.Add(new Sheet("表" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + document.BudgetTables[i].Title, blocks, Landscape: true));
        }
        return sheets;
    }
}
