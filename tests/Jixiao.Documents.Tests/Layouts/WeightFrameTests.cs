using Jixiao.Documents.Layouts.Common;

namespace Jixiao.Documents.Tests.Layouts;

public sealed class WeightFrameTests
{
    [Fact]
    public void A_wrapped_header_states_90_and_execution_rate_10()
    {
        // Shaped like the 陕西 template as pdftotext joins it: 执行率分值（ … 10分） beside the budget, 分值权重 … （90分） over the weights.
        var text = "资金金额实施期资金总额：1,083.57执行率分值（其中：财政拨款1,083.57(万元)10分）其他资金总体目标做好考试工作。"
            + "分值权重一级指标二级指标三级指标指标值（90分）成本指标经济成本指标考试机位单价19.7510";
        Assert.Equal(90m, WeightFrame.StatedTotal(text));
        Assert.Equal(10m, WeightFrame.ExecutionRatePoints(text));
    }

    [Fact]
    public void A_table_that_states_no_frame_has_none()
    {
        var text = "一级指标二级指标三级指标指标值权重产出指标数量指标培训人次≥100人次20";
        Assert.Null(WeightFrame.StatedTotal(text));
        Assert.Null(WeightFrame.ExecutionRatePoints(text));
    }
}
