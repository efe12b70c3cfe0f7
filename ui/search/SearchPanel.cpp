#include "SearchPanel.h"

#include "edit/CommandGroup.h"
#include "edit/EditHistory.h"
#include "search/TagHits.h"
#include "session/ProjectSession.h"
#include "store/Project.h"
#include "ui/search/TagHitsDialog.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace counterpoint::ui {

namespace {

constexpr int hitRole = Qt::UserRole;        // the hit's index in m_hits; -1 on an article's row
constexpr int beforeRole = Qt::UserRole + 1; // the words before the hit
constexpr int matchRole = Qt::UserRole + 2;
constexpr int afterRole = Qt::UserRole + 3;

QToolButton *toggle(QWidget *parent, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}

// A keyword-in-context line: the words before the hit right-aligned up to the hit, which stands
// at the same place on every line, marked; then the words after it.
class KeywordInContextDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.data(hitRole).toInt() < 0 || index.column() != 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

        const QRect area =
            style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget).adjusted(2, 0, -2, 0);
        const QString before = index.data(beforeRole).toString();
        const QString match = index.data(matchRole).toString();
        const QString after = index.data(afterRole).toString();
        QFont bold = item.font;
        bold.setBold(true);
        const QFontMetrics plain(item.font);
        const QFontMetrics strong(bold);
        const int matchWidth = std::min(strong.horizontalAdvance(match), area.width() / 2);
        const int beforeWidth = std::max(0, (area.width() - matchWidth) * 2 / 5);
        const bool selected = item.state & QStyle::State_Selected;
        const QColor text =
            item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

        painter->save();
        painter->setPen(text);
        painter->setFont(item.font);
        const QRect left(area.left(), area.top(), beforeWidth, area.height());
        painter->drawText(left, Qt::AlignRight | Qt::AlignVCenter,
                          plain.elidedText(before, Qt::ElideLeft, left.width()));
        const QRect middle(left.right() + 1, area.top(), matchWidth, area.height());
        const bool dark = item.palette.color(QPalette::Base).lightness() < 128;
        if (!selected)
            painter->fillRect(middle, dark ? QColor(0x8a, 0x7a, 0x10) : QColor(0xff, 0xeb, 0x3b));
        painter->setPen(selected ? text : (dark ? QColor(Qt::white) : QColor(Qt::black)));
        painter->setFont(bold);
        painter->drawText(middle, Qt::AlignLeft | Qt::AlignVCenter,
                          strong.elidedText(match, Qt::ElideRight, middle.width()));
        painter->setPen(text);
        painter->setFont(item.font);
        const QRect right(middle.right() + 1, area.top(), area.right() - middle.right(),
                          area.height());
        painter->drawText(right, Qt::AlignLeft | Qt::AlignVCenter,
                          plain.elidedText(after, Qt::ElideRight, right.width()));
        painter->restore();
    }
};

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_caseSensitive(toggle(this, tr("Aa"), tr("Match case")))
    , m_wholeWord(toggle(this, tr("W"), tr("Whole words")))
    , m_regex(toggle(this, tr(".*"), tr("Regular expression")))
    , m_results(new QTreeWidget(this))
    , m_tag(new QPushButton(tr("&Tag as…"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_query->setPlaceholderText(tr("Search every article and annotation: words, \"phrases\", "
                                   "prefix*, NEAR(a b, 5)"));
    m_query->setAccessibleName(tr("Search the project"));
    m_query->setClearButtonEnabled(true);
    auto *go = new QPushButton(tr("Search"), this);
    go->setAutoDefault(false);

    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Hit in context"), tr("Where")});
    m_results->setAccessibleName(tr("Search results"));
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setUniformRowHeights(true);
    m_results->setItemDelegate(new KeywordInContextDelegate(m_results));
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tag->setToolTip(tr("Annotate the selected hits with a kind, actor, tags and set, in one "
                         "undo step"));
    m_tag->setEnabled(false);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_caseSensitive);
    top->addWidget(m_wholeWord);
    top->addWidget(m_regex);
    top->addWidget(go);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_tag);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_results, 1);
    layout->addLayout(bottom);
    setFocusProxy(m_query);

    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::runSearch);
    connect(go, &QPushButton::clicked, this, &SearchPanel::runSearch);
    for (QToolButton *option : {m_caseSensitive, m_wholeWord, m_regex})
        connect(option, &QToolButton::toggled, this, [this] {
            if (!m_query->text().trimmed().isEmpty())
                runSearch();
        });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, hitRole).toInt();
        if (index >= 0 && index < m_hits.size())
            emit hitActivated(m_hits.at(index));
    });
    connect(m_results, &QTreeWidget::itemSelectionChanged, this, &SearchPanel::updateTagButton);
    connect(m_tag, &QPushButton::clicked, this, &SearchPanel::tagSelected);
}

void SearchPanel::setSession(ProjectSession *session)
{
    m_session = session;
    m_hits.clear();
    m_last = {};
    m_error.clear();
    m_results->clear();
    m_summary->clear();
    updateTagButton();
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::runSearch()
{
    m_error.clear();
    m_last = {};
    if (!m_session || m_query->text().trimmed().isEmpty()) {
        showResults();
        return;
    }
    search::SearchOptions options;
    options.caseSensitive = m_caseSensitive->isChecked();
    options.wholeWord = m_wholeWord->isChecked();
    options.regex = m_regex->isChecked();
    auto query = search::SearchQuery::parse(m_query->text(), options);
    if (!query) {
        m_error = query.errorMessage();
        showResults();
        return;
    }
    // Each article's hits are shown as soon as they are found (issue 16: the first results at
    // once), painted there and then, while the rest of the project is searched.
    m_results->clear();
    m_hits.clear();
    m_summary->setText(tr("Searching…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto results = search::ProjectSearch::run(
        m_session->project(), *query, search::ProjectSearch::defaultContextWords,
        search::ProjectSearch::Reading::NarrowedByIndex, [this](const search::ArticleHits &group) {
            appendArticle(group);
            m_results->repaint();
        });
    QApplication::restoreOverrideCursor();
    if (!results) {
        m_error = results.errorMessage();
        showResults(); // nothing half-found stays to be tagged
        return;
    }
    m_last = std::move(results).value(); // what the article rows show, already there
    appendMemos();
    m_summary->setText(summary());
    m_summary->setToolTip(m_error);
    updateTagButton();
}

void SearchPanel::showResults()
{
    m_results->clear();
    m_hits.clear();
    for (const search::ArticleHits &group : std::as_const(m_last.articles))
        appendArticle(group);
    appendMemos();
    m_results->expandAll();
    m_summary->setText(summary());
    m_summary->setToolTip(m_error);
    updateTagButton();
}

void SearchPanel::appendArticle(const search::ArticleHits &group)
{
    auto *article = new QTreeWidgetItem(m_results);
    article->setText(0, tr("%1 — %n hit(s)", nullptr, int(group.hits.size())).arg(group.title));
    article->setText(
        1, group.memoHits > 0
               ? tr("%1 in text, %2 in annotations, %3 in its memo")
                     .arg(group.textHits)
                     .arg(group.annotationHits)
                     .arg(group.memoHits)
               : tr("%1 in text, %2 in annotations").arg(group.textHits).arg(group.annotationHits));
    article->setData(0, hitRole, -1);
    QFont bold = article->font(0);
    bold.setBold(true);
    article->setFont(0, bold);
    article->setFirstColumnSpanned(false);
    for (const search::SearchHit &hit : group.hits)
        appendHit(article, hit);
    article->setExpanded(true);
}

void SearchPanel::appendHit(QTreeWidgetItem *group, const search::SearchHit &hit)
{
    auto *row = new QTreeWidgetItem(group);
    row->setData(0, hitRole, int(m_hits.size()));
    row->setData(0, beforeRole, hit.before);
    row->setData(0, matchRole, hit.match);
    row->setData(0, afterRole, hit.after);
    // What a screen reader says, and what a copy gives.
    row->setText(0, hit.before + hit.match + hit.after);
    row->setData(0, Qt::AccessibleTextRole,
                 QString(hit.before + u'[' + hit.match + u']' + hit.after));
    switch (hit.field) {
    case search::HitField::Text:
        row->setText(1, tr("text"));
        break;
    case search::HitField::Quote:
        row->setText(1, tr("an annotation's quote"));
        break;
    case search::HitField::Comment:
        row->setText(1, tr("an annotation's comment"));
        break;
    case search::HitField::Memo:
        row->setText(1, tr("memo"));
        break;
    }
    m_hits.append(hit);
}

// The project's memo and the actors', each a group of its own after the articles.
void SearchPanel::appendMemos()
{
    for (const search::MemoHits &group : std::as_const(m_last.memos)) {
        auto *memo = new QTreeWidgetItem(m_results);
        memo->setText(0, tr("%1 — %n hit(s)", nullptr, int(group.hits.size())).arg(group.title));
        memo->setText(1, tr("memo"));
        memo->setData(0, hitRole, -1);
        QFont bold = memo->font(0);
        bold.setBold(true);
        memo->setFont(0, bold);
        for (const search::SearchHit &hit : group.hits)
            appendHit(memo, hit);
        memo->setExpanded(true);
    }
}

QString SearchPanel::summary() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_query->text().trimmed().isEmpty())
        return {};
    if (m_last.hitCount == 0)
        return tr("No hits");
    return tr("%n hit(s)", nullptr, m_last.hitCount) +
           tr(" in %n article(s)", nullptr, int(m_last.articles.size()));
}

QList<search::SearchHit> SearchPanel::selectedHits() const
{
    QList<search::SearchHit> hits;
    QSet<int> taken;
    for (QTreeWidgetItem *item : m_results->selectedItems()) {
        const int index = item->data(0, hitRole).toInt();
        if (index >= 0) {
            taken.insert(index);
            continue;
        }
        for (int child = 0; child < item->childCount(); ++child) // an article: all its hits
            taken.insert(item->child(child)->data(0, hitRole).toInt());
    }
    QList<int> ordered(taken.begin(), taken.end());
    std::sort(ordered.begin(), ordered.end());
    for (const int index : ordered)
        hits.append(m_hits.at(index));
    return hits;
}

void SearchPanel::updateTagButton()
{
    const bool writable = m_session && !m_session->project().isReadOnly() &&
                          m_session->project().may(Permission::AddAnnotations);
    m_tag->setEnabled(writable && !m_results->selectedItems().isEmpty());
}

void SearchPanel::tagSelected()
{
    if (!m_session)
        return;
    const QList<search::SearchHit> hits = selectedHits();
    if (hits.isEmpty())
        return;
    auto *dialog = new TagHitsDialog(m_session->project(), int(hits.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, hits] {
        if (!m_session)
            return;
        auto command = search::tagHitsCommand(m_session->project(), hits, dialog->choice());
        if (!command)
            return; // every hit was tagged so already
        if (Status done = m_session->history().perform(std::move(command)); !done)
            emit errorOccurred(tr("Cannot tag the hits"), done.errorMessage());
    });
    dialog->open();
}

} // namespace counterpoint::ui
