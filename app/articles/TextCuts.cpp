#include "TextCuts.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>

namespace counterpoint::TextCuts {

QList<TextCut> normalized(QList<TextCut> cuts, qsizetype textLength)
{
    const int length = int(textLength);
    for (TextCut &cut : cuts) {
        cut.start = std::clamp(cut.start, 0, length);
        cut.end = std::clamp(cut.end, cut.start, length);
    }
    cuts.removeIf([](const TextCut &cut) { return cut.end <= cut.start; });
    std::sort(cuts.begin(), cuts.end(),
              [](const TextCut &a, const TextCut &b) { return a.start < b.start; });
    QList<TextCut> merged;
    for (const TextCut &cut : std::as_const(cuts)) {
        if (!merged.isEmpty() && cut.start <= merged.last().end) {
            TextCut &last = merged.last();
            last.end = std::max(last.end, cut.end);
            // Two overlapping cuts leave at most one separator behind.
            if (last.replacement.isEmpty())
                last.replacement = cut.replacement;
            continue;
        }
        merged.append(cut);
    }
    return merged;
}

QString apply(const QString &text, const QList<TextCut> &cuts)
{
    const QList<TextCut> sorted = normalized(cuts, text.size());
    QString result;
    result.reserve(text.size());
    int from = 0;
    for (const TextCut &cut : sorted) {
        result += QStringView(text).mid(from, cut.start - from);
        result += cut.replacement;
        from = cut.end;
    }
    result += QStringView(text).mid(from);
    return result;
}

int mapOffset(const QList<TextCut> &cuts, int offset)
{
    int shift = 0;
    for (const TextCut &cut : cuts) {
        if (offset < cut.start)
            break;
        if (offset < cut.end)
            return cut.start + shift;
        shift += int(cut.replacement.size()) - (cut.end - cut.start);
    }
    return offset + shift;
}

QList<int> mapPageStarts(const QList<int> &pageStarts, const QList<TextCut> &cuts)
{
    QList<int> mapped;
    mapped.reserve(pageStarts.size());
    for (const int start : pageStarts)
        mapped.append(mapOffset(cuts, start));
    return mapped;
}

TextCut tidyCut(const QString &text, int start, int end)
{
    // The whitespace around the passage: [before, start) and [end, after).
    int before = start;
    while (before > 0 && text.at(before - 1).isSpace())
        --before;
    int after = end;
    while (after < text.size() && text.at(after).isSpace())
        ++after;
    TextCut cut{start, end, {}};
    const bool spaceBefore = before < start || start == 0;
    const bool spaceAfter = after > end || end == text.size();
    if (!spaceBefore || !spaceAfter)
        return cut; // inside a word or at punctuation: exactly what was chosen
    if (end == text.size())
        cut.start = before; // the text ends where the passage began
    else if (start == 0)
        cut.end = after;
    else if (after - end <= start - before)
        cut.end = after; // the separator before it stays
    else
        cut.start = before;
    return cut;
}

Article derivedContent(const Article &current, const QString &newText, QList<int> pageStarts)
{
    Article content = current;
    content.format = ArticleFormat::PlainText;
    content.text = newText;
    content.original = newText.toUtf8();
    const QFileInfo file(current.sourceFileName);
    if (!current.sourceFileName.isEmpty() && file.suffix().compare(u"txt", Qt::CaseInsensitive))
        content.sourceFileName = file.completeBaseName() + QStringLiteral(".txt");
    content.contentHash = QString::fromLatin1(
        QCryptographicHash::hash(newText.toUtf8(), QCryptographicHash::Sha256).toHex());
    content.pageStarts = std::move(pageStarts);
    return content;
}

} // namespace counterpoint::TextCuts
