using Jixiao.Documents.Layouts.LabelledTables;

namespace Jixiao.Documents.Layouts.ProjectForm;

/// <summary>The labelled fields of a per-project 绩效目标表 form, each printed as a label cell followed by its value cell.</summary>
internal enum FormField
{
    /// <summary>项目名称: starts a new project.</summary>
    ProjectName,
    /// <summary>主管部门 / 主管部门及代码.</summary>
    Supervisor,
    /// <summary>实施单位.</summary>
    Implementer,
    /// <summary>年度预算资金总额 / 资金总额.</summary>
    Total,
    /// <summary>其中：财政拨款.</summary>
    Fiscal,
    /// <summary>其他资金.</summary>
    Other,
    /// <summary>总体目标 / 年度目标 / 绩效目标.</summary>
    Goals,
}

/// <summary>Recognises the label cells of <see cref="FormField"/>s, whatever spacing or colon the form prints.</summary>
internal static class FormFieldLabel
{
    public static FormField? Recognize(string cell)
    {
        var n = CellLabel.Normalize(cell);
        if (n.Length == 0 || n.Length > 14) return null;
        return n switch
        {
            "项目名称" => FormField.ProjectName,
            "主管部门" or "主管部门及代码" or "主管单位" or "主管部门名称" => FormField.Supervisor,
            "实施单位" or "项目实施单位" or "实施单位名称" => FormField.Implementer,
            "总体目标" or "年度目标" or "绩效目标" or "年度绩效目标" or "年度总体目标" or "项目绩效目标" => FormField.Goals,
            _ when n.Contains("其他资金", StringComparison.Ordinal) => FormField.Other,
            _ when n.Contains("财政拨款", StringComparison.Ordinal) || n.Contains("财政资金", StringComparison.Ordinal) => FormField.Fiscal,
            _ when n.EndsWith("资金总额", StringComparison.Ordinal) || n.EndsWith("预算总额", StringComparison.Ordinal) || n == "预算数" => FormField.Total,
            _ => null,
        };
    }
}
