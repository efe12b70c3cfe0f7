#include "WordSnapping.h"

#include <QTextBoundaryFinder>

namespace counterpoint {

namespace {

bool isWordCharacter(const QString &text, int position)
{
    if (position < 0 || position >= text.size())
        return false;
    const QChar c = text.at(position);
    // Apostrophes inside words ("Nvidia's") belong to the word.
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate() || c == u'\'' || c == u'’' ||
           c == u'-';
}

} // namespace

TextRange snapToWords(const QString &text, TextRange selection)
{
    int start = std::clamp(selection.start, 0, int(text.size()));
    int end = std::clamp(selection.end, start, int(text.size()));

    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start == end)
        return {start, start};

    // Grow outwards only where the selection cuts through a word.
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    if (isWordCharacter(text, start) && isWordCharacter(text, start - 1)) {
        words.setPosition(start);
        start = int(words.toPreviousBoundary());
        while (start > 0 && isWordCharacter(text, start - 1))
            start = int(words.toPreviousBoundary());
    }
    if (isWordCharacter(text, end - 1) && isWordCharacter(text, end)) {
        words.setPosition(end);
        end = int(words.toNextBoundary());
        while (end < text.size() && isWordCharacter(text, end))
            end = int(words.toNextBoundary());
    }
    return {std::max(start, 0), end < 0 ? int(text.size()) : end};
}

} // namespace counterpoint
