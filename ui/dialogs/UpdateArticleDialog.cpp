#include "UpdateArticleDialog.h"

#include "ui/common/KindStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace counterpoint::ui {

UpdateArticleDialog::UpdateArticleDialog(const QString &articleTitle, const ArticleUpdate &update,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("updateArticleDialog"));
    setWindowTitle(tr("Update Article"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(tr("“%1” replaces the text of “%2”. The current text stays in the article's "
                      "history, and Undo puts it back.")
                       .arg(update.fileName, articleTitle));
    layout->addWidget(intro);

    const ReanchorSummary &summary = update.summary;
    auto *counts = new QFormLayout;
    auto addCount = [&](const QString &label, int count, const QString &explanation) {
        auto *value = new QLabel(QLocale().toString(count), this);
        value->setToolTip(explanation);
        counts->addRow(label, value);
    };
    addCount(tr("Unchanged:"), summary.exact, tr("The passage is where it was."));
    addCount(tr("Moved:"), summary.moved, tr("The same words, found elsewhere in the new text."));
    addCount(tr("Matched approximately:"), summary.fuzzy,
             tr("Slightly different words near where the passage was; worth a look."));
    addCount(tr("Orphaned:"), summary.orphaned,
             tr("The passage is gone; the annotation keeps its quote."));
    layout->addLayout(counts);

    if (!summary.orphans.isEmpty()) {
        auto *explanation = new QLabel(
            tr("These annotations lose their passage. They stay in the annotation list with their "
               "quote: select the passage in the new text and choose Edit ▸ Re-attach to "
               "Selection."),
            this);
        explanation->setWordWrap(true);
        layout->addWidget(explanation);
        auto *orphans = new QListWidget(this);
        orphans->setObjectName(QStringLiteral("orphans"));
        orphans->setAccessibleName(tr("Orphaned annotations"));
        orphans->setWordWrap(true);
        for (const Annotation &orphan : summary.orphans) {
            auto *item =
                new QListWidgetItem(KindStyle::icon(orphan.kind),
                                    tr("“%1”").arg(orphan.quote.exact.simplified()), orphans);
            item->setToolTip(displayName(orphan.kind));
        }
        layout->addWidget(orphans);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("&Update"), QDialogButtonBox::AcceptRole);
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace counterpoint::ui
