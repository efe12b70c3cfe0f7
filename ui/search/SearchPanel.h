#pragma once

#include "search/ProjectSearch.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace counterpoint {
class ProjectSession;
}

namespace counterpoint::ui {

// The Search panel (issue 16): a query over every article's text and every annotation's quote
// and comment (words, "phrases", prefix*, NEAR(a b, N), or a regular expression; whole words;
// case), its hits as keyword-in-context lines grouped by article with their counts. Activating
// a hit shows it in its pane; Tag as… annotates the hits selected, in one undo step.
class SearchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);

    void setSession(ProjectSession *session);
    void focusQuery();
    void runSearch();
    // Asks what to tag the selected hits as, then tags them (one undo step).
    void tagSelected();

    QLineEdit *queryField() const { return m_query; }
    QTreeWidget *results() const { return m_results; }
    QPushButton *tagButton() const { return m_tag; }
    QString summary() const; // "12 hits in 3 articles", or why there are none
    QList<search::SearchHit> selectedHits() const;
    const search::SearchResults &lastResults() const { return m_last; }

signals:
    void hitActivated(const counterpoint::search::SearchHit &hit);
    void errorOccurred(const QString &title, const QString &message);

private:
    void showResults();
    void appendArticle(const search::ArticleHits &group); // its row and its hits' rows
    void appendMemos();                                   // m_last's memo groups
    void appendHit(QTreeWidgetItem *group, const search::SearchHit &hit);
    void updateTagButton();

    QPointer<ProjectSession> m_session;
    QLineEdit *m_query = nullptr;
    QToolButton *m_caseSensitive = nullptr;
    QToolButton *m_wholeWord = nullptr;
    QToolButton *m_regex = nullptr;
    QTreeWidget *m_results = nullptr;
    QPushButton *m_tag = nullptr;
    QLabel *m_summary = nullptr;
    QList<search::SearchHit> m_hits; // every hit shown, in the order of the rows
    search::SearchResults m_last;
    QString m_error;
};

} // namespace counterpoint::ui
