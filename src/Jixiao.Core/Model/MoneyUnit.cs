namespace Jixiao.Core.Model;

/// <summary>The unit a document states for its amounts (单位：万元 / 单位：元).</summary>
public enum MoneyUnit
{
    /// <summary>元</summary>
    Yuan,
    /// <summary>万元 = 10,000 元 exactly.</summary>
    TenThousandYuan,
}

public static class MoneyUnits
{
    public const decimal YuanPerWan = 10_000m;

    /// <summary>The unit as printed: "万元" or "元".</summary>
    public static string ToChinese(this MoneyUnit unit) => unit == MoneyUnit.TenThousandYuan ? "万元" : "元";

    public static MoneyUnit? FromChinese(string? text) => text?.Trim() switch
    {
        "万元" => MoneyUnit.TenThousandYuan,
        "元" => MoneyUnit.Yuan,
        _ => null,
    };

    /// <summary>Converts an amount between units exactly (decimal arithmetic, no rounding).</summary>
    public static decimal Convert(decimal amount, MoneyUnit from, MoneyUnit to) => (from, to) switch
    {
        (MoneyUnit.TenThousandYuan, MoneyUnit.Yuan) => amount * YuanPerWan,
        (MoneyUnit.Yuan, MoneyUnit.TenThousandYuan) => amount / YuanPerWan,
        _ => amount,
    };
}
