#include "TagHitsDialog.h"

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

TagHitsDialog::TagHitsDialog(const Project &project, int hitCount, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_actor(new QComboBox(this))
    , m_set(new QComboBox(this))
    , m_tags(new QListWidget(this))
{
    setWindowTitle(tr("Tag %n Hit(s) as", nullptr, hitCount));
    for (const AnnotationKind kind : allAnnotationKinds())
        m_kind->addItem(KindStyle::icon(kind), displayName(kind), int(kind));
    m_actor->addItem(tr("(nobody named)"), QUuid());
    if (auto actors = project.actors()) {
        for (const Actor &actor : std::as_const(*actors))
            m_actor->addItem(actor.name, actor.id);
    }
    if (auto sets = project.annotationSets()) {
        for (const AnnotationSet &set : std::as_const(*sets))
            m_set->addItem(set.name, set.id);
    }
    m_set->setCurrentIndex(std::max(0, m_set->findData(project.defaultAnnotationSetId())));
    if (auto tags = project.tags()) {
        for (const Tag &tag : std::as_const(*tags)) {
            auto *item = new QListWidgetItem(tag.name, m_tags);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setData(Qt::UserRole, tag.id);
        }
    }
    m_tags->setAccessibleName(tr("Tags"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Actor:"), m_actor);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Set (new annotations):"), m_set);
    auto *note = new QLabel(tr("A hit in an article's text becomes an annotation of its passage; "
                               "an annotation found by its quote or comment takes the kind, the "
                               "actor and the tags. One undo step undoes them all."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Tag"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

search::TagChoice TagHitsDialog::choice() const
{
    search::TagChoice choice;
    choice.kind = AnnotationKind(m_kind->currentData().toInt());
    choice.actorId = m_actor->currentData().toUuid();
    choice.setId = m_set->currentData().toUuid();
    for (int row = 0; row < m_tags->count(); ++row) {
        if (m_tags->item(row)->checkState() == Qt::Checked)
            choice.tagIds.append(m_tags->item(row)->data(Qt::UserRole).toUuid());
    }
    return choice;
}

} // namespace counterpoint::ui
