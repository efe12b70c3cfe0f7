#pragma once

#include "domain/Article.h"

#include <QList>
#include <QString>

namespace counterpoint {

// One stretch of an article's text to take out: [start, end) is replaced by replacement (empty
// for a plain removal; a space where taking a word out would glue two sentences together).
struct TextCut
{
    int start = 0;
    int end = 0;
    QString replacement;

    friend bool operator==(const TextCut &, const TextCut &) = default;
};

namespace TextCuts {

// Sorted by start, overlapping and touching cuts merged, each clamped to the text.
QList<TextCut> normalized(QList<TextCut> cuts, qsizetype textLength);
// The text with the cuts made (cuts normalized first).
QString apply(const QString &text, const QList<TextCut> &cuts);
// Where an old offset lands once the cuts are made: an offset inside a cut lands where the cut
// was. cuts must be normalized.
int mapOffset(const QList<TextCut> &cuts, int offset);
// The page starts of the text once cut.
QList<int> mapPageStarts(const QList<int> &pageStarts, const QList<TextCut> &cuts);

// A cut of [start, end) that also takes the shorter of the two runs of whitespace around it when
// both sides are whitespace, so that removing a word, a line or whole paragraphs leaves one
// separator of the kind that was there (a space, a line break, a blank line), not two.
TextCut tidyCut(const QString &text, int start, int end);

// The new content of an article whose text became newText: kept as plain text (its own original
// file, so that it renders to exactly that text), named after the file it came from.
Article derivedContent(const Article &current, const QString &newText, QList<int> pageStarts);

} // namespace TextCuts

} // namespace counterpoint
