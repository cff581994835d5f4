using Jixiao.Core.Model;
using Jixiao.Core.Values;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.PdfText;

/// <summary>Checks every field of an indicator read from a pdf-text table (which has no 指标性质 or 权重 column).</summary>
internal static class IndicatorAssert
{
    public static void Row(Indicator actual, int line, string level1, string level2, string name, string? description, string? value, string? basis)
    {
        Assert.Equal(line, actual.SourceLine);
        Assert.Equal(level1, actual.Level1);
        Assert.Equal(level2, actual.Level2);
        Assert.Equal(name, actual.Name);
        Assert.Equal(description, actual.Description);
        Assert.Equal(value, actual.Value);
        Assert.Equal(basis, actual.Basis);
        Assert.Null(actual.Nature);
        Assert.Null(actual.Weight);
        if (value is null) Assert.Null(actual.Target);
        else Assert.Equal(TargetValue.Parse(null, value), actual.Target);
    }

    public static void Plan(Project project, params (int Month, string Percent)[] expected)
    {
        Assert.NotNull(project.SpendingPlan);
        Assert.Equal(expected, project.SpendingPlan.Points.Select(p => (p.Month, p.Percent.Text)).ToArray());
    }
}
