using System.Globalization;
using Jixiao.Core.Model;

namespace Jixiao.Data.Limits;

/// <summary>
/// Checks a document read from a file against <see cref="InputLimits"/> before anything is stored: the number of
/// projects, the indicators of each project, and the characters of each name and long text. The first excess is
/// refused with a <see cref="LimitExceededException"/> that names the place, the limit and by how much it is exceeded.
/// </summary>
public sealed class DocumentLimits(InputLimits limits)
{
    public InputLimits Limits { get; } = limits ?? throw new ArgumentNullException(nameof(limits));

    public void Check(TargetDocument model, string fileName)
    {
        ArgumentNullException.ThrowIfNull(model);
        var file = $"文件“{fileName}”";
        if (model.Projects.Count > Limits.MaxProjectsPerDocument)
            throw new LimitExceededException(
                $"{file}含 {model.Projects.Count} 个项目，超过每份文档 {Limits.MaxProjectsPerDocument} 个项目的上限（多 {model.Projects.Count - Limits.MaxProjectsPerDocument} 个），未导入。" +
                $"请按预算单位拆分文件，或请管理员调整 {InputLimits.Section}:{nameof(InputLimits.MaxProjectsPerDocument)}。");
        var indicators = model.Projects.Sum(p => p.Indicators.Count);
        if (indicators > Limits.MaxIndicatorsPerDocument)
            throw new LimitExceededException(
                $"{file}共有 {indicators} 项绩效指标，超过每份文档 {Limits.MaxIndicatorsPerDocument} 项指标的上限（多 {indicators - Limits.MaxIndicatorsPerDocument} 项），未导入。" +
                $"请按预算单位拆分文件，或请管理员调整 {InputLimits.Section}:{nameof(InputLimits.MaxIndicatorsPerDocument)}。");
        for (var p = 0; p < model.Projects.Count; p++)
        {
            var project = model.Projects[p];
            var where = $"{file}第 {p + 1} 个项目“{Short(project.Name)}”";
            if (project.Indicators.Count > Limits.MaxIndicatorsPerProject)
                throw new LimitExceededException(
                    $"{where}有 {project.Indicators.Count} 项指标，超过每个项目 {Limits.MaxIndicatorsPerProject} 项指标的上限（多 {project.Indicators.Count - Limits.MaxIndicatorsPerProject} 项），未导入。" +
                    $"请核对文件，或请管理员调整 {InputLimits.Section}:{nameof(InputLimits.MaxIndicatorsPerProject)}。");
            Name(where, "项目名称", project.Name);
            Name(where, "项目编码", project.Code);
            Name(where, "预算单位", project.Unit?.Name);
            Name(where, "项目类别", project.Category);
            Name(where, "项目负责人", project.Owner);
            Name(where, "联系电话", project.Phone);
            Name(where, "主管部门", project.Supervisor);
            Name(where, "实施单位", project.Implementer);
            Text(where, "项目概况", project.Purpose);
            for (var g = 0; g < project.Goals.Count; g++) Text(where, $"第 {g + 1} 条绩效目标", project.Goals[g]);
            for (var i = 0; i < project.Indicators.Count; i++)
                Indicator($"{where}第 {i + 1} 项指标", project.Indicators[i]);
        }
        if (model.Overall is { } overall)
        {
            var where = $"{file}部门整体绩效目标";
            for (var g = 0; g < overall.Goals.Count; g++) Text(where, $"第 {g + 1} 条目标", overall.Goals[g]);
            for (var m = 0; m < overall.Measures.Count; m++) Text(where, $"第 {m + 1} 条保障措施", overall.Measures[m]);
            for (var i = 0; i < overall.Indicators.Count; i++) Indicator($"{where}第 {i + 1} 项指标", overall.Indicators[i]);
        }
    }

    /// <summary>One indicator's fields, checked the same way for an import and for an edit.</summary>
    public void Indicator(string where, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        Name(where, "一级指标", indicator.Level1);
        Name(where, "二级指标", indicator.Level2);
        Name(where, "三级指标", indicator.Name);
        Name(where, "指标性质", indicator.Nature);
        Name(where, "权重", indicator.Weight?.Text);
        Text(where, "指标值", indicator.Value);
        Text(where, "绩效指标描述", indicator.Description);
        Text(where, "指标值确定依据", indicator.Basis);
    }

    /// <summary>A name-like field (项目名称, 三级指标 …) against <see cref="InputLimits.MaxNameLength"/>.</summary>
    public void Name(string where, string field, string? value) => Length(where, field, value, Limits.MaxNameLength, "名称类字段", nameof(InputLimits.MaxNameLength));

    /// <summary>A long text (指标描述, 退回意见 …) against <see cref="InputLimits.MaxTextLength"/>.</summary>
    public void Text(string where, string field, string? value) => Length(where, field, value, Limits.MaxTextLength, "长文本字段", nameof(InputLimits.MaxTextLength));

    private static void Length(string where, string field, string? value, int max, string kind, string setting)
    {
        if (value is null || value.Length <= max) return;
        throw new LimitExceededException(
            $"{where}的{field}有 {value.Length.ToString(CultureInfo.InvariantCulture)} 个字符，超过{kind} {max} 个字符的上限（多 {value.Length - max} 个），未保存。" +
            $"开头是“{Short(value)}”。请删减，或请管理员调整 {InputLimits.Section}:{setting}。");
    }

    /// <summary>The first characters of a long value, enough to find it in the file.</summary>
    internal static string Short(string? value) =>
        value is null ? "" : value.Length <= 20 ? value : string.Concat(value.AsSpan(0, 20), "…");
}
