#pragma once

#include "TextCuts.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace counterpoint {

// Why a stretch of a scraped article looks like page furniture rather than the story.
enum class DebrisKind {
    Advertisement, // "advertisement", "sponsored", glued into a sentence or on a line
    Prompt,        // share, comment, subscribe and navigation prompts
    Hashtags,      // a line of #hashtags, or the "Hashtags" heading of an empty block
    RelatedBlock,  // "Related Articles" and everything after it
    RepeatedLine,  // a line that other articles of the same publisher hold too
    DuplicateLine, // a line repeated within the article (a title shown twice)
    TrailingLines, // short lines after the story's last paragraph
    ShortLine      // a line of a word or three between two paragraphs
};

QString displayName(DebrisKind kind);

// One stretch suggested for removal.
struct CleanupSuggestion
{
    TextCut cut;
    DebrisKind kind = DebrisKind::Prompt;
    QString text; // what would go, as it reads

    QString reason() const { return displayName(kind); }
};

// Finds likely debris in a scraped article's text: lines and glued words that pages carry
// around a story. Only suggests; the user previews and chooses. The story's own paragraphs (lines
// of many words) are never suggested, except in a related-articles block.
class CleanupSuggester final
{
public:
    // A paragraph of at least this many words is the story, not furniture.
    static constexpr int paragraphWords = 25;
    // A line of at most this many words between paragraphs is suggested as a stray line.
    static constexpr int shortLineWords = 3;

    // siblings: the texts of the other articles of the same publisher (for repeated lines).
    static QList<CleanupSuggestion> suggest(const QString &text, const QStringList &siblings = {});
    // The cuts of the suggestions, for ArticleEdits::prepareRemoval.
    static QList<TextCut> cutsOf(const QList<CleanupSuggestion> &suggestions);
};

} // namespace counterpoint
