using System.Text.RegularExpressions;
using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Published;

/// <summary>
/// The layout Jixiao's own Word publisher writes (Publishing/Docx), read back from the .docx extraction: cover
/// (部门名称, YYYY年部门预算绩效目标), 第N部分 headings, 部门整体绩效目标 prose with its funds and indicator tables,
/// one 绩效目标表 per project with its unit and 单位 lines printed as paragraphs above the table, and the
/// 部门预算公开表. The word-table layout cannot read this: it expects the unit lines as table cells, and it does not
/// read the overall funds, the indicator table of the overall target or the disclosure tables (docs/office-formats.md).
/// The layout is read from its content whatever the file format: the .docx and HTML extractions (a cell per line)
/// and the PDF extraction (a row per line) give the same paragraphs and tables (<see cref="WordBlocks"/>).
/// </summary>
public sealed partial class PublishedWordReader : ILayoutReader
{
    public string Name => "published-docx";

    /// <summary>1 when the text starts with the published cover, has a 第N部分 heading of the published layout and one of its tables; else 0.</summary>
    public double Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = text.Lines.Where(l => !l.IsBlank && !l.Text.StartsWith('\t')).Take(3).Select(l => l.Text.Trim()).ToList();
        var cover = paragraphs.Count > 0 && CoverSubtitle().IsMatch(paragraphs[0]) || paragraphs.Count > 1 && CoverSubtitle().IsMatch(paragraphs[1]);
        if (!cover) return 0;
        bool part = false, cells = false;
        foreach (var line in text.Lines)
        {
            if (PartHeading().Match(line.Text) is { Success: true } m && KnownPart(m.Groups[1].Value)) part = true;
            // A table of the published layout, its first label cell in either line form (WordBlocks): alone on a
            // tab-indented line (.docx, HTML) or first on a line of tab-separated cells (PDF).
            else if (TableLabel().IsMatch(line.Text)) cells = true;
            if (part && cells) return 1;
        }
        return 0;
    }

    public TargetDocument Read(SourceText text, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var blocks = WordBlocks.Scan(text.Lines);
        var state = new PublishedWordState();
        var i = 0;
        // Cover: the department's name (may be absent) and the subtitle with the year.
        if (i < blocks.Count && blocks[i] is ParagraphItem first && !CoverSubtitle().IsMatch(first.Text)) { state.DepartmentName = first.Text; i++; }
        if (i < blocks.Count && blocks[i] is ParagraphItem subtitle && CoverSubtitle().Match(subtitle.Text) is { Success: true } cover)
        {
            if (cover.Groups[1].Success) state.FiscalYear = int.Parse(cover.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            i++;
        }
        string part = "";
        for (; i < blocks.Count; i++)
        {
            if (blocks[i] is ParagraphItem p && PartHeading().Match(p.Text) is { Success: true } heading && KnownPart(heading.Groups[1].Value))
            {
                part = heading.Groups[1].Value;
                if (part == OverallPart) state.Overall = new PublishedOverall();
                continue;
            }
            switch (part)
            {
                case OverallPart: state.Overall!.Add(blocks[i]); break;
                case ProjectsPart: state.AddProjectBlock(blocks[i], context); break;
                case TablesPart: state.AddBudgetBlock(blocks[i]); break;
                default:
                    if (blocks[i] is TableItem t) context.Unplace(t.Line, "（表格）", "封面与第一部分之间的表格无法归位");
                    break;
            }
        }
        return state.Build(new DocumentSource(text.FileName, Name));
    }

    private const string OverallPart = "部门整体绩效目标";
    private const string ProjectsPart = "预算项目绩效目标";
    private const string TablesPart = "部门预算公开表";

    private static bool KnownPart(string name) => name is OverallPart or ProjectsPart or TablesPart;

    [GeneratedRegex(@"^(?:([0-9]{4})年)?部门预算绩效目标$")]
    private static partial Regex CoverSubtitle();

    [GeneratedRegex(@"^(?:\t(?:项目编码|一级指标|总体资金情况)|(?:项目编码|一级指标|总体资金情况)\t.*)$")]
    private static partial Regex TableLabel();

    [GeneratedRegex(@"^第[一二三四五六七八九十]部分 (\S+)$")]
    private static partial Regex PartHeading();
}
