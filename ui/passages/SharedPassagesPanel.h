#pragma once

#include "anchor/SameClaimSuggestions.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;

namespace counterpoint {
class Project;
class ProjectSession;
} // namespace counterpoint

namespace counterpoint::ui {

// Passages that occur in two articles, offered as "same claim as" links: the user looks at each
// in both panes, then links it (annotating the passage where it is not yet) or dismisses it.
// Finding them reads every article, so it runs off the GUI thread and only while the panel is
// shown; linking and dismissing only re-match what was found.
class SharedPassagesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SharedPassagesPanel(QWidget *parent = nullptr);
    ~SharedPassagesPanel() override;

    void setSession(ProjectSession *session);
    QList<SameClaimSuggestion> suggestions() const { return m_suggestions; }
    // The suggestion chosen in the list, if one is: what the panes mark.
    std::optional<SameClaimSuggestion> chosenSuggestion() const;
    bool isSearching() const { return m_search.isRunning(); }

    // Looks for shared passages again, in every article.
    void findPassages();
    void chooseSuggestion(int row);
    // Links the chosen suggestion's two passages as the same claim; undoable as one step.
    bool linkChosen();
    bool dismissChosen();

signals:
    void suggestionChosen(const counterpoint::SameClaimSuggestion &suggestion);
    // The list was made again (a link, a dismissal, an article updated): the panes' marks
    // follow chosenSuggestion(), so that none stays on a passage the list no longer offers.
    void suggestionsChanged();
    void errorOccurred(const QString &title, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Found
    {
        QList<SharedPassage> passages;
        QList<Article> articles;
    };

    void scheduleRematch();
    void rematch();
    void showSuggestions();
    void updateButtons();
    const Article *articleNamed(const QUuid &id) const;

    ProjectSession *m_session = nullptr;
    Project *m_project = nullptr; // the session's
    QFutureWatcher<Found> m_search;
    bool m_stale = true; // articles changed since the last search
    QList<SharedPassage> m_passages;
    QList<Article> m_articles;
    QList<SameClaimSuggestion> m_suggestions; // those left to review
    int m_linkedCount = 0;                    // those linked already

    QSpinBox *m_minWords = nullptr;
    QPushButton *m_find = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_dismiss = nullptr;
    QTimer *m_rematchTimer = nullptr;
};

} // namespace counterpoint::ui
