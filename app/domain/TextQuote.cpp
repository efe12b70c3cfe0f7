#include "TextQuote.h"

#include <algorithm>

namespace counterpoint {

TextQuote TextQuote::fromText(const QString &text, int start, int end)
{
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));

    int prefixStart = std::max(0, start - contextLength);
    if (prefixStart > 0 && text.at(prefixStart).isLowSurrogate())
        ++prefixStart;
    int suffixEnd = std::min(int(text.size()), end + contextLength);
    if (suffixEnd < text.size() && text.at(suffixEnd).isLowSurrogate())
        --suffixEnd;

    return {text.mid(start, end - start), text.mid(prefixStart, start - prefixStart),
            text.mid(end, suffixEnd - end)};
}

} // namespace counterpoint
