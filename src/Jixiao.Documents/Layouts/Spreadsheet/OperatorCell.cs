namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>The 指标性质 cell: a comparison written on its own (≥ ≤ = …), separate from the value.</summary>
internal static class OperatorCell
{
    public static bool IsOperator(ReadOnlySpan<char> cell) => cell is
        "≥" or "≤" or "=" or "＝" or ">" or "<" or "＞" or "＜" or "≧" or "≦" or "⩾" or "⩽" or ">=" or "<=" or
        "大于等于" or "小于等于" or "大于" or "小于" or "等于" or
        "不低于" or "不少于" or "不小于" or "不高于" or "不超过" or "不多于" or "不大于";
}
