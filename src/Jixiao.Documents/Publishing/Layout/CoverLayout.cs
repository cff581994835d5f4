using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Layout;

/// <summary>
/// 封面: the department's name and <c>YYYY年部门预算绩效目标</c>, as the Word writer prints them (the published-docx
/// layout reader takes the department and year from these two lines, the department code from the unit lines).
/// </summary>
internal static class CoverLayout
{
    public static void Add(List<LayoutBlock> blocks, TargetDocument document)
    {
        if (document.Department is { } department)
            blocks.Add(new TextBlock(TextRole.CoverTitle, department.Name));
        blocks.Add(new TextBlock(TextRole.CoverSubtitle, Subtitle(document.FiscalYear)));
    }

    public static string Subtitle(int? fiscalYear) =>
        fiscalYear is { } year ? $"{year}年部门预算绩效目标" : "部门预算绩效目标";

    public static string Title(TargetDocument document) =>
        document.Department is { } d ? d.Name + Subtitle(document.FiscalYear) : Subtitle(document.FiscalYear);
}
