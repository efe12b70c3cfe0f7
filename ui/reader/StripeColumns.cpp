#include "StripeColumns.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <functional>
#include <queue>
#include <utility>
#include <vector>

namespace counterpoint::ui {

StripeSpan StripeSpan::of(const Annotation &annotation, const QTextDocument &document,
                          int lineCharacters)
{
    const int last = std::max(0, document.characterCount() - 1);
    const int start = std::clamp(annotation.start, 0, last);
    const int end = std::clamp(annotation.end, start, last);
    const QTextBlock lastBlock = document.findBlock(std::max(start, end - 1));
    const int nextParagraph = lastBlock.position() + lastBlock.length();
    return {annotation.id, annotation.kind, start, end,
            std::min(nextParagraph, end + std::max(1, lineCharacters))};
}

qreal lineEdge(const QTextDocument &document, int position, bool bottom)
{
    const QTextBlock block =
        document.findBlock(std::clamp(position, 0, std::max(0, document.characterCount() - 1)));
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const QTextLayout *lines = block.layout();
    const QTextLine line = lines && lines->lineCount() > 0
                               ? lines->lineForTextPosition(position - block.position())
                               : QTextLine();
    if (!line.isValid())
        return bottom ? rect.bottom() : rect.top();
    return rect.top() + line.y() + (bottom ? line.height() : 0);
}

void StripeColumns::assign(QList<StripeSpan> spans)
{
    m_columns.clear();
    // By start; at the same start the longer passage first, so that it takes the column nearer
    // the text and the passages inside it stand beside it.
    std::sort(spans.begin(), spans.end(), [](const StripeSpan &a, const StripeSpan &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end > b.end;
        return a.id < b.id; // the same columns whatever order the annotations came in
    });
    // The columns in use, by where they are clear again; the free ones, lowest first.
    using Busy = std::pair<int, int>; // clear from, column
    std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
    std::priority_queue<int, std::vector<int>, std::greater<>> free;
    for (const StripeSpan &span : std::as_const(spans)) {
        while (!busy.empty() && busy.top().first <= span.start) {
            free.push(busy.top().second);
            busy.pop();
        }
        int column = 0;
        if (free.empty()) {
            column = int(m_columns.size());
            m_columns.append(QList<StripeSpan>());
        } else {
            column = free.top();
            free.pop();
        }
        m_columns[column].append(span);
        busy.push({span.clearFrom, column});
    }
}

void StripeColumns::clear()
{
    m_columns.clear();
}

int StripeColumns::columnOf(const QUuid &id) const
{
    for (int column = 0; column < columnCount(); ++column) {
        const QList<StripeSpan> &spans = m_columns.at(column);
        if (std::any_of(spans.cbegin(), spans.cend(),
                        [&](const StripeSpan &span) { return span.id == id; }))
            return column;
    }
    return -1;
}

QList<StripeSpan> StripeColumns::spansTouching(int column, int from, int to) const
{
    // Within a column the spans are apart, so by start is also by end.
    const QList<StripeSpan> &spans = m_columns.at(column);
    auto it =
        std::lower_bound(spans.cbegin(), spans.cend(), from,
                         [](const StripeSpan &span, int position) { return span.end < position; });
    QList<StripeSpan> touching;
    for (; it != spans.cend() && it->start <= to; ++it)
        touching.append(*it);
    return touching;
}

} // namespace counterpoint::ui
