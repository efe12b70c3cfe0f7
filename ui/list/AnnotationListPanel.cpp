#include "AnnotationListPanel.h"

#include "ui/common/KindStyle.h"
#include "ui/list/AnnotationFilterModel.h"
#include "ui/list/AnnotationTableModel.h"
#include "ui/list/BulkEditDialog.h"

#include "edit/BulkEdit.h"
#include "edit/CommandGroup.h"
#include "edit/EditHistory.h"
#include "store/Project.h"

#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>

#include <QVBoxLayout>
#include <algorithm>

namespace counterpoint::ui {

namespace {

// Each choice may shrink to a few letters: six of them and the text field then need no more
// width than the five of eight letters did before the anchor choice came (about 600 px), and the
// dock sets no wider a minimum for the window. Given room, they share it.
QComboBox *filterBox(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(name);
    box->setToolTip(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(5);
    return box;
}

// Refills a filter choice with "All …", the choice of none (when named) and the named items,
// keeping the current choice.
void fillChoices(QComboBox *box, const QString &all, const QHash<QUuid, QString> &names,
                 const QString &none = {})
{
    const QUuid current = box->currentData().toUuid();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(all, QUuid());
    if (!none.isEmpty())
        box->addItem(none, AnnotationFilterModel::none());
    QList<QPair<QString, QUuid>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, id] : std::as_const(sorted))
        box->addItem(name, id);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

// The tags as a tree (issue 20): each parent, which takes in its children's annotations, then
// its children indented under it.
void fillTagChoices(QComboBox *box, const QList<Tag> &tags)
{
    const QUuid current = box->currentData().toUuid();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(AnnotationListPanel::tr("All tags"), QUuid());
    box->addItem(AnnotationListPanel::tr("Untagged"), AnnotationFilterModel::none());
    for (const Tag &tag : tagsAsTree(tags)) {
        const int children = int(tagWithChildren(tag.id, tags).size()) - 1;
        if (!tag.parentId.isNull()) {
            box->addItem(QStringLiteral("    ") + tag.name, tag.id);
        } else if (children > 0) {
            box->addItem(
                AnnotationListPanel::tr("%1 (with %n sub-tag(s))", nullptr, children).arg(tag.name),
                tag.id);
            box->setItemData(box->count() - 1,
                             AnnotationListPanel::tr("Shows the annotations tagged “%1” or any "
                                                     "tag under it.")
                                 .arg(tag.name),
                             Qt::ToolTipRole);
        } else {
            box->addItem(tag.name, tag.id);
        }
    }
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

AnnotationListPanel::AnnotationListPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AnnotationTableModel(this))
    , m_filter(new AnnotationFilterModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_kind(filterBox(this, tr("Kind")))
    , m_actor(filterBox(this, tr("Actor")))
    , m_tag(filterBox(this, tr("Tag")))
    , m_set(filterBox(this, tr("Annotation set")))
    , m_article(filterBox(this, tr("Article")))
    , m_anchor(filterBox(this, tr("Anchor")))
    , m_count(new QLabel(this))
    , m_editSelected(new QAction(tr("&Edit Selected Annotations…"), this))
    , m_deleteSelected(new QAction(tr("&Delete Selected Annotations"), this))
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Filter passages, comments, actors, tags…"));
    m_tag->setToolTip(tr("Show the annotations with this tag; a parent tag takes in the "
                         "annotations of the tags under it."));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter text"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &AnnotationFilterModel::setText);

    m_kind->addItem(tr("All kinds"));
    for (AnnotationKind kind : allAnnotationKinds())
        m_kind->addItem(KindStyle::icon(kind), displayName(kind), int(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_kind->currentData();
        m_filter->setKind(kind.isValid() ? std::optional(AnnotationKind(kind.toInt()))
                                         : std::nullopt);
    });
    for (QComboBox *box : {m_actor, m_tag, m_set, m_article})
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] { applyChoice(box); });
    m_anchor->addItem(tr("Any anchor"));
    for (const AnchorState state :
         {AnchorState::Exact, AnchorState::Moved, AnchorState::Fuzzy, AnchorState::Orphaned})
        m_anchor->addItem(displayName(state), int(state));
    m_anchor->setToolTip(tr("Anchor: how each annotation's passage was found in its article's "
                            "latest version"));
    connect(m_anchor, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant state = m_anchor->currentData();
        m_filter->setAnchorState(state.isValid() ? std::optional(AnchorState(state.toInt()))
                                                 : std::nullopt);
    });

    // When rows come and go the table moves its current row by itself; that is not the user
    // picking an annotation, and must not send the reader to another passage. Holding starts
    // before the table's selection model hears of a change and ends after it has, so the
    // connections are made on either side of setModel().
    auto hold = [this] { ++m_modelChanging; };
    auto release = [this] { --m_modelChanging; };
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this, hold);
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, hold);
    connect(m_filter, &QAbstractItemModel::layoutAboutToBeChanged, this, hold);
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, hold);
    m_table->setModel(m_filter);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, release);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, release);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, release);
    connect(m_filter, &QAbstractItemModel::modelReset, this, release);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the project's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setColumnWidth(AnnotationTableModel::KindColumn, 130);
    m_table->setColumnWidth(AnnotationTableModel::QuoteColumn, 380);
    m_table->setColumnWidth(AnnotationTableModel::ActorColumn, 120);
    m_table->setColumnWidth(AnnotationTableModel::TagsColumn, 150);
    m_table->setColumnWidth(AnnotationTableModel::ArticleColumn, 220);
    m_table->setAccessibleName(tr("Annotations"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && m_modelChanging == 0 && current.isValid())
                    emit annotationActivated(current.data(AnnotationTableModel::IdRole).toUuid());
            });
    // A click on the row that is already current still goes to its passage again.
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit annotationActivated(index.data(AnnotationTableModel::IdRole).toUuid());
    });

    // The bulk edit of the rows chosen: F2 in the list, its context menu and the Edit menu.
    m_editSelected->setShortcut(Qt::Key_F2);
    m_editSelected->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editSelected->setToolTip(tr("Change the kind, actor, tags or set of the selected "
                                  "annotations, or delete them, in one undo step (F2)"));
    connect(m_editSelected, &QAction::triggered, this, &AnnotationListPanel::editSelected);
    connect(m_deleteSelected, &QAction::triggered, this, &AnnotationListPanel::deleteSelected);
    addAction(m_editSelected);
    m_table->addAction(m_editSelected);
    m_table->addAction(m_deleteSelected);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AnnotationListPanel::updateCount);
    m_count->setAccessibleName(tr("Annotations shown"));
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &AnnotationListPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AnnotationListPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AnnotationListPanel::updateCount);
    // The total too, when rows the filter hides come and go.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &AnnotationListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationListPanel::updateCount);

    // The anchor choice is a compact one, and the count sits beside the text it counts the
    // matches of, yielding its room first: the filter bar is no wider than it was, so neither is
    // the dock, and the rows keep their height.
    m_count->setMinimumWidth(1);
    m_count->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_count);
    for (QComboBox *box : {m_kind, m_actor, m_tag, m_set, m_article, m_anchor})
        filters->addWidget(box, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    // Tab goes from the filters to the rows they filter, and the rows show when they have the
    // focus (issue 20, defect 2).
    QWidget *previous = m_search;
    for (QWidget *next : std::initializer_list<QWidget *>{m_kind, m_actor, m_tag, m_set, m_article,
                                                          m_anchor, m_table})
        setTabOrder(std::exchange(previous, next), next);
    m_table->setStyleSheet(
        QStringLiteral("QTableView:focus { border: 1px solid palette(highlight); }"));

    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationListPanel::refillChoices);

    refillChoices();
    updateCount();
}

void AnnotationListPanel::setSession(ProjectSession *session)
{
    m_session = session;
    updateActions();
    // The model first: the choices are refilled from its names once it has reloaded.
    m_model->setSession(session);
    if (session)
        connect(&session->readModel(), &ProjectReadModel::namesChanged, this,
                &AnnotationListPanel::refillChoices);
    else
        refillChoices();
}

void AnnotationListPanel::refillChoices()
{
    const ProjectReadModel *names = m_model->readModel();
    fillChoices(m_actor, tr("All actors"), names ? names->actorNames() : QHash<QUuid, QString>(),
                tr("No actor"));
    fillTagChoices(m_tag, names ? names->tags() : QList<Tag>());
    // A parent chosen takes in the children it has now (one filed or moved since, another
    // window's change alike).
    if (!m_tag->currentData().toUuid().isNull())
        applyChoice(m_tag);
    fillChoices(m_set, tr("All sets"), names ? names->setNames() : QHash<QUuid, QString>());
    fillChoices(m_article, tr("All articles"),
                names ? names->articleTitles() : QHash<QUuid, QString>());
}

void AnnotationListPanel::applyChoice(QComboBox *box)
{
    const QUuid id = box->currentData().toUuid();
    if (box == m_actor)
        m_filter->setActor(id);
    else if (box == m_tag) {
        const ProjectReadModel *names = m_model->readModel();
        m_filter->setTag(id, names ? tagWithChildren(id, names->tags()) : QSet<QUuid>{id});
    } else if (box == m_set)
        m_filter->setAnnotationSet(id);
    else if (box == m_article)
        m_filter->setArticle(id);
}

void AnnotationListPanel::updateCount()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_count->setText(selected > 1
                         ? tr("%1 · %n row(s) selected", nullptr, selected).arg(rowCountText())
                         : rowCountText());
    updateActions();
}

QString AnnotationListPanel::rowCountText() const
{
    return tr("%1 of %n annotation(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount());
}

void AnnotationListPanel::updateActions()
{
    const bool writable = m_session && m_session->project().may(Permission::AddAnnotations);
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_editSelected->setEnabled(writable && selected > 0);
    m_deleteSelected->setEnabled(writable && selected > 0);
    m_editSelected->setText(selected > 1 ? tr("&Edit %n Annotation(s)…", nullptr, selected)
                                         : tr("&Edit Selected Annotations…"));
    m_deleteSelected->setText(selected > 1 ? tr("&Delete %n Annotation(s)", nullptr, selected)
                                           : tr("&Delete Selected Annotations"));
    if (m_session && !m_session->project().may(Permission::AddAnnotations))
        m_editSelected->setToolTip(m_session->project().whyNot(Permission::AddAnnotations));
}

QList<QUuid> AnnotationListPanel::selectedIds() const
{
    QList<QModelIndex> rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<QUuid> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(AnnotationTableModel::IdRole).toUuid());
    return ids;
}

Result<QList<Annotation>> AnnotationListPanel::selectedAnnotations() const
{
    const QList<QUuid> ids = selectedIds();
    QList<Annotation> chosen;
    chosen.reserve(ids.size());
    const Project &project = m_session->project();
    if (ids.size() > 200) { // one read of them all rather than a query a row
        auto all = project.annotations();
        if (!all)
            return all.error();
        QHash<QUuid, qsizetype> at;
        for (qsizetype i = 0; i < all->size(); ++i)
            at.insert(all->at(i).id, i);
        for (const QUuid &id : ids) {
            if (at.contains(id))
                chosen.append(all->at(at.value(id)));
        }
        return chosen;
    }
    for (const QUuid &id : ids) {
        auto annotation = project.annotation(id);
        if (!annotation)
            return annotation.error();
        chosen.append(*annotation);
    }
    return chosen;
}

void AnnotationListPanel::editSelected()
{
    if (!m_session || selectedIds().isEmpty())
        return;
    auto chosen = selectedAnnotations();
    if (!chosen) {
        emit errorOccurred(tr("Cannot edit the annotations"), chosen.errorMessage());
        return;
    }
    auto *dialog = new BulkEditDialog(m_session->project(), *chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The versions read now are the ones the change is made on: a row changed elsewhere while
    // the dialog is open refuses the whole change.
    connect(dialog, &QDialog::accepted, this, [this, dialog, seen = *chosen] {
        if (!m_session)
            return;
        if (dialog->deleteChosen()) {
            perform(bulkDeleteCommand(m_session->project(), seen),
                    tr("Cannot delete the %n annotation(s)", nullptr, int(seen.size())));
            return;
        }
        perform(bulkEditCommand(m_session->project(), seen, dialog->change()),
                tr("Cannot change the %n annotation(s)", nullptr, int(seen.size())));
    });
    dialog->open();
}

void AnnotationListPanel::deleteSelected()
{
    if (!m_session)
        return;
    auto chosen = selectedAnnotations();
    if (!chosen) {
        emit errorOccurred(tr("Cannot delete the annotations"), chosen.errorMessage());
        return;
    }
    perform(bulkDeleteCommand(m_session->project(), *chosen),
            tr("Cannot delete the %n annotation(s)", nullptr, int(chosen->size())));
}

void AnnotationListPanel::perform(std::unique_ptr<CommandGroup> command, const QString &title)
{
    if (!command)
        return; // nothing would change
    if (Status done = m_session->history().perform(std::move(command)); !done)
        emit errorOccurred(title, done.errorMessage());
}

void AnnotationListPanel::selectAnnotation(const QUuid &id)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(id));
    // The current row of a selection of several (Shift+Down, Ctrl+click): the others stay chosen.
    if (index.isValid() && index.row() == m_table->currentIndex().row() &&
        m_table->selectionModel()->isRowSelected(index.row()))
        return;
    m_selecting = true;
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        // The current row too: a deleted current row would otherwise hand the selection to
        // its neighbour while the inspector shows nothing (issue 20, defect 16).
        m_table->selectionModel()->clear();
    }
    m_selecting = false;
}

void AnnotationListPanel::selectAnnotations(const QList<QUuid> &ids)
{
    QList<int> rows;
    rows.reserve(ids.size());
    for (const QUuid &id : ids) {
        const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(id));
        if (index.isValid())
            rows.append(index.row());
    }
    m_selecting = true;
    QItemSelectionModel *selection = m_table->selectionModel();
    if (rows.isEmpty()) {
        selection->clear();
        m_selecting = false;
        return;
    }
    const QModelIndex first = m_filter->index(rows.first(), 0);
    std::sort(rows.begin(), rows.end());
    // Runs of neighbouring rows as one range each: a chart's bar can hold thousands of rows.
    QItemSelection chosen;
    const int lastColumn = m_filter->columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
            ++j;
        chosen.select(m_filter->index(rows.at(i), 0), m_filter->index(rows.at(j), lastColumn));
        i = j + 1;
    }
    selection->select(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_table->scrollTo(first);
    m_selecting = false;
}

void AnnotationListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace counterpoint::ui
