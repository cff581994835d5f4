using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Jixiao.Data.Limits;

/// <summary>
/// 输入上限（配置节 <c>Jixiao:Limits</c>）：一份文档最多多少个项目、一个项目最多多少项指标、每个字段最多多少个字符、
/// 每个用户同时进行几次导入。超出任何一项都在读取之后、保存之前以中文说明拒绝，什么也不保存。
/// 默认值及其依据见 docs/limits.md：远高于语料中最大的真实文档，又低到一份文档不能拖垮实例。
/// </summary>
public sealed record InputLimits
{
    public const string Section = "Jixiao:Limits";

    /// <summary>一份文档的项目数上限（语料最多 88 个，烟台住建 76 个）。</summary>
    public int MaxProjectsPerDocument { get; init; } = 500;

    /// <summary>一个项目的绩效指标数上限（语料中一个项目最多 246 项：西安某卫生健康专项）。</summary>
    public int MaxIndicatorsPerProject { get; init; } = 1000;

    /// <summary>一份文档全部项目的绩效指标总数上限（语料最多 932 项）：决定了允许的最大文档有多大。</summary>
    public int MaxIndicatorsPerDocument { get; init; } = 20000;

    /// <summary>名称类字段（项目名称、三级指标、一级/二级指标、单位、负责人……）的字符数上限（语料最长 178 个字符，项目名称列宽 500）。</summary>
    public int MaxNameLength { get; init; } = 500;

    /// <summary>长文本字段（指标描述、指标值、确定依据、项目目标、退回意见、接受理由……）的字符数上限（语料最长 447 个字符）。</summary>
    public int MaxTextLength { get; init; } = 4000;

    /// <summary>同一用户同时进行的导入（预览或保存）数上限；多出的立即拒绝，不排队。</summary>
    public int MaxConcurrentImportsPerUser { get; init; } = 2;

    public static InputLimits Default { get; } = new();

    /// <summary>
    /// 从配置读取；未配置的项取默认值。不是正整数的值在启动时就报错（说明是哪一项、收到什么），
    /// 而不是等到第一次导入才发现。
    /// </summary>
    public static InputLimits From(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var section = config.GetSection(Section);
        var d = Default;
        return new InputLimits
        {
            MaxProjectsPerDocument = Positive(section, nameof(MaxProjectsPerDocument), d.MaxProjectsPerDocument),
            MaxIndicatorsPerProject = Positive(section, nameof(MaxIndicatorsPerProject), d.MaxIndicatorsPerProject),
            MaxIndicatorsPerDocument = Positive(section, nameof(MaxIndicatorsPerDocument), d.MaxIndicatorsPerDocument),
            MaxNameLength = Positive(section, nameof(MaxNameLength), d.MaxNameLength),
            MaxTextLength = Positive(section, nameof(MaxTextLength), d.MaxTextLength),
            MaxConcurrentImportsPerUser = Positive(section, nameof(MaxConcurrentImportsPerUser), d.MaxConcurrentImportsPerUser),
        };
    }

    private static int Positive(IConfigurationSection section, string key, int fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0) return value;
        throw new JixiaoException($"配置项 {Section}:{key} 的值“{text}”无效：应为正整数（默认 {fallback}）。");
    }
}
