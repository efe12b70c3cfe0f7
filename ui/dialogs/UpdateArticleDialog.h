#pragma once

#include "anchor/ArticleUpdater.h"

#include <QDialog>

namespace counterpoint::ui {

// Shows what updating an article from a newer file will do to its annotations (how many stay,
// move, match approximately or lose their passage) before anything is written.
class UpdateArticleDialog final : public QDialog
{
    Q_OBJECT

public:
    UpdateArticleDialog(const QString &articleTitle, const ArticleUpdate &update,
                        QWidget *parent = nullptr);
};

} // namespace counterpoint::ui
