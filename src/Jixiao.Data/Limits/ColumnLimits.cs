using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Jixiao.Data.Limits;

/// <summary>
/// The last check before a save: every string about to be written is compared with its column's length in the model
/// (指标性质 20, 权重 40, 一级指标 100 …). PostgreSQL would refuse a longer value with an error (a 500 for the user)
/// and SQLite would store it silently; this refuses it in Chinese on both, naming the field, before anything is written.
/// </summary>
internal static class ColumnLimits
{
    private static readonly Dictionary<(string Table, string Property), string> Labels = new()
    {
        [("projects", "Code")] = "项目编码",
        [("projects", "Name")] = "项目名称",
        [("projects", "UnitCode")] = "预算单位编码",
        [("projects", "UnitName")] = "预算单位名称",
        [("projects", "BudgetAsWritten")] = "预算数",
        [("projects", "SpendingPlan")] = "资金支出计划",
        [("indicators", "Level1")] = "一级指标",
        [("indicators", "Level2")] = "二级指标",
        [("indicators", "Nature")] = "指标性质",
        [("indicators", "Unit")] = "指标值的计量单位",
        [("indicators", "Weight")] = "权重",
    };

    public static void Check(ChangeTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var property in entry.Properties)
            {
                if (property.Metadata.ClrType != typeof(string) || property.Metadata.GetMaxLength() is not int max) continue;
                if (entry.State == EntityState.Modified && !property.IsModified) continue;
                if (property.CurrentValue is not string value || value.Length <= max) continue;
                var table = entry.Metadata.GetTableName() ?? entry.Metadata.ShortName();
                var field = Labels.TryGetValue((table, property.Metadata.Name), out var label) ? label : $"{table}.{property.Metadata.Name}";
                throw new LimitExceededException(
                    $"{Where(entry)}的{field}有 {value.Length} 个字符，超过该字段 {max} 个字符的上限（多 {value.Length - max} 个），未保存。" +
                    $"开头是“{DocumentLimits.Short(value)}”。请删减后重试。");
            }
        }
    }

    private static string Where(EntityEntry entry) => entry.Entity switch
    {
        Entities.IndicatorEntity i when i.Project is { } p => $"第 {p.Position} 个项目“{DocumentLimits.Short(p.Name)}”第 {i.Position} 项指标",
        Entities.IndicatorEntity i => $"第 {i.Position} 项指标",
        Entities.ProjectEntity p => $"第 {p.Position} 个项目“{DocumentLimits.Short(p.Name)}”",
        _ => "输入",
    };
}
