#pragma once

#include "domain/Article.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace counterpoint::ui {

// Article › Edit Details…: the title, publisher, author, date and URL an import read, to correct.
// The date is kept as typed (as an article gives it); an ISO 8601 one is shown in the locale's
// short form beside the field, so that a typo shows.
class ArticleDetailsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ArticleDetailsDialog(const Article &article, QWidget *parent = nullptr);

    // The article with the edited details (its content untouched).
    Article edited() const;

private:
    void updateDateHint();

    Article m_article;
    QLineEdit *m_title;
    QLineEdit *m_publisher;
    QLineEdit *m_author;
    QLineEdit *m_date;
    QLineEdit *m_url;
    QLabel *m_dateHint;
};

} // namespace counterpoint::ui
