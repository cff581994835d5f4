using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Common;

/// <summary>
/// The lines of one prose 部门整体绩效目标 part, sorted into its three sections as paragraphs (<see cref="ProseBlock"/>).
/// </summary>
internal sealed class OverallPart
{
    private readonly List<ProseBlock> _goals = [];
    private readonly List<ProseBlock> _subGoals = [];
    private readonly List<ProseBlock> _measures = [];
    private bool _hasGoalsContent;
    private bool _hasSubGoalHeading;
    private bool _hasMeasuresHeading;
    // Source lines of the headings, so a finding about an empty section points at its heading.
    private int _goalsLine, _subGoalsLine, _measuresLine;

    /// <summary>Nothing but the part's own heading: no text and no 分项/保障措施 heading.</summary>
    public bool IsEmpty => !_hasGoalsContent && !_hasSubGoalHeading && !_hasMeasuresHeading;

    /// <summary>Reads from the goals heading at <paramref name="heading"/>; <paramref name="end"/> is the first line after the part.</summary>
    public static OverallPart Read(IReadOnlyList<SourceLine> lines, int heading, out int end)
    {
        var part = new OverallPart { _goalsLine = lines[heading].Number };
        var first = ProseLine.From(lines[heading]);
        // Until the next heading shows otherwise, the first heading is the goals heading itself (seed 000 style
        // "一、总体绩效目标"); a second goals heading right after it makes the first the part's title (五、部门整体绩效目标 › （一）总体绩效目标).
        var partLevel = OutlineLevel.None;
        var sectionLevel = first.Level;
        var current = part._goals;
        var seenSubGoals = false;
        var seenMeasures = false;
        for (end = heading + 1; end < lines.Count; end++)
        {
            var raw = lines[end].Text;
            if (string.IsNullOrWhiteSpace(raw) || TableOfContentsLine.Is(raw)) continue;
            var line = ProseLine.From(lines[end]);
            if (line.IsBlank) continue;
            if (line.IsTableRow || OverallHeading.IsPartMarker(line) || OverallHeading.StartsProjectPart(line)) break;
            switch (OverallHeading.Classify(line))
            {
                case OverallHeadingKind.Goals when current == part._goals && part._goals.Count == 0:
                    partLevel = sectionLevel;
                    sectionLevel = line.Level;
                    part._goalsLine = lines[end].Number;
                    continue;
                case OverallHeadingKind.Goals:
                    return part; // a second department-wide target: not this part any more
                case OverallHeadingKind.SubGoals when !seenSubGoals:
                    seenSubGoals = part._hasSubGoalHeading = true;
                    part._subGoalsLine = lines[end].Number;
                    current = part._subGoals;
                    if (sectionLevel == OutlineLevel.None) sectionLevel = line.Level;
                    continue;
                case OverallHeadingKind.Measures when !seenMeasures:
                    seenMeasures = part._hasMeasuresHeading = true;
                    part._measuresLine = lines[end].Number;
                    current = part._measures;
                    if (sectionLevel == OutlineLevel.None) sectionLevel = line.Level;
                    continue;
                case OverallHeadingKind.SubGoals or OverallHeadingKind.Measures:
                    return part; // the same section twice: something else has begun
            }
            // A number at the level of the sections or above that is none of ours (四、 after 三、工作保障措施,
            // 六、 after 五、部门整体绩效目标) ends the part.
            if (line.Level != OutlineLevel.None
                && ((partLevel != OutlineLevel.None && line.Level <= partLevel)
                    || (sectionLevel != OutlineLevel.None && line.Level <= sectionLevel)))
                return part;
            Add(current, line);
            if (current == part._goals) part._hasGoalsContent = true;
        }
        return part;
    }

    /// <summary>
    /// Adds a line as a new paragraph, or appends it to the previous one when that stopped mid-sentence and this
    /// line is neither numbered, a heading, nor a labelled paragraph (绩效目标：/绩效指标：).
    /// </summary>
    private static void Add(List<ProseBlock> section, ProseLine line)
    {
        if (section.Count > 0 && section[^1].IsOpen && line.Level == OutlineLevel.None && !line.IsHeadingLike
            && SubGoalLabel.Parse(line.Text, out _) == SubGoalField.None)
        {
            section[^1].Append(line.Text);
            return;
        }
        section.Add(new ProseBlock(line));
    }

    public OverallTarget ToTarget(ReadContext context) => new()
    {
        Goals = OverallItems.Goals(_goals),
        SubGoals = OverallItems.SubGoals(_subGoals, context),
        Measures = OverallItems.Measures(_measures),
        HasSubGoalHeading = _hasSubGoalHeading,
        HasMeasuresHeading = _hasMeasuresHeading,
        GoalsHeadingLine = _goalsLine,
        SubGoalHeadingLine = _subGoalsLine,
        MeasuresHeadingLine = _measuresLine,
    };
}
