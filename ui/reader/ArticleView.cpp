#include "ArticleView.h"

#include "ui/common/KindStyle.h"
#include "ui/reader/CodingMargin.h"
#include "ui/reader/ImageStandIns.h"

#include "import/ArticleDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDrag>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>
#include <memory>

namespace counterpoint::ui {

namespace {

constexpr int normalAlpha = 70;
constexpr int currentAlpha = 150;

bool isWebLink(const QUrl &url)
{
    return url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto";
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QTextBrowser(parent)
    , m_flash(new QVariantAnimation(this))
    , m_margin(new CodingMargin(this))
{
    // QTextBrowser would follow a link to a local file inside the pane; links open only on the
    // user's click, and only web links, in the system browser.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (isWebLink(url))
            QDesktopServices::openUrl(url);
    });
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard |
                            Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    // A read-only text takes no drops of its own; it takes a highlight dragged onto it to link.
    viewport()->setAcceptDrops(true);
    m_margin->hide(); // until capLineLength() makes room for it beside an article

    m_flash->setDuration(900);
    m_flash->setKeyValueAt(0.0, currentAlpha);
    m_flash->setKeyValueAt(0.25, 230);
    m_flash->setKeyValueAt(0.5, normalAlpha);
    m_flash->setKeyValueAt(0.75, 230);
    m_flash->setKeyValueAt(1.0, currentAlpha);
    connect(m_flash, &QVariantAnimation::valueChanged, this, [this](const QVariant &alpha) {
        m_flashAlpha = alpha.toInt();
        refreshHighlights();
    });
    // Highlights follow the scrolling at once, before the newly visible text is painted.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticleView::refreshHighlights);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &ArticleView::refreshHighlights);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &ArticleView::capLineLength);
    connect(m_flash, &QVariantAnimation::finished, this, [this] {
        m_flashingId = QUuid();
        refreshHighlights();
    });
}

ArticleView::~ArticleView() = default;

void ArticleView::showArticle(const Article &article)
{
    m_articleId = article.id;
    // The highlights hold cursors into the old document, which is deleted below: drop them first,
    // or QTextEdit would measure them against freed memory.
    setExtraSelections({});
    auto *document = new SandboxedTextDocument(this);
    document->setUndoRedoEnabled(false);
    ArticleDocument::render(article, *document);
    if (article.format != ArticleFormat::PlainText)
        putImageStandIns(*document, article.original, font(), palette());
    setDocument(document);
    // QTextEdit deletes only the document it made itself; the previous article's is ours.
    delete std::exchange(m_document, document);
    capLineLength();
    m_topBlockHint = 0;
    // A long article is laid out in steps after it is shown; each step can change what is on
    // screen, so the highlights follow it.
    connect(document->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ArticleView::scheduleHighlightRefresh);
    m_annotations.clear();
    m_marked = {};
    m_findHits.clear(); // their positions were the old text's
    m_findCurrent = -1;
    m_indexDirty = true;
    refreshHighlights();
}

void ArticleView::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations.clear();
    m_annotations.reserve(annotations.size());
    for (const Annotation &annotation : annotations)
        m_annotations.insert(annotation.id, annotation);
    m_indexDirty = true;
    refreshHighlights();
}

void ArticleView::putAnnotation(const Annotation &annotation)
{
    m_annotations.insert(annotation.id, annotation);
    m_indexDirty = true;
    scheduleHighlightRefresh();
}

void ArticleView::removeAnnotation(const QUuid &id)
{
    if (m_annotations.remove(id)) {
        m_indexDirty = true;
        scheduleHighlightRefresh();
    }
}

void ArticleView::setCurrentAnnotation(const QUuid &id)
{
    if (m_currentId == id)
        return;
    m_currentId = id;
    scheduleHighlightRefresh();
}

void ArticleView::revealAnnotation(const QUuid &id)
{
    const auto found = m_annotations.constFind(id);
    if (found == m_annotations.cend())
        return;
    scrollToPosition(found->start);
    m_flashingId = id;
    m_flash->stop();
    m_flash->start();
}

void ArticleView::scrollToPosition(int position)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(position, 0, document()->characterCount() - 1));
    // Near the middle: ensureCursorVisible() alone would leave the passage on the bottom line.
    const QRect rect = cursorRect(cursor);
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + rect.top() - viewport()->height() / 3);
}

int ArticleView::firstVisiblePosition() const
{
    // Half a line down: the top pixel row may be the margin above a paragraph.
    return cursorForPosition(QPoint(0, fontMetrics().height() / 2)).position();
}

void ArticleView::scrollPositionToTop(int position)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(position, 0, document()->characterCount() - 1));
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + cursorRect(cursor).top());
}

void ArticleView::setMarkedPassage(TextRange range)
{
    m_marked = range.isEmpty() ? TextRange{} : range;
    refreshHighlights();
}

void ArticleView::revealPassage(TextRange range)
{
    if (!range.isEmpty())
        scrollToPosition(range.start);
}

QTextCharFormat ArticleView::markFormat() const
{
    // The palette's link colour: a suggestion is something to follow up, not a kind of claim.
    const QColor accent = palette().color(QPalette::Link);
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::DashUnderline);
    format.setUnderlineColor(accent);
    QColor wash = accent;
    wash.setAlpha(40);
    format.setBackground(wash);
    return format;
}

QList<QUuid> ArticleView::annotationsAt(int position) const
{
    QList<const Annotation *> covering;
    for (const Annotation &annotation : m_annotations) {
        if (annotation.anchorState != AnchorState::Orphaned && annotation.start <= position &&
            position < annotation.end)
            covering.append(&annotation);
    }
    std::sort(covering.begin(), covering.end(),
              [](const Annotation *a, const Annotation *b) { return a->length() < b->length(); });
    QList<QUuid> ids;
    for (const Annotation *annotation : covering)
        ids.append(annotation->id);
    return ids;
}

TextRange ArticleView::selectedPassage() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return {};
    return snapToWords(ArticleDocument::canonicalText(*document()),
                       {cursor.selectionStart(), cursor.selectionEnd()});
}

void ArticleView::setFindHits(const QList<TextRange> &hits, int current)
{
    m_findHits = hits;
    m_findCurrent = current;
    refreshHighlights();
}

void ArticleView::selectPassage(TextRange range)
{
    QTextCursor cursor(document());
    cursor.setPosition(range.start);
    cursor.setPosition(range.end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void ArticleView::setDescriber(std::function<QString(const Annotation &)> describe)
{
    m_describe = std::move(describe);
}

QVariant ArticleView::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == u"qrc")
        return QTextBrowser::loadResource(type, name);
    return {};
}

QString ArticleView::toolTipFor(const QList<QUuid> &ids) const
{
    if (!m_describe)
        return {};
    QStringList lines;
    for (const QUuid &id : ids) {
        const auto found = m_annotations.constFind(id);
        if (found != m_annotations.cend())
            lines.append(m_describe(*found));
    }
    if (lines.isEmpty())
        return {};
    return lines.join(QStringLiteral("<hr>")) + QStringLiteral("<hr><small>") +
           tr("Ctrl+drag onto another passage to link them") + QStringLiteral("</small>");
}

void ArticleView::setStripesShown(bool shown)
{
    if (m_stripesShown == shown)
        return;
    m_stripesShown = shown;
    m_margin->setVisible(shown);
    capLineLength();
}

void ArticleView::setStripeLabeller(std::function<QString(const Annotation &)> label)
{
    m_label = std::move(label);
    m_margin->update();
}

const StripeColumns &ArticleView::stripeColumns()
{
    ensureIndex();
    return m_columns;
}

bool ArticleView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_describe) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QString text = toolTipFor(annotationsAt(cursorForPosition(inViewport).position()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QTextBrowser::event(event);
}

bool ArticleView::viewportEvent(QEvent *event)
{
    // A scroll bar that comes or goes resizes the viewport and not the view.
    if (event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &ArticleView::capLineLength);
    return QTextBrowser::viewportEvent(event);
}

void ArticleView::focusInEvent(QFocusEvent *event)
{
    QTextBrowser::focusInEvent(event);
    emit activated();
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = event->position().toPoint();
    emit activated();
    // Ctrl+press on a highlight starts a link, not a selection (a plain drag still selects, so
    // passages inside other passages can be tagged).
    if (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ControlModifier)) {
        const QList<QUuid> under = annotationsAt(cursorForPosition(m_pressPosition).position());
        if (!under.isEmpty()) {
            m_linkDragFrom = under.first();
            emit annotationClicked(m_linkDragFrom);
            event->accept();
            return;
        }
    }
    QTextBrowser::mousePressEvent(event);
}

void ArticleView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_linkDragFrom.isNull()) {
        QTextBrowser::mouseMoveEvent(event);
        return;
    }
    if ((event->position().toPoint() - m_pressPosition).manhattanLength() <
        QApplication::startDragDistance())
        return;
    const Annotation from = m_annotations.value(std::exchange(m_linkDragFrom, QUuid()));
    auto *drag = new QDrag(this);
    drag->setMimeData(linkMimeData(from.id));
    const int side = fontMetrics().height();
    drag->setPixmap(KindStyle::icon(from.kind).pixmap(QSize(side, side), devicePixelRatio()));
    drag->exec(Qt::LinkAction);
}

QMimeData *ArticleView::linkMimeData(const QUuid &from)
{
    auto *data = new QMimeData;
    data->setData(QLatin1StringView(linkMimeType), from.toByteArray(QUuid::WithoutBraces));
    data->setText(from.toString(QUuid::WithoutBraces));
    return data;
}

QUuid ArticleView::linkTargetAt(const QMimeData *data, const QPoint &viewportPosition) const
{
    const QUuid from =
        QUuid::fromString(QLatin1StringView(data->data(QLatin1StringView(linkMimeType))));
    if (from.isNull())
        return {};
    for (const QUuid &id : annotationsAt(cursorForPosition(viewportPosition).position())) {
        if (id != from)
            return id;
    }
    return {};
}

void ArticleView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1StringView(linkMimeType))) {
        event->acceptProposedAction(); // where it may land is told on every move
        return;
    }
    QTextBrowser::dragEnterEvent(event);
}

void ArticleView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!event->mimeData()->hasFormat(QLatin1StringView(linkMimeType))) {
        QTextBrowser::dragMoveEvent(event);
        return;
    }
    if (linkTargetAt(event->mimeData(), event->position().toPoint()).isNull()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::LinkAction);
    event->accept();
}

void ArticleView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(QLatin1StringView(linkMimeType))) {
        QTextBrowser::dropEvent(event);
        return;
    }
    const QUuid to = linkTargetAt(event->mimeData(), event->position().toPoint());
    if (to.isNull()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::LinkAction);
    event->accept();
    const QUuid from = QUuid::fromString(
        QLatin1StringView(event->mimeData()->data(QLatin1StringView(linkMimeType))));
    emit linkDropped(from, to, viewport()->mapToGlobal(event->position().toPoint()));
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!std::exchange(m_linkDragFrom, QUuid()).isNull())
        return; // a Ctrl+click on a highlight, which selected it on the press
    QTextBrowser::mouseReleaseEvent(event);
    // A click, not the end of a drag: select the annotation under it.
    if (event->button() != Qt::LeftButton || textCursor().hasSelection() ||
        (event->position().toPoint() - m_pressPosition).manhattanLength() > 4)
        return;
    // Mouse events reach a scroll area's handlers in viewport coordinates already.
    const int position = cursorForPosition(event->position().toPoint()).position();
    const QList<QUuid> under = annotationsAt(position);
    if (!under.isEmpty())
        emit annotationClicked(under.first());
}

void ArticleView::scheduleHighlightRefresh()
{
    // Many changes in one user action (an import, an undo of a batch) repaint once.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refreshHighlights();
    });
}

QTextCharFormat ArticleView::highlightFormat(AnnotationKind kind, int alpha, bool dark)
{
    // On a dark page the kind's colour is lightened and laid on thicker, so that a highlight
    // reads as clearly as on a light one.
    QTextCharFormat format;
    QColor background = KindStyle::color(kind);
    if (dark)
        background = background.lighter(125);
    background.setAlpha(dark ? std::min(255, alpha * 3 / 2) : alpha);
    format.setBackground(background);
    if (alpha > normalAlpha) {
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(KindStyle::color(kind));
    }
    return format;
}

void ArticleView::appendSelections(QList<QTextEdit::ExtraSelection> &selections, TextRange range,
                                   const QTextCharFormat &format, TextRange onScreen) const
{
    // Clipped to the screen and cut at paragraph ends: QTextEdit places a selection that spans
    // two paragraphs by the bounding box of the whole document, which lays out all of it (1.8 s
    // for a 1 MB article); within one paragraph it measures only that paragraph.
    const int last = document()->characterCount() - 1;
    const int start = std::clamp(std::max(range.start, onScreen.start), 0, last);
    const int end = std::clamp(std::min(range.end, onScreen.end), 0, last);
    for (QTextBlock block = document()->findBlock(start); block.isValid() && block.position() < end;
         block = block.next()) {
        const int from = std::max(start, block.position());
        const int to = std::min(end, block.position() + block.length() - 1);
        if (to <= from)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(from);
        selection.cursor.setPosition(to, QTextCursor::KeepAnchor);
        selection.format = format;
        selections.append(selection);
    }
}

void ArticleView::ensureIndex()
{
    if (m_indexDirty)
        rebuildIndex();
}

void ArticleView::rebuildIndex()
{
    m_byStart.clear();
    m_byStart.reserve(m_annotations.size());
    m_longest = 0;
    QList<StripeSpan> spans;
    spans.reserve(m_annotations.size());
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (annotation.anchorState == AnchorState::Orphaned)
            continue;
        m_byStart.append({annotation.start, annotation.end, annotation.id});
        m_longest = std::max(m_longest, annotation.length());
        // What lines passages may share does not depend on the pane's width: the columns are
        // worked out here, once per change, and not on every paint.
        spans.append(StripeSpan::of(annotation, *document(), stripeLineCharacters));
    }
    std::sort(m_byStart.begin(), m_byStart.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    const int columnsBefore = m_columns.columnCount();
    m_columns.assign(std::move(spans));
    m_indexDirty = false;
    // More columns than the margin has room for widen it (fewer keep it: no jumps while
    // working).
    if (m_columns.columnCount() != columnsBefore &&
        std::max(columnsBefore, m_columns.columnCount()) > reservedStripeColumns) {
        // Not from within the margin's own paint, which may be what asked for the index.
        if (m_margin->testAttribute(Qt::WA_WState_InPaintEvent))
            QTimer::singleShot(0, this, &ArticleView::capLineLength);
        else
            capLineLength();
    }
}

int ArticleView::firstBlockEndingBelow(qreal y) const
{
    // Blocks' bottoms grow with their number. From the block that was on top last time, an
    // exponential then a binary search: a few blocks measured, and nothing laid out much
    // beyond the screen (measuring a block lays out the document up to it).
    const QTextDocument *text = document();
    const QAbstractTextDocumentLayout *layout = text->documentLayout();
    const int count = text->blockCount();
    const auto bottomOf = [&](int number) {
        return layout->blockBoundingRect(text->findBlockByNumber(number)).bottom();
    };
    const int hint = std::clamp(m_topBlockHint, 0, count - 1);
    int above = -1;    // a block ending at or above y, or -1
    int below = count; // a block ending below y, or count
    if (bottomOf(hint) > y) {
        below = hint;
        for (int step = 1; hint - step >= 0; step *= 2) {
            if (bottomOf(hint - step) <= y) {
                above = hint - step;
                break;
            }
            below = hint - step;
        }
    } else {
        above = hint;
        for (int step = 1; hint + step < count; step *= 2) {
            if (bottomOf(hint + step) > y) {
                below = hint + step;
                break;
            }
            above = hint + step;
        }
    }
    while (below - above > 1) {
        const int middle = above + (below - above) / 2;
        (bottomOf(middle) > y ? below : above) = middle;
    }
    return std::min(below, count - 1);
}

TextRange ArticleView::visibleCharacters() const
{
    // From the blocks' and lines' laid-out rectangles, not from hit tests at the viewport's
    // corners: while QTextDocumentLayout is still laying out a long article after it is shown,
    // a hit test at the top-left can answer a position thousands of characters down, and the
    // first screen would be painted with no highlight on it.
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const qreal top = verticalScrollBar()->value();
    const qreal bottom = top + viewport()->height();
    // Within a long paragraph, where its first line below y starts (or the paragraph's end).
    const auto lineBelow = [&](const QTextBlock &block, qreal y, bool whole) {
        const QTextLayout *lines = block.layout();
        const qreal blockTop = layout->blockBoundingRect(block).top();
        for (int i = 0; lines && i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const qreal lineTop = blockTop + line.y(); // line.y() is within its paragraph
            if (lineTop + (whole ? 0 : line.height()) > y)
                return block.position() + line.textStart();
        }
        return block.position() + block.length();
    };
    const QTextBlock first = document()->findBlockByNumber(firstBlockEndingBelow(top));
    m_topBlockHint = first.blockNumber();
    const QTextBlock last = document()->findBlockByNumber(firstBlockEndingBelow(bottom));
    return {lineBelow(first, top, false), lineBelow(last, bottom, true)};
}

void ArticleView::refreshHighlights()
{
    ensureIndex();
    if (m_stripesShown)
        m_margin->update(); // beside what is drawn below
    // Only what is on screen becomes an extra selection. QTextEdit lays out the document up to
    // every extra selection it is given, so 5,000 of them would lay out a whole long article
    // before the first paint; the visible few cost nothing. Scrolling brings the next ones.
    const TextRange onScreen = visibleCharacters();
    const int first = onScreen.start;
    const int last = onScreen.end;
    auto from = std::lower_bound(m_byStart.cbegin(), m_byStart.cend(), first - m_longest,
                                 [](const Span &span, int start) { return span.start < start; });
    QList<const Span *> visible;
    for (auto it = from; it != m_byStart.cend() && it->start <= last; ++it) {
        if (it->end >= first)
            visible.append(&*it);
    }
    // Longer passages first, so shorter ones inside them are painted on top and stay visible.
    std::stable_sort(visible.begin(), visible.end(), [](const Span *a, const Span *b) {
        return a->end - a->start > b->end - b->start;
    });
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(visible.size());
    const bool isDark = palette().color(QPalette::Base).lightness() < 128;
    for (const Span *span : std::as_const(visible)) {
        int alpha = normalAlpha;
        if (span->id == m_flashingId)
            alpha = m_flashAlpha;
        else if (span->id == m_currentId)
            alpha = currentAlpha;
        const Annotation annotation = m_annotations.value(span->id);
        appendSelections(selections, {annotation.start, annotation.end},
                         highlightFormat(annotation.kind, alpha, isDark), onScreen);
    }
    if (!m_findHits.isEmpty()) {
        // Find's own colours, as editors have them: yellow for every hit, orange for the one
        // selected; the annotation's colour shows through at either end.
        QTextCharFormat hitFormat;
        hitFormat.setBackground(isDark ? QColor(0x8a, 0x7a, 0x10) : QColor(0xff, 0xeb, 0x3b));
        hitFormat.setForeground(isDark ? QColor(Qt::white) : QColor(Qt::black));
        QTextCharFormat currentFormat = hitFormat;
        currentFormat.setBackground(isDark ? QColor(0xd0, 0x6a, 0x00) : QColor(0xff, 0x98, 0x00));
        auto hit = std::lower_bound(
            m_findHits.cbegin(), m_findHits.cend(), first,
            [](const TextRange &range, int position) { return range.end < position; });
        for (; hit != m_findHits.cend() && hit->start <= last; ++hit)
            appendSelections(selections, *hit,
                             int(hit - m_findHits.cbegin()) == m_findCurrent ? currentFormat
                                                                             : hitFormat,
                             onScreen);
    }
    if (!m_marked.isEmpty())
        appendSelections(selections, m_marked, markFormat(), onScreen); // last: drawn on top
    setExtraSelections(selections);
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    // A right click on a highlight makes it the current annotation, so "Link to…" and "Delete"
    // in the menu act on what was clicked.
    if (!textCursor().hasSelection()) {
        // A mouse's menu event comes through the viewport, in its coordinates; the menu key's
        // comes to the view itself.
        const QPoint inViewport = event->reason() == QContextMenuEvent::Mouse
                                      ? viewport()->mapFromGlobal(event->globalPos())
                                      : cursorRect().center();
        const int position = cursorForPosition(inViewport).position();
        const QList<QUuid> under = annotationsAt(position);
        if (!under.isEmpty())
            emit annotationClicked(under.first());
    }
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    QAction *first = menu->actions().value(0);
    menu->insertActions(first, m_contextActions);
    menu->insertSeparator(first);
    menu->exec(event->globalPos());
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    capLineLength();
    QTextBrowser::resizeEvent(event);
    // At once, not on the next turn of the event loop: the first paint after a resize must
    // carry the highlights of what it shows.
    refreshHighlights();
}

void ArticleView::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    refreshHighlights();
}

void ArticleView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        capLineLength();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        scheduleHighlightRefresh();
}

int ArticleView::readableWidth() const
{
    return fontMetrics().averageCharWidth() * maxLineCharacters;
}

void ArticleView::capLineLength()
{
    // A wide pane would run to 190-character lines: the text keeps a readable measure, centred,
    // in margins of the document's own (still the page's colour, still selectable). The coding
    // stripes stand in the left one, widened for them.
    if (!m_document)
        return;
    const qreal own = m_document->documentMargin();
    const qreal width = viewport()->width();
    qreal stripes = 0;
    qreal labels = 0;
    if (m_stripesShown) {
        const StripePainter &painter = m_margin->painter();
        const int columns = std::max(reservedStripeColumns, m_columns.columnCount());
        // Labels only where the text keeps 50 characters a line beside them: in a narrow pane
        // the bars alone, their tooltips saying the rest.
        const qreal room = width - 2 * own - painter.width(columns, 0) - painter.gap() -
                           50 * fontMetrics().averageCharWidth();
        if (room >= painter.minimumLabelWidth())
            labels = std::min(room, painter.maximumLabelWidth());
        stripes = std::ceil(painter.width(columns, labels));
    }
    const qreal text =
        std::max(qreal(0), std::min(qreal(readableWidth()), width - 2 * own - stripes));
    const qreal outside = std::max(own, (width - stripes - text) / 2);
    // The left and right margins stand in for the document's own margin on those sides.
    const qreal left = outside + stripes;
    const qreal right = std::max(own, width - left - text);
    m_margin->setLabelWidth(labels);
    m_margin->setGeometry(QRect(viewport()->x() + qRound(outside) - horizontalScrollBar()->value(),
                                viewport()->y(), qRound(stripes), viewport()->height()));
    m_margin->setVisible(m_stripesShown);
    m_margin->raise();
    QTextFrameFormat format = m_document->rootFrame()->frameFormat();
    if (qFuzzyCompare(format.leftMargin() + 1, left + 1) &&
        qFuzzyCompare(format.rightMargin() + 1, right + 1))
        return;
    format.setLeftMargin(left);
    format.setRightMargin(right);
    m_document->rootFrame()->setFrameFormat(format);
}

} // namespace counterpoint::ui
