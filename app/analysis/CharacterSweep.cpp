#include "CharacterSweep.h"

#include <algorithm>

namespace counterpoint::analysis {

CodeSetCategories::CodeSetCategories()
{
    m_ids.emplace(std::vector<int>{}, 0);
}

int CodeSetCategories::categoryOf(const std::vector<int> &sortedCodes)
{
    const auto [at, added] = m_ids.emplace(sortedCodes, int(m_ids.size()));
    Q_UNUSED(added);
    return at->second;
}

AgreementSums::AgreementSums(int coders, int codeCount)
    : combined(coders)
    , codes(size_t(codeCount), NominalAgreement(coders))
    , unitizing(size_t(codeCount), UnitizingAlpha(coders))
{}

void AgreementSums::merge(const AgreementSums &other)
{
    characters += other.characters;
    combined.merge(other.combined);
    for (size_t c = 0; c < codes.size(); ++c) {
        codes[c].merge(other.codes[c]);
        unitizing[c].merge(other.unitizing[c]);
    }
}

namespace {

struct Event
{
    qint64 position;
    int coder;
    int code;
    int change; // +1 where a span begins, −1 where it ends
};

} // namespace

void addArticle(AgreementSums &sums, qint64 length,
                const std::vector<std::vector<CodedSpan>> &readings, CodeSetCategories &categories)
{
    if (length <= 0)
        return;
    const int coders = int(readings.size());
    const int codeCount = int(sums.codes.size());
    sums.characters += length;

    std::vector<Event> events;
    std::vector<std::vector<std::vector<Interval>>> units(
        static_cast<size_t>(codeCount),
        std::vector<std::vector<Interval>>(static_cast<size_t>(coders)));
    for (int coder = 0; coder < coders; ++coder) {
        for (const CodedSpan &span : readings[size_t(coder)]) {
            const qint64 start = std::clamp<qint64>(span.start, 0, length);
            const qint64 end = std::clamp<qint64>(span.end, 0, length);
            if (end <= start || span.code < 0 || span.code >= codeCount)
                continue;
            events.push_back({start, coder, span.code, +1});
            events.push_back({end, coder, span.code, -1});
            units[size_t(span.code)][size_t(coder)].push_back({start, end});
        }
    }
    std::sort(events.begin(), events.end(),
              [](const Event &a, const Event &b) { return a.position < b.position; });

    // active[coder][code]: how many of the coder's spans of the code cover the stretch.
    std::vector<std::vector<int>> active(size_t(coders), std::vector<int>(size_t(codeCount), 0));
    std::vector<int> codersWithCode(size_t(codeCount), 0);
    std::vector<qint64> covered(size_t(codeCount), 0);
    std::vector<int> values(size_t(coders), 0); // each coder's category: 0 is uncoded
    std::vector<int> binary(size_t(coders), 0);
    std::vector<char> changed(size_t(coders), 0);
    std::vector<int> codesOfCoder;

    auto addStretch = [&](qint64 weight) {
        if (weight <= 0)
            return;
        sums.combined.addUnit(values, weight);
        for (int code = 0; code < codeCount; ++code) {
            if (codersWithCode[size_t(code)] == 0)
                continue;
            for (int coder = 0; coder < coders; ++coder)
                binary[size_t(coder)] = active[size_t(coder)][size_t(code)] > 0 ? 1 : 0;
            sums.codes[size_t(code)].addUnit(binary, weight);
            covered[size_t(code)] += weight;
        }
    };

    qint64 previous = 0;
    for (size_t i = 0; i < events.size();) {
        const qint64 position = events[i].position;
        addStretch(position - previous);
        previous = position;
        for (; i < events.size() && events[i].position == position; ++i) {
            const Event &event = events[i];
            int &count = active[size_t(event.coder)][size_t(event.code)];
            const bool had = count > 0;
            count += event.change;
            if (had != (count > 0))
                codersWithCode[size_t(event.code)] += count > 0 ? 1 : -1;
            changed[size_t(event.coder)] = 1;
        }
        for (int coder = 0; coder < coders; ++coder) {
            if (!changed[size_t(coder)])
                continue;
            changed[size_t(coder)] = 0;
            codesOfCoder.clear();
            for (int code = 0; code < codeCount; ++code) {
                if (active[size_t(coder)][size_t(code)] > 0)
                    codesOfCoder.push_back(code);
            }
            values[size_t(coder)] = categories.categoryOf(codesOfCoder);
        }
    }
    addStretch(length - previous);

    std::fill(binary.begin(), binary.end(), 0);
    for (int code = 0; code < codeCount; ++code) {
        // The characters nobody gave the code: every coder agrees it is absent.
        sums.codes[size_t(code)].addUnit(binary, length - covered[size_t(code)]);
        sums.unitizing[size_t(code)].addContinuum(length, std::move(units[size_t(code)]));
    }
}

} // namespace counterpoint::analysis
