#include "SpanDisagreements.h"

#include <algorithm>
#include <set>
#include <utility>

namespace counterpoint::analysis {

QString toString(DisagreementType type)
{
    switch (type) {
    case DisagreementType::OnlyFirst:
        return QStringLiteral("only-first");
    case DisagreementType::OnlySecond:
        return QStringLiteral("only-second");
    case DisagreementType::Boundaries:
        return QStringLiteral("boundaries");
    case DisagreementType::Code:
        return QStringLiteral("code");
    case DisagreementType::BoundariesAndCode:
        return QStringLiteral("boundaries-and-code");
    }
    return {};
}

namespace {

bool sameCode(const ReadingSpan &a, const ReadingSpan &b)
{
    return a.kind == b.kind && a.tagIds == b.tagIds;
}

bool sameRange(const ReadingSpan &a, const ReadingSpan &b)
{
    return a.start == b.start && a.end == b.end;
}

qint64 shared(const ReadingSpan &a, const ReadingSpan &b)
{
    return std::min(a.end, b.end) - std::max(a.start, b.start);
}

struct Candidate
{
    size_t first;
    size_t second;
    int rank; // 0: the same span and code, 1: the same span, 2: overlapping
    qint64 overlap;
};

DisagreementType typeOf(const ReadingSpan &a, const ReadingSpan &b)
{
    if (sameRange(a, b))
        return DisagreementType::Code;
    return sameCode(a, b) ? DisagreementType::Boundaries : DisagreementType::BoundariesAndCode;
}

bool byPosition(const ReadingSpan &a, const ReadingSpan &b)
{
    return a.start < b.start || (a.start == b.start && a.end < b.end);
}

} // namespace

std::vector<Disagreement> disagreementsOf(std::vector<ReadingSpan> first,
                                          std::vector<ReadingSpan> second)
{
    std::sort(first.begin(), first.end(), byPosition);
    std::sort(second.begin(), second.end(), byPosition);

    std::vector<Candidate> candidates;
    for (size_t a = 0; a < first.size(); ++a) {
        for (size_t b = 0; b < second.size() && second[b].start < first[a].end; ++b) {
            const qint64 overlap = shared(first[a], second[b]);
            if (overlap <= 0)
                continue;
            const bool range = sameRange(first[a], second[b]);
            const int rank = range ? (sameCode(first[a], second[b]) ? 0 : 1) : 2;
            candidates.push_back({a, b, rank, overlap});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &x, const Candidate &y) {
                         return x.rank < y.rank || (x.rank == y.rank && x.overlap > y.overlap);
                     });

    std::vector<long> partnerOfFirst(first.size(), -1), partnerOfSecond(second.size(), -1);
    std::vector<long> bestOfFirst(first.size(), -1), bestOfSecond(second.size(), -1);
    for (const Candidate &candidate : candidates) {
        if (bestOfFirst[candidate.first] < 0)
            bestOfFirst[candidate.first] = long(candidate.second);
        if (bestOfSecond[candidate.second] < 0)
            bestOfSecond[candidate.second] = long(candidate.first);
        if (partnerOfFirst[candidate.first] >= 0 || partnerOfSecond[candidate.second] >= 0)
            continue;
        partnerOfFirst[candidate.first] = long(candidate.second);
        partnerOfSecond[candidate.second] = long(candidate.first);
    }

    std::set<std::pair<long, long>> reported;
    std::vector<Disagreement> result;
    auto report = [&](long a, long b) {
        if (!reported.insert({a, b}).second)
            return;
        const ReadingSpan &x = first[size_t(a)];
        const ReadingSpan &y = second[size_t(b)];
        if (sameRange(x, y) && sameCode(x, y))
            return;
        result.push_back({typeOf(x, y), x, y});
    };
    for (size_t a = 0; a < first.size(); ++a) {
        if (partnerOfFirst[a] >= 0)
            report(long(a), partnerOfFirst[a]);
        else if (bestOfFirst[a] >= 0)
            report(long(a), bestOfFirst[a]);
        else
            result.push_back({DisagreementType::OnlyFirst, first[a], std::nullopt});
    }
    for (size_t b = 0; b < second.size(); ++b) {
        if (partnerOfSecond[b] >= 0)
            continue; // reported with its partner
        if (bestOfSecond[b] >= 0)
            report(bestOfSecond[b], long(b));
        else
            result.push_back({DisagreementType::OnlySecond, std::nullopt, second[b]});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Disagreement &x, const Disagreement &y) {
                         const ReadingSpan &a = x.first ? *x.first : *x.second;
                         const ReadingSpan &b = y.first ? *y.first : *y.second;
                         return byPosition(a, b);
                     });
    return result;
}

} // namespace counterpoint::analysis
