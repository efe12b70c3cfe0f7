#pragma once

#include <QString>

#include <optional>

namespace counterpoint {

// Why a range [start, end) cannot be a passage of a text, if it cannot.
enum class RangeProblem {
    Empty,          // start >= end
    OutsideText,    // start < 0 or end past the text's end
    SplitsCharacter // an end falls between the two halves of a surrogate pair
};

// The one check every stored range passes: a non-empty range inside the text that keeps each
// character whole. Ranges are in UTF-16 code units, as Annotation keeps them.
std::optional<RangeProblem> rangeProblem(const QString &text, int start, int end);

// True when position lies between a high and a low surrogate of text.
bool splitsSurrogatePair(const QString &text, int position);

} // namespace counterpoint
