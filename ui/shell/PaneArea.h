#pragma once

#include <QList>
#include <QUuid>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedLayout;

namespace counterpoint::ui {

class ArticlePane;
class PaneSplitter;

// The reader panes side by side: opens, closes and reorders them, remembers which one is
// active, and optionally scrolls them together.
class PaneArea final : public QWidget
{
    Q_OBJECT

public:
    explicit PaneArea(QWidget *parent = nullptr);

    // A new, empty pane at the right end (the caller fills it).
    ArticlePane *addPane();
    void closePane(ArticlePane *pane);
    void closeAll();
    void movePane(ArticlePane *pane, int offset);

    QList<ArticlePane *> panes() const;
    QList<ArticlePane *> panesShowing(const QUuid &articleId) const;
    ArticlePane *activePane() const { return m_active; }
    void setActivePane(ArticlePane *pane);

    bool synchronizedScrolling() const { return m_synchronized; }
    void setSynchronizedScrolling(bool on);

    PaneSplitter *splitter() const { return m_splitter; }
    // The panes scroll sideways here when they do not fit at their readable width; the window
    // never widens for them.
    QScrollArea *scrollArea() const { return m_scroll; }
    // The narrowest a pane gets before the pane area scrolls instead: about forty characters.
    int minimumPaneWidth() const;
    void setPlaceholderText(const QString &text);
    QString placeholderText() const;

signals:
    void activePaneChanged(counterpoint::ui::ArticlePane *pane);
    void panesChanged(); // opened, closed or moved

private:
    void followScroll(ArticlePane *source, int value);
    void updatePlaceholder();

    PaneSplitter *m_splitter = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_placeholder = nullptr;
    QStackedLayout *m_stack = nullptr;
    ArticlePane *m_active = nullptr;
    bool m_synchronized = false;
    bool m_following = false;
};

} // namespace counterpoint::ui
