namespace Jixiao.Documents.Grid;

/// <summary>
/// 科目编码的写法：3、5、7 位数字，功能分类以 2 开头，经济分类以 3 或 5 开头。有的表把款、项印成不补零的数
/// 并用空格隔开（“301 2”即 30102，“201 1 2”即 2010102）：在编码列里把它们补回，免得“3012”被当成金额、把一个款当成类。
/// </summary>
public static class BudgetGridCodes
{
    /// <summary>3、5 或 7 位、以 2、3、5 开头的数字。</summary>
    public static bool IsCode(string compact)
    {
        if (compact.Length is not (3 or 5 or 7) || compact[0] is not ('2' or '3' or '5')) return false;
        foreach (var ch in compact)
            if (!char.IsAsciiDigit(ch)) return false;
        return true;
    }

    /// <summary>
    /// 空格隔开、丢了前导零的编码补成完整的编码（首段 3 或 5 位，其后每段 1–2 位、各补足 2 位，合起来是 5 或 7 位）；
    /// 不是这种写法时原样返回。
    /// </summary>
    public static string RestoreLostZeros(string printed)
    {
        var parts = printed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[0].Length is not (3 or 5) || !IsCode(parts[0])) return printed;
        var code = parts[0];
        for (var i = 1; i < parts.Length; i++)
        {
            var p = parts[i];
            if (p.Length is < 1 or > 2 || !p.All(char.IsAsciiDigit)) return printed;
            code += p.PadLeft(2, '0');
        }
        return code.Length is 5 or 7 ? code : printed;
    }
}
