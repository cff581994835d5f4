using Jixiao.Core.Evaluation;
using Jixiao.Documents.Exchange;
using Jixiao.Documents.SelfEvaluation;
using Jixiao.Documents.Tests.Support;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Exchange;

/// <summary>The 10号 项目支出绩效自评表 as Excel: our pre-filled template, a filled one, and another producer's table.</summary>
public class EvaluationXlsxTests
{
    private static byte[] Xlsx(Jixiao.Core.Model.TargetDocument targets, EvaluationSheet sheet)
    {
        using var stream = new MemoryStream();
        EvaluationXlsxWriter.Write(targets, sheet, stream);
        return stream.ToArray();
    }

    [Fact]
    public void The_template_of_seed_004_reads_back_project_for_project_and_line_for_line()
    {
        var targets = DocumentImporter.CreateDefault().Import(Seeds.S004, Seeds.Bytes(Seeds.S004)).Document;
        var template = SelfEvaluationScorer.Template(targets);
        var read = EvaluationTableReader.Read("自评表.xlsx", Xlsx(targets, template));
        Assert.Equal(2024, read.FiscalYear);
        Assert.Equal(Jixiao.Core.Model.MoneyUnit.TenThousandYuan, read.MoneyUnit);
        Assert.Equal(template.Projects.Select(p => (p.Code, p.Name)), read.Projects.Select(p => (p.Code, p.Name)));
        Assert.Equal(template.Projects.Select(p => p.Execution.YearBudget?.Text), read.Projects.Select(p => p.Execution.YearBudget?.Text));
        Assert.Equal(template.Projects.SelectMany(p => p.Indicators).Select(l => (l.Level2, l.Name)),
            read.Projects.SelectMany(p => p.Indicators).Select(l => (l.Level2, l.Name)));
        Assert.All(read.Projects.SelectMany(p => p.Indicators), l => Assert.Null(l.Actual));
        Assert.All(read.Projects, p => Assert.Null(p.Execution.Executed));
    }

    [Fact]
    public void A_filled_sheet_written_to_excel_scores_as_its_json()
    {
        var targets = EvaluationJsonTests.Seed000();
        var sheet = EvaluationJsonReader.Read(EvaluationJsonTests.Actuals);
        var fromJson = new SelfEvaluationScorer().Score(targets, sheet);
        var fromXlsx = new SelfEvaluationScorer().Score(targets, EvaluationTableReader.Read("自评表.xlsx", Xlsx(targets, sheet)));
        Assert.Equal(94.03m, fromXlsx.Projects.Single().Total);
        Assert.Equal(fromJson.Projects.Single().Indicators.Select(l => l.Score), fromXlsx.Projects.Single().Indicators.Select(l => l.Score));
        Assert.Equal("12.5", fromXlsx.Projects.Single().Execution.Executed?.Text);
        Assert.Equal("全年无故障，但推广不足", fromXlsx.Projects.Single().Indicators[4].Reason);
    }

    /// <summary>
    /// Another producer's 自评表 as its table rows come out of a .docx (cells tab-separated, merged cells blank): money in
    /// 元, 得分 printed on every line, no 评价等级 column but 等级 after the reason, columns in another order, dashes.
    /// </summary>
    private const string SecondProducer = """
        2024年度项目支出绩效自评表
        项目名称	天津市滨海新区司法局多种用工人员经费
        主管部门	天津市滨海新区司法局	实施单位	天津市滨海新区司法局
        项目资金（元）		年初预算数	全年预算数	全年执行数	分值	执行率	得分
        	年度资金总额	432000.00	432000.00	410400.00	10	95%	9.5
        年度总体目标	预期目标	实际完成情况
        	保障社区矫正工作	已完成
        绩效指标	一级指标	二级指标	三级指标	年度指标值	分值	实际完成值	得分	偏差原因分析及改进措施	等级
        	产出指标	数量指标	配备社区矫正社工	≥6人	12.5	6人	12.5	—
        		质量指标	社区矫正社工上岗率	≥90%	12.5	100%	12.5	—
        		时效指标	依法按时完成各项工作任务	≥95%	12.5	95%	12.5	—
        		成本指标	人均工资标准	≤7.2万元/年	12.5	75600元/年	11.9	社保基数上调
        	效益指标	社会效益指标	确保各项工作顺利开展	有效保障	30	各项工作顺利开展	28	个别任务延后	达成
        	满意度指标	服务对象满意度指标	社区矫正机构满意度	≥80%	10	92%	10	—
        总分			100		96.9
        """;

    [Fact]
    public void Another_producers_table_is_read_by_its_headers()
    {
        var sheet = EvaluationTableReader.Read(SourceText.FromString("自评表.docx", SecondProducer));
        Assert.Equal(2024, sheet.FiscalYear);
        Assert.Equal(Jixiao.Core.Model.MoneyUnit.Yuan, sheet.MoneyUnit);
        var p = Assert.Single(sheet.Projects);
        Assert.Equal("410400.00", p.Execution.Executed?.Text);
        Assert.Equal(6, p.Indicators.Count);
        Assert.Equal("75600元/年", p.Indicators[3].Actual);
        Assert.Equal("达成", p.Indicators[4].Grade);
        Assert.Equal("28", p.Indicators[4].Score?.Text);
        Assert.Null(p.Indicators[0].Reason is "—" ? null : p.Indicators[0].Reason);

        var targets = DocumentImporter.CreateDefault().Import(Seeds.S003, Seeds.Bytes(Seeds.S003)).Document;
        var scored = new SelfEvaluationScorer().Score(targets, sheet).Projects.Single();
        Assert.Equal(96.90m, scored.Total); // as the producer printed: 9.5 + 12.5 × 3 + 11.90 + 28 + 10
        Assert.Equal("优", scored.Grade);
    }

    [Fact]
    public void An_unreadable_figure_says_which_line_and_column()
    {
        var text = SecondProducer.Replace("410400.00", "四十一万零四百", StringComparison.Ordinal);
        var e = Assert.Throws<DocumentReadException>(() => EvaluationTableReader.Read(SourceText.FromString("自评表.docx", text)));
        Assert.Contains("第5行“全年执行数”栏的“四十一万零四百”不是数字", e.Message);
    }

    [Fact]
    public void A_file_that_is_no_self_evaluation_is_refused()
    {
        var e = Assert.Throws<DocumentReadException>(() => EvaluationTableReader.Read(Seeds.S004, Seeds.Bytes(Seeds.S004)));
        Assert.Contains("不像项目支出绩效自评表", e.Message);
    }
}
