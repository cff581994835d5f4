using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.PdfText;

/// <summary>
/// What the lines just above a project table say about it: the budget unit line (<c>315001 秦皇岛市抚宁区司法局本级</c>),
/// its 单位 (the document's unit when the table states none) and the name in its title, used only when the table
/// prints no 项目名称.
/// </summary>
internal sealed record ProjectSetting(BudgetUnit? Unit, MoneyUnit? MoneyUnit, string? TitleName);
