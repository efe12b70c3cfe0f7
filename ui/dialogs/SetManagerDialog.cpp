#include "SetManagerDialog.h"

#include "ManagerKeys.h"

#include "edit/EditHistory.h"
#include "edit/SetCommands.h"
#include "session/ProjectSession.h"
#include "store/Project.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace counterpoint::ui {

SetManagerDialog::SetManagerDialog(ProjectSession &session, const QUuid &current, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_current(current)
    , m_list(new QTreeWidget(this))
    , m_notice(new QLabel(this))
    , m_new(new QPushButton(tr("&New Set…"), this))
    , m_makeCurrent(new QPushButton(tr("&Use for New Annotations"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("setManager"));
    setWindowTitle(tr("Manage Annotation Sets"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Set"), tr("Annotations"), tr("Whose")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(UsedColumn, QHeaderView::ResizeToContents);
    // The names and counts whole, the rest for the description (or whose the set is).
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_list->headerItem()->setTextAlignment(UsedColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_list->setAccessibleName(tr("Annotation sets"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setToolTip(tr("Double-click or press F2 to rename a set"));
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != NameColumn)
            return;
        const QUuid id = item->data(NameColumn, Qt::UserRole).toUuid();
        if (!renameSet(id, item->text(NameColumn)))
            refill(); // the old name back
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SetManagerDialog::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &SetManagerDialog::chooseName);
    connect(m_makeCurrent, &QPushButton::clicked, this, [this] { makeCurrent(selectedSet()); });
    connect(m_delete, &QPushButton::clicked, this, &SetManagerDialog::confirmDelete);
    connect(&session.project(), &Project::annotationSetsChanged, this, &SetManagerDialog::refill);
    connect(&session.project(), &Project::annotationChanged, this, &SetManagerDialog::refill);
    connect(&session.project(), &Project::annotationAdded, this, &SetManagerDialog::refill);
    connect(&session.project(), &Project::annotationRemoved, this, &SetManagerDialog::refill);
    connect(&session.project(), &Project::reset, this, &SetManagerDialog::refill);

    addUndoKeys(*this, session.history());
    m_notice->setWordWrap(true);
    const QString whyNot = session.project().whyNot(Permission::ManageLists);
    m_notice->setText(whyNot);
    m_notice->setVisible(!whyNot.isEmpty());

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_makeCurrent);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *hint = new QLabel(tr("F2 renames the selected set; the set in bold takes new "
                               "annotations; Ctrl+Z undoes the last change."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(row, 1);
    layout->addWidget(hint);
    layout->addWidget(close);
    resize(std::max(720, fontMetrics().averageCharWidth() * 100), 420);
    refill();
}

void SetManagerDialog::refill()
{
    const QUuid selected = m_created.isNull() ? selectedSet() : m_created;
    m_filling = true;
    m_list->clear();
    auto sets = m_session.project().annotationSets();
    auto roles = m_session.project().annotationSetRoles();
    auto usage = SetEdits::usage(m_session.project());
    if (!sets || !roles || !usage) {
        m_filling = false;
        emit errorOccurred(!sets    ? sets.errorMessage()
                           : !roles ? roles.errorMessage()
                                    : usage.errorMessage());
        return;
    }
    const bool manages = m_session.project().may(Permission::ManageLists);
    const QUuid defaultSet = m_session.project().defaultAnnotationSetId();
    bool currentListed = false;
    for (const AnnotationSet &set : std::as_const(*sets))
        currentListed = currentListed || set.id == m_current;
    if (!currentListed) // deleted, or undone: new annotations go into the default set again
        m_current = defaultSet;
    for (const AnnotationSet &set : std::as_const(*sets)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, set.name);
        item->setData(NameColumn, Qt::UserRole, set.id);
        item->setData(UsedColumn, Qt::DisplayRole, usage->value(set.id));
        item->setTextAlignment(UsedColumn, Qt::AlignRight | Qt::AlignVCenter);
        QStringList whose;
        for (const SetRole &role : std::as_const(*roles)) {
            if (role.setId != set.id)
                continue;
            if (!role.owner.isEmpty())
                whose.append(tr("%1's reading").arg(role.owner));
            if (role.consensus)
                whose.append(tr("the consensus"));
        }
        if (set.id == defaultSet)
            whose.append(tr("the default"));
        item->setData(WhoseColumn, Qt::UserRole, QLocale().createSeparatedList(whose));
        if (set.id == m_current)
            whose.append(tr("takes new annotations"));
        item->setText(WhoseColumn, whose.join(QStringLiteral(" · ")));
        if (set.id == m_current) {
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
        }
        if (manages)
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (set.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_created = QUuid();
    m_filling = false;
    updateButtons();
}

void SetManagerDialog::updateButtons()
{
    const QUuid id = selectedSet();
    const bool manages = m_session.project().may(Permission::ManageLists);
    m_new->setEnabled(manages);
    m_makeCurrent->setEnabled(!id.isNull() && id != m_current);
    m_delete->setEnabled(!id.isNull() && manages &&
                         id != m_session.project().defaultAnnotationSetId());
    m_delete->setToolTip(id == m_session.project().defaultAnnotationSetId()
                             ? tr("The project's default set cannot be deleted")
                             : QString());
}

QUuid SetManagerDialog::selectedSet() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(NameColumn, Qt::UserRole).toUuid() : QUuid();
}

bool SetManagerDialog::perform(const std::function<Result<std::unique_ptr<ProjectCommand>>()> &make)
{
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

bool SetManagerDialog::createSet(const QString &name)
{
    const int before = m_list->topLevelItemCount();
    const bool created = perform([&] { return SetEdits::create(m_session.project(), name); });
    if (created && m_list->topLevelItemCount() > before) {
        // Select the new one, so that the next key (Use for New Annotations) is about it.
        if (auto set = SetEdits::named(m_session.project(), name)) {
            m_created = set->id;
            refill();
        }
    }
    return created;
}

bool SetManagerDialog::renameSet(const QUuid &id, const QString &name)
{
    if (id.isNull())
        return false;
    return perform([&] { return SetEdits::rename(m_session.project(), id, name); });
}

bool SetManagerDialog::deleteSet(const QUuid &id)
{
    if (id.isNull())
        return false;
    return perform([&] { return SetEdits::remove(m_session.project(), id); });
}

void SetManagerDialog::makeCurrent(const QUuid &id)
{
    if (id.isNull() || id == m_current)
        return;
    m_current = id;
    emit currentSetChosen(id);
    refill();
}

QString SetManagerDialog::deleteQuestion(const QUuid &id) const
{
    const QTreeWidgetItem *found = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(NameColumn, Qt::UserRole).toUuid() == id)
            found = m_list->topLevelItem(i);
    }
    if (!found)
        return {};
    const QString name = found->text(NameColumn);
    auto contents = SetEdits::contents(m_session.project(), id);
    if (!contents)
        return contents.errorMessage();
    QString question;
    if (contents->annotations == 0) {
        question = tr("Delete the annotation set “%1”? It holds no annotations.").arg(name);
    } else {
        QStringList with{tr("%n annotation(s)", nullptr, contents->annotations)};
        if (contents->relations > 0)
            with.append(tr("%n link(s) from or to them", nullptr, contents->relations));
        if (contents->verdicts > 0)
            with.append(tr("%n verdict(s)", nullptr, contents->verdicts));
        question = tr("Delete the annotation set “%1” and what is in it: %2?")
                       .arg(name, QLocale().createSeparatedList(with));
    }
    if (const QString whose = found->data(WhoseColumn, Qt::UserRole).toString(); !whose.isEmpty())
        question += u' ' + tr("The set is %1.").arg(whose);
    return question + u' ' + tr("Edit › Undo puts it all back.");
}

void SetManagerDialog::chooseName()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newSetName"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Annotation Set"));
    dialog->setLabelText(tr("Name of the new set (one analyst's pass, one question):"));
    dialog->setInputMode(QInputDialog::TextInput);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &name) { createSet(name); });
    dialog->open();
}

void SetManagerDialog::confirmDelete()
{
    const QUuid id = selectedSet();
    if (id.isNull())
        return;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Delete Annotation Set"),
                                     deleteQuestion(id), QMessageBox::Yes | QMessageBox::No, this);
    question->setObjectName(QStringLiteral("confirmSetDelete"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setDefaultButton(QMessageBox::No);
    connect(question, &QMessageBox::finished, this, [this, id](int answer) {
        if (answer == QMessageBox::Yes)
            deleteSet(id);
    });
    question->open();
}

} // namespace counterpoint::ui
