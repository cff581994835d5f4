using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>
/// Scores how much a text looks like a spreadsheet export of 绩效目标 forms: tab-separated rows with an
/// indicator header that has both 指标性质 and 权重 columns, rows with an operator (≥ ≤ =) in a cell of its
/// own, and the forms' labels (项目名称, 预算支出总额, 整体支出绩效目标申报表).
/// </summary>
internal static class SpreadsheetDetector
{
    public static double Score(SourceText text)
    {
        var headers = 0;
        var operatorRows = 0;
        var formLabels = false;
        foreach (var line in text.Lines)
        {
            var s = line.Text.AsSpan();
            if (s.IndexOf('\t') < 0)
            {
                formLabels |= s.Contains("整体支出绩效目标", StringComparison.Ordinal);
                continue;
            }
            if (s.Contains("指标性质", StringComparison.Ordinal) && s.Contains("权重", StringComparison.Ordinal)) headers++;
            else if (HasOperatorCell(s)) operatorRows++;
            formLabels |= s.Contains("项目名称", StringComparison.Ordinal) || s.Contains("预算支出总额", StringComparison.Ordinal);
        }
        // The header is what sets this layout apart; operator cells alone (without it) stay below the import threshold.
        var score = headers > 0 ? 0.6 : 0.0;
        score += operatorRows >= 3 ? 0.25 : operatorRows > 0 ? 0.1 : 0.0;
        if (headers > 0 && formLabels) score += 0.15;
        return Math.Min(score, 1.0);
    }

    private static bool HasOperatorCell(ReadOnlySpan<char> line)
    {
        foreach (var range in line.Split('\t'))
            if (OperatorCell.IsOperator(line[range].Trim())) return true;
        return false;
    }
}
