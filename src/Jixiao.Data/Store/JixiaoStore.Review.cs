using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Jixiao.Documents;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

public sealed partial class JixiaoStore
{
    /// <summary>
    /// Runs the review under the jurisdiction's profile on the document's current model and replaces its stored findings; acceptances are
    /// matched by rule and content fingerprint, so they survive while what they are about is unchanged. Not saved here.
    /// </summary>
    internal async Task<List<FindingEntity>> ReplaceFindingsAsync(DocumentEntity d, TargetDocument model,
        IReadOnlyList<ProjectEntity> projects, IReadOnlyList<IndicatorEntity> indicators, CancellationToken ct)
    {
        var acceptances = new List<Acceptance>();
        if (d.Id != 0)
        {
            acceptances = await _db.FindingAcceptances.AsNoTracking().Where(a => a.DocumentId == d.Id)
                .Select(a => new Acceptance(a.RuleId, a.Fingerprint, a.Reason, a.AcceptedBy, a.AcceptedAt))
                .ToListAsync(ct).ConfigureAwait(false);
            var old = await _db.Findings.Where(f => f.DocumentId == d.Id).ToListAsync(ct).ConfigureAwait(false);
            _db.Findings.RemoveRange(old);
        }
        var profile = await ReviewProfiles.JurisdictionReviewProfiles.LoadAsync(_db, d.JurisdictionId, ct).ConfigureAwait(false);
        var rows = FindingRows.Build(Engine.Review(model, profile, acceptances), d, projects, indicators);
        _db.Findings.AddRange(rows);
        FindingRows.Count(d, projects, rows);
        return rows;
    }

    /// <summary>Reads an uploaded file; a file that is not a target document becomes <see cref="ImportRejectedException"/>.</summary>
    private static ImportResult ReadFile(string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        fileName = Documents.Text.TextNormalizer.StripControlCharacters(fileName ?? "");
        if (string.IsNullOrWhiteSpace(fileName)) fileName = "上传文件";
        try
        {
            return Importer.Import(fileName, bytes);
        }
        catch (DocumentReadException e)
        {
            throw new ImportRejectedException(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A damaged Word/Excel/PDF container: say so in the user's language rather than answer 500.
            throw new ImportRejectedException($"文件“{fileName}”无法读取（文件可能已损坏或格式不受支持）：{e.Message}");
        }
    }
}
