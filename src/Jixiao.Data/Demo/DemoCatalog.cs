namespace Jixiao.Data.Demo;

/// <summary>A kind of project a demo department runs: its name, what it delivers (counted in a unit) and what it achieves.</summary>
public sealed record DemoProjectTheme(string Name, string Output, string OutputUnit, int MinCount, int MaxCount, string Quality, string Benefit, string ServedPeople);

/// <summary>A demo budget unit.</summary>
public sealed record DemoUnit(string Code, string Name);

/// <summary>A demo department with its kind, units and project themes.</summary>
public sealed record DemoDepartment(string Code, string Name, string Kind, IReadOnlyList<DemoUnit> Units, IReadOnlyList<DemoProjectTheme> Themes);

/// <summary>
/// The invented demo jurisdiction (某某市) and its departments. Names are made up for the demo; nothing here comes
/// from a real published document.
/// </summary>
public static class DemoCatalog
{
    public const string JurisdictionName = "某某市";
    public const string JurisdictionCode = "990100";
    /// <summary>The region code printed at the start of demo project codes (fictional: 99 is no province).</summary>
    public const string RegionCode = "990101";

    public static readonly IReadOnlyList<DemoDepartment> Departments =
    [
        new("301", "某某市司法局", "司法",
            [new("301001", "某某市司法局机关"), new("301002", "某某市公证处"), new("301003", "某某市强制隔离戒毒所")],
            [
                new("公共法律服务体系建设", "法律咨询服务", "人次", 3000, 9000, "法律咨询解答准确率", "群众法律服务获得感", "咨询群众"),
                new("人民调解员业务培训", "调解员培训", "人次", 200, 800, "培训考核合格率", "矛盾纠纷就地化解能力", "参训调解员"),
                new("公证业务信息系统升级", "系统功能模块上线", "个", 4, 12, "系统运行稳定率", "公证办理效率", "办证群众"),
                new("戒治场所安防设备购置", "安防设备购置", "台", 20, 80, "设备验收合格率", "场所安全稳定", "场所民警"),
            ]),
        new("302", "某某市教育局", "教育",
            [new("302001", "某某市教育局机关"), new("302002", "某某市第一中学")],
            [
                new("义务教育学生营养改善", "受益学生", "人", 5000, 20000, "供餐食品安全抽检合格率", "学生营养健康状况", "学生家长"),
                new("中小学教师能力提升培训", "教师培训", "人次", 500, 2500, "培训课程完成率", "课堂教学质量", "参训教师"),
                new("校舍维修改造", "维修改造面积", "平方米", 2000, 12000, "工程验收合格率", "办学条件改善", "师生"),
                new("理化生实验室设备更新", "实验设备更新", "套", 30, 150, "设备验收合格率", "实验教学开出率", "师生"),
            ]),
        new("303", "某某市卫生健康委员会", "卫生健康",
            [new("303001", "某某市卫生健康委员会机关"), new("303002", "某某市疾病预防控制中心")],
            [
                new("基本公共卫生服务", "居民健康档案建档", "人", 80000, 200000, "健康档案规范化建档率", "居民健康水平", "辖区居民"),
                new("重大传染病监测防控", "传染病监测报告", "份", 1000, 5000, "监测报告及时率", "传染病发病率控制", "辖区居民"),
                new("家庭医生签约服务", "家庭医生签约", "户", 10000, 40000, "重点人群签约覆盖率", "基层首诊水平", "签约居民"),
                new("疾控实验室检测能力建设", "样本检测", "批次", 500, 3000, "检测结果准确率", "突发公共卫生事件处置能力", "送检单位"),
            ]),
        new("304", "某某市农业农村局", "农业农村",
            [new("304001", "某某市农业农村局机关"), new("304002", "某某市农业技术推广站")],
            [
                new("高标准农田建设", "新建高标准农田", "亩", 3000, 15000, "工程验收合格率", "粮食综合生产能力", "项目区农户"),
                new("农业实用技术推广培训", "农民技术培训", "人次", 1000, 6000, "培训覆盖率", "农户增收", "参训农民"),
                new("动物疫病强制免疫", "强制免疫", "万头只", 20, 90, "免疫密度", "重大动物疫病发生率", "养殖户"),
                new("农产品质量安全监测", "农产品抽检", "批次", 800, 3000, "抽检任务完成率", "农产品质量安全水平", "消费者"),
            ]),
    ];

    public static readonly IReadOnlyList<string> Bases = ["年度工作计划", "预算批复文件", "历史同期水平", "行业标准", "上年度实际完成情况"];
}
