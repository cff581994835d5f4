namespace Jixiao.Data.Security;

/// <summary>What a signed-in user is (角色). The public (公众) is not a role: it is no actor at all.</summary>
public enum Role
{
    /// <summary>单位填报人: drafts the documents of one budget unit.</summary>
    UnitFiler,
    /// <summary>部门审核人: reviews every unit of one department.</summary>
    DepartmentReviewer,
    /// <summary>财政审核人: the finance bureau; reviews, approves and publishes every department of the jurisdiction.</summary>
    FinanceReviewer,
    /// <summary>系统管理员: users and settings; no workflow steps.</summary>
    Administrator,
}

public static class Roles
{
    /// <summary>单位填报人 / 部门审核人 / 财政审核人 / 系统管理员.</summary>
    public static string ToChinese(this Role role) => role switch
    {
        Role.UnitFiler => "单位填报人",
        Role.DepartmentReviewer => "部门审核人",
        Role.FinanceReviewer => "财政审核人",
        _ => "系统管理员",
    };
}
