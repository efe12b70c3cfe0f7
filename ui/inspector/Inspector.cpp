#include "Inspector.h"

#include "domain/ShortQuote.h"
#include "ui/common/KindStyle.h"

#include "domain/Article.h"
#include "edit/EditHistory.h"
#include "edit/VerdictCommands.h"
#include "log/LogCategories.h"
#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"
#include "store/Project.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
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
    , m_verdictRow(new QWidget(this))
    , m_rating(new QComboBox(m_verdictRow))
    , m_reviewer(new QLineEdit(m_verdictRow))
    , m_reviewDate(new QDateEdit(m_verdictRow))
    , m_reviewUrl(new QLineEdit(m_verdictRow))
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
    m_quote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setWordWrap(true);
    m_where->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_where->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    for (AnnotationKind kind : allAnnotationKinds())
        m_kind->addItem(KindStyle::icon(kind), displayName(kind), int(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = AnnotationKind(m_kind->currentData().toInt());
        edit([this, kind] { return m_session->changeKind(m_id, kind, m_version); });
    });

    m_actor->setObjectName(QStringLiteral("actor"));
    m_actor->setEditable(true);
    m_actor->setInsertPolicy(QComboBox::NoInsert);
    m_actor->lineEdit()->setPlaceholderText(tr("Who says it? Type a new name or pick one"));
    m_actor->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_actor->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_actor, &QComboBox::activated, this, &Inspector::chooseActor);
    connect(m_actor->lineEdit(), &QLineEdit::editingFinished, this, &Inspector::chooseActor);

    m_tags->setAccessibleName(tr("Tags"));
    // Tags get the height there is, and no width taken from what fills the form: a long actor, set
    // or tag name must not widen the dock and re-wrap every pane (issue 20, defects 8 and 9).
    const int row = fontMetrics().height() + 4;
    // Three rows at least: a larger minimum would raise the whole window past a small screen.
    m_tags->setMinimumHeight(row * 3);
    m_tags->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_tags->setMaximumHeight(row * 10);
    for (QComboBox *box : {m_kind, m_actor, m_set}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    connect(m_tags, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_filling)
            toggleTag(item->data(Qt::UserRole).toUuid(), item->checkState() == Qt::Checked);
    });
    m_newTag->setObjectName(QStringLiteral("newTag"));
    m_newTag->setPlaceholderText(tr("New tag, then Enter"));
    connect(m_newTag, &QLineEdit::returnPressed, this, &Inspector::addTag);

    connect(m_set, &QComboBox::activated, this, [this] {
        const QUuid set = m_set->currentData().toUuid();
        edit([this, set] { return m_session->moveToSet(m_id, set, m_version); });
    });

    // The verdict: a rating and when it was given, who gave it and the review's address.
    // Choosing "no verdict" takes it away.
    m_rating->setObjectName(QStringLiteral("rating"));
    m_rating->setAccessibleName(tr("Verdict"));
    m_rating->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_rating, &QComboBox::activated, this, &Inspector::chooseRating);
    m_reviewer->setObjectName(QStringLiteral("reviewer"));
    m_reviewer->setAccessibleName(tr("Reviewer"));
    m_reviewer->setPlaceholderText(tr("Reviewer"));
    connect(m_reviewer, &QLineEdit::editingFinished, this, [this] {
        const QString reviewer = m_reviewer->text().trimmed();
        editVerdict([reviewer](Verdict &verdict) { verdict.reviewer = reviewer; });
    });
    m_reviewDate->setObjectName(QStringLiteral("reviewDate"));
    m_reviewDate->setAccessibleName(tr("Reviewed on"));
    m_reviewDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reviewDate->setCalendarPopup(true);
    // The earliest date stands for none: a verdict may be undated.
    m_reviewDate->setMinimumDate(QDate(1900, 1, 1));
    m_reviewDate->setSpecialValueText(tr("no date"));
    connect(m_reviewDate, &QDateEdit::editingFinished, this, [this] {
        const QDate date =
            m_reviewDate->date() == m_reviewDate->minimumDate() ? QDate() : m_reviewDate->date();
        editVerdict([date](Verdict &verdict) { verdict.date = date; });
    });
    m_reviewUrl->setObjectName(QStringLiteral("reviewUrl"));
    m_reviewUrl->setAccessibleName(tr("Review URL"));
    m_reviewUrl->setPlaceholderText(tr("Review URL"));
    connect(m_reviewUrl, &QLineEdit::editingFinished, this, [this] {
        const QString url = m_reviewUrl->text().trimmed();
        editVerdict([url](Verdict &verdict) { verdict.url = url; });
    });
    auto *verdictLayout = new QVBoxLayout(m_verdictRow);
    verdictLayout->setContentsMargins(0, 0, 0, 0);
    // The rating whole beside its date; who reviewed it beside where the review is: a narrow
    // inspector cuts no word off.
    auto *ratingLine = new QHBoxLayout;
    ratingLine->addWidget(m_rating, 1);
    ratingLine->addWidget(m_reviewDate);
    auto *reviewLine = new QHBoxLayout;
    reviewLine->addWidget(m_reviewer, 1);
    reviewLine->addWidget(m_reviewUrl, 2);
    verdictLayout->addLayout(ratingLine);
    verdictLayout->addLayout(reviewLine);

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
    // A link reads whole, wrapped, rather than behind a horizontal scroll bar.
    m_relations->setWordWrap(true);
    m_relations->setTextElideMode(Qt::ElideNone);
    m_relations->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_relations->setMinimumHeight(row * 2);
    m_relations->setMaximumHeight(row * 8);
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
    m_verdictLabel = new QLabel(tr("Ver&dict:"), this);
    m_verdictLabel->setBuddy(m_rating);
    form->addRow(m_verdictLabel, m_verdictRow);
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

void Inspector::setSession(ProjectSession *session)
{
    if (m_session) {
        disconnect(&m_session->project(), nullptr, this, nullptr);
        disconnect(&m_session->readModel(), nullptr, this, nullptr);
    }
    m_session = session;
    m_id = QUuid();
    if (m_session) {
        Project *project = &m_session->project();
        connect(project, &Project::annotationChanged, this, [this](const Annotation &changed) {
            if (changed.id == m_id)
                refresh();
        });
        connect(project, &Project::verdictChanged, this, [this](const QUuid &id) {
            if (id == m_id)
                refresh();
        });
        connect(project, &Project::annotationRemoved, this, [this](const QUuid &id) {
            if (id == m_id)
                showAnnotation({});
        });
        auto refreshIfShown = [this] {
            if (!m_id.isNull())
                refresh();
        };
        // A reset may have removed the annotation: refresh() then shows nothing.
        connect(project, &Project::reset, this, refreshIfShown);
        const ProjectReadModel *names = &m_session->readModel();
        connect(names, &ProjectReadModel::relationsChanged, this, refreshIfShown);
        connect(names, &ProjectReadModel::namesChanged, this, refreshIfShown);
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
    const bool chosen = m_session && !m_id.isNull();
    auto annotation = chosen ? m_session->project().annotation(m_id) : Result<Annotation>(Error{});
    if (chosen && !annotation) {
        // Gone (deleted, its article removed): nothing to inspect. Anything else is a failure
        // the user must hear of.
        if (annotation.error().code == Error::Code::NotFound) {
            qCDebug(lcUi) << "The inspected annotation is gone:" << annotation.errorMessage();
        } else {
            qCWarning(lcUi) << "The inspector cannot read the annotation:"
                            << annotation.errorMessage();
            emit errorOccurred(annotation.errorMessage());
        }
    }
    const bool shown = chosen && annotation;
    m_version = shown ? annotation->version : 0;
    m_form->setVisible(shown);
    m_empty->setVisible(!shown);
    if (!shown)
        return;
    const ProjectReadModel &names = m_session->readModel();

    m_filling = true;
    const QSignalBlocker kindBlocker(m_kind);
    const QSignalBlocker actorBlocker(m_actor);
    const QSignalBlocker setBlocker(m_set);
    const QSignalBlocker tagBlocker(m_tags);

    m_quote->setText(u'“' + shortQuote(annotation->quote.exact, 400) + u'”');
    QString where = names.articleTitle(annotation->articleId);
    // A PDF's page, so that the passage can be cited ("p. 3").
    if (auto pages = m_session->project().articlePageStarts(annotation->articleId);
        pages && !pages->isEmpty() && annotation->anchorState != AnchorState::Orphaned)
        where += QStringLiteral(", ") + pageCitation(*pages, annotation->start, annotation->end);
    if (annotation->anchorState != AnchorState::Exact)
        where += QStringLiteral(" — ") + tr("anchor: %1").arg(displayName(annotation->anchorState));
    m_where->setText(where);
    m_orphanBar->setVisible(annotation->anchorState == AnchorState::Orphaned);

    m_kind->setCurrentIndex(m_kind->findData(int(annotation->kind)));

    m_actor->clear();
    m_actor->addItem(QString(), QUuid());
    for (const Actor &actor : names.actors())
        m_actor->addItem(actor.name, actor.id);
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(annotation->actorId)));

    m_tags->clear();
    // Each parent with its children after it, a child named “Parent › Child” (issue 20).
    const QList<Tag> allTags = names.tags();
    for (const Tag &tag : tagsAsTree(allTags)) {
        auto *item = new QListWidgetItem(colorIcon(tag.color), tagPathName(tag, allTags), m_tags);
        item->setData(Qt::UserRole, tag.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(annotation->tagIds.contains(tag.id) ? Qt::Checked : Qt::Unchecked);
    }

    m_set->clear();
    for (const AnnotationSet &set : names.annotationSets())
        m_set->addItem(set.name, set.id);
    m_set->setCurrentIndex(std::max(0, m_set->findData(annotation->setId)));

    fillVerdict(*annotation);

    // Keep the cursor where it is when the change came from typing here.
    if (m_comment->toPlainText() != annotation->comment)
        m_comment->setPlainText(annotation->comment);

    m_relations->clear();
    for (const Relation &relation : names.relationsOf(m_id)) {
        const bool outgoing = relation.fromId == m_id;
        const QUuid other = outgoing ? relation.toId : relation.fromId;
        auto end = m_session->project().annotation(other);
        if (!end) {
            qCDebug(lcUi) << "A link's other end cannot be read; not listed:" << end.errorMessage();
            continue;
        }
        const QString text =
            outgoing
                ? tr("%1 → “%2”").arg(displayName(relation.kind), shortQuote(end->quote.exact, 120))
                : tr("“%2” %1 this")
                      .arg(displayName(relation.kind).toLower(), shortQuote(end->quote.exact, 120));
        auto *item = new QListWidgetItem(KindStyle::icon(end->kind), text, m_relations);
        item->setData(Qt::UserRole, relation.id);
        item->setData(Qt::UserRole + 1, other);
        item->setToolTip(end->quote.exact);
    }
    m_unlink->setEnabled(m_relations->count() > 0);

    const bool writable = m_session->isWritable();
    for (QWidget *editor : std::initializer_list<QWidget *>{
             m_kind, m_actor, m_tags, m_newTag, m_set, m_rating, m_link, m_unlink, m_delete})
        editor->setEnabled(writable && (editor != m_unlink || m_relations->count() > 0));
    // Who, when and where belong to a verdict: there is nothing to fill in before a rating.
    const bool rated = !m_rating->currentData().toString().isEmpty();
    for (QWidget *editor : std::initializer_list<QWidget *>{m_reviewer, m_reviewDate, m_reviewUrl})
        editor->setEnabled(writable && rated);
    m_comment->setReadOnly(!writable);
    m_filling = false;
}

void Inspector::fillVerdict(const Annotation &annotation)
{
    const bool claim =
        annotation.kind == AnnotationKind::Claim || annotation.kind == AnnotationKind::Counterclaim;
    m_verdictLabel->setVisible(claim);
    m_verdictRow->setVisible(claim);
    const QSignalBlocker ratingBlocker(m_rating);
    const QSignalBlocker reviewerBlocker(m_reviewer);
    const QSignalBlocker dateBlocker(m_reviewDate);
    const QSignalBlocker urlBlocker(m_reviewUrl);
    m_rating->clear();
    m_rating->addItem(tr("No verdict"), QString());
    for (const RatingStep &step : standardRatingScale())
        m_rating->addItem(displayRating(step.name), step.name);
    std::optional<Verdict> verdict;
    if (claim) {
        auto read = m_session->project().verdict(annotation.id);
        if (read) {
            verdict = *read;
        } else {
            qCWarning(lcUi) << "The inspector cannot read the verdict:" << read.errorMessage();
            emit errorOccurred(read.errorMessage());
        }
    }
    if (verdict && m_rating->findData(verdict->rating) < 0)
        m_rating->addItem(verdict->rating, verdict->rating); // a scale of its own (the CLI's)
    m_rating->setCurrentIndex(verdict ? m_rating->findData(verdict->rating) : 0);
    m_rating->setToolTip(verdict ? tr("%1: %2 on a scale from %3 to %4")
                                       .arg(displayRating(verdict->rating))
                                       .arg(verdict->ratingValue)
                                       .arg(verdict->worstRating)
                                       .arg(verdict->bestRating)
                                 : tr("A fact-checker's verdict on this claim"));
    m_reviewer->setText(verdict ? verdict->reviewer : QString());
    m_reviewDate->setDate(verdict && verdict->date.isValid() ? verdict->date
                                                             : m_reviewDate->minimumDate());
    m_reviewUrl->setText(verdict ? verdict->url : QString());
    m_reviewUrl->setCursorPosition(0); // an address reads from its beginning
    m_reviewUrl->setToolTip(m_reviewUrl->text());
}

void Inspector::chooseRating()
{
    if (m_filling || !m_session || m_id.isNull())
        return;
    const QString name = m_rating->currentData().toString();
    auto before = m_session->project().verdict(m_id);
    if (!before) {
        emit errorOccurred(before.errorMessage());
        return;
    }
    std::optional<Verdict> after;
    if (!name.isEmpty()) {
        Verdict verdict;
        if (*before) {
            verdict = **before;
        } else {
            // A new verdict is the analyst's, today, until they say otherwise.
            verdict.annotationId = m_id;
            verdict.reviewer = m_session->project().author();
            verdict.date = QDate::currentDate();
        }
        if (const auto step = standardRating(name)) {
            verdict.rating = step->name;
            verdict.ratingValue = step->value;
            verdict.worstRating = standardWorstRating;
            verdict.bestRating = standardBestRating;
        }
        after = verdict;
    }
    if (after == *before)
        return;
    const QUuid id = m_id;
    edit([this, id, before = *before, after] {
        return m_session->history().perform(
            std::make_unique<SetVerdictCommand>(m_session->project(), id, before, after));
    });
}

void Inspector::editVerdict(const std::function<void(Verdict &)> &change)
{
    if (m_filling || !m_session || m_id.isNull())
        return;
    auto before = m_session->project().verdict(m_id);
    if (!before) {
        emit errorOccurred(before.errorMessage());
        return;
    }
    if (!*before)
        return; // no rating yet: nothing to attach a reviewer or a date to
    Verdict after = **before;
    change(after);
    if (after == **before)
        return;
    const QUuid id = m_id;
    edit([this, id, before = *before, after] {
        return m_session->history().perform(
            std::make_unique<SetVerdictCommand>(m_session->project(), id, before, after));
    });
}

void Inspector::edit(const std::function<Status()> &change)
{
    if (m_filling || !m_session || m_id.isNull())
        return;
    if (Status done = change(); !done) {
        if (done.error().code == Error::Code::Conflict && m_session->hasRefusedEdit()) {
            resolveRefusedEdit(done.errorMessage());
            return;
        }
        emit errorOccurred(done.errorMessage());
        refresh();
    }
}

void Inspector::resolveRefusedEdit(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"), message,
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("refusedEdit"));
    box.setInformativeText(tr("Reload shows their change and drops yours. Apply Mine on Top "
                              "makes your change again on their version. Keep Mine as a Copy "
                              "leaves theirs and makes a copy of the annotation with your "
                              "change."));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::RejectRole);
    reload->setObjectName(QStringLiteral("reload"));
    QPushButton *applyMine = box.addButton(tr("&Apply Mine on Top"), QMessageBox::AcceptRole);
    applyMine->setObjectName(QStringLiteral("applyMine"));
    QPushButton *keepCopy = box.addButton(tr("&Keep Mine as a Copy"), QMessageBox::ActionRole);
    keepCopy->setObjectName(QStringLiteral("keepCopy"));
    box.setDefaultButton(reload);
    box.setEscapeButton(reload);
    box.exec();
    using Choice = ProjectSession::RefusedEditChoice;
    const Choice choice = box.clickedButton() == applyMine  ? Choice::ApplyMine
                          : box.clickedButton() == keepCopy ? Choice::KeepCopy
                                                            : Choice::Reload;
    auto resolved = m_session->resolveRefusedEdit(choice);
    if (!resolved) {
        emit errorOccurred(resolved.errorMessage());
    } else if (choice == Choice::KeepCopy && *resolved != m_id) {
        emit annotationActivated(*resolved); // the copy with my change
        return;
    }
    refresh();
}

void Inspector::chooseActor()
{
    // A name no actor has yet becomes a new actor, in the same undo step as choosing it.
    const QString name = m_actor->currentText();
    edit([this, name] { return m_session->setActorNamed(m_id, name, m_version); });
}

void Inspector::addTag()
{
    const QString name = m_newTag->text().trimmed();
    if (name.isEmpty() || !m_session || m_id.isNull())
        return;
    // The new tag and its use on this annotation: one undo step.
    Status done = m_session->addTagNamed(m_id, name, m_version);
    if (!done) {
        if (done.error().code == Error::Code::Conflict && m_session->hasRefusedEdit())
            resolveRefusedEdit(done.errorMessage());
        else
            emit errorOccurred(done.errorMessage());
        return;
    }
    m_newTag->clear();
}

void Inspector::toggleTag(const QUuid &tagId, bool on)
{
    edit([this, tagId, on] { return m_session->setTag(m_id, tagId, on, m_version); });
}

void Inspector::commitComment()
{
    const QString comment = m_comment->toPlainText();
    edit([this, comment] { return m_session->setComment(m_id, comment, m_version); });
}

void Inspector::removeAnnotation()
{
    edit([this] { return m_session->deleteAnnotation(m_id, m_version); });
}

void Inspector::removeSelectedRelation()
{
    QListWidgetItem *item = m_relations->currentItem();
    if (!item && m_relations->count() == 1)
        item = m_relations->item(0);
    if (!item)
        return;
    const QUuid relationId = item->data(Qt::UserRole).toUuid();
    edit([this, relationId] { return m_session->unlink(relationId); });
}

} // namespace counterpoint::ui
