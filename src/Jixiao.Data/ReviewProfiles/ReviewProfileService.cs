using Jixiao.Core.Review;
using Jixiao.Core.Review.Profiles;
using Jixiao.Core.Review.Profiles.Jurisdictions;
using Jixiao.Data.Entities;
using Jixiao.Data.Limits;
using Jixiao.Data.Security;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.ReviewProfiles;

/// <summary>
/// 审核配置（docs/jurisdiction-profiles.md）：辖区的系统管理员查看和修改本辖区依据的地区公开口径和各条规则的调整（每条必有理由）。
/// 保存时整体替换、逐项记入审计日志，并按新配置重新审核本辖区全部文档的当前版本，使审核意见立即反映新配置
/// （只改审核意见，不改文档内容和已冻结的版本）。其他角色 403。
/// </summary>
public sealed class ReviewProfileService(JixiaoStore store)
{
    private readonly JixiaoDbContext _db = store.Context;

    public async Task<ReviewProfileView> GetAsync(Actor? actor, CancellationToken ct = default)
    {
        var admin = RequireAdministrator(actor);
        return await ViewAsync(admin.JurisdictionId, ct).ConfigureAwait(false);
    }

    /// <summary>Validates, replaces the jurisdiction's profile, audits each change and re-reviews the jurisdiction's documents.</summary>
    public async Task<ReviewProfileSaved> SaveAsync(Actor? actor, ReviewProfileInput input, CancellationToken ct = default)
    {
        var admin = RequireAdministrator(actor);
        ArgumentNullException.ThrowIfNull(input);
        var baseProfile = string.IsNullOrWhiteSpace(input.BaseProfile) ? null : input.BaseProfile.Trim();
        var overrides = new List<RuleOverride>();
        var n = 0;
        foreach (var o in input.Overrides ?? [])
        {
            n++;
            var rule = o.RuleId?.Trim();
            if (string.IsNullOrEmpty(rule)) throw new InvalidInputException($"审核配置第{n}项：缺少规则编号。");
            Severity? severity = null;
            if (!string.IsNullOrWhiteSpace(o.Severity))
                severity = Severities.Parse(o.Severity) ?? throw new InvalidInputException($"审核配置第{n}项（{rule}）：未知的级别“{o.Severity}”，应为 error、warning、info（错误、警告、提示）之一。");
            if ((o.Enabled ?? true) && severity is null) throw new InvalidInputException($"审核配置第{n}项（{rule}）：应停用该规则或选择调整后的级别。");
            var reason = InputText.Clean(o.Reason)?.Trim() ?? "";
            if (reason.Length > 500) throw new InvalidInputException($"审核配置第{n}项（{rule}）：理由最多 500 个字符。");
            overrides.Add(new RuleOverride(rule, o.Enabled ?? true, severity, reason));
        }
        try
        {
            _ = new ReviewProfile("审核配置", overrides, baseProfile);
        }
        catch (ReviewProfileException e)
        {
            throw new InvalidInputException(e.Message);
        }
        if (baseProfile is not null) baseProfile = JurisdictionProfiles.Find(baseProfile)!.Id;

        var j = admin.JurisdictionId;
        await using var tx = await _db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var row = await _db.ReviewProfiles.FirstOrDefaultAsync(p => p.JurisdictionId == j, ct).ConfigureAwait(false);
        var old = await _db.ReviewRuleOverrides.Where(o => o.JurisdictionId == j).ToListAsync(ct).ConfigureAwait(false);
        var now = store.Now;
        if (row is null) _db.ReviewProfiles.Add(row = new JurisdictionReviewProfileEntity { JurisdictionId = j, UpdatedBy = admin.UserName });
        if (row.BaseProfile != baseProfile) Audit(admin, now, "地区口径", Describe(row.BaseProfile), Describe(baseProfile));
        row.BaseProfile = baseProfile;
        row.UpdatedAt = now;
        row.UpdatedBy = admin.UserName;
        foreach (var gone in old.Where(o => overrides.All(x => x.RuleId != o.RuleId)))
            Audit(admin, now, gone.RuleId, Describe(gone), null);
        foreach (var o in overrides)
        {
            var before = old.FirstOrDefault(x => x.RuleId == o.RuleId);
            var text = Describe(o.Enabled, o.Severity?.ToFormat(), o.Reason);
            if (before is null || Describe(before) != text) Audit(admin, now, o.RuleId, before is null ? null : Describe(before), text);
        }
        _db.ReviewRuleOverrides.RemoveRange(old);
        _db.ReviewRuleOverrides.AddRange(overrides.Select(o => new ReviewRuleOverrideEntity
        {
            JurisdictionId = j, RuleId = o.RuleId, Enabled = o.Enabled, Severity = o.Severity?.ToFormat(), Reason = o.Reason,
        }));
        await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        var reviewed = await ReReviewAsync(j, ct).ConfigureAwait(false);
        await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return new ReviewProfileSaved(await ViewAsync(j, ct).ConfigureAwait(false), reviewed);
    }

    /// <summary>Every document of the jurisdiction, its current version reviewed again under the stored profile.</summary>
    private async Task<int> ReReviewAsync(int jurisdictionId, CancellationToken ct)
    {
        var documents = await _db.Documents.Where(d => d.JurisdictionId == jurisdictionId).OrderBy(d => d.Id).ToListAsync(ct).ConfigureAwait(false);
        foreach (var d in documents)
        {
            var snapshot = await _db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == d.Id && v.Number == d.CurrentVersion)
                .Select(v => v.SnapshotJson).FirstAsync(ct).ConfigureAwait(false);
            var projects = await _db.Projects.Where(p => p.DocumentId == d.Id).OrderBy(p => p.Position).ToListAsync(ct).ConfigureAwait(false);
            var indicators = await _db.Indicators.Where(i => i.DocumentId == d.Id).ToListAsync(ct).ConfigureAwait(false);
            await store.ReplaceFindingsAsync(d, DocumentJsonReader.Read(snapshot), projects, indicators, ct).ConfigureAwait(false);
        }
        return documents.Count;
    }

    private async Task<ReviewProfileView> ViewAsync(int jurisdictionId, CancellationToken ct)
    {
        var name = await _db.Jurisdictions.AsNoTracking().Where(x => x.Id == jurisdictionId).Select(x => x.Name).FirstAsync(ct).ConfigureAwait(false);
        var row = await _db.ReviewProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.JurisdictionId == jurisdictionId, ct).ConfigureAwait(false);
        var overrides = await _db.ReviewRuleOverrides.AsNoTracking().Where(o => o.JurisdictionId == jurisdictionId)
            .OrderBy(o => o.RuleId).ToListAsync(ct).ConfigureAwait(false);
        var descriptors = ReviewRules.Default.Descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);
        return new ReviewProfileView(
            jurisdictionId, name, row?.BaseProfile, JurisdictionProfiles.Find(row?.BaseProfile)?.Name,
            overrides.Select(o => new RuleOverrideView(o.RuleId, descriptors.TryGetValue(o.RuleId, out var r) ? r.Title : o.RuleId, o.Enabled,
                o.Severity, Severities.Parse(o.Severity)?.ToChinese(), o.Reason)).ToArray(),
            row?.UpdatedAt, row?.UpdatedBy,
            JurisdictionProfiles.All.Select(p => new BaseProfileOption(p.Id, p.Name, p.Tables is not null)).ToArray(),
            ReviewRules.Default.Descriptors.Select(d => new RuleOption(d.Id, d.Title, d.DefaultSeverity.ToFormat())).ToArray());
    }

    private void Audit(Actor admin, DateTimeOffset now, string field, string? oldValue, string? newValue) =>
        _db.AuditLog.Add(new AuditLogEntity
        {
            At = now, UserName = admin.UserName, Action = "修改审核配置", Where = "审核配置", Field = field, OldValue = oldValue, NewValue = newValue,
        });

    private static string Describe(string? baseProfile) =>
        baseProfile is null ? "按文档认出" : JurisdictionProfiles.Find(baseProfile)?.Name ?? baseProfile;

    private static string Describe(ReviewRuleOverrideEntity o) => Describe(o.Enabled, o.Severity, o.Reason);

    private static string Describe(bool enabled, string? severity, string reason) =>
        (enabled ? $"级别：{Severities.Parse(severity)?.ToChinese() ?? "不变"}" : "停用") + $"；理由：{reason}";

    private static Actor RequireAdministrator(Actor? actor) => actor switch
    {
        null => throw new AccessDeniedException("请先以系统管理员身份登录：审核配置只能由本辖区的系统管理员查看和修改。"),
        { Role: Role.Administrator } a => a,
        _ => throw new AccessDeniedException($"{actor.Role.ToChinese()}不能修改审核配置：审核配置由本辖区的系统管理员维护。"),
    };
}
