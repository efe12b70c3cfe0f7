#pragma once

#include "anchor/ArticleUpdater.h"

#include <QDialog>

class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace counterpoint::ui {

// Shows what updating an article from a newer file will do to its annotations (how many stay,
// move, match approximately or lose their passage) before anything is written. Every moved and
// fuzzy annotation is listed, its old passage beside its new one, for the user to accept or
// orphan (issue 20, item 6): moved ones are accepted unless unticked, fuzzy ones come first.
class UpdateArticleDialog final : public QDialog
{
    Q_OBJECT

public:
    UpdateArticleDialog(const QString &articleTitle, const ArticleUpdate &update,
                        QWidget *parent = nullptr);

    // The update as the user decided it: the unticked matches orphaned.
    ArticleUpdate decidedUpdate() const;

private:
    void addReview(QLayout *layout);
    void showMatch(int match);
    void setAllAccepted(bool accepted);
    void updateCounts();

    ArticleUpdate m_update;
    QLabel *m_moved = nullptr;
    QLabel *m_fuzzy = nullptr;
    QLabel *m_orphaned = nullptr;
    QTreeWidget *m_matches = nullptr;
    QTextBrowser *m_old = nullptr;
    QTextBrowser *m_new = nullptr;
};

} // namespace counterpoint::ui
