#pragma once

#include "articles/ArticleEdits.h"

#include <QDialog>

class QLineEdit;

namespace counterpoint::ui {

// Article › Split into New Article…: the passage, and the title, publisher and date of the
// article it becomes, all editable. They start as the split proposes them: what the passage's
// heading says (a related article's publisher line, date and title), else its first line and the
// source's publisher and date.
class SplitDialog final : public QDialog
{
    Q_OBJECT

public:
    // proposed: the new article as the split plans it without options (its text the passage).
    SplitDialog(const Article &source, const Article &proposed, int movingAnnotations,
                QWidget *parent = nullptr);

    SplitOptions options() const;

private:
    QLineEdit *m_title = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_date = nullptr;
};

} // namespace counterpoint::ui
