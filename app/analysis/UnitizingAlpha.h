#pragma once

#include <QtGlobal>

#include <vector>

namespace counterpoint::analysis {

// A stretch [start, end) of a continuum (an article's text, in UTF-16 code units).
struct Interval
{
    qint64 start = 0;
    qint64 end = 0;
    qint64 length() const { return end - start; }
    friend bool operator==(const Interval &, const Interval &) = default;
};

// Krippendorff's unitizing alpha for one code, the variant of Content Analysis (2nd ed., 2004,
// section 12.4, after Krippendorff 1995): each coder's reading of a continuum is a row of
// sections, units of the code and the gaps between them; δ² of two coders' sections is the sum
// of the squared differences of their beginnings and ends where both are units and overlap, the
// unit's squared length where one coder's unit lies wholly inside the other's gap, and 0
// otherwise;
//   uDo = Σ_{i≠j} Σ_g Σ_h δ²(g, h) / (m(m − 1)L²),
//   uDe = (2/L)·Σ_units [(N − 1)(2l³ − 3l² + l)/3 + l²·Σ_{gaps k ≥ l} (k − l + 1)]
//         / (mL(mL − 1) − Σ_units l(l − 1)),
// with N the units of the code of every coder and the gaps those of every coder; uα = 1 − uDo/uDe.
// Several continua (articles) add up as one continuum whose sections never cross from one
// article into the next. The variant assumes one coder's units of a code do not overlap:
// overlapping ones are joined into their union first (touching ones stay two units).
class UnitizingAlpha final
{
public:
    explicit UnitizingAlpha(int coders);

    // units[i] is coder i's units of the code on a continuum of the given length, in any order.
    void addContinuum(qint64 length, std::vector<std::vector<Interval>> units);
    void merge(const UnitizingAlpha &other);

    qint64 length() const { return m_length; }
    qsizetype unitCount() const { return qsizetype(m_unitLengths.size()); }
    double observedDisagreement() const; // uDo; NaN on an empty continuum
    double expectedDisagreement() const; // uDe; 0 when no coder has a unit of the code
    double alpha() const;                // NaN when uDe is 0

    // Sorted, overlapping units joined: the reading the formulas assume.
    static std::vector<Interval> joined(std::vector<Interval> units);
    // δ² of two sections (units when isUnit), as the definition above reads.
    static double delta(const Interval &g, bool gIsUnit, const Interval &h, bool hIsUnit);

private:
    int m_coders;
    qint64 m_length = 0;
    long double m_pairDeltas = 0; // Σ over unordered coder pairs of Σ δ²
    std::vector<qint64> m_unitLengths;
    std::vector<qint64> m_gapLengths;
};

} // namespace counterpoint::analysis
