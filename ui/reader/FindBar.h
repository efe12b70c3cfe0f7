#pragma once

#include "edit/WordSnapping.h"
#include "search/TextSearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace counterpoint::ui {

class ArticleView;

// Find in a pane (issue 16), as in Kate or Okular: a bar under the article's text that finds as
// you type, marks every hit, selects the current one and steps through them (Enter and F3 to the
// next, Shift+Enter and Shift+F3 to the previous); match case, whole words and regular
// expressions are toggles beside the field; Esc closes it.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(ArticleView *view, QWidget *parent = nullptr);

    // Shows the bar with the focus in its field, the text in it selected; a one-line selection in
    // the article becomes what is looked for.
    void activate();
    void findNext();
    void findPrevious();
    void close();
    // The hits marked now, and which of them is selected (-1: none).
    QList<TextRange> hits() const { return m_hits; }
    int currentHit() const { return m_current; }
    QString status() const;
    QLineEdit *field() const { return m_field; }
    // The article shown changed: look again.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(bool keepPlace);
    void goTo(int index);
    search::SearchOptions options() const;

    ArticleView *m_view = nullptr;
    QLineEdit *m_field = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_caseSensitive = nullptr;
    QToolButton *m_wholeWord = nullptr;
    QToolButton *m_regex = nullptr;
    QLabel *m_status = nullptr;
    QList<TextRange> m_hits;
    int m_current = -1;
    int m_origin = 0; // where the search began: the first hit from here is the current one
    QString m_error;
};

} // namespace counterpoint::ui
