#pragma once

#include "analysis/Curation.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
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

// View › Curate… (issue 14 item 5): walks the disagreements of two coders' sets article by
// article. Each coder's version is shown side by side in the article's text, its passage
// highlighted, its kind, actor and tags listed; the curator accepts one, takes one's boundaries
// and the other's kind, or writes their own, into the consensus set. Each decision is one step
// of the project's undo history; the counts of settled disagreements follow every change.
class CurationDialog final : public QDialog
{
    Q_OBJECT

public:
    CurationDialog(Project &project, EditHistory &history, QWidget *parent = nullptr);
    // Opens one over the window for the session's project, comparing the two sets when given
    // (else the first two coders' sets), closed when the project closes.
    static CurationDialog *showFor(QWidget *window, ProjectSession *session,
                                   const QUuid &firstSetId = {}, const QUuid &secondSetId = {});

    void setSets(const QUuid &firstSetId, const QUuid &secondSetId);
    // Makes a new set the consensus set (the dialog offers it when there is none).
    bool createConsensusSet(const QString &name);

    const std::optional<analysis::CurationState> &state() const { return m_state; }
    const analysis::CurationItem *currentItem() const;
    // Moves to the item (article index, item index in it); false when there is none there.
    bool selectItem(int article, int item);
    void next();
    void previous();
    // The decisions; false (with the reason shown) when the project refused.
    bool acceptFirst();
    bool acceptSecond();
    bool settle(const analysis::CurationChoice &choice);
    // Copies every passage both coders annotated alike into the consensus set: one undo step.
    bool takeAgreed();
    // The settle controls' choice: boundaries and code from the combo boxes, the curator's own
    // boundaries from the selection in either pane.
    std::optional<analysis::CurationChoice> choiceFromControls() const;

    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *firstPane() const { return m_firstText; }
    QPlainTextEdit *secondPane() const { return m_secondText; }
    QLabel *progress() const { return m_progress; }
    QLabel *firstDetails() const { return m_firstDetails; }
    QLabel *secondDetails() const { return m_secondDetails; }
    QLabel *outcome() const { return m_outcome; }
    QComboBox *boundariesChoice() const { return m_boundaries; }
    QComboBox *codeChoice() const { return m_code; }
    QPushButton *acceptFirstButton() const { return m_acceptFirst; }
    QPushButton *acceptSecondButton() const { return m_acceptSecond; }
    QPushButton *settleButton() const { return m_settle; }
    QWidget *consensusOffer() const { return m_offer; }
    QPushButton *takeAgreedButton() const { return m_takeAgreed; }

private:
    void fillSetChoices();
    void reload();         // the state again from the project, keeping the current item
    void scheduleReload(); // once, after the change that prompted it has been announced
    void fillTree();
    void showCurrent();
    void showVersion(QPlainTextEdit *pane, QLabel *details,
                     const std::optional<analysis::ReadingSpan> &own,
                     const std::optional<analysis::ReadingSpan> &other, const QString &text,
                     const QColor &colour);
    QString describe(const QUuid &annotationId) const;
    void updateControls();
    std::vector<std::pair<int, int>> positions() const; // (article, item) of every disagreement
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

    QComboBox *m_firstSet = nullptr;
    QComboBox *m_secondSet = nullptr;
    QLabel *m_consensusLabel = nullptr;
    QWidget *m_offer = nullptr;
    QLabel *m_progress = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_firstName = nullptr;
    QLabel *m_secondName = nullptr;
    QPlainTextEdit *m_firstText = nullptr;
    QPlainTextEdit *m_secondText = nullptr;
    QLabel *m_firstDetails = nullptr;
    QLabel *m_secondDetails = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_error = nullptr;
    QComboBox *m_boundaries = nullptr;
    QComboBox *m_code = nullptr;
    QPushButton *m_acceptFirst = nullptr;
    QPushButton *m_acceptSecond = nullptr;
    QPushButton *m_settle = nullptr;
    QPushButton *m_takeAgreed = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace counterpoint::ui
