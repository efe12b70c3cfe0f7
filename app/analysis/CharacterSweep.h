#pragma once

#include "NominalAgreement.h"
#include "UnitizingAlpha.h"

#include <map>
#include <vector>

namespace counterpoint::analysis {

// One code over a stretch of one coder's reading.
struct CodedSpan
{
    qint64 start = 0;
    qint64 end = 0;
    int code = 0;
};

// Names each combination of codes one coder gives a character with one category, the same in
// every article: the empty combination (an uncoded character, a category of its own) is 0.
class CodeSetCategories final
{
public:
    CodeSetCategories();
    int categoryOf(const std::vector<int> &sortedCodes);
    int count() const { return int(m_ids.size()); }

private:
    std::map<std::vector<int>, int> m_ids;
};

// Everything the character-level and unitizing figures of one scope are made of; scopes add up.
struct AgreementSums
{
    AgreementSums(int coders, int codes);
    void merge(const AgreementSums &other);

    qint64 characters = 0;
    NominalAgreement combined;           // a character's value: the combination of its codes
    std::vector<NominalAgreement> codes; // binary, per code: has the code or not
    std::vector<UnitizingAlpha> unitizing;
};

// Adds one article's characters to sums, working over the stretches between span boundaries
// (a sweep line), each stretch one unit weighted by its length: the figures equal those of a
// character-by-character count. readings[i] is coder i's spans, clipped to [0, length).
void addArticle(AgreementSums &sums, qint64 length,
                const std::vector<std::vector<CodedSpan>> &readings, CodeSetCategories &categories);

} // namespace counterpoint::analysis
