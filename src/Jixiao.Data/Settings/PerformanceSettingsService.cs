using System.Globalization;
using Jixiao.Core.Evaluation;
using Jixiao.Core.Monitoring;
using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;
using Jixiao.Core.Values;

namespace Jixiao.Data.Settings;

/// <summary>
/// 绩效设置 per jurisdiction (docs/performance-settings.md): the monitoring period kind, the lights' thresholds and causes,
/// the self-evaluation points, grades and judged bands. Everyone signed in to the jurisdiction may read them (a filer
/// sees why a light is red); the finance bureau and the administrator change them, whole, with the row version read;
/// every changed field is audited. <see cref="Monitoring.MonitoringService"/> and
/// <see cref="Evaluation.EvaluationService"/> read them through <see cref="MonitoringAsync"/> / <see cref="EvaluationAsync"/>.
/// </summary>
public sealed class PerformanceSettingsService(JixiaoStore store)
{
    private readonly JixiaoDbContext _db = store.Context;
    private readonly Dictionary<int, (MonitoringSettings Monitoring, EvaluationSettings Evaluation)> _read = [];

    private DbSet<PerformanceSettingsEntity> Rows => _db.Set<PerformanceSettingsEntity>();

    public async Task<PerformanceSettingsView> GetAsync(Actor? actor, CancellationToken ct = default)
    {
        if (actor is null) throw new AccessDeniedException("请先登录：绩效设置只对本辖区的用户开放。");
        return await ViewAsync(actor, ct).ConfigureAwait(false);
    }

    /// <summary>Replaces both parts after checking them; refuses a stale row version (409) and any role but finance and administrator.</summary>
    public async Task<PerformanceSettingsView> SaveAsync(Actor? actor, PerformanceSettingsInput input, CancellationToken ct = default)
    {
        if (actor is null) throw new AccessDeniedException("请先登录：绩效设置由财政审核人或系统管理员修改。");
        if (!CanEdit(actor))
            throw new AccessDeniedException($"您（{actor.Role.ToChinese()} {actor.DisplayName}）无权修改绩效设置：由本辖区的财政审核人或系统管理员修改。");
        ArgumentNullException.ThrowIfNull(input);
        var monitoring = PerformanceSettingsMapping.Check(input.Monitoring);
        var evaluation = PerformanceSettingsMapping.Check(input.Evaluation);

        var j = actor.JurisdictionId;
        var row = await Rows.FirstOrDefaultAsync(r => r.JurisdictionId == j, ct).ConfigureAwait(false);
        if ((row?.RowVersion ?? 0) != input.RowVersion)
            throw new ConcurrencyConflictException(
                $"绩效设置已被{row?.UpdatedBy}于{(row is null ? "刚才" : ChineseDates.DateTime(row.UpdatedAt))}修改，您的修改未保存。请刷新后重试。");
        var oldMonitoring = row is null ? PerformanceSettingsMapping.FromCore(MonitoringSettings.Default) : PerformanceSettingsMapping.MonitoringFromJson(row.MonitoringJson);
        var oldEvaluation = row is null ? PerformanceSettingsMapping.FromCore(EvaluationSettings.Default) : PerformanceSettingsMapping.EvaluationFromJson(row.EvaluationJson);
        var now = store.Now;
        var changes = PerformanceSettingsChanges.Of(oldMonitoring, monitoring).Select(c => ("运行监控设置", c))
            .Concat(PerformanceSettingsChanges.Of(oldEvaluation, evaluation).Select(c => ("绩效自评设置", c))).ToArray();
        if (changes.Length == 0) return await ViewAsync(actor, ct).ConfigureAwait(false);
        if (row is null) Rows.Add(row = new PerformanceSettingsEntity { JurisdictionId = j, MonitoringJson = "", EvaluationJson = "", UpdatedBy = actor.UserName });
        row.MonitoringJson = PerformanceSettingsMapping.ToJson(monitoring);
        row.EvaluationJson = PerformanceSettingsMapping.ToJson(evaluation);
        row.RowVersion++;
        row.UpdatedAt = now;
        row.UpdatedBy = actor.UserName;
        foreach (var (where, c) in changes)
            _db.AuditLog.Add(new AuditLogEntity
            {
                At = now, UserName = actor.UserName, Action = "修改绩效设置", Where = where, Field = c.Field, OldValue = c.Old, NewValue = c.New,
            });
        try
        {
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another save of the same jurisdiction won the race (the row version, or the first row inserted twice).
            throw new ConcurrencyConflictException("绩效设置刚被其他用户修改，您的修改未保存。请刷新后重试。");
        }
        _read.Remove(j);
        return await ViewAsync(actor, ct).ConfigureAwait(false);
    }

    /// <summary>The jurisdiction's monitoring settings: the stored ones, else FORMAT.md's defaults.</summary>
    public async Task<MonitoringSettings> MonitoringAsync(int jurisdictionId, CancellationToken ct = default) =>
        (await ReadAsync(jurisdictionId, ct).ConfigureAwait(false)).Monitoring;

    /// <summary>The jurisdiction's self-evaluation settings: the stored ones, else FORMAT.md's defaults.</summary>
    public async Task<EvaluationSettings> EvaluationAsync(int jurisdictionId, CancellationToken ct = default) =>
        (await ReadAsync(jurisdictionId, ct).ConfigureAwait(false)).Evaluation;

    /// <summary>Who may change them: the jurisdiction's finance bureau and administrator.</summary>
    public static bool CanEdit(Actor? actor) => actor is { Role: Role.FinanceReviewer or Role.Administrator };

    // Read once per service instance (a request or one page action): a service reads the settings on every score.
    private async Task<(MonitoringSettings Monitoring, EvaluationSettings Evaluation)> ReadAsync(int jurisdictionId, CancellationToken ct)
    {
        if (_read.TryGetValue(jurisdictionId, out var known)) return known;
        var row = await Rows.AsNoTracking().FirstOrDefaultAsync(r => r.JurisdictionId == jurisdictionId, ct).ConfigureAwait(false);
        var settings = row is null
            ? (MonitoringSettings.Default, EvaluationSettings.Default)
            : (PerformanceSettingsMapping.ToCore(PerformanceSettingsMapping.MonitoringFromJson(row.MonitoringJson)),
                PerformanceSettingsMapping.ToCore(PerformanceSettingsMapping.EvaluationFromJson(row.EvaluationJson)));
        _read[jurisdictionId] = settings;
        return settings;
    }

    private async Task<PerformanceSettingsView> ViewAsync(Actor actor, CancellationToken ct)
    {
        var j = actor.JurisdictionId;
        var name = await _db.Jurisdictions.AsNoTracking().Where(x => x.Id == j).Select(x => x.Name).FirstOrDefaultAsync(ct).ConfigureAwait(false)
            ?? j.ToString(CultureInfo.InvariantCulture);
        var row = await Rows.AsNoTracking().FirstOrDefaultAsync(r => r.JurisdictionId == j, ct).ConfigureAwait(false);
        return row is null
            ? new PerformanceSettingsView(j, name, PerformanceSettingsMapping.FromCore(MonitoringSettings.Default),
                PerformanceSettingsMapping.FromCore(EvaluationSettings.Default), true, CanEdit(actor), 0, null, null)
            : new PerformanceSettingsView(j, name, PerformanceSettingsMapping.MonitoringFromJson(row.MonitoringJson),
                PerformanceSettingsMapping.EvaluationFromJson(row.EvaluationJson), false, CanEdit(actor), row.RowVersion, row.UpdatedAt, row.UpdatedBy);
    }
}
