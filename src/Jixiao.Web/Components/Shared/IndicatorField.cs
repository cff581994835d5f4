using Jixiao.Data;

namespace Jixiao.Web.Components.Shared;

/// <summary>A cell of an indicator row that can be edited in place (一级/二级 are structure, not edited here).</summary>
public enum IndicatorField
{
    /// <summary>三级指标</summary>
    Name,
    /// <summary>绩效指标描述</summary>
    Description,
    /// <summary>指标性质 (≥ ≤ =)</summary>
    Nature,
    /// <summary>指标值</summary>
    Value,
    /// <summary>度量单位</summary>
    Unit,
    /// <summary>权重</summary>
    Weight,
    /// <summary>指标值确定依据</summary>
    Basis,
}

/// <summary>The columns of an indicator table: header text, value and the edit that changes only that cell.</summary>
public static class IndicatorFields
{
    public static string Header(IndicatorField field) => field switch
    {
        IndicatorField.Name => "三级指标",
        IndicatorField.Description => "绩效指标描述",
        IndicatorField.Nature => "指标性质",
        IndicatorField.Value => "指标值",
        IndicatorField.Unit => "度量单位",
        IndicatorField.Weight => "权重",
        IndicatorField.Basis => "指标值确定依据",
        _ => field.ToString(),
    };

    /// <summary>
    /// Fields written as sentences (三级指标, 描述, 确定依据): Shift+Enter makes a line break in them. The others are one
    /// short value each (指标值, 度量单位, 权重, 性质), where a line break is never meant.
    /// </summary>
    public static bool IsLongText(IndicatorField field) =>
        field is IndicatorField.Name or IndicatorField.Description or IndicatorField.Basis;

    /// <summary>Stable name used in test selectors (data-field) and element ids.</summary>
    public static string Key(IndicatorField field) => field.ToString().ToLowerInvariant();

    public static string? ValueOf(IndicatorRow row, IndicatorField field) => field switch
    {
        IndicatorField.Name => row.Name,
        IndicatorField.Description => row.Description,
        IndicatorField.Nature => row.Nature,
        IndicatorField.Value => row.Value,
        IndicatorField.Unit => row.Unit,
        IndicatorField.Weight => row.Weight,
        IndicatorField.Basis => row.Basis,
        _ => null,
    };

    /// <summary>An edit that sets one field and leaves the others unchanged (null = unchanged in the store's contract).</summary>
    public static IndicatorEdit EditOf(IndicatorField field, string text) => new(
        Name: field == IndicatorField.Name ? text : null,
        Description: field == IndicatorField.Description ? text : null,
        Nature: field == IndicatorField.Nature ? text : null,
        Value: field == IndicatorField.Value ? text : null,
        Unit: field == IndicatorField.Unit ? text : null,
        Weight: field == IndicatorField.Weight ? text : null,
        Basis: field == IndicatorField.Basis ? text : null);

    /// <summary>
    /// The columns a table shows, in the order of the official table: 三级指标, then 描述/指标性质 when any row has
    /// them, 指标值 always, then 度量单位/权重/确定依据 when any row has them. A layout that never had a column
    /// does not get an empty one.
    /// </summary>
    public static IReadOnlyList<IndicatorField> ColumnsFor(IReadOnlyList<IndicatorRow> rows)
    {
        var columns = new List<IndicatorField> { IndicatorField.Name };
        if (rows.Any(r => r.Description is not null)) columns.Add(IndicatorField.Description);
        if (rows.Any(r => r.Nature is not null)) columns.Add(IndicatorField.Nature);
        columns.Add(IndicatorField.Value);
        if (rows.Any(r => r.Unit is not null)) columns.Add(IndicatorField.Unit);
        if (rows.Any(r => r.Weight is not null)) columns.Add(IndicatorField.Weight);
        if (rows.Any(r => r.Basis is not null)) columns.Add(IndicatorField.Basis);
        return columns;
    }
}
