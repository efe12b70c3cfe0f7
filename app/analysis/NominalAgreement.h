#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace counterpoint::analysis {

// Agreement of m coders who each put units into nominal categories (ints from 0), any unit
// weighted (a run of characters that every coder coded alike counts as that many units). Sums
// are kept in integers, so the order units come in never changes a figure, and two accumulators
// merge exactly (an article's figures add up to the project's).
//
// The figures, each the textbook variant named:
// - krippendorffAlpha(): Krippendorff's α for nominal data (Krippendorff 2004, ch. 11; 2011,
//   "Computing Krippendorff's alpha-reliability"), from the coincidence matrix, with missing
//   values: a unit with fewer than two values is not pairable and left out.
// - cohenKappa(a, b): Cohen's κ (1960) for two coders, each with their own marginals,
//   κ = (Po − Pe) / (1 − Pe), over the units both coded.
// - fleissKappa(): Fleiss' κ (1971) for m coders, pooled marginals, over the units every coder
//   coded (Fleiss' κ needs the same number of ratings per unit).
// - lightKappa(): Light's κ (1971), the mean of the pairs' Cohen's κ: each coder keeps their own
//   marginals with more than two coders.
// - percentAgreement(a, b): the share of units both coded on which the two agree.
// A figure that is not defined (no variation at all: every unit in one category) is NaN.
class NominalAgreement final
{
public:
    static constexpr int missing = -1;

    explicit NominalAgreement(int coders);

    int coders() const { return m_coders; }
    // values[i] is coder i's category, or missing.
    void addUnit(std::span<const int> values, qint64 weight = 1);
    // Adds another accumulator's units (same number of coders).
    void merge(const NominalAgreement &other);

    qint64 units() const { return m_units; }                   // units with at least one value
    qint64 pairableValues() const { return m_pairableValues; } // Krippendorff's n

    double krippendorffAlpha() const;
    double krippendorffAlpha(int a, int b) const; // α of two coders alone
    double cohenKappa(int a, int b) const;
    double percentAgreement(int a, int b) const;
    double meanPercentAgreement() const; // over every pair of coders
    double fleissKappa() const;
    double lightKappa() const;

private:
    struct Pair
    {
        qint64 both = 0;                   // weight of the units both coded
        qint64 agree = 0;                  // … on which they agree
        std::vector<qint64> first, second; // each one's marginals over those units
    };

    int pairIndex(int a, int b) const;
    static void grow(std::vector<qint64> &counts, int category);
    static void mergeCounts(std::vector<qint64> &into, const std::vector<qint64> &from);

    int m_coders;
    qint64 m_units = 0;
    qint64 m_pairableValues = 0;
    // Σ over pairable units of w·(m_u² − Σ_c n_uc²), kept apart for each m_u (the number of
    // values in the unit), so that the division by m_u − 1 waits for the end and stays exact.
    std::vector<qint64> m_disagreementByValues;
    std::vector<qint64> m_valueMarginals; // n_c over pairable units
    // Fleiss' κ over the units every coder coded.
    qint64 m_fullUnits = 0;
    qint64 m_fullSquares = 0; // Σ w·Σ_c n_uc²
    std::vector<qint64> m_fullMarginals;
    std::vector<Pair> m_pairs; // (0,1), (0,2), … (1,2), …
};

} // namespace counterpoint::analysis
