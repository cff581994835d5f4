using Jixiao.Core.Model;
using Jixiao.Core.Model.Identity;

namespace Jixiao.Data.Drafting;

/// <summary>
/// 从上年结转：next year's document from this year's. Every project, goal and indicator is copied with its key (the key
/// is the item's identity across years) and a <see cref="CarriedFrom"/> naming the year it came from; money is kept but
/// marked 待更新 until someone edits it. The 预算公开 tables and the disclosure text are last year's figures and
/// statements, not targets, so they are not carried.
/// </summary>
public static class CarryOver
{
    public static TargetDocument NextYear(TargetDocument last, int lastYear, int year, string sourceTitle)
    {
        ArgumentNullException.ThrowIfNull(last);
        var from = new CarriedFrom(lastYear);
        return new TargetDocument
        {
            Source = new DocumentSource($"结转自{sourceTitle}", "carried"),
            Department = last.Department,
            FiscalYear = year,
            MoneyUnit = last.MoneyUnit,
            Overall = last.Overall is { } o ? o with { Indicators = Carry(o.Indicators, from) } : null,
            Projects = last.Projects.Select(p => p with
            {
                CarriedFrom = new CarriedFrom(lastYear, MoneyToUpdate: true),
                Indicators = Carry(p.Indicators, from),
                SourceLine = 0,
            }).ToArray(),
        };
    }

    private static Indicator[] Carry(IReadOnlyList<Indicator> indicators, CarriedFrom from) =>
        indicators.Select(i => i with { CarriedFrom = from, SourceLine = 0 }).ToArray();
}
