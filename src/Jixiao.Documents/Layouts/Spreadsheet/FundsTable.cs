using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>
/// The 总体资金情况 block of the 申报表: a group row (基本支出 | 项目支出), a column row
/// (预算支出总额 | 合计 财政拨款 专户资金 单位资金 | 合计 …) and one row of amounts. The amounts row comes
/// from the same spreadsheet rows as the column row, so it is read against that row's columns; when the
/// two rows differ in width, they are aligned on 预算支出总额, the first amount.
/// </summary>
internal sealed class FundsTable
{
    private bool _projectFirst;
    private int _totalColumn = -1, _basicColumn = -1, _projectColumn = -1;
    private int _headerWidth;

    public OverallFunds? Funds { get; private set; }

    /// <summary>Takes a row of the block; false when the row is not part of it.</summary>
    public bool TryRead(SheetRow row)
    {
        var total = row.IndexOfLabel("预算支出总额");
        var basic = row.IndexOfLabel("基本支出");
        var project = row.IndexOfLabel("项目支出");
        if (total >= 0) return ReadColumns(row, total, basic, project);
        if (basic >= 0 && project >= 0)
        {
            _projectFirst = project < basic;
            return true;
        }
        if (_totalColumn >= 0 && Funds is null && IsAmounts(row)) return ReadAmounts(row);
        return false;
    }

    private bool ReadColumns(SheetRow row, int total, int basic, int project)
    {
        _totalColumn = total;
        _headerWidth = row.Cells.Length;
        if (basic >= 0 && project >= 0)
        {
            _basicColumn = basic;
            _projectColumn = project;
            return true;
        }
        // 合计 under each group, in the group row's order.
        var first = row.IndexOfLabel("合计");
        var second = first < 0 ? -1 : NextLabel(row, "合计", first + 1);
        _basicColumn = _projectFirst ? second : first;
        _projectColumn = _projectFirst ? first : second;
        return true;
    }

    private bool ReadAmounts(SheetRow row)
    {
        var offset = row.Cells.Length == _headerWidth ? 0 : row.NextFilled(0) - _totalColumn;
        Funds = new OverallFunds(At(row, _totalColumn, offset), At(row, _basicColumn, offset), At(row, _projectColumn, offset));
        return true;
    }

    private static WrittenDecimal? At(SheetRow row, int column, int offset)
    {
        var i = column < 0 ? -1 : column + offset;
        return i >= 0 && i < row.Cells.Length ? WrittenDecimal.TryParse(row.Cells[i]) : null;
    }

    private static bool IsAmounts(SheetRow row)
    {
        var any = false;
        foreach (var c in row.Cells)
        {
            if (c.Length == 0) continue;
            if (WrittenDecimal.TryParse(c) is null) return false;
            any = true;
        }
        return any;
    }

    private static int NextLabel(SheetRow row, string label, int start)
    {
        for (var i = start; i < row.Cells.Length; i++)
            if (SheetLabel.Is(row.Cells[i], label)) return i;
        return -1;
    }
}
