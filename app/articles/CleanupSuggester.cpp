#include "CleanupSuggester.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace counterpoint {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::CleanupSuggester)
};

struct Line
{
    int start = 0;
    int end = 0; // before its '\n'
    QString trimmed;
    int words = 0;

    bool isBlank() const { return trimmed.isEmpty(); }
};

QList<Line> linesOf(const QString &text)
{
    QList<Line> lines;
    int start = 0;
    while (start <= text.size()) {
        int end = int(text.indexOf(u'\n', start));
        if (end < 0)
            end = int(text.size());
        const QString trimmed = text.mid(start, end - start).simplified();
        lines.append({start, end, trimmed, trimmed.isEmpty() ? 0 : int(trimmed.count(u' ')) + 1});
        start = end + 1;
    }
    return lines;
}

// A line as the patterns read it: lower case, without the punctuation around it.
QString bare(const QString &line)
{
    static const QRegularExpression edges(QStringLiteral("^[\\s\\p{P}]+|[\\s\\p{P}]+$"));
    return line.toLower().remove(edges);
}

const QRegularExpression &advertisementLine()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(advertisements?|advert|ad|sponsored( content)?|paid (content|post)|promoted( content)?"
        "|story continues below( advertisement)?|scroll (down )?to continue( with content)?"
        "|continue reading( below)?)$"));
    return pattern;
}

const QRegularExpression &promptLine()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(share( this)?( article| story| post)?( on .{1,20})?|share via .{1,20}|tweet( this)?"
        "|e-?mail( this)?|print( this)?( article| page)?|comments?( \\(?\\d+\\)?)?|\\d+ comments?"
        "|no comments( yet)?|be the first to comment|leave a (comment|reply)|add a comment"
        "|post a comment|(view|show|load more) comments|sign (in|up)( to comment)?"
        "|log in to comment|subscribe( now| to .{1,40})?|sign up for .{0,60}newsletter.{0,40}"
        "|follow us( on .{1,30})?|read more|read next|click here.{0,40}|copy link|link copied"
        "|exit mobile version|skip to (main )?content|back to top|tune in|watch( now| live)?"
        "|listen( to this article)?|\\d+ min(ute)?s? read|accept( all)? cookies"
        "|we use cookies.{0,80})$"));
    return pattern;
}

const QRegularExpression &hashtagLine()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(hashtags?|(#[\\p{L}\\p{N}_]+[\\s,]*)+)$"));
    return pattern;
}

const QRegularExpression &relatedHeading()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(related( articles| stories| posts| news| content| reading| coverage)?"
        "|you (may|might) also like|more (stories|articles|news)( from .{1,40})?"
        "|recommended( for you| stories| articles)?|also read|read also|trending( now| stories)?"
        "|most (read|popular))$"));
    return pattern;
}

// A marker glued to the end of a sentence by the scraper: "…2025.advertisementThe …".
const QRegularExpression &gluedMarker()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<=[.!?\"'”’)])(advertisement|story continues below|continue reading"
                       "|tune in)(?=\\p{Lu}|\\s|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

QString displayName(DebrisKind kind)
{
    switch (kind) {
    case DebrisKind::Advertisement:
        return Messages::tr("Advertisement");
    case DebrisKind::Prompt:
        return Messages::tr("Share, comment or navigation prompt");
    case DebrisKind::Hashtags:
        return Messages::tr("Hashtags");
    case DebrisKind::RelatedBlock:
        return Messages::tr("Related articles block");
    case DebrisKind::RepeatedLine:
        return Messages::tr("Line repeated in other articles of the publisher");
    case DebrisKind::DuplicateLine:
        return Messages::tr("Line repeated in this article");
    case DebrisKind::TrailingLines:
        return Messages::tr("Short line after the story");
    case DebrisKind::ShortLine:
        return Messages::tr("Very short line between paragraphs");
    }
    return {};
}

QList<CleanupSuggestion> CleanupSuggester::suggest(const QString &text, const QStringList &siblings)
{
    const QList<Line> lines = linesOf(text);
    const auto count = int(lines.size());
    const auto nonBlankAfter = [&](int index) {
        for (int i = index + 1; i < count; ++i)
            if (!lines.at(i).isBlank())
                return i;
        return -1;
    };
    const auto nonBlankBefore = [&](int index) {
        for (int i = index - 1; i >= 0; --i)
            if (!lines.at(i).isBlank())
                return i;
        return -1;
    };
    // A line goes with the blank lines after it; the last line with the break before it.
    const auto lineCut = [&](int index) {
        const int next = nonBlankAfter(index);
        if (next >= 0)
            return TextCut{lines.at(index).start, lines.at(next).start, {}};
        const int previous = nonBlankBefore(index);
        return TextCut{
            previous >= 0 ? lines.at(previous).end : lines.at(index).start, int(text.size()), {}};
    };
    const auto isParagraph = [&](int index) {
        return index >= 0 && lines.at(index).words >= paragraphWords;
    };

    QList<CleanupSuggestion> suggestions;
    const auto add = [&](TextCut cut, DebrisKind kind) {
        suggestions.append({cut, kind, text.mid(cut.start, cut.end - cut.start)});
    };

    // The related-articles block: its heading, once the story has begun, and all after it.
    int blockLine = count;
    for (int i = 0; i < count; ++i) {
        if (lines.at(i).words > 0 && lines.at(i).words <= 5 &&
            relatedHeading().match(bare(lines.at(i).trimmed)).hasMatch() &&
            nonBlankBefore(i) >= 0) {
            bool storyBefore = false;
            for (int j = 0; j < i && !storyBefore; ++j)
                storyBefore = isParagraph(j);
            if (!storyBefore)
                continue;
            blockLine = i;
            const int previous = nonBlankBefore(i);
            add({lines.at(previous).end, int(text.size()), {}}, DebrisKind::RelatedBlock);
            break;
        }
    }
    int storyEnd = -1; // the last paragraph before the block
    for (int i = 0; i < blockLine; ++i)
        if (isParagraph(i))
            storyEnd = i;

    QSet<QString> siblingLines;
    for (const QString &sibling : siblings) {
        const auto siblingText = QStringView(sibling).split(u'\n');
        for (const auto line : siblingText) {
            const QString trimmed = line.toString().simplified();
            if (!trimmed.isEmpty())
                siblingLines.insert(trimmed);
        }
    }

    QSet<QString> seen;
    for (int i = 0; i < blockLine; ++i) {
        const Line &line = lines.at(i);
        if (line.isBlank())
            continue;
        const QString bareLine = bare(line.trimmed);
        const bool firstTime = !seen.contains(line.trimmed);
        seen.insert(line.trimmed);
        if (line.words >= paragraphWords) {
            continue; // a paragraph of the story: only glued markers inside it, below
        } else if (advertisementLine().match(bareLine).hasMatch()) {
            add(lineCut(i), DebrisKind::Advertisement);
        } else if (promptLine().match(bareLine).hasMatch()) {
            add(lineCut(i), DebrisKind::Prompt);
        } else if (hashtagLine().match(line.trimmed.toLower()).hasMatch()) {
            add(lineCut(i), DebrisKind::Hashtags);
        } else if (!firstTime) {
            add(lineCut(i), DebrisKind::DuplicateLine);
        } else if (siblingLines.contains(line.trimmed)) {
            add(lineCut(i), DebrisKind::RepeatedLine);
        } else if (storyEnd >= 0 && i > storyEnd && line.words <= 12) {
            add(lineCut(i), DebrisKind::TrailingLines);
        } else if (line.words <= shortLineWords && isParagraph(nonBlankBefore(i)) &&
                   isParagraph(nonBlankAfter(i))) {
            add(lineCut(i), DebrisKind::ShortLine);
        }
    }

    // Markers glued into the story's sentences.
    const int blockStart = blockLine < count ? lines.at(blockLine).start : int(text.size());
    auto matches = gluedMarker().globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const int start = int(match.capturedStart());
        const int end = int(match.capturedEnd());
        if (start >= blockStart)
            break;
        const bool wordFollows = end < text.size() && !text.at(end).isSpace();
        const DebrisKind kind = match.captured(1).compare(u"advertisement", Qt::CaseInsensitive)
                                    ? DebrisKind::Prompt
                                    : DebrisKind::Advertisement;
        add({start, end, wordFollows ? QStringLiteral(" ") : QString()}, kind);
    }

    std::sort(suggestions.begin(), suggestions.end(),
              [](const CleanupSuggestion &a, const CleanupSuggestion &b) {
                  return a.cut.start < b.cut.start;
              });
    return suggestions;
}

QList<TextCut> CleanupSuggester::cutsOf(const QList<CleanupSuggestion> &suggestions)
{
    QList<TextCut> cuts;
    cuts.reserve(suggestions.size());
    for (const CleanupSuggestion &suggestion : suggestions)
        cuts.append(suggestion.cut);
    return cuts;
}

} // namespace counterpoint
