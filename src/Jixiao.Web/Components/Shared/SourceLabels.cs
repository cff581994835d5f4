namespace Jixiao.Web.Components.Shared;

/// <summary>
/// 来源文件的版式和格式在界面上的中文名称。读取器的版式代号（word-table、pdf-text…）是程序内部的名字，
/// 财务人员看不懂，页面上只显示这里的说法；新版式未登记时显示“其他版式”，不露代号。
/// </summary>
public static class SourceLabels
{
    private static readonly Dictionary<string, string> Layouts = new(StringComparer.Ordinal)
    {
        ["word-table"] = "Word 表格（每个项目一张绩效目标表）",
        ["pdf-text"] = "PDF 绩效目标表",
        ["spreadsheet"] = "Excel 绩效目标表",
        ["project-form"] = "项目绩效目标申报表（每个项目一页）",
        ["wide-project-table"] = "项目绩效目标汇总表（全部项目一张表）",
        ["budget-disclosure"] = "部门预算公开文件（无项目绩效目标表）",
        ["table-structure"] = "按表格结构读取的项目绩效目标表",
        ["published-docx"] = "本系统导出的 Word 文件",
        ["published-xlsx"] = "本系统导出的 Excel 文件",
    };

    private static readonly Dictionary<string, string> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["docx"] = "Word 文档（.docx）",
        ["xlsx"] = "Excel 工作簿（.xlsx）",
        ["pdf"] = "PDF 文件",
        ["html"] = "网页文件",
        ["UTF-8"] = "文本文件（UTF-8 编码）",
        ["UTF-8 (BOM)"] = "文本文件（UTF-8 编码）",
        ["UTF-16LE"] = "文本文件（UTF-16 编码）",
        ["UTF-16BE"] = "文本文件（UTF-16 编码）",
        ["GB18030"] = "文本文件（GB18030/GBK 编码）",
    };

    /// <summary>
    /// 文档从哪里来，一句中文：导入的文件写“来源文件：文件名（版式）”；不是从文件读入的（演示数据、在系统中新建、
    /// 由上一年度结转）说明其来历，不把内部代号（demo、blank、carried）或“其他版式”给用户看。
    /// </summary>
    public static string Origin(Jixiao.Core.Model.DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Layout switch
        {
            "demo" => "来源：系统生成的演示数据（虚构的单位和数字，仅供试用）",
            "blank" => "来源：在系统中新建",
            "carried" => $"来源：{source.File}", // “结转自 2025 年度的……”
            _ => $"来源文件：{source.File}（{Layout(source.Layout)}）",
        };
    }

    /// <summary>版式的中文名称。</summary>
    public static string Layout(string? code) =>
        code is not null && Layouts.TryGetValue(code, out var name) ? name : "其他版式";

    /// <summary>文件格式（文本文件含编码）的中文名称。</summary>
    public static string Format(string? code) =>
        code is not null && Formats.TryGetValue(code, out var name) ? name : "文本文件";
}
