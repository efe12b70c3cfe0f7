#pragma once

#include "articles/ArticleEdits.h"

#include <QDialog>

class QLineEdit;

namespace counterpoint::ui {

// Article › Split into New Article…: the passage, and the title (from its first line), publisher
// and date (from the source) of the article it becomes, all editable.
class SplitDialog final : public QDialog
{
    Q_OBJECT

public:
    SplitDialog(const Article &source, const QString &passage, int movingAnnotations,
                QWidget *parent = nullptr);

    SplitOptions options() const;

private:
    QLineEdit *m_title = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_date = nullptr;
};

} // namespace counterpoint::ui
