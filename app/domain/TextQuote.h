#pragma once

#include <QString>

namespace counterpoint {

// A W3C-style text quote: the exact passage plus a little context on either side, so the passage
// can be found again when its range no longer fits an edited text.
struct TextQuote
{
    static constexpr int contextLength = 32;

    QString exact;
    QString prefix;
    QString suffix;

    // The quote of text[start, end), with up to contextLength UTF-16 units of context that never
    // split a surrogate pair.
    static TextQuote fromText(const QString &text, int start, int end);

    friend bool operator==(const TextQuote &, const TextQuote &) = default;
};

} // namespace counterpoint
