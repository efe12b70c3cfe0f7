#include "Inspector.h"

#include "KindStyle.h"
#include "ShortQuote.h"

#include "edit/EditHistory.h"
#include "store/Project.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace counterpoint::ui {

namespace {

QIcon colorIcon(const QColor &color)
{
    QPixmap swatch(12, 12);
    swatch.fill(color);
    return QIcon(swatch);
}

} // namespace

Inspector::Inspector(QWidget *parent)
    : QWidget(parent)
    , m_quote(new QLabel(this))
    , m_where(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_actor(new QComboBox(this))
    , m_tags(new QListWidget(this))
    , m_newTag(new QLineEdit(this))
    , m_set(new QComboBox(this))
    , m_comment(new QPlainTextEdit(this))
    , m_commentTimer(new QTimer(this))
    , m_relations(new QListWidget(this))
    , m_link(new QPushButton(tr("Link to…"), this))
    , m_unlink(new QPushButton(tr("Remove link"), this))
    , m_delete(new QPushButton(tr("Delete annotation"), this))
    , m_form(new QWidget(this))
    , m_empty(new QLabel(tr("Select a highlight or a row of the list to inspect it, or select "
                            "a passage and press 1–4 to tag it."),
                         this))
{
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setWordWrap(true);
    m_where->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    for (AnnotationKind kind : allAnnotationKinds())
        m_kind->addItem(KindStyle::icon(kind), displayName(kind), int(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = AnnotationKind(m_kind->currentData().toInt());
        edit(Field::Kind, [kind](Annotation &annotation) { annotation.kind = kind; });
    });

    m_actor->setEditable(true);
    m_actor->setInsertPolicy(QComboBox::NoInsert);
    m_actor->lineEdit()->setPlaceholderText(tr("Who says it? Type a new name or pick one"));
    m_actor->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_actor->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_actor, &QComboBox::activated, this, &Inspector::chooseActor);
    connect(m_actor->lineEdit(), &QLineEdit::editingFinished, this, &Inspector::chooseActor);

    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setMaximumHeight(120);
    connect(m_tags, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_filling)
            toggleTag(item->data(Qt::UserRole).toUuid(), item->checkState() == Qt::Checked);
    });
    m_newTag->setPlaceholderText(tr("New tag, then Enter"));
    connect(m_newTag, &QLineEdit::returnPressed, this, &Inspector::addTag);

    connect(m_set, &QComboBox::activated, this, [this] {
        const QUuid set = m_set->currentData().toUuid();
        edit(Field::Set, [set](Annotation &annotation) { annotation.setId = set; });
    });

    // A comment is saved while typing, after a short pause, as one undo step.
    m_comment->setPlaceholderText(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(110);
    m_commentTimer->setSingleShot(true);
    m_commentTimer->setInterval(600);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_commentTimer->start();
    });
    connect(m_commentTimer, &QTimer::timeout, this, &Inspector::commitComment);

    m_relations->setAccessibleName(tr("Links"));
    m_relations->setMaximumHeight(120);
    connect(m_relations, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit annotationActivated(item->data(Qt::UserRole + 1).toUuid());
    });
    connect(m_relations, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit annotationActivated(item->data(Qt::UserRole + 1).toUuid());
    });
    connect(m_link, &QPushButton::clicked, this, [this] { emit linkRequested(m_id); });
    connect(m_unlink, &QPushButton::clicked, this, &Inspector::removeSelectedRelation);
    connect(m_delete, &QPushButton::clicked, this, &Inspector::removeAnnotation);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Actor:"), m_actor);
    auto *tags = new QVBoxLayout;
    tags->addWidget(m_tags);
    tags->addWidget(m_newTag);
    form->addRow(tr("Tags:"), tags);
    form->addRow(tr("&Set:"), m_set);
    form->addRow(tr("&Comment:"), m_comment);
    auto *linkButtons = new QHBoxLayout;
    linkButtons->addWidget(m_link);
    linkButtons->addWidget(m_unlink);
    linkButtons->addStretch();
    auto *links = new QVBoxLayout;
    links->addWidget(m_relations);
    links->addLayout(linkButtons);
    form->addRow(tr("Links:"), links);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_quote);
    formLayout->addWidget(m_where);
    m_orphanBar = new QWidget(this);
    m_orphanBar->setObjectName(QStringLiteral("orphanBar"));
    auto *orphanLayout = new QVBoxLayout(m_orphanBar);
    orphanLayout->setContentsMargins(0, 0, 0, 0);
    auto *orphanText = new QLabel(tr("This passage is no longer in the article. Select where it "
                                     "is now and re-attach the annotation to it."),
                                  m_orphanBar);
    orphanText->setWordWrap(true);
    orphanLayout->addWidget(orphanText);
    m_orphanBar->hide();
    formLayout->addWidget(m_orphanBar);
    formLayout->addLayout(form);
    formLayout->addWidget(m_delete, 0, Qt::AlignLeft);
    formLayout->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_form);
    showAnnotation({});
}

void Inspector::setProject(Project *project, EditHistory *history)
{
    m_project = project;
    m_history = history;
    m_id = QUuid();
    if (m_project) {
        connect(m_project, &Project::annotationChanged, this, [this](const Annotation &changed) {
            if (changed.id == m_id)
                refresh();
        });
        connect(m_project, &Project::annotationRemoved, this, [this](const QUuid &id) {
            if (id == m_id)
                showAnnotation({});
        });
        auto refreshIfShown = [this] {
            if (!m_id.isNull())
                refresh();
        };
        connect(m_project, &Project::relationAdded, this, refreshIfShown);
        connect(m_project, &Project::relationRemoved, this, refreshIfShown);
        connect(m_project, &Project::actorsChanged, this, refreshIfShown);
        connect(m_project, &Project::tagsChanged, this, refreshIfShown);
        connect(m_project, &Project::annotationSetsChanged, this, refreshIfShown);
    }
    showAnnotation({});
}

void Inspector::showAnnotation(const QUuid &id)
{
    if (m_commentTimer->isActive()) {
        m_commentTimer->stop();
        commitComment(); // typing, then clicking elsewhere: the comment is not lost
    }
    m_id = id;
    refresh();
}

void Inspector::setReattachAction(QAction *action)
{
    auto *button = new QToolButton(m_orphanBar);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_orphanBar->layout()->addWidget(button);
}

void Inspector::refresh()
{
    const bool shown = m_project && !m_id.isNull();
    auto annotation = shown ? m_project->annotation(m_id) : Result<Annotation>(Error{});
    m_form->setVisible(shown && annotation);
    m_empty->setVisible(!(shown && annotation));
    if (!shown || !annotation)
        return;

    m_filling = true;
    const QSignalBlocker kindBlocker(m_kind);
    const QSignalBlocker actorBlocker(m_actor);
    const QSignalBlocker setBlocker(m_set);
    const QSignalBlocker tagBlocker(m_tags);

    m_quote->setText(u'“' + shortQuote(annotation->quote.exact, 400) + u'”');
    QString where = m_project->article(annotation->articleId)->title;
    if (annotation->anchorState != AnchorState::Exact)
        where += QStringLiteral(" — ") + tr("anchor: %1").arg(displayName(annotation->anchorState));
    m_where->setText(where);
    m_orphanBar->setVisible(annotation->anchorState == AnchorState::Orphaned);

    m_kind->setCurrentIndex(m_kind->findData(int(annotation->kind)));

    m_actor->clear();
    m_actor->addItem(QString(), QUuid());
    for (const Actor &actor : *m_project->actors())
        m_actor->addItem(actor.name, actor.id);
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(annotation->actorId)));

    m_tags->clear();
    for (const Tag &tag : *m_project->tags()) {
        auto *item = new QListWidgetItem(colorIcon(tag.color), tag.name, m_tags);
        item->setData(Qt::UserRole, tag.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(annotation->tagIds.contains(tag.id) ? Qt::Checked : Qt::Unchecked);
    }

    m_set->clear();
    for (const AnnotationSet &set : *m_project->annotationSets())
        m_set->addItem(set.name, set.id);
    m_set->setCurrentIndex(std::max(0, m_set->findData(annotation->setId)));

    // Keep the cursor where it is when the change came from typing here.
    if (m_comment->toPlainText() != annotation->comment)
        m_comment->setPlainText(annotation->comment);

    m_relations->clear();
    for (const Relation &relation : *m_project->relationsOf(m_id)) {
        const bool outgoing = relation.fromId == m_id;
        const QUuid other = outgoing ? relation.toId : relation.fromId;
        auto end = m_project->annotation(other);
        if (!end)
            continue;
        const QString text =
            outgoing
                ? tr("%1 → “%2”").arg(displayName(relation.kind), shortQuote(end->quote.exact, 60))
                : tr("“%2” %1 this")
                      .arg(displayName(relation.kind).toLower(), shortQuote(end->quote.exact, 60));
        auto *item = new QListWidgetItem(KindStyle::icon(end->kind), text, m_relations);
        item->setData(Qt::UserRole, relation.id);
        item->setData(Qt::UserRole + 1, other);
        item->setToolTip(end->quote.exact);
    }
    m_unlink->setEnabled(m_relations->count() > 0);

    const bool writable = !m_project->isReadOnly();
    for (QWidget *editor : std::initializer_list<QWidget *>{m_kind, m_actor, m_tags, m_newTag,
                                                            m_set, m_link, m_unlink, m_delete})
        editor->setEnabled(writable && (editor != m_unlink || m_relations->count() > 0));
    m_comment->setReadOnly(!writable);
    m_filling = false;
}

void Inspector::edit(Field field, const std::function<void(Annotation &)> &change)
{
    if (m_filling || !m_project || m_id.isNull())
        return;
    auto current = m_project->annotation(m_id);
    if (!current) {
        emit errorOccurred(current.errorMessage());
        return;
    }
    Annotation after = *current;
    change(after);
    if (after == *current)
        return;
    Status done = m_history->perform(
        std::make_unique<UpdateAnnotationCommand>(*m_project, *current, after, field));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        refresh();
    }
}

void Inspector::chooseActor()
{
    if (m_filling || !m_project || m_id.isNull())
        return;
    const QString name = m_actor->currentText().trimmed();
    QUuid actorId;
    if (!name.isEmpty()) {
        auto actor = m_project->ensureActor(name); // a new name becomes a new actor
        if (!actor) {
            emit errorOccurred(actor.errorMessage());
            return;
        }
        actorId = actor->id;
    }
    edit(Field::Actor, [actorId](Annotation &annotation) { annotation.actorId = actorId; });
}

void Inspector::addTag()
{
    const QString name = m_newTag->text().trimmed();
    if (name.isEmpty() || !m_project)
        return;
    auto tag = m_project->ensureTag(name);
    if (!tag) {
        emit errorOccurred(tag.errorMessage());
        return;
    }
    m_newTag->clear();
    toggleTag(tag->id, true);
}

void Inspector::toggleTag(const QUuid &tagId, bool on)
{
    edit(Field::Tags, [&](Annotation &annotation) {
        annotation.tagIds.removeAll(tagId);
        if (on)
            annotation.tagIds.append(tagId);
    });
}

void Inspector::commitComment()
{
    const QString comment = m_comment->toPlainText();
    edit(Field::Comment, [&](Annotation &annotation) { annotation.comment = comment; });
}

void Inspector::removeAnnotation()
{
    if (!m_project || m_id.isNull())
        return;
    auto annotation = m_project->annotation(m_id);
    if (!annotation)
        return;
    Status done = m_history->perform(
        std::make_unique<RemoveAnnotationCommand>(*m_project, std::move(annotation).value()));
    if (!done)
        emit errorOccurred(done.errorMessage());
}

void Inspector::removeSelectedRelation()
{
    QListWidgetItem *item = m_relations->currentItem();
    if (!item && m_relations->count() == 1)
        item = m_relations->item(0);
    if (!item || !m_project)
        return;
    const QUuid relationId = item->data(Qt::UserRole).toUuid();
    for (const Relation &relation : *m_project->relationsOf(m_id)) {
        if (relation.id != relationId)
            continue;
        Status done =
            m_history->perform(std::make_unique<RemoveRelationCommand>(*m_project, relation));
        if (!done)
            emit errorOccurred(done.errorMessage());
        return;
    }
}

} // namespace counterpoint::ui
