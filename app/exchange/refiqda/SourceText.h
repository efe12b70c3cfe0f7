#pragma once

// How a REFI-QDA source's positions count its text. The standard counts characters, but tools
// differ: some count UTF-16 units (an emoji is two), some count CR LF as one character. A
// SourceText holds the text as Counterpoint keeps it (LF line breaks only) and places a file's
// positions under each way of counting, so the reader can find the one a file uses.
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace counterpoint::importing {

struct Counting
{
    bool utf16Units = false; // else code points
    bool crLfAsOne = false;  // else CR and LF count one each, as the file holds them
    bool operator==(const Counting &) const = default;
};

// "code points, CR LF as two" for messages.
QString describe(const Counting &counting);

class SourceText
{
public:
    explicit SourceText(const QString &raw);

    // The text with CR LF and lone CR made LF, as an article keeps it.
    const QString &text() const { return m_text; }
    // The ways of counting that place some position differently in this text, the standard's
    // (code points, CR LF as two) first; one entry for a text without CR or astral characters.
    const QList<Counting> &countings() const { return m_countings; }
    // Where the file's start and end fall in text() (UTF-16 units), or nothing when they lie
    // outside it or inside a character.
    std::optional<std::pair<int, int>> place(const Counting &counting, int start, int end) const;

private:
    static int index(const Counting &counting)
    {
        return (counting.utf16Units ? 2 : 0) + (counting.crLfAsOne ? 1 : 0);
    }

    QString m_text;
    QList<Counting> m_countings;
    std::vector<int> m_maps[4]; // by index(): file position → position in m_text, -1 mid-character
};

// Whether text[range] is the passage a selection's name quotes: the same words with white space
// made single, or their beginning when the name was cut short with "…".
bool showsName(const QString &text, std::pair<int, int> range, const QString &name);
// A name that quotes its passage whole, not cut short.
bool isWholeName(const QString &name);

} // namespace counterpoint::importing
