#include "TagManagerDialog.h"

#include "ManagerKeys.h"

#include "edit/EditHistory.h"
#include "edit/TagCommands.h"
#include "session/ProjectSession.h"
#include "store/Project.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace counterpoint::ui {

namespace {

enum Column { NameColumn, UsedColumn };

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

TagManagerDialog::TagManagerDialog(ProjectSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QTreeWidget(this))
    , m_color(new QPushButton(tr("&Colour…"), this))
    , m_merge(new QPushButton(tr("&Merge Into…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_parent(new QComboBox(this))
{
    setObjectName(QStringLiteral("tagManager"));
    setWindowTitle(tr("Manage Tags"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Tag"), tr("Annotations")});
    m_list->setRootIsDecorated(true);
    m_list->setItemsExpandable(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Tags"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setToolTip(tr("Double-click or press F2 to rename a tag"));
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != NameColumn)
            return;
        const QUuid id = item->data(NameColumn, Qt::UserRole).toUuid();
        if (!renameTag(id, item->text(NameColumn)))
            refill(); // the old name back
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TagManagerDialog::updateControls);
    m_parent->setObjectName(QStringLiteral("tagParent"));
    m_parent->setAccessibleName(tr("Parent tag"));
    connect(m_parent, &QComboBox::activated, this, [this](int index) {
        const QUuid id = selectedTag();
        const QUuid chosen = m_parent->itemData(index).toUuid();
        const QTreeWidgetItem *item = itemOf(id);
        if (id.isNull() || !item || item->data(NameColumn, Qt::UserRole + 1).toUuid() == chosen)
            return;
        if (!setTagParent(id, chosen))
            updateControls(); // the box shows where the tag is
    });
    connect(m_color, &QPushButton::clicked, this, &TagManagerDialog::chooseColor);
    connect(m_merge, &QPushButton::clicked, this, &TagManagerDialog::chooseMergeTarget);
    connect(m_delete, &QPushButton::clicked, this, &TagManagerDialog::confirmDelete);
    // Undo, redo or another view changing the tags: the list shows them as they are.
    connect(&session.project(), &Project::tagsChanged, this, &TagManagerDialog::refill);
    connect(&session.project(), &Project::annotationChanged, this, &TagManagerDialog::refill);
    connect(&session.project(), &Project::reset, this, &TagManagerDialog::refill);

    addUndoKeys(*this, session.history());
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_color);
    buttons->addWidget(m_merge);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *parentRow = new QFormLayout;
    parentRow->addRow(tr("&Parent:"), m_parent);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addLayout(parentRow);
    layout->addWidget(close);
    resize(480, 420);
    refill();
}

void TagManagerDialog::refill()
{
    const QUuid selected = selectedTag();
    m_filling = true;
    m_list->clear();
    auto tags = m_session.project().tags();
    auto usage = TagEdits::usage(m_session.project());
    if (!tags || !usage) {
        m_filling = false;
        emit errorOccurred(!tags ? tags.errorMessage() : usage.errorMessage());
        return;
    }
    // Parents first, so that each child finds its parent's item (tagsAsTree's order).
    QHash<QUuid, QTreeWidgetItem *> items;
    for (const Tag &tag : tagsAsTree(*tags)) {
        QTreeWidgetItem *parent = items.value(tag.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_list);
        items.insert(tag.id, item);
        item->setText(NameColumn, tag.name);
        item->setIcon(NameColumn, swatch(tag.color));
        item->setData(NameColumn, Qt::UserRole, tag.id);
        item->setData(NameColumn, Qt::UserRole + 1, parent ? tag.parentId : QUuid());
        item->setData(UsedColumn, Qt::DisplayRole, usage->value(tag.id));
        if (m_session.isWritable())
            item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_list->expandAll();
    if (QTreeWidgetItem *item = items.value(selected))
        m_list->setCurrentItem(item);
    m_filling = false;
    updateControls();
}

QTreeWidgetItem *TagManagerDialog::itemOf(const QUuid &id) const
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(NameColumn, Qt::UserRole).toUuid() == id)
            return *it;
    }
    return nullptr;
}

void TagManagerDialog::updateControls()
{
    const QUuid id = selectedTag();
    const bool chosen = !id.isNull();
    const bool writable = m_session.isWritable();
    for (QPushButton *button : {m_color, m_merge, m_delete})
        button->setEnabled(chosen && writable);
    refillParentChoices();
    const QTreeWidgetItem *item = itemOf(id);
    const bool hasChildren = item && item->childCount() > 0;
    m_parent->setEnabled(chosen && writable && !hasChildren);
    m_parent->setToolTip(
        hasChildren ? tr("“%1” has tags under it, and tags have one level of parents: it stays "
                         "at the top.")
                          .arg(item->text(NameColumn))
                    : tr("The tag the selected one is filed under; filtering the list by a "
                         "parent shows its children's annotations too."));
}

// The top level, then every top-level tag but the selected one: the places it may go.
void TagManagerDialog::refillParentChoices()
{
    const QUuid id = selectedTag();
    const QTreeWidgetItem *selected = itemOf(id);
    const QSignalBlocker blocker(m_parent);
    m_parent->clear();
    m_parent->addItem(tr("None (top level)"), QUuid());
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = m_list->topLevelItem(i);
        const QUuid topId = top->data(NameColumn, Qt::UserRole).toUuid();
        if (topId != id)
            m_parent->addItem(top->icon(NameColumn), top->text(NameColumn), topId);
    }
    const QUuid current =
        selected ? selected->data(NameColumn, Qt::UserRole + 1).toUuid() : QUuid();
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(current)));
}

QUuid TagManagerDialog::selectedTag() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(NameColumn, Qt::UserRole).toUuid() : QUuid();
}

bool TagManagerDialog::perform(const QUuid &id,
                               const std::function<Result<std::unique_ptr<ProjectCommand>>()> &make)
{
    if (id.isNull())
        return false;
    auto command = make();
    if (!command) {
        emit errorOccurred(command.errorMessage());
        return false;
    }
    if (Status done = m_session.history().perform(std::move(*command)); !done) {
        emit errorOccurred(done.errorMessage());
        return false;
    }
    return true;
}

bool TagManagerDialog::renameTag(const QUuid &id, const QString &name)
{
    return perform(id, [&] { return TagEdits::rename(m_session.project(), id, name); });
}

bool TagManagerDialog::recolorTag(const QUuid &id, const QColor &color)
{
    return perform(id, [&] { return TagEdits::recolor(m_session.project(), id, color); });
}

bool TagManagerDialog::mergeTag(const QUuid &from, const QUuid &into)
{
    return perform(from, [&] { return TagEdits::merge(m_session.project(), from, into); });
}

bool TagManagerDialog::setTagParent(const QUuid &id, const QUuid &parentId)
{
    return perform(id, [&] { return TagEdits::setParent(m_session.project(), id, parentId); });
}

bool TagManagerDialog::deleteTag(const QUuid &id)
{
    return perform(id, [&] { return TagEdits::remove(m_session.project(), id); });
}

QString TagManagerDialog::deleteQuestion(const QUuid &id) const
{
    const QTreeWidgetItem *item = itemOf(id);
    if (!item)
        return {};
    const QString name = item->text(NameColumn);
    const int used = item->data(UsedColumn, Qt::DisplayRole).toInt();
    QString question = used == 0 ? tr("Delete the tag “%1”? No annotation carries it.").arg(name)
                                 : tr("Delete the tag “%1”? Annotations that carry it and will "
                                      "lose it: %2. Edit › Undo puts it back.")
                                       .arg(name, QLocale().toString(used));
    if (item->childCount() > 0) {
        QStringList children;
        for (int i = 0; i < item->childCount(); ++i)
            children.append(QStringLiteral("“%1”").arg(item->child(i)->text(NameColumn)));
        question += u' ' + tr("The %n tag(s) under it (%1) move to the top level and keep "
                              "their annotations.",
                              nullptr, item->childCount())
                               .arg(QLocale().createSeparatedList(children));
    }
    return question;
}

void TagManagerDialog::chooseColor()
{
    const QUuid id = selectedTag();
    const QTreeWidgetItem *item = m_list->currentItem();
    if (id.isNull() || !item)
        return;
    auto tags = m_session.project().tags();
    QColor current;
    for (const Tag &tag : tags ? *tags : QList<Tag>()) {
        if (tag.id == id)
            current = tag.color;
    }
    const QColor chosen =
        QColorDialog::getColor(current, this, tr("Colour of “%1”").arg(item->text(NameColumn)));
    if (chosen.isValid())
        recolorTag(id, chosen);
}

void TagManagerDialog::chooseMergeTarget()
{
    const QUuid id = selectedTag();
    if (id.isNull())
        return;
    QStringList names;
    QList<QUuid> ids;
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        const QTreeWidgetItem *item = *it;
        if (item->data(NameColumn, Qt::UserRole).toUuid() == id)
            continue;
        names.append(item->text(NameColumn));
        ids.append(item->data(NameColumn, Qt::UserRole).toUuid());
    }
    if (names.isEmpty())
        return;
    bool chosen = false;
    const QString into = QInputDialog::getItem(
        this, tr("Merge Tag"), tr("Merge “%1” into:").arg(m_list->currentItem()->text(NameColumn)),
        names, 0, false, &chosen);
    if (chosen)
        mergeTag(id, ids.value(names.indexOf(into)));
}

void TagManagerDialog::confirmDelete()
{
    const QUuid id = selectedTag();
    if (id.isNull())
        return;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Delete Tag"), deleteQuestion(id),
                                     QMessageBox::Yes | QMessageBox::No, this);
    question->setObjectName(QStringLiteral("confirmTagDelete"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setDefaultButton(QMessageBox::No);
    connect(question, &QMessageBox::finished, this, [this, id](int answer) {
        if (answer == QMessageBox::Yes)
            deleteTag(id);
    });
    question->open();
}

} // namespace counterpoint::ui
