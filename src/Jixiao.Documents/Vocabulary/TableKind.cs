namespace Jixiao.Documents.Vocabulary;

/// <summary>一张表是什么，由它自己的表头和表名认出（Grid.TableClassifier）。</summary>
public enum TableKind
{
    /// <summary>说不出是什么的表。</summary>
    Other,
    /// <summary>一项目一表的项目绩效目标表（表单式：项目名称｜×××，其下是指标表）。</summary>
    Project,
    /// <summary>一张表列许多项目（项目名称是一列）。</summary>
    WideProject,
    /// <summary>只有指标表头、没有项目标签的指标表（表单式项目表的续表，或另起的指标表）。</summary>
    Indicators,
    /// <summary>部门（单位）整体支出绩效目标表。</summary>
    Overall,
    /// <summary>绩效自评表（表头有实际完成值、得分）。</summary>
    SelfEvaluation,
    /// <summary>绩效目标执行监控表（表头有执行情况、完成目标可能性）。</summary>
    Monitoring,
    /// <summary>预算公开表（收支总表、支出表……）。</summary>
    Budget,
}
