#pragma once

#include "AgreementInput.h"

#include <optional>
#include <vector>

namespace counterpoint::analysis {

// How two coders' readings of a passage differ.
enum class DisagreementType {
    OnlyFirst,         // a span the first coded and the second did not touch
    OnlySecond,        // the same, the other way round
    Boundaries,        // overlapping spans of the same kind and tags, different boundaries
    Code,              // the same span with a different kind or tags
    BoundariesAndCode, // overlapping spans that differ in both
};
QString toString(DisagreementType type); // "only-first", "boundaries", …

struct Disagreement
{
    DisagreementType type = DisagreementType::OnlyFirst;
    std::optional<ReadingSpan> first;
    std::optional<ReadingSpan> second;
    bool kindDiffers() const { return first && second && first->kind != second->kind; }
    bool tagsDiffer() const { return first && second && first->tagIds != second->tagIds; }
};

// The disagreements of two coders on one article. Spans are paired one to one, the same span
// first, then by the length they share; a span left unpaired that still overlaps one of the
// other coder's is reported beside the one it shares most with; a span that overlaps none was
// coded by one coder alone. Spans the two agree on exactly (same range, kind and tags) are not
// disagreements. In reading order.
std::vector<Disagreement> disagreementsOf(std::vector<ReadingSpan> first,
                                          std::vector<ReadingSpan> second);

} // namespace counterpoint::analysis
