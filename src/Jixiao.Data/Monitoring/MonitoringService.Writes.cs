using System.Globalization;
using Jixiao.Core.Model;
using Jixiao.Core.Monitoring;
using Jixiao.Core.Performance;
using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;
using Jixiao.Core.Values;

namespace Jixiao.Data.Monitoring;

public sealed partial class MonitoringService
{
    /// <summary>
    /// Saves the inputs of the current version (only while 填报中 or 被退回, by who may fill it), refused with
    /// <see cref="ConcurrencyConflictException"/> when it was saved since <paramref name="expectedRowVersion"/> was read.
    /// One audit line per changed field; the lit items are rewritten for the overview. Saving never refuses a red item
    /// without cause: submission does.
    /// </summary>
    public Task<MonitoringReportDetail> SaveAsync(Actor? actor, int reportId, MonitoringInputs inputs, long expectedRowVersion,
        CancellationToken ct = default) => SaveAsync(actor, reportId, inputs, expectedRowVersion, "监控保存", ct);

    internal async Task<MonitoringReportDetail> SaveAsync(Actor? actor, int reportId, MonitoringInputs inputs, long expectedRowVersion,
        string auditAction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var r = await VisibleAsync(actor, reportId, track: true, ct).ConfigureAwait(false);
        if (!MonitoringStates.IsEditable(r.State))
            throw new WorkflowException($"《{r.DocumentTitle}》的监控表当前为“{r.State.ToChinese()}”，只有填报中或被退回的监控表可以修改。");
        Require(actor, MonitoringAction.Fill, r, "填写监控表");
        CheckRowVersion(r, expectedRowVersion);
        var (period, targets, version) = await LoadAsync(r, ct, trackVersion: true).ConfigureAwait(false);
        if (version.Frozen) throw new WorkflowException($"《{r.DocumentTitle}》的监控表第 {version.Number} 版已报送冻结，不能修改。");

        var settings = await SettingsAsync(period.JurisdictionId, ct).ConfigureAwait(false);
        var (sheet, notes) = MonitoringSheets.SheetOf(targets, period.AsOf, inputs, settings);
        var result = MonitoringSheets.Compute(targets, sheet, period.AsOf, settings);
        var before = MonitoringSheets.ReadSheet(version.SheetJson);
        var changes = MonitoringChanges.Between(before, MonitoringSheets.ReadNotes(version.CauseNotesJson), sheet, notes);
        if (changes.Count > 0)
        {
            var d = new DocumentEntity { Id = r.DocumentId, Title = "", UnitName = "" };
            foreach (var (where, field, old, @new) in changes)
                store.Audit(d, actor!, auditAction, Where(period) + "·" + where, field, old, @new);
            version.SheetJson = MonitoringSheets.SheetJson(sheet);
            version.CauseNotesJson = MonitoringSheets.NotesJson(notes);
            var items = await Items.Where(i => i.ReportId == r.Id).ToListAsync(ct).ConfigureAwait(false);
            WriteItems(r, targets, result, notes, items);
            Touch(r, actor!);
            await SaveChangesAsync(r, ct).ConfigureAwait(false);
        }
        return await DetailAsync(r, period, targets, result, notes, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// One workflow step. 报送 is refused (Chinese, naming each project or line) while a red item lacks cause and remedy
    /// (or another error remains) and freezes the version; 确认 by the department (not by who submitted the version);
    /// 退回 with a note opens the next version with the same inputs.
    /// </summary>
    public async Task<MonitoringReportDetail> TransitionAsync(Actor? actor, int reportId, MonitoringStep step, string? note,
        long? expectedRowVersion = null, CancellationToken ct = default)
    {
        var r = await VisibleAsync(actor, reportId, track: true, ct).ConfigureAwait(false);
        var next = MonitoringStates.Next(r.State, step)
            ?? throw new WorkflowException($"《{r.DocumentTitle}》的监控表当前为“{r.State.ToChinese()}”，不能{step.ToChinese()}。");
        Require(actor, step switch
        {
            MonitoringStep.Submit => MonitoringAction.Submit,
            MonitoringStep.Confirm => MonitoringAction.Confirm,
            _ => MonitoringAction.Return,
        }, r, step.ToChinese() + "监控表");
        if (expectedRowVersion is long expected) CheckRowVersion(r, expected);
        var text = MonitoringSheets.Text(note, $"{step.ToChinese()}意见");
        if (step == MonitoringStep.Return && text is null)
            throw new WorkflowException("退回时必须填写退回意见，说明需要修改什么。");

        var (period, targets, version) = await LoadAsync(r, ct, trackVersion: true).ConfigureAwait(false);
        var result = MonitoringSheets.Compute(targets, MonitoringSheets.ReadSheet(version.SheetJson), period.AsOf,
            await SettingsAsync(period.JurisdictionId, ct).ConfigureAwait(false));
        var now = store.Now;
        switch (step)
        {
            case MonitoringStep.Submit:
                if (result.BlocksSubmission)
                    throw new InvalidInputException(MonitoringSheets.SubmissionRefusal(r.DocumentTitle, result));
                version.Frozen = true;
                version.SubmittedBy = actor!.UserName;
                version.SubmittedAt = now;
                r.SubmittedAt = now;
                r.ReturnNote = null;
                break;
            case MonitoringStep.Confirm:
                await CheckSeparationAsync(actor!, r, version, ct).ConfigureAwait(false);
                break;
            case MonitoringStep.Return:
                r.ReturnNote = text;
                r.CurrentVersion = version.Number + 1;
                Versions.Add(new MonitoringReportVersionEntity
                {
                    ReportId = r.Id, Number = version.Number + 1, SheetJson = version.SheetJson, CauseNotesJson = version.CauseNotesJson,
                    CreatedBy = actor!.UserName, CreatedAt = now,
                });
                break;
        }
        var previous = r.State;
        r.State = next;
        Touch(r, actor!);
        store.Audit(new DocumentEntity { Id = r.DocumentId, Title = "", UnitName = "" }, actor!, "监控" + step.ToChinese(), Where(period),
            "状态", previous.ToChinese(), next.ToChinese() + (text is null ? "" : $"（{text}）"));
        await SaveChangesAsync(r, ct).ConfigureAwait(false);
        return await GetAsync(actor, r.Id, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The finance bureau's 整改要求 on one item (a project's execution or a line) of a submitted or confirmed report;
    /// replacing one is audited with the old text.
    /// </summary>
    public Task<MonitoringReportDetail> RequireRectificationAsync(Actor? actor, int reportId, string projectKey, string? indicatorKey,
        string? requirement, long expectedRowVersion, CancellationToken ct = default) =>
        FollowUpAsync(actor, reportId, projectKey, indicatorKey, requirement, expectedRowVersion, outcome: false, ct);

    /// <summary>整改结果 on an item that has a 整改要求.</summary>
    public Task<MonitoringReportDetail> RecordRectificationAsync(Actor? actor, int reportId, string projectKey, string? indicatorKey,
        string? outcome, long expectedRowVersion, CancellationToken ct = default) =>
        FollowUpAsync(actor, reportId, projectKey, indicatorKey, outcome, expectedRowVersion, outcome: true, ct);

    private async Task<MonitoringReportDetail> FollowUpAsync(Actor? actor, int reportId, string projectKey, string? indicatorKey, string? text,
        long expectedRowVersion, bool outcome, CancellationToken ct)
    {
        var what = outcome ? "整改结果" : "整改要求";
        var r = await VisibleAsync(actor, reportId, track: true, ct).ConfigureAwait(false);
        if (actor is { Role: Role.FinanceReviewer } && !MonitoringStates.IsReported(r.State))
            throw new WorkflowException($"《{r.DocumentTitle}》的监控表当前为“{r.State.ToChinese()}”：报送之后才能提出{what}。");
        Require(actor, MonitoringAction.FollowUp, r, "记录" + what);
        CheckRowVersion(r, expectedRowVersion);
        var clean = MonitoringSheets.Text(text, what) ?? throw new InvalidInputException($"请填写{what}。");
        var line = indicatorKey ?? "";
        var item = await Items.FirstOrDefaultAsync(i => i.ReportId == r.Id && i.ProjectKey == projectKey && i.IndicatorKey == line, ct).ConfigureAwait(false)
            ?? throw new NotFoundException($"《{r.DocumentTitle}》的监控表中没有项目键“{projectKey}”" + (line.Length == 0 ? "" : $"、指标键“{line}”") + "的事项。");
        if (outcome && item.Requirement is null)
            throw new WorkflowException($"“{item.Name}”还没有整改要求：先提出整改要求，再记录整改结果。");
        var period = await Periods.AsNoTracking().FirstAsync(p => p.Id == r.PeriodId, ct).ConfigureAwait(false);
        var now = store.Now;
        var where = Where(period) + "·" + ItemWhere(item);
        store.Audit(new DocumentEntity { Id = r.DocumentId, Title = "", UnitName = "" }, actor!, what, where, what,
            outcome ? item.Outcome : item.Requirement, clean);
        if (outcome)
        {
            item.Outcome = clean;
            item.OutcomeBy = actor!.UserName;
            item.OutcomeAt = now;
        }
        else
        {
            item.Requirement = clean;
            item.RequirementBy = actor!.UserName;
            item.RequirementAt = now;
        }
        Touch(r, actor);
        await SaveChangesAsync(r, ct).ConfigureAwait(false);
        return await GetAsync(actor, r.Id, ct).ConfigureAwait(false);
    }

    private static string ItemWhere(MonitoringItemEntity i) =>
        i.IndicatorKey.Length == 0 ? $"项目{i.ProjectName}" : $"项目{i.ProjectName}·{i.Name}";

    /// <summary>
    /// Rewrites the report's lit items (project execution and every line) from a result, keeping each item's 整改 and
    /// updating it in place by (project key, indicator key); the report's light counts follow.
    /// </summary>
    private void WriteItems(MonitoringReportEntity r, TargetDocument targets, MonitoringResult result, Dictionary<string, string> notes,
        List<MonitoringItemEntity> existing)
    {
        var byKey = existing.ToDictionary(i => (i.ProjectKey, i.IndicatorKey));
        var unit = result.MoneyUnit ?? targets.MoneyUnit ?? MoneyUnit.TenThousandYuan;
        var position = 0;
        var seen = new HashSet<(string, string)>();
        foreach (var p in result.Projects)
        {
            if (!p.Matched || p.Key is null) continue;
            var target = targets.Projects.First(t => t.Key == p.Key);
            var budget = p.Execution.YearBudget?.Value ?? Budget(targets, target, unit);
            var project = Item(byKey, r, p.Key, "", p.Name, ++position, seen);
            project.Name = p.Name;
            project.Target = budget is { } b ? Figure(b) : null;
            project.Progress = p.Execution.Executed?.Text;
            project.Light = p.Light.ToFormat();
            project.Causes = Joined(p.Causes);
            project.CauseNote = notes.GetValueOrDefault(p.Key);
            project.Remedy = p.Remedy;
            project.BudgetWan = budget is { } bw ? MoneyUnits.Convert(bw, unit, MoneyUnit.TenThousandYuan) : null;
            project.ExecutedWan = p.Execution.Executed is { } e ? MoneyUnits.Convert(e.Value, unit, MoneyUnit.TenThousandYuan) : null;
            project.PlannedRate = p.PlannedRate;
            project.ExecutionRate = p.ExecutionRate;
            project.Plan = MonitoringSheets.PlanText(target.SpendingPlan);
            foreach (var l in p.Indicators)
            {
                if (l.Key is null) continue;
                var line = Item(byKey, r, p.Key, l.Key, p.Name, ++position, seen);
                line.Name = l.Name;
                line.Target = l.Target;
                line.Progress = l.Progress;
                line.Light = l.Light.ToFormat();
                line.Causes = Joined(l.Causes);
                line.CauseNote = notes.GetValueOrDefault(p.Key + "/" + l.Key);
                line.Remedy = l.Remedy;
            }
        }
        foreach (var gone in existing.Where(i => !seen.Contains((i.ProjectKey, i.IndicatorKey)))) Items.Remove(gone);
        var counts = Count(result);
        r.Red = counts[Light.Red];
        r.Yellow = counts[Light.Yellow];
        r.Green = counts[Light.Green];
        r.Blue = counts[Light.Blue];
    }

    private MonitoringItemEntity Item(Dictionary<(string, string), MonitoringItemEntity> byKey, MonitoringReportEntity r, string projectKey,
        string indicatorKey, string projectName, int position, HashSet<(string, string)> seen)
    {
        seen.Add((projectKey, indicatorKey));
        if (!byKey.TryGetValue((projectKey, indicatorKey), out var item))
        {
            item = new MonitoringItemEntity
            {
                Report = r, ProjectKey = projectKey, IndicatorKey = indicatorKey, ProjectName = projectName, Name = projectName, Light = "none",
            };
            Items.Add(item);
        }
        item.PeriodId = r.PeriodId;
        item.JurisdictionId = r.JurisdictionId;
        item.DepartmentId = r.DepartmentId;
        item.BudgetUnitId = r.BudgetUnitId;
        item.ProjectName = projectName;
        item.Position = position;
        return item;
    }

    private static decimal? Budget(TargetDocument targets, Project target, MoneyUnit unit)
    {
        if (target.Budget.Total is not { } total) return null;
        var from = target.MoneyUnit ?? targets.MoneyUnit ?? unit;
        return MoneyUnits.Convert(total.Value, from, unit);
    }

    private static string? Joined(IReadOnlyList<string> causes) => causes.Count == 0 ? null : string.Join("、", causes);

    private static string Figure(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>职责分离 as for documents: who submitted a version may not confirm it, unless the jurisdiction switched it off.</summary>
    private Task CheckSeparationAsync(Actor actor, MonitoringReportEntity r, MonitoringReportVersionEntity version, CancellationToken ct) =>
        SeparationOfDuties.CheckAsync(_db, r.JurisdictionId, actor, version.SubmittedBy, () =>
            $"您（{actor.Role.ToChinese()} {actor.DisplayName}）报送了《{r.DocumentTitle}》的监控表第 {version.Number} 版，不能再确认这一版：须由另一位审核人确认。", ct);

    private void CheckRowVersion(MonitoringReportEntity r, long expected)
    {
        if (r.RowVersion != expected) throw Conflict(r);
    }

    private void Touch(MonitoringReportEntity r, Actor actor)
    {
        r.RowVersion++;
        r.UpdatedBy = actor.UserName;
        r.UpdatedAt = store.Now;
    }

    private async Task SaveChangesAsync(MonitoringReportEntity r, CancellationToken ct)
    {
        try
        {
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            _db.ChangeTracker.Clear();
            var stored = await Reports.AsNoTracking().FirstOrDefaultAsync(x => x.Id == r.Id, ct).ConfigureAwait(false);
            throw Conflict(stored ?? r);
        }
    }

    private static ConcurrencyConflictException Conflict(MonitoringReportEntity stored)
    {
        var when = ChineseDates.DateTimeSeconds(stored.UpdatedAt);
        return new ConcurrencyConflictException($"《{stored.DocumentTitle}》的监控表已被{stored.UpdatedBy ?? "其他用户"}于{when}修改，您的修改未保存。请刷新后重试。");
    }
}
