namespace Jixiao.Core.Review;

/// <summary>The clauses rules come from (RULES.md "Sources"), as printed in a finding's basis.</summary>
public static class RuleSources
{
    public const string Doc101 = "财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》";
    public const string Doc10 = "财预〔2020〕10号《项目支出绩效评价管理办法》";
    public const string Doc136 = "财预〔2019〕136号《预算绩效运行监控管理暂行办法》";
    public const string Doc88 = "财预〔2015〕88号《中央部门预算绩效目标管理办法》";
    public const string Doc143 = "财预〔2016〕143号《地方预决算公开操作规程》";
    public const string Classification = "《政府收支分类科目》（功能分类、部门经济分类）";
    /// <summary>Not a quoted clause: what finance reviewers send back in practice (RULES.md asks to say so).</summary>
    public const string Practice = "审核实践（财政审核常见退回事项，非文件条文）";
    /// <summary>For the parser-level check that has no document behind it.</summary>
    public const string Reading = "指标值应能被读取（本系统的指标值格式约定）";

    public static string Clause(string source, string clause) => source + " " + clause;
}
