namespace Jixiao.Core.Performance;

/// <summary>运行监控的预警灯。</summary>
public enum Light
{
    /// <summary>无法判断（缺少计算所需的数据）。</summary>
    None,
    /// <summary>绿灯：进度正常。</summary>
    Green,
    /// <summary>黄灯：进度偏慢。</summary>
    Yellow,
    /// <summary>红灯：严重滞后，须说明偏差原因并提出纠偏措施。</summary>
    Red,
    /// <summary>蓝灯：已超过全年目标的 120%（目标是否定得偏低？）。</summary>
    Blue,
}

public static class Lights
{
    /// <summary>green | yellow | red | blue | none (FORMAT.md).</summary>
    public static string ToFormat(this Light light) => light switch
    {
        Light.Green => "green",
        Light.Yellow => "yellow",
        Light.Red => "red",
        Light.Blue => "blue",
        _ => "none",
    };

    /// <summary>绿灯 / 黄灯 / 红灯 / 蓝灯 / 无.</summary>
    public static string ToChinese(this Light light) => light switch
    {
        Light.Green => "绿灯",
        Light.Yellow => "黄灯",
        Light.Red => "红灯",
        Light.Blue => "蓝灯",
        _ => "无",
    };
}
