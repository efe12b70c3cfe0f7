#include "ActorManagerDialog.h"

#include "ManagerKeys.h"
#include "MemoEditor.h"

#include "edit/ActorCommands.h"
#include "edit/EditHistory.h"
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

#include <utility>

namespace counterpoint::ui {

ActorManagerDialog::ActorManagerDialog(ProjectSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QTreeWidget(this))
    , m_notice(new QLabel(this))
    , m_memoLabel(new QLabel(tr("M&emo on the selected actor:"), this))
    , m_memo(new MemoEditor(session, this))
    , m_describe(new QPushButton(tr("De&scribe…"), this))
    , m_merge(new QPushButton(tr("&Merge Into…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("actorManager"));
    setWindowTitle(tr("Manage Actors"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Actor"), tr("Annotations"), tr("Description")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(UsedColumn, QHeaderView::ResizeToContents);
    // The names and counts whole, the rest for the description (or whose the set is).
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_list->headerItem()->setTextAlignment(UsedColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_list->setAccessibleName(tr("Actors"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setToolTip(tr("Double-click or press F2 to rename an actor"));
    m_list->setWordWrap(false);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != NameColumn)
            return;
        const QUuid id = item->data(NameColumn, Qt::UserRole).toUuid();
        if (!renameActor(id, item->text(NameColumn)))
            refill(); // the old name back
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ActorManagerDialog::updateButtons);
    m_memoLabel->setBuddy(m_memo);
    m_memo->setSubject(MemoSubject::Actor, QUuid(), QString());
    connect(m_memo, &MemoEditor::errorOccurred, this, &ActorManagerDialog::errorOccurred);
    connect(m_describe, &QPushButton::clicked, this, &ActorManagerDialog::chooseDescription);
    connect(m_merge, &QPushButton::clicked, this, &ActorManagerDialog::chooseMergeTarget);
    connect(m_delete, &QPushButton::clicked, this, &ActorManagerDialog::confirmDelete);
    // Undo, redo, another window or analyst changing them: the list shows them as they are.
    connect(&session.project(), &Project::actorsChanged, this, &ActorManagerDialog::refill);
    connect(&session.project(), &Project::annotationChanged, this, &ActorManagerDialog::refill);
    connect(&session.project(), &Project::annotationAdded, this, &ActorManagerDialog::refill);
    connect(&session.project(), &Project::annotationRemoved, this, &ActorManagerDialog::refill);
    connect(&session.project(), &Project::reset, this, &ActorManagerDialog::refill);

    addUndoKeys(*this, session.history());
    m_notice->setWordWrap(true);
    const QString whyNot = session.project().whyNot(Permission::ManageLists);
    m_notice->setText(whyNot);
    m_notice->setVisible(!whyNot.isEmpty());

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_describe);
    buttons->addWidget(m_merge);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *hint =
        new QLabel(tr("F2 renames the selected actor; Ctrl+Z undoes the last change."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(row, 3);
    layout->addWidget(m_memoLabel);
    layout->addWidget(m_memo, 2);
    layout->addWidget(hint);
    layout->addWidget(close);
    resize(std::max(720, fontMetrics().averageCharWidth() * 100),
           std::max(560, fontMetrics().lineSpacing() * 30));
    refill();
}

void ActorManagerDialog::refill()
{
    const QUuid selected = selectedActor();
    m_filling = true;
    m_list->clear();
    auto actors = m_session.project().actors();
    auto usage = ActorEdits::usage(m_session.project());
    if (!actors || !usage) {
        m_filling = false;
        emit errorOccurred(!actors ? actors.errorMessage() : usage.errorMessage());
        return;
    }
    const bool manages = m_session.project().may(Permission::ManageLists);
    for (const Actor &actor : std::as_const(*actors)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, actor.name);
        item->setData(NameColumn, Qt::UserRole, actor.id);
        item->setData(UsedColumn, Qt::DisplayRole, usage->value(actor.id));
        item->setTextAlignment(UsedColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(DescriptionColumn, actor.description.simplified());
        item->setToolTip(DescriptionColumn, actor.description);
        if (manages)
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (actor.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_filling = false;
    updateButtons();
}

void ActorManagerDialog::updateButtons()
{
    const bool chosen = !selectedActor().isNull();
    const bool manages = m_session.project().may(Permission::ManageLists);
    m_describe->setEnabled(chosen && manages);
    m_merge->setEnabled(chosen && manages && m_list->topLevelItemCount() > 1);
    m_delete->setEnabled(chosen && manages);
    if (m_filling)
        return; // the list is refilled: the memo follows the actor selected once it is full
    const QTreeWidgetItem *item = m_list->currentItem();
    m_memo->setSubject(MemoSubject::Actor, selectedActor(),
                       chosen && item ? item->text(NameColumn) : QString());
}

void ActorManagerDialog::done(int result)
{
    // Refused (and said so): the memo's text stays in the field; closed again, the dialog closes.
    if (!m_memo->save() && !std::exchange(m_memoRefusedOnce, true))
        return;
    QDialog::done(result);
}

QUuid ActorManagerDialog::selectedActor() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(NameColumn, Qt::UserRole).toUuid() : QUuid();
}

bool ActorManagerDialog::perform(
    const QUuid &id, const std::function<Result<std::unique_ptr<ProjectCommand>>()> &make)
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

bool ActorManagerDialog::renameActor(const QUuid &id, const QString &name)
{
    return perform(id, [&] { return ActorEdits::rename(m_session.project(), id, name); });
}

bool ActorManagerDialog::describeActor(const QUuid &id, const QString &description)
{
    return perform(id, [&] { return ActorEdits::describe(m_session.project(), id, description); });
}

bool ActorManagerDialog::mergeActor(const QUuid &from, const QUuid &into)
{
    return perform(from, [&] { return ActorEdits::merge(m_session.project(), from, into); });
}

bool ActorManagerDialog::deleteActor(const QUuid &id)
{
    return perform(id, [&] { return ActorEdits::remove(m_session.project(), id); });
}

QString ActorManagerDialog::deleteQuestion(const QUuid &id) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toUuid() != id)
            continue;
        const QString name = item->text(NameColumn);
        const int used = item->data(UsedColumn, Qt::DisplayRole).toInt();
        return used == 0 ? tr("Delete the actor “%1”? No annotation names it.").arg(name)
                         : tr("Delete the actor “%1”? %n annotation(s) name it and will name "
                              "nobody. Edit › Undo puts it back.",
                              nullptr, used)
                               .arg(name);
    }
    return {};
}

void ActorManagerDialog::chooseDescription()
{
    const QUuid id = selectedActor();
    if (id.isNull())
        return;
    auto actors = m_session.project().actors();
    Actor current;
    for (const Actor &actor : actors ? *actors : QList<Actor>()) {
        if (actor.id == id)
            current = actor;
    }
    bool chosen = false;
    const QString description = QInputDialog::getMultiLineText(
        this, tr("Describe Actor"), tr("Who or what is “%1”?").arg(current.name),
        current.description, &chosen);
    if (chosen && description.trimmed() != current.description)
        describeActor(id, description);
}

void ActorManagerDialog::chooseMergeTarget()
{
    const QUuid id = selectedActor();
    if (id.isNull())
        return;
    QStringList names;
    QList<QUuid> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toUuid() == id)
            continue;
        names.append(item->text(NameColumn));
        ids.append(item->data(NameColumn, Qt::UserRole).toUuid());
    }
    if (names.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("actorMergeTarget"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Merge Actor"));
    dialog->setLabelText(tr("Merge “%1” into (its annotations will name that actor):")
                             .arg(m_list->currentItem()->text(NameColumn)));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, id, names, ids](const QString &into) {
                mergeActor(id, ids.value(names.indexOf(into)));
            });
    dialog->open();
}

void ActorManagerDialog::confirmDelete()
{
    const QUuid id = selectedActor();
    if (id.isNull())
        return;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Delete Actor"), deleteQuestion(id),
                                     QMessageBox::Yes | QMessageBox::No, this);
    question->setObjectName(QStringLiteral("confirmActorDelete"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setDefaultButton(QMessageBox::No);
    connect(question, &QMessageBox::finished, this, [this, id](int answer) {
        if (answer == QMessageBox::Yes)
            deleteActor(id);
    });
    question->open();
}

} // namespace counterpoint::ui
