#pragma once

#include "domain/Annotation.h"
#include "domain/Article.h"
#include "edit/WordSnapping.h"
#include "ui/reader/StripeColumns.h"

#include <QHash>
#include <QTextBrowser>

#include <functional>

class QMimeData;
class QVariantAnimation;

namespace counterpoint::ui {

class CodingMargin;

// One article's text with its annotations drawn over it. Read-only: the user selects passages,
// and the window turns a selection into an annotation. Never loads anything on the article's
// behalf: no images, stylesheets or linked files, from disk or network.
class ArticleView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void showArticle(const Article &article);
    QUuid articleId() const { return m_articleId; }

    // Highlights: every annotation of the article, kept in step by the window.
    void setAnnotations(const QList<Annotation> &annotations);
    void putAnnotation(const Annotation &annotation); // added or changed
    void removeAnnotation(const QUuid &id);
    QList<Annotation> annotations() const { return m_annotations.values(); }
    bool hasAnnotation(const QUuid &id) const { return m_annotations.contains(id); }
    // Where an annotation starts in the document; -1 when the pane does not show it.
    int positionOf(const QUuid &id) const
    {
        const auto found = m_annotations.constFind(id);
        return found == m_annotations.cend() || found->anchorState == AnchorState::Orphaned
                   ? -1
                   : found->start;
    }

    // The annotation the inspector shows is drawn stronger than the others.
    void setCurrentAnnotation(const QUuid &id);
    // Scrolls the annotation into the middle of the view and flashes it.
    void revealAnnotation(const QUuid &id);

    // A passage offered to the user, such as a shared passage suggested as the same claim,
    // drawn apart from the highlights with a dashed underline. An empty range removes it.
    void setMarkedPassage(TextRange range);
    TextRange markedPassage() const { return m_marked; }
    // Scrolls a passage into the upper middle of the view.
    void revealPassage(TextRange range);
    // The character at the top left of the view, and scrolling one there: how a pane keeps its
    // place when its article is re-rendered.
    int firstVisiblePosition() const;
    void scrollPositionToTop(int position);

    // The hits of the pane's find bar, all marked, current drawn stronger (-1: none).
    void setFindHits(const QList<TextRange> &hits, int current);
    QList<TextRange> findHits() const { return m_findHits; }

    // The annotations covering a document position, shortest first.
    QList<QUuid> annotationsAt(int position) const;
    // The selection widened to whole words; empty when nothing is selected.
    TextRange selectedPassage() const;
    void selectPassage(TextRange range);

    // The widest the text runs, however wide the pane: about 90 characters.
    static constexpr int maxLineCharacters = 90;
    int readableWidth() const;

    // The window's tagging actions, offered first in the context menu of a selection.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }
    const QList<QAction *> &contextActions() const { return m_contextActions; }

    // Says, for a tooltip, what an annotation is: kind, actor, tags, comment.
    void setDescriber(std::function<QString(const Annotation &)> describe);
    // What hovering these annotations' highlights (or stripes) shows; empty without a describer.
    QString toolTipFor(const QList<QUuid> &ids) const;

    // The coding stripes beside the text (CodingMargin), shown unless the user hid them.
    void setStripesShown(bool shown);
    bool stripesShown() const { return m_stripesShown; }
    CodingMargin *codingMargin() const { return m_margin; }
    // The stripes' labels: an annotation's actor and tags, as short as can be.
    void setStripeLabeller(std::function<QString(const Annotation &)> label);
    // The columns the stripes stand in, kept in step with the annotations.
    const StripeColumns &stripeColumns();
    // The margin keeps room for this many columns however few are used, so that the text does
    // not re-wrap when the first overlapping passages are tagged.
    static constexpr int reservedStripeColumns = 3;
    // Two passages further apart than this many characters never share a line: a third more
    // than the longest line the view lays out.
    static constexpr int stripeLineCharacters = maxLineCharacters * 4 / 3;

    // What a Ctrl+drag from a highlight carries to another one, in this pane or another.
    static constexpr char linkMimeType[] = "application/x-counterpoint-annotation";
    static QMimeData *linkMimeData(const QUuid &from);

    // Only resources compiled into the application: never a file, never the network.
    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void annotationClicked(const QUuid &id);
    void activated(); // took the focus or was clicked: the pane the window's actions act on
    // A highlight was dragged onto another: the user wants to link the two.
    void linkDropped(const QUuid &from, const QUuid &to, const QPoint &globalPosition);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    friend class CodingMargin; // draws from the view's index and its visible range

    void capLineLength();
    void ensureIndex();

    struct Span
    {
        int start;
        int end;
        QUuid id;
    };

    QUuid linkTargetAt(const QMimeData *data, const QPoint &viewportPosition) const;
    void rebuildIndex();
    void scheduleHighlightRefresh();
    void refreshHighlights();
    // On a dark page (dark) the kind's colour is lightened and laid on thicker.
    static QTextCharFormat highlightFormat(AnnotationKind kind, int alpha, bool dark = false);
    // The selections that draw range, clipped to what is on screen, one per paragraph.
    void appendSelections(QList<QTextEdit::ExtraSelection> &selections, TextRange range,
                          const QTextCharFormat &format, TextRange onScreen) const;
    // The number of the first block whose bottom lies below y (document coordinates).
    int firstBlockEndingBelow(qreal y) const;
    // The characters on screen.
    TextRange visibleCharacters() const;
    QTextCharFormat markFormat() const;
    void scrollToPosition(int position);

    QUuid m_articleId;
    QTextDocument *m_document = nullptr;
    QHash<QUuid, Annotation> m_annotations;
    QList<Span> m_byStart; // the drawn annotations by start, to find the visible ones fast
    int m_longest = 0;
    // The block on top of the screen at the last refresh, where the next search starts.
    mutable int m_topBlockHint = 0;
    bool m_indexDirty = true;
    QUuid m_currentId;
    TextRange m_marked;
    QList<TextRange> m_findHits; // by start
    int m_findCurrent = -1;
    QUuid m_flashingId;
    int m_flashAlpha = 0;
    bool m_refreshPending = false;
    QPoint m_pressPosition;
    QUuid m_linkDragFrom; // a Ctrl+press on a highlight, until the drag starts or the button lifts
    QVariantAnimation *m_flash = nullptr;
    std::function<QString(const Annotation &)> m_describe;
    std::function<QString(const Annotation &)> m_label;
    StripeColumns m_columns;
    CodingMargin *m_margin = nullptr;
    bool m_stripesShown = true;
    QList<QAction *> m_contextActions;
};

} // namespace counterpoint::ui
