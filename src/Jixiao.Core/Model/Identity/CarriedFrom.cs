namespace Jixiao.Core.Model.Identity;

/// <summary>
/// 结转来源：本项目（或指标）由同一单位 <see cref="FiscalYear"/> 年度文档中键相同的项目（指标）复制而来。
/// 键在结转时保持不变，所以“来自哪一个”就是（该年度文档，同一个键）。
/// </summary>
/// <param name="FiscalYear">来源文档的预算年度。</param>
/// <param name="MoneyToUpdate">仅对项目：金额沿用上年，标记为“待更新”，直到有人修改过资金。</param>
public sealed record CarriedFrom(int FiscalYear, bool MoneyToUpdate = false);
