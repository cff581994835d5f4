using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Administration;

/// <summary>A budget unit (预算单位) as the administration page lists it.</summary>
public sealed record UnitView(int Id, int DepartmentId, string Code, string Name);

/// <summary>A department (部门) with its budget units.</summary>
public sealed record DepartmentView(int Id, string Code, string Name, string Kind, IReadOnlyList<UnitView> Units);

/// <summary>A new department: 编码 (unique in the jurisdiction), 名称, 类别 (司法 / 教育 / …; optional).</summary>
public sealed record DepartmentInput(string? Code, string? Name, string? Kind);

/// <summary>A new budget unit of a department: 编码 (unique in the department), 名称.</summary>
public sealed record UnitInput(string? Code, string? Name);

/// <summary>
/// 部门和单位 by the 系统管理员: create departments and their budget units, rename either. Codes are fixed once created
/// (documents, users and imports refer to them). Renaming changes the name shown from now on; documents already filed
/// keep the unit name they were filed under, because that is the name they were submitted and published with.
/// Everything is audited in the jurisdiction's administration log.
/// </summary>
public sealed class OrganizationAdministration(JixiaoDbContext db, TimeProvider time)
{
    /// <summary>One page of the jurisdiction's departments by code, each with all its units.</summary>
    public async Task<Paged<DepartmentView>> ListAsync(Actor? actor, PageRequest? page = null, CancellationToken ct = default)
    {
        var admin = AdministrationLog.RequireAdministrator(actor, "查看部门和单位");
        var paging = (page ?? PageRequest.First).Checked();
        var jurisdiction = admin.JurisdictionId;
        var departments = await db.Departments.AsNoTracking().Where(d => d.JurisdictionId == jurisdiction)
            .OrderBy(d => d.Code).ThenBy(d => d.Id).ToPagedAsync(paging, ct).ConfigureAwait(false);
        var ids = departments.Select(d => d.Id).ToArray();
        var units = (await db.BudgetUnits.AsNoTracking().Where(u => ids.Contains(u.DepartmentId)).ToListAsync(ct).ConfigureAwait(false))
            .OrderBy(u => u.Code, StringComparer.Ordinal).ToLookup(u => u.DepartmentId);
        return departments.Map(d => new DepartmentView(d.Id, d.Code, d.Name, d.Kind,
            units[d.Id].Select(u => new UnitView(u.Id, u.DepartmentId, u.Code, u.Name)).ToList()));
    }

    public async Task<DepartmentView> CreateDepartmentAsync(Actor? actor, DepartmentInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var admin = AdministrationLog.RequireAdministrator(actor, "新建部门");
        var code = AdministrationLog.Code(input.Code, "部门编码", 20);
        var name = AdministrationLog.Required(input.Name, "部门名称", 100);
        var kind = Limits.InputText.Clean(input.Kind)?.Trim() is { Length: > 0 } k ? AdministrationLog.Required(k, "部门类别", 40) : "其他";
        var jurisdiction = admin.JurisdictionId;
        if (await db.Departments.AnyAsync(d => d.JurisdictionId == jurisdiction && d.Code == code, ct).ConfigureAwait(false))
            throw new InvalidInputException($"部门编码“{code}”在本辖区已被使用，请换一个。");
        var department = new DepartmentEntity { JurisdictionId = jurisdiction, Code = code, Name = name, Kind = kind };
        db.Departments.Add(department);
        AdministrationLog.Write(db, time, admin, "新建部门", $"部门 {name}（{code}）", "类别", null, kind);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new DepartmentView(department.Id, code, name, kind, []);
    }

    public async Task<DepartmentView> RenameDepartmentAsync(Actor? actor, int departmentId, string? name, CancellationToken ct = default)
    {
        var admin = AdministrationLog.RequireAdministrator(actor, "修改部门名称");
        var newName = AdministrationLog.Required(name, "部门名称", 100);
        var department = await DepartmentAsync(admin, departmentId, ct).ConfigureAwait(false);
        if (department.Name != newName)
        {
            AdministrationLog.Write(db, time, admin, "部门改名", $"部门 {department.Code}", "名称", department.Name, newName);
            department.Name = newName;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        return (await ListOneAsync(department, ct).ConfigureAwait(false));
    }

    public async Task<UnitView> CreateUnitAsync(Actor? actor, int departmentId, UnitInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var admin = AdministrationLog.RequireAdministrator(actor, "新建预算单位");
        var department = await DepartmentAsync(admin, departmentId, ct).ConfigureAwait(false);
        var code = AdministrationLog.Code(input.Code, "单位编码", 20);
        var name = AdministrationLog.Required(input.Name, "单位名称", 100);
        if (await db.BudgetUnits.AnyAsync(u => u.DepartmentId == department.Id && u.Code == code, ct).ConfigureAwait(false))
            throw new InvalidInputException($"单位编码“{code}”在{department.Name}已被使用，请换一个。");
        var unit = new BudgetUnitEntity { DepartmentId = department.Id, Code = code, Name = name };
        db.BudgetUnits.Add(unit);
        AdministrationLog.Write(db, time, admin, "新建单位", $"部门 {department.Name} 的预算单位 {name}（{code}）");
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new UnitView(unit.Id, department.Id, code, name);
    }

    public async Task<UnitView> RenameUnitAsync(Actor? actor, int unitId, string? name, CancellationToken ct = default)
    {
        var admin = AdministrationLog.RequireAdministrator(actor, "修改单位名称");
        var newName = AdministrationLog.Required(name, "单位名称", 100);
        var jurisdiction = admin.JurisdictionId;
        var unit = await db.BudgetUnits.FirstOrDefaultAsync(u => u.Id == unitId
                       && db.Departments.Any(d => d.Id == u.DepartmentId && d.JurisdictionId == jurisdiction), ct).ConfigureAwait(false)
                   ?? throw new NotFoundException($"本辖区没有编号为 {unitId} 的预算单位。");
        if (unit.Name != newName)
        {
            AdministrationLog.Write(db, time, admin, "单位改名", $"预算单位 {unit.Code}", "名称", unit.Name, newName);
            unit.Name = newName;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        return new UnitView(unit.Id, unit.DepartmentId, unit.Code, unit.Name);
    }

    private async Task<DepartmentEntity> DepartmentAsync(Actor admin, int departmentId, CancellationToken ct) =>
        await db.Departments.FirstOrDefaultAsync(d => d.Id == departmentId && d.JurisdictionId == admin.JurisdictionId, ct).ConfigureAwait(false)
        ?? throw new NotFoundException($"本辖区没有编号为 {departmentId} 的部门。");

    private async Task<DepartmentView> ListOneAsync(DepartmentEntity d, CancellationToken ct)
    {
        var units = await db.BudgetUnits.AsNoTracking().Where(u => u.DepartmentId == d.Id).ToListAsync(ct).ConfigureAwait(false);
        return new DepartmentView(d.Id, d.Code, d.Name, d.Kind,
            units.OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => new UnitView(u.Id, u.DepartmentId, u.Code, u.Name)).ToList());
    }
}
