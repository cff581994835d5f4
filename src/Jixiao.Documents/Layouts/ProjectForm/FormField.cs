using Jixiao.Documents.Vocabulary;

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

/// <summary>Recognises the label cells of <see cref="FormField"/>s through the shared vocabulary, whatever spacing or colon the form prints.</summary>
internal static class FormFieldLabel
{
    public static FormField? Recognize(string cell) =>
        HeaderVocabulary.Default.FormLabel(cell) is { } label && Enum.TryParse<FormField>(label, out var field) ? field : null;
}
