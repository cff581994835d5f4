namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>The labelled cells at the head of a 项目绩效目标表 and what each one fills.</summary>
internal enum ProjectField
{
    /// <summary>A label that only groups others (资金情况, 总体目标).</summary>
    Group,
    /// <summary>项目名称</summary>
    Name,
    /// <summary>项目负责人及电话</summary>
    Contact,
    /// <summary>联系电话</summary>
    Phone,
    /// <summary>主管部门</summary>
    Supervisor,
    /// <summary>实施单位</summary>
    Implementer,
    /// <summary>年度资金总额</summary>
    Total,
    /// <summary>其中：财政拨款</summary>
    Fiscal,
    /// <summary>其他资金</summary>
    Other,
    /// <summary>年度目标: the goal text follows, in this row or in the rows below.</summary>
    Goals,
}

internal static class ProjectFields
{
    private static readonly Dictionary<string, ProjectField> Labels = new(StringComparer.Ordinal)
    {
        ["项目名称"] = ProjectField.Name,
        ["项目负责人及电话"] = ProjectField.Contact,
        ["项目负责人及联系电话"] = ProjectField.Contact,
        ["项目负责人"] = ProjectField.Contact,
        ["联系电话"] = ProjectField.Phone,
        ["主管部门"] = ProjectField.Supervisor,
        ["实施单位"] = ProjectField.Implementer,
        ["资金情况"] = ProjectField.Group,
        ["年度资金总额"] = ProjectField.Total,
        ["资金总额"] = ProjectField.Total,
        ["财政拨款"] = ProjectField.Fiscal,
        ["其他资金"] = ProjectField.Other,
        ["总体目标"] = ProjectField.Group,
        ["年度目标"] = ProjectField.Goals,
    };

    public static bool TryGet(string cell, out ProjectField field)
    {
        if (cell.Length > 16) { field = default; return false; }
        return Labels.TryGetValue(cell, out field) || Labels.TryGetValue(SheetLabel.Key(cell), out field);
    }
}
