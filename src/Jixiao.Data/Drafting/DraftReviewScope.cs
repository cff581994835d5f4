using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Profiles;

namespace Jixiao.Data.Drafting;

/// <summary>
/// What a save must review again: the indicator tables it changed (0 = the department-wide table, 1…n the projects)
/// and the keys of the changed projects, whose rows the save loads. Null from <see cref="Of"/> when the whole document
/// must be reviewed: a project added, deleted or moved, anything changed besides the projects and the department-wide
/// part, or a fact every table depends on changed (<see cref="ReviewEngine.CanReviewChange"/>).
/// </summary>
internal sealed record DraftReviewScope(IReadOnlySet<int> Tables, IReadOnlySet<string> ProjectKeys)
{
    public static DraftReviewScope? Of(TargetDocument before, DraftChange change, ReviewProfile? profile)
    {
        var after = change.Model;
        // Operations build the model after with `with`: what they did not change is the very same instance, so the
        // document apart from its projects and its department-wide part is equal by reference.
        if (!Equals(before with { Projects = after.Projects, Overall = after.Overall }, after)) return null;
        if (!ReviewRules.Default.CanReviewChange(before, after, profile)) return null;
        var tables = new HashSet<int>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < after.Projects.Count; i++)
        {
            if (ReferenceEquals(before.Projects[i], after.Projects[i])) continue;
            tables.Add(i + 1);
            keys.Add(after.Projects[i].Key!);
        }
        if (!ReferenceEquals(before.Overall, after.Overall)) tables.Add(0);
        return new DraftReviewScope(tables, keys);
    }
}
