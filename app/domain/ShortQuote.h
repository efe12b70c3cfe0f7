#pragma once

#include <QString>

namespace counterpoint {

// A passage on one line, cut with an ellipsis after length characters: for lists, labels and
// messages that show the beginning of a quote.
inline QString shortQuote(const QString &text, int length)
{
    QString quote = text.simplified();
    if (quote.size() > length)
        quote = quote.left(length - 1) + u'…';
    return quote;
}

} // namespace counterpoint
