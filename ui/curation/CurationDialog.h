#pragma once

#include "analysis/Curation.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QUuid>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QAction;
class QComboBox;
class QListWidget;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace counterpoint {
class EditHistory;
class Project;
class ProjectCommand;
class ProjectSession;
} // namespace counterpoint

namespace counterpoint::ui {

// View › Curate… (issue 14 item 5): walks the items of two or more coders' sets article by
// article. Each coder's versions are shown side by side in the article's text, one column a
// coder (a row that scrolls when there are many), their passages highlighted, their kind, actor
// and tags listed; the curator accepts one coder's, takes one version's boundaries and
// another's kind, or writes their own, into the consensus set. Each decision is one step of the
// project's undo history; the counts of settled items follow every change.
class CurationDialog final : public QDialog
{
    Q_OBJECT

public:
    CurationDialog(Project &project, EditHistory &history, QWidget *parent = nullptr);
    // Opens one over the window for the session's project, comparing the sets when given (two
    // or more; else every set someone coded in), closed when the project closes.
    static CurationDialog *showFor(QWidget *window, ProjectSession *session,
                                   const QList<QUuid> &setIds = {});

    void setSets(const QList<QUuid> &setIds);
    QList<QUuid> chosenSets() const; // checked in the list, in its order
    // Makes a new set the consensus set (the dialog offers it when there is none).
    bool createConsensusSet(const QString &name);

    const std::optional<analysis::CurationState> &state() const { return m_state; }
    const analysis::CurationItem *currentItem() const;
    // Moves to the item (article index, item index in it); false when there is none there.
    bool selectItem(int article, int item);
    void next();
    void previous();
    // The decisions; false (with the reason shown) when the project refused. Accepting a coder
    // who did not code the passage leaves the others' versions out; accepting one who coded it
    // twice takes both, in one step.
    bool accept(int coder);
    bool settle(const analysis::CurationChoice &choice);
    // Copies every passage all coders annotated alike into the consensus set: one undo step.
    bool takeAgreed();
    // The settle controls' choice: boundaries and code from the combo boxes, the curator's own
    // boundaries from the selection in any pane.
    std::optional<analysis::CurationChoice> choiceFromControls() const;

    QListWidget *setList() const { return m_sets; }
    QTreeWidget *tree() const { return m_tree; }
    QScrollArea *versionsArea() const { return m_versionsArea; }
    int columnCount() const { return int(m_columns.size()); }
    // The column of a coder (an index into the state's sets); null when there is none.
    QPlainTextEdit *pane(int coder) const;
    QLabel *details(int coder) const;
    QPushButton *acceptButton(int coder) const;
    QLabel *progress() const { return m_progress; }
    QLabel *outcome() const { return m_outcome; }
    QComboBox *boundariesChoice() const { return m_boundaries; }
    QComboBox *codeChoice() const { return m_code; }
    QPushButton *settleButton() const { return m_settle; }
    QWidget *consensusOffer() const { return m_offer; }
    QPushButton *takeAgreedButton() const { return m_takeAgreed; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column
    {
        QWidget *box = nullptr;
        QLabel *name = nullptr;
        QPlainTextEdit *text = nullptr;
        QLabel *details = nullptr;
        QPushButton *accept = nullptr;
    };

    void fillSetChoices(const QList<QUuid> &checked);
    void reload();         // the state again from the project, keeping the current item
    void scheduleReload(); // once, after the change that prompted it has been announced
    void makeColumns();    // one a coder of the state, when the coders changed
    void fillTree();
    void fillChoices(const analysis::CurationItem *item);
    void showCurrent();
    void showColumn(int coder, const analysis::CurationItem &item, const QString &text);
    QString describe(const QUuid &annotationId) const;
    void updateControls();
    std::vector<std::pair<int, int>> positions() const; // (article, item) of every one
    bool perform(std::unique_ptr<ProjectCommand> command);
    void showError(const QString &message);

    Project &m_project;
    EditHistory &m_history;
    QPointer<Project>
        m_alive; // null once the project is going: a scheduled reload must not read it
    QUuid m_consensusSetId;
    std::optional<analysis::CurationState> m_state;
    int m_article = -1;
    int m_item = -1;
    bool m_reloadScheduled = false;

    QListWidget *m_sets = nullptr;
    QLabel *m_consensusLabel = nullptr;
    QWidget *m_offer = nullptr;
    QLabel *m_progress = nullptr;
    QTreeWidget *m_tree = nullptr;
    QScrollArea *m_versionsArea = nullptr;
    QWidget *m_versions = nullptr;
    QList<QUuid> m_columnSets; // the sets the columns show
    std::vector<Column> m_columns;
    QLabel *m_outcome = nullptr;
    QLabel *m_error = nullptr;
    QComboBox *m_boundaries = nullptr;
    QComboBox *m_code = nullptr;
    QPushButton *m_settle = nullptr;
    QPushButton *m_takeAgreed = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace counterpoint::ui
