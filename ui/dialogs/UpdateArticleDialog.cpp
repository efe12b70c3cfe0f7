#include "UpdateArticleDialog.h"

#include "ui/common/KindStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace counterpoint::ui {

namespace {

constexpr int matchRole = Qt::UserRole;

// The quote in its context, the quoted words in bold: what a reader checks a passage by.
QString passageHtml(const TextQuote &quote, const QPalette &palette)
{
    return QStringLiteral("<p>…%1<span style=\"background-color: %4; color: %5\"><b>%2</b></span>"
                          "%3…</p>")
        .arg(quote.prefix.toHtmlEscaped(), quote.exact.toHtmlEscaped(),
             quote.suffix.toHtmlEscaped(), palette.color(QPalette::Highlight).name(),
             palette.color(QPalette::HighlightedText).name());
}

QString oneLine(const QString &text, int width = 90)
{
    const QString line = text.simplified();
    return line.size() > width ? line.left(width - 1) + u'…' : line;
}

} // namespace

UpdateArticleDialog::UpdateArticleDialog(const QString &articleTitle, const ArticleUpdate &update,
                                         QWidget *parent)
    : QDialog(parent)
    , m_update(update)
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
        return value;
    };
    addCount(tr("Unchanged:"), summary.exact, tr("The passage is where it was."));
    m_moved = addCount(tr("Moved:"), summary.moved,
                       tr("The same words, found elsewhere in the new text."));
    m_fuzzy = addCount(tr("Matched approximately:"), summary.fuzzy,
                       tr("Slightly different words near where the passage was; worth a look."));
    m_orphaned = addCount(tr("Orphaned:"), summary.orphaned,
                          tr("The passage is gone; the annotation keeps its quote."));
    layout->addLayout(counts);

    if (!summary.matches.isEmpty())
        addReview(layout);

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
        if (!summary.matches.isEmpty())
            orphans->setMaximumHeight(orphans->sizeHintForRow(0) * 4 + 2 * orphans->frameWidth());
        layout->addWidget(orphans);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("&Update"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("update"));
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (!summary.matches.isEmpty()) {
        // Room for the passages side by side, within the screen.
        const QRect screen = (parent ? parent->screen() : this->screen())->availableGeometry();
        resize(std::min(1100, screen.width() * 9 / 10), std::min(760, screen.height() * 9 / 10));
        m_matches->setFocus();
    }
}

void UpdateArticleDialog::addReview(QLayout *layout)
{
    auto *box = new QGroupBox(tr("Moved and approximate matches"), this);
    auto *boxLayout = new QVBoxLayout(box);
    auto *explanation = new QLabel(
        tr("Check that each is the same passage. Untick (Space) those that are not: they are "
           "orphaned instead and keep their quote."),
        box);
    explanation->setWordWrap(true);
    boxLayout->addWidget(explanation);

    m_matches = new QTreeWidget(box);
    m_matches->setObjectName(QStringLiteral("matches"));
    m_matches->setAccessibleName(tr("Moved and approximate matches"));
    m_matches->setRootIsDecorated(false);
    m_matches->setUniformRowHeights(true);
    m_matches->setAlternatingRowColors(true);
    m_matches->setHeaderLabels({tr("Keep"), tr("How"), tr("Before"), tr("After")});
    m_matches->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_matches->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_matches->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_matches->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    const QList<ReanchorMatch> &matches = m_update.summary.matches;
    // The approximate ones first: they are the ones to read.
    for (AnchorState state : {AnchorState::Fuzzy, AnchorState::Moved}) {
        for (qsizetype i = 0; i < matches.size(); ++i) {
            const ReanchorMatch &match = matches.at(i);
            if (match.placed.anchorState != state)
                continue;
            auto *item = new QTreeWidgetItem(m_matches);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
            item->setText(1, state == AnchorState::Fuzzy ? tr("Approximate") : tr("Moved"));
            item->setIcon(1, KindStyle::icon(match.before.kind));
            item->setText(2, tr("“%1”").arg(oneLine(match.before.quote.exact)));
            item->setText(3, tr("“%1”").arg(oneLine(match.placed.quote.exact)));
            item->setToolTip(2, match.before.quote.exact);
            item->setToolTip(3, match.placed.quote.exact);
            item->setData(0, matchRole, int(i));
        }
    }
    connect(m_matches, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        showMatch(item ? item->data(0, matchRole).toInt() : -1);
    });
    connect(m_matches, &QTreeWidget::itemChanged, this, &UpdateArticleDialog::updateCounts);

    auto *sides = new QSplitter(Qt::Horizontal, box);
    auto addSide = [&](const QString &title, const QString &name) {
        auto *side = new QWidget(sides);
        auto *sideLayout = new QVBoxLayout(side);
        sideLayout->setContentsMargins(0, 0, 0, 0);
        auto *browser = new QTextBrowser(side);
        browser->setObjectName(name);
        browser->setAccessibleName(title);
        browser->setFocusPolicy(Qt::ClickFocus); // the list is where the keyboard works
        auto *label = new QLabel(title, side);
        label->setBuddy(browser);
        sideLayout->addWidget(label);
        sideLayout->addWidget(browser);
        return browser;
    };
    m_old = addSide(tr("Before (the old text)"), QStringLiteral("oldPassage"));
    m_new = addSide(tr("After (the new text)"), QStringLiteral("newPassage"));

    auto *split = new QSplitter(Qt::Vertical, box);
    split->addWidget(m_matches);
    split->addWidget(sides);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    boxLayout->addWidget(split, 1);

    auto *all = new QHBoxLayout;
    auto *acceptAll = new QPushButton(tr("&Accept All"), box);
    acceptAll->setObjectName(QStringLiteral("acceptAll"));
    acceptAll->setAutoDefault(false);
    auto *orphanAll = new QPushButton(tr("&Orphan All"), box);
    orphanAll->setObjectName(QStringLiteral("orphanAll"));
    orphanAll->setAutoDefault(false);
    connect(acceptAll, &QPushButton::clicked, this, [this] { setAllAccepted(true); });
    connect(orphanAll, &QPushButton::clicked, this, [this] { setAllAccepted(false); });
    all->addWidget(acceptAll);
    all->addWidget(orphanAll);
    all->addStretch();
    boxLayout->addLayout(all);
    static_cast<QVBoxLayout *>(layout)->addWidget(box, 1);

    m_matches->setCurrentItem(m_matches->topLevelItem(0));
}

void UpdateArticleDialog::showMatch(int match)
{
    const QList<ReanchorMatch> &matches = m_update.summary.matches;
    if (match < 0 || match >= matches.size()) {
        m_old->clear();
        m_new->clear();
        return;
    }
    const ReanchorMatch &m = matches.at(match);
    m_old->setHtml(passageHtml(m.before.quote, palette()));
    m_new->setHtml(passageHtml(m.placed.quote, palette()));
}

void UpdateArticleDialog::setAllAccepted(bool accepted)
{
    const QSignalBlocker blocker(m_matches);
    for (int i = 0; i < m_matches->topLevelItemCount(); ++i)
        m_matches->topLevelItem(i)->setCheckState(0, accepted ? Qt::Checked : Qt::Unchecked);
    m_matches->viewport()->update();
    updateCounts();
}

ArticleUpdate UpdateArticleDialog::decidedUpdate() const
{
    ArticleUpdate decided = m_update;
    if (!m_matches)
        return decided;
    for (int i = 0; i < m_matches->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_matches->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            decided.orphanMatch(item->data(0, matchRole).toInt());
    }
    return decided;
}

void UpdateArticleDialog::updateCounts()
{
    const ReanchorSummary summary = decidedUpdate().summary;
    m_moved->setText(QLocale().toString(summary.moved));
    m_fuzzy->setText(QLocale().toString(summary.fuzzy));
    m_orphaned->setText(QLocale().toString(summary.orphaned));
}

} // namespace counterpoint::ui
