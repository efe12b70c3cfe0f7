#include "BulkEditDialog.h"

#include "store/Project.h"
#include "ui/common/KindStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace counterpoint::ui {

namespace {

constexpr int tagRole = Qt::UserRole;
constexpr int initialRole = Qt::UserRole + 1; // the check state the dialog opened with

// "Keep" is a choice of its own: data that no real choice has.
QVariant keep()
{
    return QStringLiteral("keep");
}

bool isKeep(const QComboBox *box)
{
    return box->currentData() == keep();
}

} // namespace

BulkEditDialog::BulkEditDialog(const Project &project, const QList<Annotation> &annotations,
                               QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_actor(new QComboBox(this))
    , m_set(new QComboBox(this))
    , m_tags(new QListWidget(this))
{
    const int count = int(annotations.size());
    setWindowTitle(tr("Edit %n Annotation(s)", nullptr, count));

    m_kind->addItem(tr("(keep each one's kind)"), keep());
    for (const AnnotationKind kind : allAnnotationKinds())
        m_kind->addItem(KindStyle::icon(kind), displayName(kind), int(kind));

    m_actor->addItem(tr("(keep each one's actor)"), keep());
    m_actor->addItem(tr("(nobody named)"), QUuid());
    if (auto actors = project.actors()) {
        QList<Actor> sorted = *actors;
        std::sort(sorted.begin(), sorted.end(), [](const Actor &a, const Actor &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (const Actor &actor : std::as_const(sorted))
            m_actor->addItem(actor.name, actor.id);
    }

    m_set->addItem(tr("(keep each one's set)"), keep());
    if (auto sets = project.annotationSets()) {
        for (const AnnotationSet &set : std::as_const(*sets))
            m_set->addItem(set.name, set.id);
    }

    // Each tag checked when all carry it, unchecked when none does, half checked otherwise.
    if (auto tags = project.tags()) {
        // Each parent with its children after it, a child named “Parent › Child” (issue 20).
        const QList<Tag> sorted = tagsAsTree(*tags);
        for (const Tag &tag : sorted) {
            const auto carrying =
                std::count_if(annotations.cbegin(), annotations.cend(),
                              [&tag](const Annotation &a) { return a.tagIds.contains(tag.id); });
            const Qt::CheckState state = carrying == 0       ? Qt::Unchecked
                                         : carrying == count ? Qt::Checked
                                                             : Qt::PartiallyChecked;
            auto *item = new QListWidgetItem(tagPathName(tag, *tags), m_tags);
            Qt::ItemFlags flags = item->flags() | Qt::ItemIsUserCheckable;
            if (state == Qt::PartiallyChecked)
                flags |= Qt::ItemIsUserTristate; // back to "as each has it"
            item->setFlags(flags);
            item->setCheckState(state);
            item->setData(tagRole, tag.id);
            item->setData(initialRole, int(state));
        }
    }
    if (m_tags->count() > 0)
        m_tags->setCurrentRow(0);
    m_tags->setAccessibleName(tr("Tags"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Actor:"), m_actor);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&Set:"), m_set);
    auto *note = new QLabel(tr("What is left at “keep”, and a tag left half checked, stays as "
                               "each annotation has it. One undo step undoes it all."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    m_deleteButton = buttons->addButton(tr("&Delete %n Annotation(s)", nullptr, count),
                                        QDialogButtonBox::DestructiveRole);
    m_deleteButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        m_delete = true;
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

BulkChange BulkEditDialog::change() const
{
    BulkChange change;
    if (!isKeep(m_kind))
        change.kind = AnnotationKind(m_kind->currentData().toInt());
    if (!isKeep(m_actor))
        change.actorId = m_actor->currentData().toUuid();
    if (!isKeep(m_set))
        change.setId = m_set->currentData().toUuid();
    for (int row = 0; row < m_tags->count(); ++row) {
        const QListWidgetItem *item = m_tags->item(row);
        const Qt::CheckState state = item->checkState();
        if (state == Qt::CheckState(item->data(initialRole).toInt()) ||
            state == Qt::PartiallyChecked)
            continue;
        (state == Qt::Checked ? change.addTagIds : change.removeTagIds)
            .append(item->data(tagRole).toUuid());
    }
    return change;
}

} // namespace counterpoint::ui
