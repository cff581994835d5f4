namespace Jixiao.Documents.Vocabulary;

/// <summary>
/// What a column of a table holds, recognised from its header cell through the one vocabulary
/// (<see cref="HeaderVocabulary"/>, the data file table-vocabulary.json).
/// </summary>
public enum TableColumn
{
    /// <summary>项目名称 (with the 项目编码 in front in some provinces).</summary>
    ProjectName,
    /// <summary>项目总额 / 预算数.</summary>
    Total,
    /// <summary>其中：财政资金 / 财政拨款.</summary>
    Fiscal,
    /// <summary>其中：其他资金.</summary>
    Other,
    /// <summary>绩效目标 (the project's goals).</summary>
    Goals,
    /// <summary>一级指标.</summary>
    Level1,
    /// <summary>二级指标.</summary>
    Level2,
    /// <summary>三级指标: the indicator itself.</summary>
    Level3,
    /// <summary>绩效指标 as one cell holding 一级+二级+三级 run together (部门整体支出绩效目标表).</summary>
    CombinedIndicator,
    /// <summary>绩效指标描述.</summary>
    Description,
    /// <summary>指标值 / 本年绩效指标值.</summary>
    Value,
    /// <summary>指标性质 / 绩效指标性质 (≥ ≤ ＝ 定性).</summary>
    Nature,
    /// <summary>度量单位 / 绩效度量单位: the unit of the value, printed in a column of its own.</summary>
    Unit,
    /// <summary>指标值确定依据.</summary>
    Basis,
    /// <summary>权重.</summary>
    Weight,
    /// <summary>活动 (the activity an indicator of the department-wide table belongs to).</summary>
    Activity,
    /// <summary>项目编码 / 单位编码 printed in a column of its own.</summary>
    Code,
    /// <summary>实际完成值 / 实际完成情况: a self-evaluation (自评) or monitoring table, not a target table.</summary>
    Actual,
    /// <summary>得分 / 自评得分: a self-evaluation table.</summary>
    Score,
    /// <summary>偏差原因（分析）: a self-evaluation or monitoring table.</summary>
    Deviation,
    /// <summary>执行情况 / 完成目标可能性 / 全年预计: a monitoring (运行监控) table.</summary>
    Progress,
}
