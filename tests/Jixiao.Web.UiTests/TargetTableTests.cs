using Bunit;
using Jixiao.Core.Model;
using Jixiao.Data;
using Jixiao.Web.Components.Shared;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor.Services;

namespace Jixiao.Web.UiTests;

/// <summary>The 项目绩效目标表 component: merged 一级/二级 cells, columns by layout, text never markup, in-place edit.</summary>
public sealed class TargetTableTests : IDisposable
{
    private readonly BunitContext _context = new();

    public TargetTableTests()
    {
        _context.Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public void Dispose() => _context.Dispose();

    private static IndicatorRow Row(int id, string? level1, string? level2, string name, string? value,
        string? nature = null, string? weight = null, string? basis = null) =>
        new(id, id, level1, level2, name, null, nature, value, null, weight, basis, RowVersion: 100 + id);

    private static readonly ProjectSummary Summary = new(7, 3, "13073022P00836110007Y", "法律援助", "某某县司法局", 20m, "20", "万元",
        [new SpendingPoint("3月底", 25m), new SpendingPoint("12月底", 100m)], 0, 0);

    private static readonly Project Model = new()
    {
        Name = "法律援助",
        Supervisor = "某某县司法局",
        Implementer = "某某县法律援助中心",
        Budget = new ProjectBudget(new WrittenDecimal("20", 20m), new WrittenDecimal("20", 20m), null),
        Goals = ["扩大法律援助覆盖面", "确保案件补贴按时发放"],
    };

    // 产出指标 › 数量指标 ×2, 产出指标 › 质量指标, 效益指标 › 数量指标 (same 二级 text under another 一级), 满意度指标.
    private static readonly IndicatorRow[] Rows =
    [
        Row(1, "产出指标", "数量指标", "办结案件数量", "≥800件", nature: "≥", weight: "20"),
        Row(2, "产出指标", "数量指标", "值班咨询人次", "≥1000人次", weight: "20"),
        Row(3, "产出指标", "质量指标", "办案错误率", "≤0%", weight: "20"),
        Row(4, "效益指标", "数量指标", "挽回经济损失", "≥800万", weight: "30"),
        Row(5, "满意度指标", "服务对象满意度指标", "受援人满意度", "≥99%", weight: "10"),
    ];

    private IRenderedComponent<TargetTable> Render(IReadOnlyList<IndicatorRow> rows,
        Func<IndicatorRow, IndicatorField, string, Task<CellSaveOutcome>>? save = null) =>
        _context.Render<TargetTable>(p => p
            .Add(t => t.Model, Model)
            .Add(t => t.Summary, Summary)
            .Add(t => t.Rows, rows)
            .Add(t => t.SaveCell, save));

    [Fact]
    public void Level1_and_level2_cells_are_merged_by_rowspan_within_their_level1_run()
    {
        var table = Render(Rows);

        var level1 = table.FindAll("[data-testid=cell-level1]");
        Assert.Equal(["产出指标:3", "效益指标:1", "满意度指标:1"],
            level1.Select(c => $"{c.TextContent}:{c.GetAttribute("rowspan")}"));

        var level2 = table.FindAll("[data-testid=cell-level2]");
        Assert.Equal(["数量指标:2", "质量指标:1", "数量指标:1", "服务对象满意度指标:1"],
            level2.Select(c => $"{c.TextContent}:{c.GetAttribute("rowspan")}"));

        // The 绩效指标 label spans the header row and every indicator row.
        var label = table.FindAll("th.label").Single(th => th.TextContent == "绩效指标");
        Assert.Equal("6", label.GetAttribute("rowspan"));
    }

    [Fact]
    public void Optional_columns_appear_only_when_the_layout_has_them()
    {
        var headers = Render(Rows).FindAll("th").Select(th => th.TextContent).ToList();
        Assert.Contains("指标性质", headers);
        Assert.Contains("权重", headers);
        Assert.DoesNotContain("指标值确定依据", headers);
        Assert.DoesNotContain("绩效指标描述", headers);
        // Order of the official table: 三级指标, 指标性质, 指标值, 权重.
        Assert.True(headers.IndexOf("指标性质") < headers.IndexOf("指标值") && headers.IndexOf("指标值") < headers.IndexOf("权重"));
    }

    [Fact]
    public void Header_rows_show_the_funds_as_written_and_the_goals_numbered()
    {
        var table = Render(Rows);
        Assert.Equal("20", table.Find("[data-testid=budget-total]").TextContent);
        Assert.Contains(table.FindAll("th.label"), th => th.TextContent == "项目资金（万元）" && th.GetAttribute("rowspan") == "3");
        Assert.Equal(["1. 扩大法律援助覆盖面", "2. 确保案件补贴按时发放"],
            table.FindAll("[data-testid=project-goals] div").Select(d => d.TextContent));
    }

    [Fact]
    public void Indicator_values_are_rendered_as_text_never_as_markup()
    {
        var table = Render([Row(1, "产出指标", "数量指标", "<b>粗体</b>", "<script>alert(1)</script>")]);
        Assert.Empty(table.FindAll("td script"));
        Assert.Empty(table.FindAll("td b"));
        Assert.Equal("<script>alert(1)</script>", table.Find("[data-testid=cell-value]").TextContent);
        Assert.Contains("&lt;script&gt;", table.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_only_table_offers_no_editor()
    {
        var table = Render(Rows);
        var cell = table.Find("[data-indicator-id='1'] [data-testid=cell-value]");
        Assert.Throws<MissingEventHandlerException>(() => cell.Click());
        Assert.Empty(table.FindAll("td.editable"));
    }

    [Fact]
    public void Clicking_a_cell_edits_it_and_save_sends_that_field_with_the_new_text()
    {
        var saved = new List<(int Id, IndicatorField Field, string Text, long RowVersion)>();
        var table = Render(Rows, (row, field, text) =>
        {
            saved.Add((row.Id, field, text, row.RowVersion));
            return Task.FromResult(CellSaveOutcome.Stored);
        });

        table.Find("[data-indicator-id='2'] [data-testid=cell-value]").Click();
        var editor = table.Find("[data-testid=cell-editor]");
        Assert.Equal("≥1000人次", editor.GetAttribute("value"));
        editor.Input("≥1200人次");
        table.Find("[data-testid=cell-save]").Click();

        Assert.Equal([(2, IndicatorField.Value, "≥1200人次", 102L)], saved);
        Assert.Empty(table.FindAll("[data-testid=cell-editor]"));
    }

    [Fact]
    public void Enter_saves_and_shift_enter_does_not()
    {
        var saved = new List<string>();
        var table = Render(Rows, (_, _, text) => { saved.Add(text); return Task.FromResult(CellSaveOutcome.Stored); });

        table.Find("[data-indicator-id='2'] [data-testid=cell-value]").Click();
        var editor = table.Find("[data-testid=cell-editor]");
        editor.Input("≥1200人次");
        editor.KeyDown(new KeyboardEventArgs { Key = "Enter", ShiftKey = true });
        Assert.Empty(saved);
        table.Find("[data-testid=cell-editor]").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal(["≥1200人次"], saved);
        Assert.Empty(table.FindAll("[data-testid=cell-editor]"));
    }

    [Fact]
    public void Enter_while_an_input_method_composes_does_not_save()
    {
        var saved = new List<string>();
        var table = Render(Rows, (_, _, text) => { saved.Add(text); return Task.FromResult(CellSaveOutcome.Stored); });
        table.Find("[data-indicator-id='2'] [data-testid=cell-value]").Click();
        table.Find("[data-testid=cell-editor]").Input("≥1200人次");
        table.Find("[data-testid=cell-editor]").KeyDown(new KeyboardEventArgs { Key = "Enter", IsComposing = true });
        Assert.Empty(saved);
        Assert.Single(table.FindAll("[data-testid=cell-editor]"));
    }

    [Fact]
    public void Escape_cancels_and_the_cell_shows_the_stored_value()
    {
        var saved = new List<string>();
        var table = Render(Rows, (_, _, text) => { saved.Add(text); return Task.FromResult(CellSaveOutcome.Stored); });
        table.Find("[data-indicator-id='2'] [data-testid=cell-value]").Click();
        table.Find("[data-testid=cell-editor]").Input("随便写的");
        table.Find("[data-testid=cell-editor]").KeyDown(new KeyboardEventArgs { Key = "Escape" });

        Assert.Empty(saved);
        Assert.Empty(table.FindAll("[data-testid=cell-editor]"));
        Assert.Equal("≥1000人次", table.Find("[data-indicator-id='2'] [data-testid=cell-value]").TextContent);
    }

    [Fact]
    public void An_empty_value_is_asked_first_and_saved_only_when_confirmed()
    {
        var saved = new List<string>();
        var table = Render(Rows, (_, _, text) => { saved.Add(text); return Task.FromResult(CellSaveOutcome.Stored); });
        table.Find("[data-indicator-id='2'] [data-testid=cell-value]").Click();
        // Emptied in the browser: Blazor's binding hands the component null, which is the empty text.
        table.Find("[data-testid=cell-editor]").Input("");
        table.Find("[data-testid=cell-editor]").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Empty(saved);
        Assert.Contains("“指标值”将为空", table.Find("[data-testid=cell-empty-question]").TextContent, StringComparison.Ordinal);
        table.Find("[data-testid=cell-empty-back]").Click();
        Assert.Empty(table.FindAll("[data-testid=cell-empty-question]"));
        Assert.Equal("", table.Find("[data-testid=cell-editor]").GetAttribute("value") ?? "");

        table.Find("[data-testid=cell-save]").Click();
        table.Find("[data-testid=cell-empty-confirm]").Click();
        Assert.Equal([""], saved);
        Assert.Empty(table.FindAll("[data-testid=cell-editor]"));
    }

    [Fact]
    public void A_conflict_keeps_the_typed_text_and_shows_the_message_and_the_other_value()
    {
        var rows = Rows;
        IRenderedComponent<TargetTable>? table = null;
        table = Render(rows, (row, _, _) =>
        {
            // The page reloads the row on a conflict: the table gets the other user's value.
            var theirs = rows.Select(r => r.Id == row.Id ? r with { Value = "≥777人次", RowVersion = r.RowVersion + 1 } : r).ToArray();
            table!.Render(p => p.Add(t => t.Rows, theirs));
            return Task.FromResult(CellSaveOutcome.ConflictWith("该指标已被张三于2026年12月8日 10:00修改，您的修改未保存。"));
        });
        table.Find("[data-indicator-id='2'] [data-testid=cell-value]").Click();
        table.Find("[data-testid=cell-editor]").Input("≥1200人次");
        table.Find("[data-testid=cell-save]").Click();

        Assert.Equal("≥1200人次", table.Find("[data-testid=cell-editor]").GetAttribute("value"));
        Assert.Contains("您的修改未保存", table.Find("[data-testid=cell-conflict]").TextContent, StringComparison.Ordinal);
        Assert.Equal("对方保存的值：≥777人次", table.Find("[data-testid=cell-conflict-value]").TextContent);
    }

    [Fact]
    public void An_edit_changes_only_the_edited_field()
    {
        var edit = IndicatorFields.EditOf(IndicatorField.Basis, "年度工作计划");
        Assert.Equal(new IndicatorEdit(Basis: "年度工作计划"), edit);
    }
}
