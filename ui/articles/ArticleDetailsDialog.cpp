#include "ArticleDetailsDialog.h"

#include "ui/common/LocalDate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace counterpoint::ui {

ArticleDetailsDialog::ArticleDetailsDialog(const Article &article, QWidget *parent)
    : QDialog(parent)
    , m_article(article)
    , m_title(new QLineEdit(article.title, this))
    , m_publisher(new QLineEdit(article.publisher, this))
    , m_author(new QLineEdit(article.author, this))
    , m_date(new QLineEdit(article.published, this))
    , m_url(new QLineEdit(article.url, this))
    , m_dateHint(new QLabel(this))
{
    setObjectName(QStringLiteral("articleDetailsDialog"));
    setWindowTitle(tr("Details of “%1”").arg(article.title));
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_publisher->setObjectName(QStringLiteral("detailsPublisher"));
    m_author->setObjectName(QStringLiteral("detailsAuthor"));
    m_date->setObjectName(QStringLiteral("detailsDate"));
    m_url->setObjectName(QStringLiteral("detailsUrl"));
    m_publisher->setPlaceholderText(tr("Who published it"));
    m_author->setPlaceholderText(tr("Who wrote it"));
    m_date->setPlaceholderText(tr("As the article gives it, e.g. 2025-06-14"));
    m_url->setPlaceholderText(tr("https://…"));
    m_dateHint->setObjectName(QStringLiteral("detailsDateHint"));
    m_dateHint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Publisher:"), m_publisher);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_dateHint);
    form->addRow(tr("&URL:"), m_url);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, ok,
            [ok](const QString &title) { ok->setEnabled(!title.trimmed().isEmpty()); });
    connect(m_date, &QLineEdit::textChanged, this, &ArticleDetailsDialog::updateDateHint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateDateHint();
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 70),
           sizeHint().height());
}

Article ArticleDetailsDialog::edited() const
{
    Article article = m_article;
    article.title = m_title->text();
    article.publisher = m_publisher->text();
    article.author = m_author->text();
    article.published = m_date->text();
    article.url = m_url->text();
    return article;
}

void ArticleDetailsDialog::updateDateHint()
{
    const QString typed = m_date->text().trimmed();
    const QString shown = localDate(typed);
    m_dateHint->setText(typed.isEmpty()  ? tr("No date")
                        : shown != typed ? tr("Shown as %1").arg(shown)
                                         : tr("Not an ISO 8601 date: shown as typed"));
}

} // namespace counterpoint::ui
