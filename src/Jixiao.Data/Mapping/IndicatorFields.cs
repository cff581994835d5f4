using Jixiao.Core.Model;
using Jixiao.Core.Values;
using Jixiao.Data.Entities;

namespace Jixiao.Data.Mapping;

/// <summary>
/// The editable fields of an indicator, in one place: copying between the Core record and the stored row, the
/// Chinese field names for the audit log, and applying an <see cref="IndicatorEdit"/>.
/// </summary>
public static class IndicatorFields
{
    public const string Name = "三级指标";
    public const string Description = "绩效指标描述";
    public const string Nature = "指标性质";
    public const string Value = "指标值";
    public const string Weight = "权重";
    public const string Basis = "指标值确定依据";

    public static void CopyFrom(IndicatorEntity row, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(indicator);
        row.Level1 = indicator.Level1;
        row.Level2 = indicator.Level2;
        row.Name = indicator.Name;
        row.Description = indicator.Description;
        row.Nature = indicator.Nature;
        row.Value = indicator.Value;
        row.Unit = indicator.Target is { IsMeasurable: true } t ? t.Unit : null;
        row.Weight = indicator.Weight?.Text;
        row.Basis = indicator.Basis;
    }

    public static IndicatorRow ToView(IndicatorEntity r) =>
        new(r.Id, r.Position, r.Level1, r.Level2, r.Name, r.Description, r.Nature, r.Value, r.Unit, r.Weight, r.Basis, r.RowVersion);

    /// <summary>
    /// The indicator after the edit (null = unchanged, "" = cleared), and the changed fields (Chinese name, old, new).
    /// A unit given on its own is written into the value: "95" with unit "%" becomes "95%", and "≥95%" with unit
    /// "百分比" becomes "≥95百分比"; the value stays the one place the target is written, as on paper.
    /// </summary>
    public static (Indicator Indicator, IReadOnlyList<(string Field, string? Old, string? New)> Changes) Apply(Indicator current, IndicatorEdit edit)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(edit);
        var changes = new List<(string, string?, string?)>();
        string? Pick(string field, string? old, string? requested)
        {
            if (requested is null) return old;
            var value = requested.Trim().Length == 0 ? null : requested.Trim();
            if (value != old) changes.Add((field, old, value));
            return value;
        }

        var name = Pick(Name, current.Name, edit.Name);
        if (string.IsNullOrEmpty(name)) throw new JixiaoException("三级指标名称不能为空。");
        var description = Pick(Description, current.Description, edit.Description);
        var nature = Pick(Nature, current.Nature, edit.Nature);
        var requestedValue = edit.Value;
        if (edit.Unit is { } unit && unit.Trim().Length > 0)
            requestedValue = WithUnit(requestedValue ?? current.Value, nature, unit.Trim());
        var value = Pick(Value, current.Value, requestedValue);
        var weightText = Pick(Weight, current.Weight?.Text, edit.Weight);
        WrittenDecimal? weight = null;
        if (weightText is not null)
            weight = WrittenDecimal.TryParse(weightText) is { } w
                ? new WrittenDecimal(weightText, w.Value)
                : throw new JixiaoException($"权重“{weightText}”不是数字：请填写如 10 或 12.5 的数值。");
        var basis = Pick(Basis, current.Basis, edit.Basis);

        var updated = current with
        {
            Name = name,
            Description = description,
            Nature = nature,
            Value = value,
            Weight = weight,
            Basis = basis,
            Target = value is null ? null : TargetValue.Parse(nature, value),
        };
        return (updated, changes);
    }

    private static string? WithUnit(string? value, string? nature, string unit)
    {
        if (string.IsNullOrEmpty(value)) return value;
        var target = TargetValue.Parse(nature, value);
        if (!target.IsMeasurable || target.Unit == unit) return value;
        if (string.IsNullOrEmpty(target.Unit)) return value + unit;
        return value.EndsWith(target.Unit, StringComparison.Ordinal) ? value[..^target.Unit.Length] + unit : value;
    }
}
