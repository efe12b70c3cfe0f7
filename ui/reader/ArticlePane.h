#pragma once

#include "domain/Article.h"

#include <QFrame>

class QShortcut;
class QToolButton;

namespace counterpoint::ui {

class ArticleView;
class ElidedLabel;
class FindBar;

// A reader pane: the article's title, publisher and date above its text, with buttons to move
// the pane left or right and to close it, and a find bar under the text when it is asked for.
class ArticlePane final : public QFrame
{
    Q_OBJECT

public:
    explicit ArticlePane(QWidget *parent = nullptr);

    void showArticle(const Article &article);
    void updateDetails(const Article &article); // title, publisher or date edited
    QUuid articleId() const;
    QString title() const;
    ArticleView *view() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    void setActive(bool active);

signals:
    void closeRequested(counterpoint::ui::ArticlePane *pane);
    void moveRequested(counterpoint::ui::ArticlePane *pane, int offset);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ElidedLabel *m_title = nullptr;
    ElidedLabel *m_details = nullptr;
    ArticleView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    QShortcut *m_closeFind = nullptr; // Esc, while the find bar is shown
    QWidget *m_activeBar = nullptr;
};

} // namespace counterpoint::ui
