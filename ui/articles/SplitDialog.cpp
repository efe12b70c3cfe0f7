#include "SplitDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace counterpoint::ui {

SplitDialog::SplitDialog(const Article &source, const Article &proposed, int movingAnnotations,
                         QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(proposed.title, this))
    , m_publisher(new QLineEdit(proposed.publisher, this))
    , m_date(new QLineEdit(proposed.published, this))
{
    const QString &passage = proposed.text;
    setObjectName(QStringLiteral("splitDialog"));
    setWindowTitle(tr("Split into New Article"));
    m_title->setObjectName(QStringLiteral("splitTitle"));
    m_publisher->setPlaceholderText(tr("Who published it"));
    m_date->setPlaceholderText(tr("As the article gives it, e.g. 2025-06-14"));

    auto *intro = new QLabel(tr("The passage becomes an article of its own and leaves “%1”; "
                                "Undo puts it back.")
                                 .arg(source.title),
                             this);
    intro->setWordWrap(true);
    auto *preview = new QPlainTextEdit(this);
    preview->setReadOnly(true);
    preview->setPlainText(passage);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Publisher:"), m_publisher);
    form->addRow(tr("&Date:"), m_date);

    auto *moving =
        new QLabel(movingAnnotations > 0 ? tr("%n annotation(s) in the passage move with it.",
                                              nullptr, movingAnnotations)
                                         : tr("No annotation sits in the passage."),
                   this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *split = buttons->addButton(tr("&Split"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, split,
            [split](const QString &title) { split->setEnabled(!title.trimmed().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(preview, 1);
    layout->addWidget(moving);
    layout->addWidget(buttons);
    resize(760, 520);
    if (const QScreen *shown = screen())
        resize(size().boundedTo(shown->availableSize()));
}

SplitOptions SplitDialog::options() const
{
    return {m_title->text().trimmed(), m_publisher->text().trimmed(), m_date->text().trimmed()};
}

} // namespace counterpoint::ui
