using Jixiao.Core.Model;
using Jixiao.Core.Review.Profiles.Jurisdictions;

namespace Jixiao.Core.Review;

/// <summary>
/// The facts of a whole document that <see cref="RuleScope.Project"/> rules may read besides their own table: the
/// budget year (R-CON-007), the money unit, the jurisdiction (R-CON-004's weight frame; recognised from the text,
/// project names included) and whether the layout has a basis column (R-VAL-011). A change that leaves these equal
/// cannot change the findings of a table it did not touch.
/// </summary>
public sealed record ReviewFacts(int? FiscalYear, MoneyUnit? MoneyUnit, JurisdictionMatch? Jurisdiction, bool LayoutHasBasis);
