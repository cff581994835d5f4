using Jixiao.Data.Administration;
using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests.Office;

public sealed class SqliteAdministrationTests : AdministrationTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresAdministrationTests : AdministrationTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// Administration by the 系统管理员 (issue 20 item 5): users, departments and units, years — each refused to other roles,
/// confined to the jurisdiction, and written to the administration log with the administrator's 姓名（登录名）.
/// </summary>
public abstract class AdministrationTests : StoreTestBase
{
    private static readonly TimeProvider Clock = new FixedTime(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    private UserAdministration Users() => new(Db.NewContext(), Clock);

    private async Task<int> UnitIdAsync(string code)
    {
        await using var context = Db.NewContext();
        return await context.BudgetUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    [Fact]
    public async Task A_created_user_signs_in_with_the_one_time_password_in_the_scope_given_and_the_log_names_both()
    {
        var admin = await SignIn(Admin);
        var unit = await UnitIdAsync("301002");

        var created = await Users().CreateAsync(admin, new UserInput("zhang.san", "张三", Role.UnitFiler, null, unit));

        Assert.Equal("张三（zhang.san）", created.User.Person);
        Assert.Equal("某某市公证处", created.User.UnitName);
        Assert.Equal("某某市司法局", created.User.DepartmentName);
        Assert.Equal(12, created.Password.Length);
        var actor = await Db.NewStore().SignInAsync("zhang.san", created.Password);
        Assert.NotNull(actor);
        Assert.Equal((Role.UnitFiler, unit), (actor.Role, actor.BudgetUnitId));
        Assert.Equal(created.User.DepartmentId, actor.DepartmentId);

        var log = await new AdministrationAudit(Db.NewContext(), new PersonDirectory(Db.NewContext())).ListAsync(admin);
        var line = log.First();
        Assert.Equal(("新建用户", "用户 张三（zhang.san）"), (line.Action, line.Where));
        Assert.Equal("单位填报人 · 某某市司法局 / 某某市公证处", line.New);
        Assert.Equal("系统管理员（admin）", line.Person);
        Assert.DoesNotContain(created.Password, string.Join("|", log.Select(l => $"{l.Where}{l.Old}{l.New}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scope_must_fit_the_role_and_the_login_name_be_new()
    {
        var admin = await SignIn(Admin);
        var e = await Assert.ThrowsAsync<InvalidInputException>(() => Users().CreateAsync(admin, new UserInput("li.si", "李四", Role.UnitFiler, null, null)));
        Assert.Contains("须选择所属预算单位", e.Message, StringComparison.Ordinal);
        e = await Assert.ThrowsAsync<InvalidInputException>(() => Users().CreateAsync(admin, new UserInput("li.si", "李四", Role.DepartmentReviewer, null, null)));
        Assert.Contains("须选择所属部门", e.Message, StringComparison.Ordinal);
        e = await Assert.ThrowsAsync<InvalidInputException>(() => Users().CreateAsync(admin, new UserInput(NotaryFiler, "李四", Role.FinanceReviewer, null, null)));
        Assert.Contains("已被使用", e.Message, StringComparison.Ordinal);
        e = await Assert.ThrowsAsync<InvalidInputException>(() => Users().CreateAsync(admin, new UserInput("li si", "李四", Role.FinanceReviewer, null, null)));
        Assert.Contains("不能含空格", e.Message, StringComparison.Ordinal);
        e = await Assert.ThrowsAsync<InvalidInputException>(() => Users().CreateAsync(admin, new UserInput("li.si", " ", Role.FinanceReviewer, null, null)));
        Assert.Contains("姓名不能为空", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(c => c.Users.Where(u => u.UserName == "li.si")));
    }

    [Fact]
    public async Task Other_roles_are_refused_and_another_jurisdictions_user_is_not_found()
    {
        foreach (var name in new[] { Finance, JusticeReviewer, NotaryFiler })
        {
            var other = await SignIn(name);
            await Assert.ThrowsAsync<AccessDeniedException>(() => Users().ListAsync(other));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Users().CreateAsync(other, new UserInput("x.y", "某人", Role.FinanceReviewer, null, null)));
            await Assert.ThrowsAsync<AccessDeniedException>(() => new OrganizationAdministration(Db.NewContext(), Clock).CreateDepartmentAsync(other, new DepartmentInput("399", "某某局", null)));
            await Assert.ThrowsAsync<AccessDeniedException>(() => new FiscalYearAdministration(Db.NewContext(), Clock).OpenAsync(other, 2027, null));
        }
        int strangerId;
        await using (var context = Db.NewContext())
        {
            var elsewhere = new JurisdictionEntity { Name = "另一市", Code = "880100" };
            context.Jurisdictions.Add(elsewhere);
            await context.SaveChangesAsync();
            var stranger = new UserEntity { UserName = "stranger", DisplayName = "外人", PasswordHash = PasswordHashing.Hash("x"), Role = Role.FinanceReviewer, JurisdictionId = elsewhere.Id };
            context.Users.Add(stranger);
            await context.SaveChangesAsync();
            strangerId = stranger.Id;
        }
        var admin = await SignIn(Admin);
        await Assert.ThrowsAsync<NotFoundException>(() => Users().DisableAsync(admin, strangerId));
        await Assert.ThrowsAsync<NotFoundException>(() => Users().ResetPasswordAsync(admin, strangerId));
        Assert.DoesNotContain(await Users().ListAsync(admin, page: PageRequest.Largest), u => u.UserName == "stranger");
    }

    [Fact]
    public async Task Disabling_ends_every_session_at_once_and_refuses_sign_in_until_enabled()
    {
        var admin = await SignIn(Admin);
        var filer = await SignIn(NotaryFiler);
        var sessions = new UserSessions(Db.NewContext(), TimeProvider.System);
        var token = await sessions.StartAsync(filer.UserId, TimeSpan.FromHours(8));
        Assert.NotNull(await new UserSessions(Db.NewContext(), TimeProvider.System).GetActorAsync(token));

        var view = await Users().DisableAsync(admin, filer.UserId);

        Assert.True(view.Disabled);
        Assert.Null(await new UserSessions(Db.NewContext(), TimeProvider.System).GetActorAsync(token));
        Assert.Equal(0, await CountAsync(c => c.UserSessions.Where(s => s.UserId == filer.UserId)));
        Assert.Null(await Db.NewStore().SignInAsync(NotaryFiler, TestDatabase.DemoPassword));
        await Assert.ThrowsAsync<InvalidInputException>(() => Users().DisableAsync(admin, admin.UserId));

        await Users().EnableAsync(admin, filer.UserId);
        Assert.NotNull(await Db.NewStore().SignInAsync(NotaryFiler, TestDatabase.DemoPassword));
        var actions = (await new AdministrationAudit(Db.NewContext(), new PersonDirectory(Db.NewContext())).ListAsync(admin)).Select(l => l.Action).ToList();
        Assert.Equal(["启用用户", "停用用户"], actions.Take(2));
    }

    [Fact]
    public async Task A_password_reset_replaces_the_password_and_ends_the_sessions()
    {
        var admin = await SignIn(Admin);
        var reviewer = await SignIn(JusticeReviewer);
        var token = await new UserSessions(Db.NewContext(), TimeProvider.System).StartAsync(reviewer.UserId, TimeSpan.FromHours(8));

        var reset = await Users().ResetPasswordAsync(admin, reviewer.UserId);

        Assert.Null(await new UserSessions(Db.NewContext(), TimeProvider.System).GetActorAsync(token));
        Assert.Null(await Db.NewStore().SignInAsync(JusticeReviewer, TestDatabase.DemoPassword));
        Assert.NotNull(await Db.NewStore().SignInAsync(JusticeReviewer, reset.Password));
    }

    [Fact]
    public async Task Role_and_scope_change_apply_on_the_next_request_and_are_logged_old_to_new()
    {
        var admin = await SignIn(Admin);
        var filer = await SignIn(DetoxFiler);
        int education;
        await using (var context = Db.NewContext()) education = await context.Departments.Where(d => d.Code == "302").Select(d => d.Id).SingleAsync();

        var view = await Users().UpdateAsync(admin, filer.UserId, new UserInput(null, "王五", Role.DepartmentReviewer, education, null));

        Assert.Equal(("王五", Role.DepartmentReviewer, (int?)education, (int?)null), (view.DisplayName, view.Role, view.DepartmentId, view.BudgetUnitId));
        var again = await Db.NewStore().GetActorAsync(filer.UserId);
        Assert.Equal((Role.DepartmentReviewer, (int?)education), (again!.Role, again.DepartmentId));
        var log = await new AdministrationAudit(Db.NewContext(), new PersonDirectory(Db.NewContext())).ListAsync(admin);
        Assert.Contains(log, l => l.Field == "角色与范围" && l.Old == "单位填报人 · 某某市司法局 / 某某市强制隔离戒毒所" && l.New == "部门审核人 · 某某市教育局");
        Assert.Contains(log, l => l.Field == "姓名" && l.New == "王五");
        await Assert.ThrowsAsync<InvalidInputException>(() => Users().UpdateAsync(admin, admin.UserId, new UserInput(null, "管理员", Role.FinanceReviewer, null, null)));
    }

    [Fact]
    public async Task Departments_and_units_are_created_and_renamed_with_unique_codes()
    {
        var admin = await SignIn(Admin);
        var orgs = new OrganizationAdministration(Db.NewContext(), Clock);
        var department = await orgs.CreateDepartmentAsync(admin, new DepartmentInput("305", "某某市民政局", "民政"));
        var unit = await new OrganizationAdministration(Db.NewContext(), Clock).CreateUnitAsync(admin, department.Id, new UnitInput("305001", "某某市民政局机关"));
        await new OrganizationAdministration(Db.NewContext(), Clock).RenameUnitAsync(admin, unit.Id, "某某市民政局本级");
        await new OrganizationAdministration(Db.NewContext(), Clock).RenameDepartmentAsync(admin, department.Id, "某某市民政事务局");

        var listed = Assert.Single(await new OrganizationAdministration(Db.NewContext(), Clock).ListAsync(admin), d => d.Code == "305");
        Assert.Equal("某某市民政事务局", listed.Name);
        Assert.Equal("某某市民政局本级", Assert.Single(listed.Units).Name);
        var e = await Assert.ThrowsAsync<InvalidInputException>(() => new OrganizationAdministration(Db.NewContext(), Clock).CreateDepartmentAsync(admin, new DepartmentInput("301", "重复", null)));
        Assert.Contains("部门编码“301”在本辖区已被使用", e.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidInputException>(() => new OrganizationAdministration(Db.NewContext(), Clock).CreateUnitAsync(admin, department.Id, new UnitInput("305001", "重复")));

        // The new unit can be given a filer at once.
        var filer = await Users().CreateAsync(admin, new UserInput("filer.305001", "赵六", Role.UnitFiler, null, unit.Id));
        Assert.Equal("某某市民政局本级", filer.User.UnitName);
        var log = await new AdministrationAudit(Db.NewContext(), new PersonDirectory(Db.NewContext())).ListAsync(admin);
        Assert.Contains(log, l => l.Action == "部门改名" && l.Old == "某某市民政局" && l.New == "某某市民政事务局");
        Assert.Contains(log, l => l.Action == "单位改名" && l.Old == "某某市民政局机关" && l.New == "某某市民政局本级");
        Assert.Contains(log, l => l.Action == "新建单位");
    }

    [Fact]
    public async Task A_year_is_opened_once_with_a_plausible_deadline_that_can_be_changed()
    {
        var admin = await SignIn(Admin);
        var years = new FiscalYearAdministration(Db.NewContext(), Clock);
        await years.OpenAsync(admin, 2027, new DateOnly(2026, 11, 30));
        Assert.Equal(new FiscalYearView(2027, new DateOnly(2026, 11, 30)), (await new FiscalYearAdministration(Db.NewContext(), Clock).ListAsync(admin))[0]);
        var e = await Assert.ThrowsAsync<InvalidInputException>(() => new FiscalYearAdministration(Db.NewContext(), Clock).OpenAsync(admin, 2027, null));
        Assert.Contains("已经开放", e.Message, StringComparison.Ordinal);
        e = await Assert.ThrowsAsync<InvalidInputException>(() => new FiscalYearAdministration(Db.NewContext(), Clock).SetDeadlineAsync(admin, 2027, new DateOnly(2030, 1, 1)));
        Assert.Contains("不合理", e.Message, StringComparison.Ordinal);
        await new FiscalYearAdministration(Db.NewContext(), Clock).SetDeadlineAsync(admin, 2026, new DateOnly(2025, 12, 31));
        await Assert.ThrowsAsync<NotFoundException>(() => new FiscalYearAdministration(Db.NewContext(), Clock).SetDeadlineAsync(admin, 2031, null));

        var log = await new AdministrationAudit(Db.NewContext(), new PersonDirectory(Db.NewContext())).ListAsync(admin);
        Assert.Equal(("设置截止日期", "未设置", "2025年12月31日"), (log[0].Action, log[0].Old, log[0].New));
        Assert.Equal(("开放年度", "2027 年度", "2026年11月30日"), (log[1].Action, log[1].Where, log[1].New));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero), log[0].At);
    }
}
