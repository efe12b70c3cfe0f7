#pragma once

#include "articles/VersionHistory.h"

#include <QDialog>
#include <QUuid>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextEdit;

namespace counterpoint {
class ProjectSession;
}

namespace counterpoint::ui {

// Article › Versions…: every kept version of the article with its date, its source file and the
// anchor states the update left; two of them side by side with their changes marked; Restore
// This Version puts the one selected back (one undo step, the current text kept).
class VersionsDialog final : public QDialog
{
    Q_OBJECT

public:
    VersionsDialog(ProjectSession &session, const QUuid &articleId, QWidget *parent = nullptr);

    // Shows versions left and right side by side (by number); for tests and the list.
    void compare(int left, int right);
    // The changes from the left version to the right one as a unified diff, the text Copy
    // Changes as Text puts on the clipboard (and `counterpoint diff` prints).
    QString changesAsText() const;

private:
    void reload();
    void showComparison();
    void restoreSelected();
    void copyChanges();
    const VersionEntry *entry(int version) const;

    ProjectSession &m_session;
    QUuid m_articleId;
    QList<VersionEntry> m_entries;
    QTableWidget *m_table = nullptr;
    QComboBox *m_left = nullptr;
    QComboBox *m_right = nullptr;
    QTextEdit *m_leftText = nullptr;
    QTextEdit *m_rightText = nullptr;
    QLabel *m_changes = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace counterpoint::ui
