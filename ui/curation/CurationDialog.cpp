#include "CurationDialog.h"

#include "analysis/BlindCoding.h"
#include "analysis/ProjectMerge.h"
#include "edit/CommandGroup.h"
#include "edit/CurationCommands.h"
#include "edit/EditHistory.h"
#include "session/ProjectSession.h"
#include "store/Project.h"
#include "ui/common/KindStyle.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace counterpoint::ui {

using namespace analysis;

namespace {

constexpr int ownKindBase = 100; // the code combo's data for the curator's own kind

QString typeName(DisagreementType type)
{
    switch (type) {
    case DisagreementType::OnlyFirst:
    case DisagreementType::OnlySecond:
        return CurationDialog::tr("coded by one only");
    case DisagreementType::Boundaries:
        return CurationDialog::tr("boundaries differ");
    case DisagreementType::Code:
        return CurationDialog::tr("kind or tags differ");
    case DisagreementType::BoundariesAndCode:
        return CurationDialog::tr("boundaries and kind differ");
    }
    return {};
}

const ReadingSpan &anySpan(const Disagreement &disagreement)
{
    return disagreement.first ? *disagreement.first : *disagreement.second;
}

QString shortcutText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace

CurationDialog::CurationDialog(Project &project, EditHistory &history, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_history(history)
    , m_alive(&project)
{
    setWindowTitle(tr("Curate"));
    setObjectName(QStringLiteral("curationDialog"));
    resize(1120, 720);

    // Which readings, and where they are settled.
    m_firstSet = new QComboBox(this);
    m_firstSet->setObjectName(QStringLiteral("curationFirstSet"));
    m_secondSet = new QComboBox(this);
    m_secondSet->setObjectName(QStringLiteral("curationSecondSet"));
    m_consensusLabel = new QLabel(this);
    m_consensusLabel->setObjectName(QStringLiteral("curationConsensus"));
    m_offer = new QWidget(this);
    m_offer->setObjectName(QStringLiteral("consensusOffer"));
    auto *offerText = new QLabel(
        tr("The project has no consensus set to settle the disagreements into."), m_offer);
    auto *create = new QPushButton(tr("C&reate Consensus Set…"), m_offer);
    create->setObjectName(QStringLiteral("createConsensusSet"));
    auto *offerLayout = new QHBoxLayout(m_offer);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    offerLayout->addWidget(offerText);
    offerLayout->addWidget(create);
    offerLayout->addStretch(1);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("curationProgress"));

    auto *setsRow = new QHBoxLayout;
    auto *firstLabel = new QLabel(tr("&Compare:"), this);
    firstLabel->setBuddy(m_firstSet);
    auto *secondLabel = new QLabel(tr("&with:"), this);
    secondLabel->setBuddy(m_secondSet);
    setsRow->addWidget(firstLabel);
    setsRow->addWidget(m_firstSet, 1);
    setsRow->addWidget(secondLabel);
    setsRow->addWidget(m_secondSet, 1);
    setsRow->addSpacing(12);
    setsRow->addWidget(m_consensusLabel, 1);
    setsRow->addWidget(m_progress);

    // The disagreements, by article.
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("curationDisagreements"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);

    // The two versions side by side.
    auto pane = [this](QLabel *&name, QPlainTextEdit *&text, QLabel *&details,
                       const QString &objectName) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        name = new QLabel(box);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        text = new QPlainTextEdit(box);
        text->setObjectName(objectName);
        text->setReadOnly(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        details = new QLabel(box);
        details->setObjectName(objectName + QStringLiteral("Details"));
        details->setWordWrap(true);
        details->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(name);
        layout->addWidget(text, 1);
        layout->addWidget(details);
        return box;
    };
    auto *versions = new QSplitter(Qt::Horizontal, this);
    versions->addWidget(
        pane(m_firstName, m_firstText, m_firstDetails, QStringLiteral("firstVersion")));
    versions->addWidget(
        pane(m_secondName, m_secondText, m_secondDetails, QStringLiteral("secondVersion")));

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("curationOutcome"));
    m_outcome->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("curationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();

    // The decisions.
    const QKeySequence acceptFirstKeys(Qt::CTRL | Qt::Key_1);
    const QKeySequence acceptSecondKeys(Qt::CTRL | Qt::Key_2);
    const QKeySequence nextKeys(Qt::CTRL | Qt::Key_Down);
    const QKeySequence previousKeys(Qt::CTRL | Qt::Key_Up);
    m_acceptFirst = new QPushButton(this);
    m_acceptFirst->setObjectName(QStringLiteral("acceptFirst"));
    m_acceptSecond = new QPushButton(this);
    m_acceptSecond->setObjectName(QStringLiteral("acceptSecond"));
    m_boundaries = new QComboBox(this);
    m_boundaries->setObjectName(QStringLiteral("boundariesChoice"));
    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("codeChoice"));
    m_settle = new QPushButton(tr("&Settle"), this);
    m_settle->setObjectName(QStringLiteral("settleChoice"));
    m_settle->setToolTip(tr("Put an annotation made of the chosen boundaries and kind into the "
                            "consensus set"));
    m_takeAgreed = new QPushButton(tr("Take A&greed Passages"), this);
    m_takeAgreed->setObjectName(QStringLiteral("takeAgreed"));
    m_takeAgreed->setToolTip(tr("Copy every passage both coders annotated alike into the "
                                "consensus set, as one step"));
    m_previous = new QPushButton(tr("&Previous"), this);
    m_previous->setToolTip(tr("The previous disagreement (%1)").arg(shortcutText(previousKeys)));
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setToolTip(tr("The next disagreement (%1)").arg(shortcutText(nextKeys)));
    auto *undo = new QToolButton(this);
    QAction *undoAction = m_history.stack()->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcuts(QKeySequence::Undo);
    addAction(undoAction);
    undo->setDefaultAction(undoAction);
    undo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *redoAction = m_history.stack()->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcuts(QKeySequence::Redo);
    addAction(redoAction);

    auto addShortcut = [this](const QKeySequence &keys, auto slot, const QString &text) {
        auto *action = new QAction(text, this); // named, for Help › Keyboard Shortcuts
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(
        acceptFirstKeys, [this] { acceptFirst(); }, tr("Curate: Accept the First Version"));
    addShortcut(
        acceptSecondKeys, [this] { acceptSecond(); }, tr("Curate: Accept the Second Version"));
    addShortcut(
        nextKeys, [this] { next(); }, tr("Curate: Next Disagreement"));
    addShortcut(
        previousKeys, [this] { previous(); }, tr("Curate: Previous Disagreement"));
    m_acceptFirst->setToolTip(tr("Take this version into the consensus set as it is (%1)")
                                  .arg(shortcutText(acceptFirstKeys)));
    m_acceptSecond->setToolTip(tr("Take this version into the consensus set as it is (%1)")
                                   .arg(shortcutText(acceptSecondKeys)));

    auto *acceptRow = new QHBoxLayout;
    acceptRow->addWidget(m_previous);
    acceptRow->addWidget(m_next);
    acceptRow->addSpacing(12);
    acceptRow->addWidget(m_acceptFirst);
    acceptRow->addWidget(m_acceptSecond);
    acceptRow->addStretch(1);
    acceptRow->addWidget(m_takeAgreed);
    acceptRow->addWidget(undo);
    auto *mixRow = new QHBoxLayout;
    auto *boundariesLabel = new QLabel(tr("Or take the &boundaries of:"), this);
    boundariesLabel->setBuddy(m_boundaries);
    auto *codeLabel = new QLabel(tr("and the &kind of:"), this);
    codeLabel->setBuddy(m_code);
    mixRow->addWidget(boundariesLabel);
    mixRow->addWidget(m_boundaries, 1);
    mixRow->addWidget(codeLabel);
    mixRow->addWidget(m_code, 1);
    mixRow->addWidget(m_settle);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(versions, 1);
    rightLayout->addWidget(m_outcome);
    rightLayout->addWidget(m_error);
    rightLayout->addLayout(acceptRow);
    rightLayout->addLayout(mixRow);
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(m_tree);
    columns->addWidget(right);
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 3);
    columns->setSizes({300, 820}); // the list wide enough for an article's title and a range

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(setsRow);
    layout->addWidget(m_offer);
    layout->addWidget(columns, 1);
    layout->addWidget(buttons);

    connect(create, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Create Consensus Set"), tr("Name of the new set:"),
                                  QLineEdit::Normal, tr("Consensus"), &ok);
        if (ok)
            createConsensusSet(name);
    });
    for (QComboBox *box : {m_firstSet, m_secondSet})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            m_article = m_item = -1;
            reload();
        });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const QList<QVariant> key = item->data(0, Qt::UserRole).toList();
        if (key.size() != 2)
            return;
        if (key.at(1).toInt() < 0) { // an article: its first disagreement
            selectItem(key.at(0).toInt(), 0);
            return;
        }
        if (key.at(0).toInt() == m_article && key.at(1).toInt() == m_item)
            return;
        m_article = key.at(0).toInt();
        m_item = key.at(1).toInt();
        showCurrent();
    });
    connect(m_acceptFirst, &QPushButton::clicked, this, &CurationDialog::acceptFirst);
    connect(m_acceptSecond, &QPushButton::clicked, this, &CurationDialog::acceptSecond);
    connect(m_settle, &QPushButton::clicked, this, [this] {
        if (auto choice = choiceFromControls())
            settle(*choice);
    });
    connect(m_next, &QPushButton::clicked, this, &CurationDialog::next);
    connect(m_takeAgreed, &QPushButton::clicked, this, &CurationDialog::takeAgreed);
    connect(m_previous, &QPushButton::clicked, this, &CurationDialog::previous);
    for (QPlainTextEdit *text : {m_firstText, m_secondText})
        connect(text, &QPlainTextEdit::selectionChanged, this, &CurationDialog::updateControls);
    connect(m_boundaries, &QComboBox::currentIndexChanged, this, &CurationDialog::updateControls);

    // Whatever changes the project (an undo in the window, another process) changes the counts.
    connect(&m_project, &Project::annotationAdded, this, &CurationDialog::scheduleReload);
    connect(&m_project, &Project::annotationChanged, this, &CurationDialog::scheduleReload);
    connect(&m_project, &Project::annotationRemoved, this, &CurationDialog::scheduleReload);
    connect(&m_project, &Project::reset, this, &CurationDialog::scheduleReload);
    connect(&m_project, &Project::annotationSetsChanged, this, [this] {
        fillSetChoices();
        scheduleReload();
    });
    // Rejections are settings, which announce nothing: the history says when one was undone.
    connect(m_history.stack(), &QUndoStack::indexChanged, this, &CurationDialog::scheduleReload);

    fillSetChoices();
    reload();
}

CurationDialog *CurationDialog::showFor(QWidget *window, ProjectSession *session,
                                        const QUuid &firstSetId, const QUuid &secondSetId)
{
    if (!session)
        return nullptr;
    auto *dialog = new CurationDialog(session->project(), session->history(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog reads the project and pushes onto its history: it goes when they do.
    connect(&session->project(), &QObject::destroyed, dialog, &QObject::deleteLater);
    if (!firstSetId.isNull() && !secondSetId.isNull())
        dialog->setSets(firstSetId, secondSetId);
    dialog->show();
    return dialog;
}

void CurationDialog::fillSetChoices()
{
    const QUuid first = m_firstSet->currentData().toUuid();
    const QUuid second = m_secondSet->currentData().toUuid();
    const QSignalBlocker blockFirst(m_firstSet);
    const QSignalBlocker blockSecond(m_secondSet);
    m_firstSet->clear();
    m_secondSet->clear();
    auto sets = m_project.annotationSets();
    auto roles = m_project.annotationSetRoles();
    auto consensus = consensusSetOf(m_project);
    if (!sets || !roles || !consensus) {
        showError(!sets    ? sets.errorMessage()
                  : !roles ? roles.errorMessage()
                           : consensus.errorMessage());
        return;
    }
    m_consensusSetId = *consensus;
    // A coder who codes blind does not curate others' readings; a curator sees every set.
    QSet<QUuid> hidden;
    if (!m_project.may(Permission::EditOthersWork))
        hidden = hiddenSets(*roles, m_project.author(), isBlindCoding(m_project));
    QSet<QUuid> used;
    const Status read = m_project.forEachAnnotation(
        [&](Annotation &&annotation) { used.insert(annotation.setId); });
    QList<QUuid> coded;
    QString consensusName;
    for (const AnnotationSet &set : std::as_const(*sets)) {
        if (set.id == m_consensusSetId) {
            consensusName = set.name;
            continue;
        }
        if (hidden.contains(set.id))
            continue;
        m_firstSet->addItem(set.name, set.id);
        m_secondSet->addItem(set.name, set.id);
        if ((!read || used.contains(set.id)) && set.name != recordSetName())
            coded.append(set.id);
    }
    auto select = [](QComboBox *box, const QUuid &id) {
        const int index = box->findData(id);
        if (index >= 0)
            box->setCurrentIndex(index);
        return index >= 0;
    };
    if (!select(m_firstSet, first) || !select(m_secondSet, second)) {
        // The first two sets someone coded in, else the first two there are.
        select(m_firstSet, coded.value(0, m_firstSet->itemData(0).toUuid()));
        select(m_secondSet, coded.value(1, m_secondSet->itemData(1).toUuid()));
    }
    m_offer->setVisible(m_consensusSetId.isNull());
    m_consensusLabel->setText(m_consensusSetId.isNull()
                                  ? tr("No consensus set")
                                  : tr("Settling into: %1").arg(consensusName));
}

void CurationDialog::setSets(const QUuid &firstSetId, const QUuid &secondSetId)
{
    {
        const QSignalBlocker blockFirst(m_firstSet);
        const QSignalBlocker blockSecond(m_secondSet);
        m_firstSet->setCurrentIndex(m_firstSet->findData(firstSetId));
        m_secondSet->setCurrentIndex(m_secondSet->findData(secondSetId));
    }
    m_article = m_item = -1;
    reload();
}

bool CurationDialog::createConsensusSet(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        showError(tr("A consensus set needs a name."));
        return false;
    }
    auto made = analysis::createConsensusSet(m_project, name);
    if (!made) {
        showError(made.errorMessage());
        return false;
    }
    fillSetChoices();
    reload();
    return true;
}

void CurationDialog::scheduleReload()
{
    if (m_reloadScheduled)
        return;
    m_reloadScheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (m_alive)
            reload();
    });
}

void CurationDialog::reload()
{
    m_reloadScheduled = false;
    // Keep the disagreement in view by its versions, not its place: deciding one moves none.
    QList<QUuid> current;
    if (const CurationItem *item = currentItem())
        current = item->versionIds();
    const int oldArticle = m_article;
    const int oldItem = m_item;

    m_state.reset();
    m_error->hide();
    const QUuid first = m_firstSet->currentData().toUuid();
    const QUuid second = m_secondSet->currentData().toUuid();
    if (m_consensusSetId.isNull()) {
        m_progress->clear();
    } else if (first.isNull() || second.isNull() || first == second) {
        showError(tr("Choose two different annotation sets to compare."));
    } else if (auto state = readCuration(m_project, first, second, m_consensusSetId)) {
        m_state = std::move(state).value();
    } else {
        showError(state.errorMessage());
    }

    m_article = m_item = -1;
    if (m_state) {
        for (int a = 0; a < int(m_state->articles.size()) && m_article < 0; ++a) {
            const auto &items = m_state->articles[size_t(a)].items;
            for (int i = 0; i < int(items.size()); ++i) {
                if (!current.isEmpty() && items[size_t(i)].versionIds() == current) {
                    m_article = a;
                    m_item = i;
                    break;
                }
            }
        }
        if (m_article < 0) {
            // Where the old one was, else the last there is.
            const auto all = positions();
            const auto at = std::lower_bound(all.begin(), all.end(),
                                             std::make_pair(oldArticle, std::max(oldItem, 0)));
            if (at != all.end())
                std::tie(m_article, m_item) = *at;
            else if (!all.empty())
                std::tie(m_article, m_item) = all.back();
        }
        m_progress->setText(
            tr("Settled: %1 of %2").arg(m_state->settledCount()).arg(m_state->total()));
        m_takeAgreed->setText(tr("Take A&greed Passages (%1 of %2 taken)")
                                  .arg(m_state->agreedTakenCount())
                                  .arg(m_state->agreedCount()));
    }
    fillTree();
    showCurrent();
}

void CurationDialog::fillTree()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    if (!m_state)
        return;
    QTreeWidgetItem *currentRow = nullptr;
    for (int a = 0; a < int(m_state->articles.size()); ++a) {
        const CurationArticle &article = m_state->articles[size_t(a)];
        auto *articleRow = new QTreeWidgetItem(m_tree);
        articleRow->setText(0, article.items.empty()
                                   ? tr("%1 — no disagreements").arg(article.title)
                                   : tr("%1 — %2 of %3 settled")
                                         .arg(article.title)
                                         .arg(article.settledCount())
                                         .arg(article.items.size()));
        articleRow->setToolTip(0, article.title);
        articleRow->setData(0, Qt::UserRole, QList<QVariant>{a, -1});
        for (int i = 0; i < int(article.items.size()); ++i) {
            const CurationItem &item = article.items[size_t(i)];
            const ReadingSpan &span = anySpan(item.disagreement);
            auto *row = new QTreeWidgetItem(articleRow);
            row->setText(0, tr("%1 %2–%3: %4")
                                .arg(item.settled() ? QStringLiteral("✓") : QStringLiteral("○"))
                                .arg(span.start)
                                .arg(span.end)
                                .arg(typeName(item.disagreement.type)));
            row->setToolTip(0, item.settled() ? tr("Settled") : tr("Not settled yet"));
            row->setData(0, Qt::UserRole, QList<QVariant>{a, i});
            if (a == m_article && i == m_item)
                currentRow = row;
        }
        articleRow->setExpanded(true);
    }
    if (currentRow)
        m_tree->setCurrentItem(currentRow);
}

const CurationItem *CurationDialog::currentItem() const
{
    if (!m_state || m_article < 0 || m_article >= int(m_state->articles.size()))
        return nullptr;
    const auto &items = m_state->articles[size_t(m_article)].items;
    return m_item >= 0 && m_item < int(items.size()) ? &items[size_t(m_item)] : nullptr;
}

bool CurationDialog::selectItem(int article, int item)
{
    if (!m_state || article < 0 || article >= int(m_state->articles.size()) || item < 0 ||
        item >= int(m_state->articles[size_t(article)].items.size()))
        return false;
    m_article = article;
    m_item = item;
    showCurrent();
    return true;
}

std::vector<std::pair<int, int>> CurationDialog::positions() const
{
    std::vector<std::pair<int, int>> all;
    if (!m_state)
        return all;
    for (int a = 0; a < int(m_state->articles.size()); ++a) {
        for (int i = 0; i < int(m_state->articles[size_t(a)].items.size()); ++i)
            all.emplace_back(a, i);
    }
    return all;
}

void CurationDialog::next()
{
    const auto all = positions();
    const auto at = std::upper_bound(all.begin(), all.end(), std::make_pair(m_article, m_item));
    if (currentItem() && at != all.end())
        selectItem(at->first, at->second);
}

void CurationDialog::previous()
{
    const auto all = positions();
    const auto at = std::lower_bound(all.begin(), all.end(), std::make_pair(m_article, m_item));
    if (currentItem() && at != all.begin())
        selectItem(std::prev(at)->first, std::prev(at)->second);
}

QString CurationDialog::describe(const QUuid &annotationId) const
{
    auto annotation = m_project.annotation(annotationId);
    if (!annotation)
        return annotation.errorMessage();
    QString actor = tr("nobody named");
    if (!annotation->actorId.isNull()) {
        if (auto actors = m_project.actors()) {
            for (const Actor &candidate : std::as_const(*actors))
                actor = candidate.id == annotation->actorId ? candidate.name : actor;
        }
    }
    QStringList tags;
    if (auto all = m_project.tags()) {
        for (const Tag &tag : std::as_const(*all)) {
            if (annotation->tagIds.contains(tag.id))
                tags.append(tag.name);
        }
    }
    tags.sort(Qt::CaseInsensitive);
    QString text = tr("%1, characters %2–%3 · actor: %4 · tags: %5")
                       .arg(displayName(annotation->kind))
                       .arg(annotation->start)
                       .arg(annotation->end)
                       .arg(actor, tags.isEmpty() ? tr("none") : tags.join(QStringLiteral(", ")));
    if (!annotation->comment.isEmpty())
        text += tr(" · comment: %1").arg(annotation->comment);
    return text;
}

void CurationDialog::showVersion(QPlainTextEdit *pane, QLabel *details,
                                 const std::optional<ReadingSpan> &own,
                                 const std::optional<ReadingSpan> &other, const QString &text,
                                 const QColor &colour)
{
    if (pane->toPlainText() != text)
        pane->setPlainText(text);
    QList<QTextEdit::ExtraSelection> marks;
    auto mark = [&](const ReadingSpan &span, bool strong) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(pane->document());
        selection.cursor.setPosition(int(span.start));
        selection.cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
        if (strong) {
            selection.format.setBackground(colour);
            selection.format.setForeground(QColor(Qt::black));
        } else {
            // The other coder's passage, for comparison: underlined only.
            selection.format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            selection.format.setUnderlineColor(pane->palette().color(QPalette::Text));
        }
        marks.append(selection);
    };
    if (other)
        mark(*other, false);
    if (own)
        mark(*own, true);
    pane->setExtraSelections(marks);
    const ReadingSpan &shown = own ? *own : *other;
    QTextCursor cursor(pane->document());
    cursor.setPosition(int(shown.start));
    pane->setTextCursor(cursor);
    pane->centerCursor();
    details->setText(own ? describe(own->annotationId)
                         : tr("Did not code this passage (the other version is underlined)."));
}

void CurationDialog::showCurrent()
{
    const CurationItem *item = currentItem();
    for (QLabel *label : {m_firstName, m_secondName})
        label->clear();
    if (m_state) {
        m_firstName->setText(m_state->firstName);
        m_secondName->setText(m_state->secondName);
        // Accepting the version of a coder who did not code the passage leaves the other's out.
        m_acceptFirst->setText(item && !item->disagreement.first
                                   ? tr("Accept &A: %1 (leave out)").arg(m_state->firstName)
                                   : tr("Accept &A: %1").arg(m_state->firstName));
        m_acceptSecond->setText(item && !item->disagreement.second
                                    ? tr("Accept &B: %1 (leave out)").arg(m_state->secondName)
                                    : tr("Accept &B: %1").arg(m_state->secondName));
    } else {
        m_acceptFirst->setText(tr("Accept &A"));
        m_acceptSecond->setText(tr("Accept &B"));
    }
    {
        const QSignalBlocker blockBoundaries(m_boundaries);
        const QSignalBlocker blockCode(m_code);
        const int boundaries = m_boundaries->currentIndex();
        m_boundaries->clear();
        m_code->clear();
        const QString first = m_state ? m_state->firstName : tr("A");
        const QString second = m_state ? m_state->secondName : tr("B");
        const bool hasFirst = item && item->disagreement.first;
        const bool hasSecond = item && item->disagreement.second;
        if (hasFirst)
            m_boundaries->addItem(tr("%1's version").arg(first), int(VersionChoice::First));
        if (hasSecond)
            m_boundaries->addItem(tr("%1's version").arg(second), int(VersionChoice::Second));
        m_boundaries->addItem(tr("the text selected above"), int(VersionChoice::Own));
        if (hasFirst)
            m_code->addItem(tr("%1's version (with actor and tags)").arg(first),
                            int(VersionChoice::First));
        if (hasSecond)
            m_code->addItem(tr("%1's version (with actor and tags)").arg(second),
                            int(VersionChoice::Second));
        for (AnnotationKind kind : allAnnotationKinds())
            m_code->addItem(KindStyle::icon(kind), tr("my own: %1").arg(displayName(kind)),
                            ownKindBase + int(allAnnotationKinds().indexOf(kind)));
        if (boundaries >= 0 && boundaries < m_boundaries->count())
            m_boundaries->setCurrentIndex(boundaries);
        // By default the mix the buttons do not offer: one's boundaries, the other's kind.
        if (hasFirst && hasSecond)
            m_code->setCurrentIndex(
                m_boundaries->currentData().toInt() == int(VersionChoice::First) ? 1 : 0);
    }
    if (!item) {
        for (QPlainTextEdit *pane : {m_firstText, m_secondText}) {
            pane->clear();
            pane->setExtraSelections({});
        }
        m_firstDetails->clear();
        m_secondDetails->clear();
        m_outcome->setText(m_state ? tr("The two sets do not disagree anywhere.") : QString());
        updateControls();
        return;
    }
    {
        const QSignalBlocker blocker(m_tree);
        for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
            QTreeWidgetItem *article = m_tree->topLevelItem(a);
            for (int i = 0; i < article->childCount(); ++i) {
                if (a == m_article && i == m_item)
                    m_tree->setCurrentItem(article->child(i));
            }
        }
    }
    auto text = m_project.articleText(item->articleId);
    if (!text) {
        showError(text.errorMessage());
        return;
    }
    showVersion(m_firstText, m_firstDetails, item->disagreement.first, item->disagreement.second,
                *text, QColor(0x9e, 0xcb, 0xff));
    showVersion(m_secondText, m_secondDetails, item->disagreement.second, item->disagreement.first,
                *text, QColor(0xff, 0xc4, 0x8a));
    if (!item->settledBy.isNull())
        m_outcome->setText(
            tr("Settled: in the consensus set as %1.").arg(describe(item->settledBy)));
    else if (item->rejected)
        m_outcome->setText(tr("Settled: left out of the consensus set."));
    else
        m_outcome->setText(tr("Not settled yet (%1 of %2 in this article).")
                               .arg(m_state->articles[size_t(m_article)].settledCount())
                               .arg(m_state->articles[size_t(m_article)].items.size()));
    updateControls();
}

std::optional<CurationChoice> CurationDialog::choiceFromControls() const
{
    if (m_boundaries->currentIndex() < 0 || m_code->currentIndex() < 0)
        return std::nullopt;
    CurationChoice choice;
    choice.boundaries = VersionChoice(m_boundaries->currentData().toInt());
    const int code = m_code->currentData().toInt();
    if (code >= ownKindBase) {
        choice.code = VersionChoice::Own;
        choice.kind = allAnnotationKinds().value(code - ownKindBase);
    } else {
        choice.code = VersionChoice(code);
    }
    if (choice.boundaries == VersionChoice::Own) {
        // Both panes show the same text: a selection in either is a range of the article.
        QTextCursor selected = m_firstText->textCursor();
        if (!selected.hasSelection())
            selected = m_secondText->textCursor();
        if (!selected.hasSelection())
            return std::nullopt;
        choice.start = selected.selectionStart();
        choice.end = selected.selectionEnd();
    }
    return choice;
}

void CurationDialog::updateControls()
{
    const CurationItem *item = currentItem();
    const bool open = item && !item->settled() && !m_project.isReadOnly();
    m_acceptFirst->setEnabled(open);
    m_acceptSecond->setEnabled(open);
    m_settle->setEnabled(open && choiceFromControls().has_value());
    m_boundaries->setEnabled(open);
    m_code->setEnabled(open);
    const QString why = m_project.isReadOnly() ? m_project.readOnlyNotice() : QString();
    m_settle->setToolTip(why.isEmpty() ? tr("Put an annotation made of the chosen boundaries and "
                                            "kind into the consensus set (select text above for "
                                            "boundaries of your own)")
                                       : why);
    const auto all = positions();
    m_previous->setEnabled(item && !all.empty() &&
                           all.front() != std::make_pair(m_article, m_item));
    m_next->setEnabled(item && !all.empty() && all.back() != std::make_pair(m_article, m_item));
    m_takeAgreed->setEnabled(m_state && !m_project.isReadOnly() &&
                             m_state->agreedTakenCount() < m_state->agreedCount());
}

void CurationDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool CurationDialog::perform(std::unique_ptr<ProjectCommand> command)
{
    const Status done = m_history.perform(std::move(command));
    if (!done) {
        showError(done.errorMessage());
        return false;
    }
    reload();
    // On to the next disagreement still open, if there is one after this.
    if (m_state) {
        const int articles = int(m_state->articles.size());
        for (int a = std::max(m_article, 0); a < articles; ++a) {
            const auto &items = m_state->articles[size_t(a)].items;
            for (int i = a == m_article ? m_item + 1 : 0; i < int(items.size()); ++i) {
                if (!items[size_t(i)].settled()) {
                    selectItem(a, i);
                    return true;
                }
            }
        }
    }
    return true;
}

bool CurationDialog::acceptFirst()
{
    const CurationItem *item = currentItem();
    if (!item || item->settled())
        return false;
    if (!item->disagreement.first) // the first did not code it: leave the other's out
        return perform(std::make_unique<RejectVersionsCommand>(
            m_project, m_consensusSetId, item->versionIds(),
            tr("Leave out %1's passage").arg(m_state->secondName)));
    return settle(CurationChoice::accept(VersionChoice::First));
}

bool CurationDialog::acceptSecond()
{
    const CurationItem *item = currentItem();
    if (!item || item->settled())
        return false;
    if (!item->disagreement.second)
        return perform(std::make_unique<RejectVersionsCommand>(
            m_project, m_consensusSetId, item->versionIds(),
            tr("Leave out %1's passage").arg(m_state->firstName)));
    return settle(CurationChoice::accept(VersionChoice::Second));
}

bool CurationDialog::settle(const CurationChoice &choice)
{
    const CurationItem *item = currentItem();
    if (!item || item->settled() || !m_state)
        return false;
    auto draft = consensusDraftFor(m_project, *item, choice, m_consensusSetId);
    if (!draft) {
        showError(draft.errorMessage());
        return false;
    }
    QString text;
    if (choice.boundaries == choice.code && choice.code != VersionChoice::Own)
        text = tr("Accept %1's version")
                   .arg(choice.code == VersionChoice::First ? m_state->firstName
                                                            : m_state->secondName);
    else
        text = tr("Settle a disagreement");
    return perform(std::make_unique<AddConsensusCommand>(m_project, std::move(draft->annotation),
                                                         std::move(draft->sources), text));
}

bool CurationDialog::takeAgreed()
{
    if (!m_state)
        return false;
    auto drafts = agreedDrafts(m_project, *m_state);
    if (!drafts) {
        showError(drafts.errorMessage());
        return false;
    }
    if (drafts->isEmpty())
        return false;
    auto group = std::make_unique<CommandGroup>(
        m_project, tr("Take %n agreed passage(s)", nullptr, int(drafts->size())));
    for (ConsensusDraft &draft : *drafts)
        group->add(std::make_unique<AddConsensusCommand>(m_project, std::move(draft.annotation),
                                                         std::move(draft.sources), QString()));
    const Status done = m_history.perform(std::move(group));
    if (!done) {
        showError(done.errorMessage());
        return false;
    }
    reload();
    return true;
}

} // namespace counterpoint::ui
