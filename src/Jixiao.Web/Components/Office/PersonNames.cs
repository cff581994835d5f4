using Jixiao.Data.Administration;
using Jixiao.Data.Security;

namespace Jixiao.Web.Components.Office;

/// <summary>
/// The 姓名（登录名） labels of the people one page shows (audit lines, versions), read in one query
/// (<see cref="PersonDirectory"/>); a name not found is shown as stored.
/// </summary>
public sealed class PersonNames(IReadOnlyDictionary<string, string> labels)
{
    public static PersonNames Empty { get; } = new(new Dictionary<string, string>());

    public string this[string? userName] => userName is null ? "" : labels.GetValueOrDefault(userName, userName);

    public static async Task<PersonNames> ForAsync(IServiceScopeFactory scopes, Actor? actor, IEnumerable<string?> userNames)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        await using var scope = scopes.CreateAsyncScope();
        return new PersonNames(await scope.ServiceProvider.GetRequiredService<PersonDirectory>().LabelsAsync(actor, userNames));
    }
}
