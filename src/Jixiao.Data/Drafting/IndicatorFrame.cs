using Jixiao.Core.Model;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Data.Drafting;

/// <summary>
/// 绩效指标框架: the 一级/二级 an indicator may be added under. Two frames are in use: the 2021 one (财预〔2021〕101号:
/// 成本指标 its own 一级 with 经济/社会/生态环境成本指标) and the older one (成本指标 a 二级 under 产出指标). A document follows
/// the frame it already uses; a document without indicators gets the 2021 frame.
/// </summary>
public sealed record IndicatorFrame(string Name, IReadOnlyList<IndicatorFrame.Level> Levels)
{
    /// <summary>One 一级 and its 二级, in table order.</summary>
    public sealed record Level(string Level1, IReadOnlyList<string> Level2);

    public static IndicatorFrame Frame2021 { get; } = new("2021年版（成本指标单列）",
    [
        new("产出指标", ["数量指标", "质量指标", "时效指标"]),
        new("成本指标", ["经济成本指标", "社会成本指标", "生态环境成本指标"]),
        new("效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]),
        new("满意度指标", ["服务对象满意度指标"]),
    ]);

    public static IndicatorFrame FrameBefore2021 { get; } = new("2021年以前版（成本指标属产出指标）",
    [
        new("产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]),
        new("效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]),
        new("满意度指标", ["服务对象满意度指标"]),
    ]);

    /// <summary>
    /// The frame of a document: the older one when some indicator has 成本 as a 二级 under 产出 and none has 成本 as its
    /// own 一级; otherwise the 2021 one.
    /// </summary>
    public static IndicatorFrame Of(TargetDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Of(document.Projects.SelectMany(p => p.Indicators).Select(i => (i.Level1, i.Level2)));
    }

    /// <summary>The frame of the (一级, 二级) pairs a document's indicators are written under.</summary>
    public static IndicatorFrame Of(IEnumerable<(string? Level1, string? Level2)> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var costUnderOutput = false;
        foreach (var (l1, l2) in levels)
        {
            var level1 = LevelKinds.Level1(l1 ?? "");
            if (level1 == Level1Kind.Cost) return Frame2021;
            if (level1 == Level1Kind.Output && LevelKinds.Level2(l2 ?? "") == Level2Kind.Cost) costUnderOutput = true;
        }
        return costUnderOutput ? FrameBefore2021 : Frame2021;
    }

    /// <summary>Where (一级 index, 二级 index) a pair stands in this frame; null when it is not one of the frame's.</summary>
    public (int, int)? OrderOf(string? level1, string? level2)
    {
        for (var i = 0; i < Levels.Count; i++)
        {
            if (Levels[i].Level1 != level1) continue;
            for (var j = 0; j < Levels[i].Level2.Count; j++)
                if (Levels[i].Level2[j] == level2) return (i, j);
        }
        return null;
    }

    /// <summary>Refuses a 一级/二级 pair the frame does not have, saying which ones it has.</summary>
    public void Require(string? level1, string? level2)
    {
        if (OrderOf(level1, level2) is not null) return;
        var known = Levels.FirstOrDefault(l => l.Level1 == level1);
        throw known is null
            ? new JixiaoException($"一级指标“{level1}”不在本文档所用的指标框架（{Name}）中，可选：{string.Join("、", Levels.Select(l => l.Level1))}。")
            : new JixiaoException($"二级指标“{level2}”不属于一级指标“{level1}”（{Name}），可选：{string.Join("、", known.Level2)}。");
    }
}
