namespace Jixiao.Core.Review;

/// <summary>
/// What a rule's findings can depend on, as data on its descriptor, so that a save reviews only what it can affect
/// (docs/drafting.md, “8. Speed”). Unknown or new rules are <see cref="Document"/>: reviewed in full, always right.
/// </summary>
public enum RuleScope
{
    /// <summary>
    /// Any part of the document: several projects at once (a project repeated, a code unlike the others'), the
    /// department-wide part, the budget tables, the disclosure text. Run over the whole document on every review.
    /// </summary>
    Document,

    /// <summary>
    /// One indicator table at a time (a project, or the department-wide table as table 0): its findings on a table
    /// depend only on that table and on the document's facts (<see cref="ReviewContext.Facts"/>: year, money unit,
    /// jurisdiction, whether the layout has a basis column). A save that changes one project re-runs these on that
    /// project only, and keeps the other projects' findings.
    /// </summary>
    Project,
}
