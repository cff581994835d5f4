namespace Jixiao.Core.Model.PrintedEvaluation;

/// <summary>
/// 印出的一格：原样的文字和它在原文中的位置（页、第几张表、表内的行与列，均 1 起；行文的行号，0 为未知），
/// 审核发现据此指到原文。
/// </summary>
public sealed record PrintedCell(string Text, int Page, int Table, int Row, int Column, int SourceLine = 0)
{
    /// <summary>去掉首尾空白后的文字是否为空，或只是占位的横线、斜线。</summary>
    public bool IsBlank => PrintedNumber.IsPlaceholder(Text);

    public override string ToString() => Text;
}
