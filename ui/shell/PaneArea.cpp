#include "PaneArea.h"

#include "ui/reader/ArticlePane.h"
#include "ui/reader/ArticleView.h"
#include "ui/reader/PaneConnectors.h"

#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>

namespace counterpoint::ui {

PaneArea::PaneArea(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new PaneSplitter(this))
    , m_scroll(new QScrollArea(this))
    , m_placeholder(new QLabel(this))
    , m_stack(new QStackedLayout(this))
{
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setObjectName(QStringLiteral("paneSplitter"));
    // The splitter's minimum width is the sum of its panes': inside a scroll area it no longer
    // forces the window wider than the screen, it scrolls (issue 20, defect 1).
    m_scroll->setObjectName(QStringLiteral("paneScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setWidget(m_splitter);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);
    updatePlaceholder();
}

ArticlePane *PaneArea::addPane()
{
    auto *pane = new ArticlePane(m_splitter);
    pane->setMinimumWidth(minimumPaneWidth());
    m_splitter->addWidget(pane);
    // Side by side panes share the width equally when one more opens.
    QList<int> sizes(m_splitter->count(), 1000);
    m_splitter->setSizes(sizes);

    connect(pane, &ArticlePane::closeRequested, this, &PaneArea::closePane);
    connect(pane, &ArticlePane::moveRequested, this, &PaneArea::movePane);
    connect(pane->view(), &ArticleView::activated, this, [this, pane] { setActivePane(pane); });
    connect(pane->view()->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this, pane](int value) {
                followScroll(pane, value);
                m_splitter->updateConnectors(); // the curves follow the passages
            });
    updatePlaceholder();
    setActivePane(pane);
    // When the panes scroll, the new one is brought into view once the splitter has its width.
    QMetaObject::invokeMethod(
        this,
        [this, shown = QPointer<ArticlePane>(pane)] {
            if (shown)
                m_scroll->ensureWidgetVisible(shown, 0, 0);
        },
        Qt::QueuedConnection);
    emit panesChanged();
    return pane;
}

void PaneArea::closePane(ArticlePane *pane)
{
    const int index = m_splitter->indexOf(pane);
    if (index < 0)
        return;
    pane->hide();
    pane->setParent(nullptr);
    pane->deleteLater();
    if (m_active == pane) {
        const QList<ArticlePane *> remaining = panes();
        setActivePane(remaining.isEmpty()
                          ? nullptr
                          : remaining.at(std::min<qsizetype>(index, remaining.size() - 1)));
    }
    updatePlaceholder();
    emit panesChanged();
}

void PaneArea::closeAll()
{
    for (ArticlePane *pane : panes())
        closePane(pane);
}

void PaneArea::movePane(ArticlePane *pane, int offset)
{
    const int index = m_splitter->indexOf(pane);
    const int target = index + offset;
    if (index < 0 || target < 0 || target >= m_splitter->count())
        return;
    const QList<int> sizes = m_splitter->sizes();
    m_splitter->insertWidget(target, pane);
    m_splitter->setSizes(sizes);
    m_splitter->updateConnectors();
    pane->view()->setFocus();
    emit panesChanged();
}

QList<ArticlePane *> PaneArea::panes() const
{
    QList<ArticlePane *> result;
    for (int i = 0; i < m_splitter->count(); ++i) {
        if (auto *pane = qobject_cast<ArticlePane *>(m_splitter->widget(i)))
            result.append(pane);
    }
    return result;
}

QList<ArticlePane *> PaneArea::panesShowing(const QUuid &articleId) const
{
    QList<ArticlePane *> result;
    for (ArticlePane *pane : panes()) {
        if (pane->articleId() == articleId)
            result.append(pane);
    }
    return result;
}

void PaneArea::setActivePane(ArticlePane *pane)
{
    if (m_active == pane)
        return;
    if (m_active)
        m_active->setActive(false);
    m_active = pane;
    if (m_active)
        m_active->setActive(true);
    emit activePaneChanged(pane);
}

void PaneArea::setSynchronizedScrolling(bool on)
{
    m_synchronized = on;
    if (on && m_active)
        followScroll(m_active, m_active->view()->verticalScrollBar()->value());
}

int PaneArea::minimumPaneWidth() const
{
    return std::max(260, fontMetrics().averageCharWidth() * 40);
}

void PaneArea::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
}

QString PaneArea::placeholderText() const
{
    return m_placeholder->text();
}

void PaneArea::followScroll(ArticlePane *source, int value)
{
    if (!m_synchronized || m_following)
        return;
    // Articles differ in length: keep the panes at the same fraction of their text.
    const QScrollBar *from = source->view()->verticalScrollBar();
    const double fraction = from->maximum() > 0 ? double(value) / from->maximum() : 0.0;
    m_following = true;
    for (ArticlePane *pane : panes()) {
        if (pane == source)
            continue;
        QScrollBar *to = pane->view()->verticalScrollBar();
        to->setValue(int(fraction * to->maximum() + 0.5));
    }
    m_following = false;
}

void PaneArea::updatePlaceholder()
{
    m_stack->setCurrentWidget(m_splitter->count() > 0 ? static_cast<QWidget *>(m_scroll)
                                                      : m_placeholder);
}

} // namespace counterpoint::ui
