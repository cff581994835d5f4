namespace Jixiao.Documents.Layouts.LabelledTables;

/// <summary>
/// A name printed with its code in front: 11000022T000000444194-法律援助办案补贴 (项目编码-项目名称) or
/// 225_烟台市司法局 (部门代码_部门名称). The code is letters and digits only, joined by - or _; anything else is all name.
/// </summary>
internal static class CodedName
{
    public static (string? Code, string Name) Split(string text, int minimumCodeLength)
    {
        var t = text.Trim();
        var sep = t.IndexOfAny(['-', '_', '－']);
        if (sep >= minimumCodeLength && sep < t.Length - 1)
        {
            var code = t[..sep];
            if (code.All(char.IsAsciiLetterOrDigit) && code.Any(char.IsAsciiDigit))
                return (code, t[(sep + 1)..].Trim());
        }
        return (null, t);
    }
}
