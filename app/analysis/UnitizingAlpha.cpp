#include "UnitizingAlpha.h"

#include <algorithm>
#include <limits>

namespace counterpoint::analysis {

namespace {

constexpr double undefined = std::numeric_limits<double>::quiet_NaN();

// One coder's row of sections over [0, length): units and the gaps around them.
struct Section
{
    Interval range;
    bool isUnit = false;
};

std::vector<Section> sectionsOf(const std::vector<Interval> &units, qint64 length)
{
    std::vector<Section> sections;
    sections.reserve(units.size() * 2 + 1);
    qint64 position = 0;
    for (const Interval &unit : units) {
        if (unit.start > position)
            sections.push_back({{position, unit.start}, false});
        sections.push_back({unit, true});
        position = unit.end;
    }
    if (position < length)
        sections.push_back({{position, length}, false});
    return sections;
}

} // namespace

UnitizingAlpha::UnitizingAlpha(int coders)
    : m_coders(coders)
{}

std::vector<Interval> UnitizingAlpha::joined(std::vector<Interval> units)
{
    std::sort(units.begin(), units.end(), [](const Interval &a, const Interval &b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    std::vector<Interval> result;
    result.reserve(units.size());
    for (const Interval &unit : units) {
        if (unit.end <= unit.start)
            continue;
        if (!result.empty() && unit.start < result.back().end)
            result.back().end = std::max(result.back().end, unit.end);
        else
            result.push_back(unit);
    }
    return result;
}

double UnitizingAlpha::delta(const Interval &g, bool gIsUnit, const Interval &h, bool hIsUnit)
{
    const bool overlap = g.start < h.end && h.start < g.end;
    if (gIsUnit && hIsUnit && overlap) {
        const double begins = double(g.start - h.start);
        const double ends = double(g.end - h.end);
        return begins * begins + ends * ends;
    }
    if (gIsUnit && !hIsUnit && h.start <= g.start && g.end <= h.end)
        return double(g.length()) * double(g.length());
    if (!gIsUnit && hIsUnit && g.start <= h.start && h.end <= g.end)
        return double(h.length()) * double(h.length());
    return 0;
}

void UnitizingAlpha::addContinuum(qint64 length, std::vector<std::vector<Interval>> units)
{
    if (length <= 0)
        return;
    m_length += length;
    std::vector<std::vector<Section>> rows;
    rows.reserve(units.size());
    for (std::vector<Interval> &coder : units) {
        for (Interval &unit : coder) {
            unit.start = std::clamp<qint64>(unit.start, 0, length);
            unit.end = std::clamp<qint64>(unit.end, 0, length);
        }
        rows.push_back(sectionsOf(joined(std::move(coder)), length));
        for (const Section &section : rows.back())
            (section.isUnit ? m_unitLengths : m_gapLengths).push_back(section.range.length());
    }
    // Only sections that overlap can have a δ² other than 0: walk two rows side by side, each
    // pair of overlapping sections met once, where the one that ends first is left behind.
    for (size_t i = 0; i < rows.size(); ++i) {
        for (size_t j = i + 1; j < rows.size(); ++j) {
            const std::vector<Section> &a = rows[i];
            const std::vector<Section> &b = rows[j];
            size_t x = 0, y = 0;
            while (x < a.size() && y < b.size()) {
                m_pairDeltas += delta(a[x].range, a[x].isUnit, b[y].range, b[y].isUnit);
                if (a[x].range.end < b[y].range.end)
                    ++x;
                else if (b[y].range.end < a[x].range.end)
                    ++y;
                else {
                    ++x;
                    ++y;
                }
            }
        }
    }
}

void UnitizingAlpha::merge(const UnitizingAlpha &other)
{
    m_length += other.m_length;
    m_pairDeltas += other.m_pairDeltas;
    m_unitLengths.insert(m_unitLengths.end(), other.m_unitLengths.begin(),
                         other.m_unitLengths.end());
    m_gapLengths.insert(m_gapLengths.end(), other.m_gapLengths.begin(), other.m_gapLengths.end());
}

double UnitizingAlpha::observedDisagreement() const
{
    if (m_length == 0 || m_coders < 2)
        return undefined;
    const long double m = m_coders;
    const long double length = m_length;
    // m_pairDeltas holds each unordered pair once; the definition sums over ordered pairs i ≠ j.
    return double(2.0L * m_pairDeltas / (m * (m - 1) * length * length));
}

double UnitizingAlpha::expectedDisagreement() const
{
    if (m_length == 0 || m_coders < 2)
        return undefined;
    // Σ_{gaps k ≥ l} (k − l + 1) for every unit length l: gaps sorted, with suffix sums.
    std::vector<qint64> gaps = m_gapLengths;
    std::sort(gaps.begin(), gaps.end());
    std::vector<long double> suffix(gaps.size() + 1, 0);
    for (size_t k = gaps.size(); k-- > 0;)
        suffix[k] = suffix[k + 1] + (long double)(gaps[k]);
    const long double units = (long double)(m_unitLengths.size());
    long double numerator = 0;
    long double unitPairs = 0;
    for (qint64 unit : m_unitLengths) {
        const long double l = (long double)(unit);
        const auto first = std::lower_bound(gaps.begin(), gaps.end(), unit);
        const long double fitting = (long double)(gaps.end() - first);
        const long double slack = suffix[size_t(first - gaps.begin())] - fitting * (l - 1);
        numerator += (units - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * slack;
        unitPairs += l * (l - 1);
    }
    const long double total = (long double)(m_coders) * (long double)(m_length);
    const long double denominator = total * (total - 1) - unitPairs;
    if (denominator <= 0)
        return undefined;
    return double(2.0L / (long double)(m_length)*numerator / denominator);
}

double UnitizingAlpha::alpha() const
{
    const double expected = expectedDisagreement();
    if (!(expected > 0))
        return undefined;
    return 1.0 - observedDisagreement() / expected;
}

} // namespace counterpoint::analysis
