#include "ArticlePrinter.h"

#include "ui/common/KindStyle.h"
#include "ui/common/LocalDate.h"
#include "ui/reader/ImageStandIns.h"
#include "ui/reader/StripeColumns.h"
#include "ui/reader/StripePainter.h"

#include "import/ArticleDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPrinter>
#include <QTextCursor>

#include <algorithm>

namespace counterpoint::ui {

namespace {

// Paper is white whatever the screen's theme.
QPalette paperPalette()
{
    QPalette palette(Qt::black, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x60, 0x60, 0x60));
    return palette;
}

// A highlight's translucent colour laid on white, so that print drivers without transparency
// print it the same.
QColor paperHighlight(AnnotationKind kind)
{
    const QColor color = KindStyle::color(kind);
    const qreal alpha = 70.0 / 255;
    const auto mix = [&](int channel) { return int(std::lround(255 + (channel - 255) * alpha)); };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

} // namespace

ArticlePrinter::ArticlePrinter(Article article, QList<Annotation> annotations)
    : m_article(std::move(article))
    , m_annotations(std::move(annotations))
{}

int ArticlePrinter::print(QPrinter &printer) const
{
    QPainter painter;
    if (!painter.begin(&printer))
        return 0;
    const QPalette palette = paperPalette();
    // Ten-point body text, whatever the screen's size: the printer's own resolution measures it.
    QFont body = QGuiApplication::font();
    body.setPointSizeF(10);
    QFont title = body;
    title.setPointSizeF(12);
    title.setBold(true);
    QFont small = body;
    small.setPointSizeF(8);

    SandboxedTextDocument document;
    document.setUndoRedoEnabled(false);
    document.documentLayout()->setPaintDevice(&printer);
    document.setDefaultFont(body);
    ArticleDocument::render(m_article, document);
    if (m_article.format != ArticleFormat::PlainText)
        putImageStandIns(document, m_article.original, body, palette, printer.resolution() / 96.0);

    // The highlights, longer passages first so that those inside them show on top.
    QList<const Annotation *> shown;
    for (const Annotation &annotation : m_annotations) {
        if (annotation.anchorState != AnchorState::Orphaned)
            shown.append(&annotation);
    }
    std::stable_sort(shown.begin(), shown.end(), [](const Annotation *a, const Annotation *b) {
        return a->length() > b->length();
    });
    const int last = std::max(0, document.characterCount() - 1);
    for (const Annotation *annotation : std::as_const(shown)) {
        QTextCursor cursor(&document);
        cursor.setPosition(std::clamp(annotation->start, 0, last));
        cursor.setPosition(std::clamp(annotation->end, 0, last), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setBackground(paperHighlight(annotation->kind));
        cursor.mergeCharFormat(format);
    }

    // The page: a header of two lines and a rule, the text with the stripes to its left, a
    // footer with the page number.
    const QRectF page(QPointF(0, 0),
                      printer.pageLayout().paintRectPixels(printer.resolution()).size());
    const QFontMetricsF titleMetrics(title, &printer);
    const QFontMetricsF smallMetrics(small, &printer);
    const qreal gap = smallMetrics.height() * 0.6;
    const qreal headerHeight = titleMetrics.height() + smallMetrics.height() + gap;
    const qreal footerHeight = smallMetrics.height() + gap;
    const QRectF text(0, headerHeight + gap, page.width(),
                      page.height() - headerHeight - gap - footerHeight);

    const StripePainter stripes{QFont(small, &printer)};
    StripeColumns columns;
    if (m_stripes) {
        // The longest line the page holds, and a third more for narrow letters.
        const int lineCharacters =
            int(text.width() / QFontMetricsF(body, &printer).averageCharWidth() * 4 / 3);
        QList<StripeSpan> spans;
        for (const Annotation *annotation : std::as_const(shown))
            spans.append(StripeSpan::of(*annotation, document, lineCharacters));
        columns.assign(spans);
    }
    const int columnCount = std::max(1, columns.columnCount());
    const qreal labelWidth = m_stripes && m_label ? stripes.maximumLabelWidth() : 0;
    const qreal margin = m_stripes ? std::ceil(stripes.width(columnCount, labelWidth)) : 0;
    document.setPageSize(QSizeF(text.width() - margin, text.height()));
    const int pages = std::max(1, document.pageCount());

    // Where every stripe runs, in the document's coordinates (pages one under another).
    QList<Stripe> all;
    for (int column = 0; column < columns.columnCount(); ++column) {
        for (const StripeSpan &span : columns.column(column)) {
            Stripe stripe;
            stripe.id = span.id;
            stripe.kind = span.kind;
            stripe.column = column;
            stripe.top = lineEdge(document, span.start, false);
            stripe.bottom = lineEdge(document, std::max(span.start, span.end - 1), true);
            all.append(stripe);
        }
    }
    QHash<QUuid, const Annotation *> byId;
    for (const Annotation *annotation : std::as_const(shown))
        byId.insert(annotation->id, annotation);

    QStringList details;
    for (const QString &part :
         {m_article.publisher, m_article.author, localDate(m_article.published)}) {
        if (!part.isEmpty())
            details.append(part);
    }
    const QString detailLine = details.join(QStringLiteral(" · "));

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    for (int number = 0; number < pages; ++number) {
        if (number > 0 && !printer.newPage())
            break;
        // Header.
        painter.setPen(palette.color(QPalette::Text));
        painter.setFont(title);
        painter.drawText(QRectF(0, 0, page.width(), titleMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         titleMetrics.elidedText(m_article.title, Qt::ElideRight, page.width()));
        painter.setFont(small);
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(0, titleMetrics.height(), page.width(), smallMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(detailLine, Qt::ElideRight, page.width()));
        painter.setPen(QPen(palette.color(QPalette::PlaceholderText), 0));
        painter.drawLine(QPointF(0, headerHeight), QPointF(page.width(), headerHeight));

        // This page's share of the text.
        const qreal top = number * text.height();
        painter.save();
        painter.translate(text.left() + margin, text.top() - top);
        context.clip = QRectF(0, top, text.width() - margin, text.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        // Its stripes, their labels at the top of the page for passages that began before it.
        if (m_stripes) {
            QList<Stripe> onPage;
            for (const Stripe &stripe : std::as_const(all)) {
                if (stripe.bottom <= top || stripe.top >= top + text.height())
                    continue;
                Stripe moved = stripe;
                moved.top -= top;
                moved.bottom -= top;
                if (m_label)
                    moved.label = m_label(*byId.value(stripe.id));
                onPage.append(moved);
            }
            painter.save();
            painter.translate(text.topLeft());
            stripes.place(onPage, QRectF(0, 0, margin, text.height()), columnCount, labelWidth);
            stripes.paint(painter, onPage, palette, false);
            painter.restore();
        }

        // Footer.
        painter.setFont(small);
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(
            QRectF(0, page.height() - smallMetrics.height(), page.width(), smallMetrics.height()),
            Qt::AlignHCenter | Qt::AlignVCenter, tr("Page %1 of %2").arg(number + 1).arg(pages));
    }
    painter.end();
    return pages;
}

} // namespace counterpoint::ui
