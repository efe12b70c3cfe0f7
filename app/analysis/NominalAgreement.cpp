#include "NominalAgreement.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace counterpoint::analysis {

namespace {

constexpr double undefined = std::numeric_limits<double>::quiet_NaN();

double sumOfSquares(const std::vector<qint64> &counts)
{
    double sum = 0;
    for (qint64 count : counts)
        sum += double(count) * double(count);
    return sum;
}

} // namespace

NominalAgreement::NominalAgreement(int coders)
    : m_coders(coders)
    , m_disagreementByValues(size_t(coders) + 1, 0)
    , m_pairs(size_t(coders * (coders - 1) / 2))
{}

int NominalAgreement::pairIndex(int a, int b) const
{
    if (a > b)
        std::swap(a, b);
    // Pairs (0,1)…(0,m−1) come first, then (1,2)…: a's row begins after the rows above it.
    return a * m_coders - a * (a + 1) / 2 + (b - a - 1);
}

void NominalAgreement::grow(std::vector<qint64> &counts, int category)
{
    if (counts.size() <= size_t(category))
        counts.resize(size_t(category) + 1, 0);
}

void NominalAgreement::mergeCounts(std::vector<qint64> &into, const std::vector<qint64> &from)
{
    if (into.size() < from.size())
        into.resize(from.size(), 0);
    for (size_t c = 0; c < from.size(); ++c)
        into[c] += from[c];
}

void NominalAgreement::addUnit(std::span<const int> values, qint64 weight)
{
    if (weight <= 0)
        return;
    int present = 0;
    qint64 squares = 0; // Σ_c n_uc², as Σ_i Σ_j [v_i = v_j] over the values present
    for (int i = 0; i < m_coders; ++i) {
        if (values[size_t(i)] == missing)
            continue;
        ++present;
        for (int j = 0; j < m_coders; ++j)
            squares += values[size_t(j)] == values[size_t(i)] ? 1 : 0;
    }
    if (present == 0)
        return;
    m_units += weight;
    if (present >= 2) {
        m_pairableValues += weight * present;
        m_disagreementByValues[size_t(present)] += weight * (qint64(present) * present - squares);
        for (int i = 0; i < m_coders; ++i) {
            const int value = values[size_t(i)];
            if (value == missing)
                continue;
            grow(m_valueMarginals, value);
            m_valueMarginals[size_t(value)] += weight;
        }
    }
    if (present == m_coders) {
        m_fullUnits += weight;
        m_fullSquares += weight * squares;
        for (int i = 0; i < m_coders; ++i) {
            grow(m_fullMarginals, values[size_t(i)]);
            m_fullMarginals[size_t(values[size_t(i)])] += weight;
        }
    }
    for (int a = 0; a < m_coders; ++a) {
        const int first = values[size_t(a)];
        if (first == missing)
            continue;
        for (int b = a + 1; b < m_coders; ++b) {
            const int second = values[size_t(b)];
            if (second == missing)
                continue;
            Pair &pair = m_pairs[size_t(pairIndex(a, b))];
            pair.both += weight;
            if (first == second)
                pair.agree += weight;
            grow(pair.first, first);
            grow(pair.second, second);
            pair.first[size_t(first)] += weight;
            pair.second[size_t(second)] += weight;
        }
    }
}

void NominalAgreement::merge(const NominalAgreement &other)
{
    Q_ASSERT(other.m_coders == m_coders);
    m_units += other.m_units;
    m_pairableValues += other.m_pairableValues;
    for (size_t i = 0; i < m_disagreementByValues.size(); ++i)
        m_disagreementByValues[i] += other.m_disagreementByValues[i];
    mergeCounts(m_valueMarginals, other.m_valueMarginals);
    m_fullUnits += other.m_fullUnits;
    m_fullSquares += other.m_fullSquares;
    mergeCounts(m_fullMarginals, other.m_fullMarginals);
    for (size_t p = 0; p < m_pairs.size(); ++p) {
        m_pairs[p].both += other.m_pairs[p].both;
        m_pairs[p].agree += other.m_pairs[p].agree;
        mergeCounts(m_pairs[p].first, other.m_pairs[p].first);
        mergeCounts(m_pairs[p].second, other.m_pairs[p].second);
    }
}

double NominalAgreement::krippendorffAlpha() const
{
    // α = 1 − Do/De with Do = (1/n) Σ_u Σ_{c≠k} n_uc·n_uk/(m_u − 1) and
    // De = (1/(n(n−1))) Σ_{c≠k} n_c·n_k, so α = 1 − (n − 1)·Σ_u(…)/(n² − Σ_c n_c²).
    const double n = double(m_pairableValues);
    double observed = 0;
    for (size_t values = 2; values < m_disagreementByValues.size(); ++values)
        observed += double(m_disagreementByValues[values]) / double(values - 1);
    const double expected = n * n - sumOfSquares(m_valueMarginals);
    if (n < 2 || expected <= 0)
        return undefined;
    return 1.0 - (n - 1) * observed / expected;
}

double NominalAgreement::krippendorffAlpha(int a, int b) const
{
    const Pair &pair = m_pairs[size_t(pairIndex(a, b))];
    // Two values a unit: m_u² − Σ n_uc² is 2 where they differ, 0 where they agree.
    const double n = 2.0 * double(pair.both);
    std::vector<qint64> marginals = pair.first;
    mergeCounts(marginals, pair.second);
    const double expected = n * n - sumOfSquares(marginals);
    if (n < 2 || expected <= 0)
        return undefined;
    return 1.0 - (n - 1) * 2.0 * double(pair.both - pair.agree) / expected;
}

double NominalAgreement::cohenKappa(int a, int b) const
{
    Pair pair = m_pairs[size_t(pairIndex(a, b))];
    if (a > b)
        std::swap(pair.first, pair.second);
    if (pair.both == 0)
        return undefined;
    const double total = double(pair.both);
    const double observed = double(pair.agree) / total;
    double chance = 0;
    const size_t categories = std::min(pair.first.size(), pair.second.size());
    for (size_t c = 0; c < categories; ++c)
        chance += (double(pair.first[c]) / total) * (double(pair.second[c]) / total);
    if (chance >= 1.0)
        return undefined;
    return (observed - chance) / (1.0 - chance);
}

double NominalAgreement::percentAgreement(int a, int b) const
{
    const Pair &pair = m_pairs[size_t(pairIndex(a, b))];
    if (pair.both == 0)
        return undefined;
    return double(pair.agree) / double(pair.both);
}

double NominalAgreement::meanPercentAgreement() const
{
    if (m_pairs.empty())
        return undefined;
    double sum = 0;
    for (int a = 0; a < m_coders; ++a) {
        for (int b = a + 1; b < m_coders; ++b)
            sum += percentAgreement(a, b);
    }
    return sum / double(m_pairs.size());
}

double NominalAgreement::fleissKappa() const
{
    if (m_fullUnits == 0 || m_coders < 2)
        return undefined;
    const double units = double(m_fullUnits);
    const double m = double(m_coders);
    // P̄ = (1/N) Σ_u (Σ_c n_uc² − m)/(m(m − 1)); P̄e = Σ_c p_c², p_c = n_c/(N·m).
    const double observed = (double(m_fullSquares) - units * m) / (units * m * (m - 1));
    const double chance = sumOfSquares(m_fullMarginals) / (units * m * units * m);
    if (chance >= 1.0)
        return undefined;
    return (observed - chance) / (1.0 - chance);
}

double NominalAgreement::lightKappa() const
{
    if (m_pairs.empty())
        return undefined;
    double sum = 0;
    for (int a = 0; a < m_coders; ++a) {
        for (int b = a + 1; b < m_coders; ++b)
            sum += cohenKappa(a, b);
    }
    return sum / double(m_pairs.size());
}

} // namespace counterpoint::analysis
