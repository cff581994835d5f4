using Jixiao.Data.Drafting;
using Jixiao.Data.Security;

namespace Jixiao.Data;

public sealed partial class JixiaoStore
{
    /// <summary>
    /// Saves an edit of one indicator of the current version through the drafting pipeline
    /// (<see cref="DocumentEditService.UpdateIndicatorAsync"/>), kept here for the callers that hold only a store.
    /// </summary>
    public Task<IndicatorEditResult> UpdateIndicatorAsync(Actor? actor, int indicatorId, IndicatorEdit edit, long expectedRowVersion, CancellationToken ct = default) =>
        new DocumentEditService(this).UpdateIndicatorAsync(actor, indicatorId, edit, expectedRowVersion, ct);
}
