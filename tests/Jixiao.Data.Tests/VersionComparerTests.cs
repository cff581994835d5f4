using Jixiao.Core.Model;
using Jixiao.Core.Model.Identity;
using Jixiao.Data.Mapping;
using Jixiao.Data.Tests.Support;
using Jixiao.Documents.Exchange;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Data.Tests;

/// <summary>The version diff pairs projects and indicators by key, so moving one is not read as changing every one.</summary>
public class VersionComparerTests
{
    private static TargetDocument Keyed() =>
        DocumentKeys.AssignMissing(DocumentJsonReader.Read(Goldens.Json(Seeds.S004)), new SequentialKeyGenerator());

    [Fact]
    public void Reordering_two_projects_and_editing_one_is_one_change()
    {
        var v1 = Keyed();
        Assert.True(v1.Projects.Count >= 2);
        var projects = v1.Projects.ToArray();
        (projects[0], projects[1]) = (projects[1], projects[0] with { Purpose = "新的资金用途" });
        var v2 = v1 with { Projects = projects };

        var change = Assert.Single(VersionComparer.Compare(v1, v2));
        Assert.Equal("资金用途", change.Field);
        Assert.Equal($"项目{v1.Projects[0].Name}", change.Where);
        Assert.Equal(v1.Projects[0].Purpose, change.Old);
        Assert.Equal("新的资金用途", change.New);
    }

    [Fact]
    public void Moving_an_indicator_and_removing_another_names_only_the_removed_one()
    {
        var v1 = Keyed();
        var project = v1.Projects.First(p => p.Indicators.Count >= 3);
        var indicators = project.Indicators.ToList();
        var removed = indicators[1];
        indicators.RemoveAt(1);
        indicators.Reverse();
        var v2 = v1 with { Projects = v1.Projects.Select(p => p.Key == project.Key ? p with { Indicators = indicators } : p).ToArray() };

        var change = Assert.Single(VersionComparer.Compare(v1, v2));
        Assert.Equal("指标", change.Field);
        Assert.Equal(removed.Name, change.Old);
        Assert.Null(change.New);
    }

    [Fact]
    public void An_added_project_is_one_change_even_when_inserted_first()
    {
        var v1 = Keyed();
        var added = new Project { Key = "new", Name = "新增项目" };
        var v2 = v1 with { Projects = [added, .. v1.Projects] };
        var change = Assert.Single(VersionComparer.Compare(v1, v2));
        Assert.Equal(("项目", null, "新增项目"), (change.Field, change.Old, change.New));
    }

    [Fact]
    public void Versions_stored_before_keys_are_matched_by_position()
    {
        var v1 = DocumentJsonReader.Read(Goldens.Json(Seeds.S004));
        var projects = v1.Projects.ToArray();
        projects[0] = projects[0] with { Purpose = "改" };
        var change = Assert.Single(VersionComparer.Compare(v1, v1 with { Projects = projects }));
        Assert.Equal("资金用途", change.Field);
    }
}
