#include "ArticleView.h"

#include "ui/common/KindStyle.h"
#include "ui/reader/ImageStandIns.h"

#include "import/ArticleDocument.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDrag>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextFrame>
#include <QTimer>
#include <QToolTip>
#include <QVariantAnimation>

#include <algorithm>
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
    m_annotations.clear();
    m_marked = {};
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

QTextEdit::ExtraSelection ArticleView::markSelection() const
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document());
    const int last = document()->characterCount() - 1;
    selection.cursor.setPosition(std::clamp(m_marked.start, 0, last));
    selection.cursor.setPosition(std::clamp(m_marked.end, 0, last), QTextCursor::KeepAnchor);
    // The palette's link colour: a suggestion is something to follow up, not a kind of claim.
    const QColor accent = palette().color(QPalette::Link);
    selection.format.setUnderlineStyle(QTextCharFormat::DashUnderline);
    selection.format.setUnderlineColor(accent);
    QColor wash = accent;
    wash.setAlpha(40);
    selection.format.setBackground(wash);
    return selection;
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

bool ArticleView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_describe) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const int position = cursorForPosition(inViewport).position();
        QStringList lines;
        for (const QUuid &id : annotationsAt(position))
            lines.append(m_describe(m_annotations.value(id)));
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(),
                               lines.join(QStringLiteral("<hr>")) + QStringLiteral("<hr><small>") +
                                   tr("Ctrl+drag onto another passage to link them") +
                                   QStringLiteral("</small>"),
                               this);
        return true;
    }
    return QTextBrowser::event(event);
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

QTextEdit::ExtraSelection ArticleView::selectionFor(const Annotation &annotation, int alpha) const
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document());
    const int last = document()->characterCount() - 1;
    selection.cursor.setPosition(std::clamp(annotation.start, 0, last));
    selection.cursor.setPosition(std::clamp(annotation.end, 0, last), QTextCursor::KeepAnchor);
    // On a dark page the kind's colour is lightened and laid on thicker, so that a highlight
    // reads as clearly as on a light one.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QColor background = KindStyle::color(annotation.kind);
    if (dark)
        background = background.lighter(125);
    background.setAlpha(dark ? std::min(255, alpha * 3 / 2) : alpha);
    selection.format.setBackground(background);
    if (alpha > normalAlpha) {
        selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        selection.format.setUnderlineColor(KindStyle::color(annotation.kind));
    }
    return selection;
}

void ArticleView::rebuildIndex()
{
    m_byStart.clear();
    m_byStart.reserve(m_annotations.size());
    m_longest = 0;
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (annotation.anchorState == AnchorState::Orphaned)
            continue;
        m_byStart.append({annotation.start, annotation.end, annotation.id});
        m_longest = std::max(m_longest, annotation.length());
    }
    std::sort(m_byStart.begin(), m_byStart.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    m_indexDirty = false;
}

void ArticleView::refreshHighlights()
{
    if (m_indexDirty)
        rebuildIndex();
    // Only what is on screen becomes an extra selection. QTextEdit lays out the document up to
    // every extra selection it is given, so 5,000 of them would lay out a whole long article
    // before the first paint; the visible few cost nothing. Scrolling brings the next ones.
    const int first = cursorForPosition(QPoint(0, 0)).position();
    const int last =
        cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
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
    for (const Span *span : std::as_const(visible)) {
        int alpha = normalAlpha;
        if (span->id == m_flashingId)
            alpha = m_flashAlpha;
        else if (span->id == m_currentId)
            alpha = currentAlpha;
        selections.append(selectionFor(m_annotations.value(span->id), alpha));
    }
    if (!m_marked.isEmpty())
        selections.append(markSelection()); // last, so it is drawn over the highlights
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
    scheduleHighlightRefresh();
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
    // in margins of the document's own (still the page's colour, still selectable).
    if (!m_document)
        return;
    // The left and right margins stand in for the document's own margin on those sides.
    const qreal side =
        std::max(m_document->documentMargin(), qreal(viewport()->width() - readableWidth()) / 2);
    QTextFrameFormat format = m_document->rootFrame()->frameFormat();
    if (qFuzzyCompare(format.leftMargin() + 1, side + 1))
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    m_document->rootFrame()->setFrameFormat(format);
}

} // namespace counterpoint::ui
