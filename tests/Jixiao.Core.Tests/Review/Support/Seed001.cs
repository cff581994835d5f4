using Jixiao.Core.Model;

namespace Jixiao.Core.Tests.Review.Support;

/// <summary>Seed 001 (秀山县司法局 2023) projects, rows copied as printed (一级, 二级, 三级, 指标性质, 指标值, 权重); template rows left empty as published.</summary>
internal static class Seed001
{
    /// <summary>人民调解 (12万元): no 质量/时效/成本 and no 效果 indicator filled.</summary>
    public static Project PeopleMediation => Build.Project("人民调解", "12", MoneyUnit.TenThousandYuan, Build.WeightedIndicators("""
        产出指标	数量指标	排查化解矛盾纠纷案件	≥	4500件	25
        		审核、发放人民调解补贴案件数量	≥	4500件	25
        		人民调解案件成功率	≥	98%	25
        	质量指标
        	时效指标
        	成本指标
        效果指标	经济效益指标
        	社会效益指标
        	生态效益指标
        	可持续影响指标
        满意度指标	服务对象满意度指标	人民调解培训人员满意度	=	100%	25
        """), ["加强人民调解组织队伍建设,完善人民调解工作体系。"]);

    /// <summary>社区矫正对象管理费 (19.8万元): no 满意度 indicator filled.</summary>
    public static Project CommunityCorrection => Build.Project("社区矫正对象管理费", "19.8", MoneyUnit.TenThousandYuan, Build.WeightedIndicators("""
        产出指标	数量指标	管理社区矫正对象数量	≥	300名	20
        		社区矫正对象集中教育次数	≥	800次	20
        		个别谈话教育次数	≥	800次	20
        		入户走访次数	≥	600次	20
        		审前调查评估	≥	50次	10
        	质量指标
        	时效指标
        	成本指标	监管社区矫正服务对象成本	≤	600元/人	10
        效果指标	经济效益指标
        	社会效益指标
        	生态效益指标
        	可持续影响指标
        满意度指标	服务对象满意度指标
        """), ["加强社区矫正工作,严防社区服刑人员脱漏管,维护社会和谐稳定。"]);

    /// <summary>法律援助 (20万元): 效果指标 with 社会效益; 错误率 ≤0%; 按时办结 = 100%.</summary>
    public static Project LegalAid => Build.Project("法律援助", "20", MoneyUnit.TenThousandYuan, Build.WeightedIndicators("""
        产出指标	数量指标	法律援助办结案件数量	≥	800件	20
        		值班咨询人次	≥	1000人次	20
        	质量指标	法律援助办案错误率	≤	0%	20
        	时效指标	律师值班咨询问题按时办结	=	100%	20
        	成本指标
        效果指标	经济效益指标
        	社会效益指标	挽回经济损失	≥	800万	10
        	生态效益指标
        	可持续影响指标
        满意度指标	服务对象满意度指标	受援人满意度	≥	99%	10
        """), ["加大法律援助工作宣传力度, 扩大法律援助影响, 降低法律援助门槛, 做到应援尽援。"]);

    /// <summary>公证处业务经费: 服务对象满意度指标 printed under 效果指标 (the 重庆 template).</summary>
    public static Project Notary => Build.Project("公证处业务经费", "20", MoneyUnit.TenThousandYuan, Build.WeightedIndicators("""
        产出指标	数量指标	办案数量	≥	600件	20
        		现场调查次数	≥	100次	20
        		社区公证员	≥	覆盖63社区	20
        	质量指标	公证办案投诉率	≤	1%	20
        效果指标	社会效益指标
        	服务对象满意度指标	公证业务满意度	≥	99%	20
        """), ["加强与金融部门联系，积极为金融机构抵押贷款提供赋予强制执行效力公证法律服务"]);
}
