#include "TextRange.h"

namespace counterpoint {

bool splitsSurrogatePair(const QString &text, int position)
{
    return position > 0 && position < text.size() && text.at(position).isLowSurrogate() &&
           text.at(position - 1).isHighSurrogate();
}

std::optional<RangeProblem> rangeProblem(const QString &text, int start, int end)
{
    if (start < 0 || end > text.size())
        return RangeProblem::OutsideText;
    if (start >= end)
        return RangeProblem::Empty;
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end))
        return RangeProblem::SplitsCharacter;
    return std::nullopt;
}

} // namespace counterpoint
