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
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>
#include <tuple>

namespace counterpoint::ui {

using namespace analysis;

namespace {

constexpr int ownKindBase = 100;  // the code combo's data for the curator's own kind
constexpr int digitShortcuts = 9; // Ctrl+1 … Ctrl+9 accept the first nine coders

QString shortcutText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

QKeySequence acceptKeys(int coder)
{
    return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + coder));
}

// Each coder's colour in the panes: distinct, light enough under black text.
QColor coderColour(int coder)
{
    static const QColor colours[] = {
        QColor(0x9e, 0xcb, 0xff), QColor(0xff, 0xc4, 0x8a), QColor(0xa8, 0xe6, 0xa1),
        QColor(0xd9, 0xb8, 0xff), QColor(0xff, 0xb3, 0xc6), QColor(0x9f, 0xe3, 0xe0),
        QColor(0xf2, 0xe2, 0x8c), QColor(0xcf, 0xcf, 0xcf),
    };
    return colours[coder % int(std::size(colours))];
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
    m_sets = new QListWidget(this);
    m_sets->setObjectName(QStringLiteral("curationSets"));
    m_sets->setToolTip(tr("The annotation sets to curate, two or more: each one coder's reading "
                          "(Space checks or unchecks one)"));
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

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_consensusLabel, 1);
    statusRow->addWidget(m_progress);

    // The items, by article.
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("curationDisagreements"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *setsLabel = new QLabel(tr("C&oders (sets):"), left);
    setsLabel->setBuddy(m_sets);
    auto *itemsLabel = new QLabel(tr("&Disagreements:"), left);
    itemsLabel->setBuddy(m_tree);
    leftLayout->addWidget(setsLabel);
    leftLayout->addWidget(m_sets);
    leftLayout->addWidget(itemsLabel);
    leftLayout->addWidget(m_tree, 1);

    // The coders' versions side by side: a row that scrolls when it is wider than the dialog.
    m_versionsArea = new QScrollArea(this);
    m_versionsArea->setObjectName(QStringLiteral("curationVersions"));
    m_versionsArea->setWidgetResizable(true);
    m_versionsArea->setFrameShape(QFrame::NoFrame);
    m_versionsArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_versions = new QWidget(m_versionsArea);
    auto *versionsLayout = new QHBoxLayout(m_versions);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    m_versionsArea->setWidget(m_versions);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("curationOutcome"));
    m_outcome->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("curationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();

    // The decisions.
    const QKeySequence nextKeys(Qt::CTRL | Qt::Key_Down);
    const QKeySequence previousKeys(Qt::CTRL | Qt::Key_Up);
    m_boundaries = new QComboBox(this);
    m_boundaries->setObjectName(QStringLiteral("boundariesChoice"));
    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("codeChoice"));
    m_settle = new QPushButton(tr("&Settle"), this);
    m_settle->setObjectName(QStringLiteral("settleChoice"));
    m_takeAgreed = new QPushButton(tr("Take A&greed Passages"), this);
    m_takeAgreed->setObjectName(QStringLiteral("takeAgreed"));
    m_takeAgreed->setToolTip(tr("Copy every passage all the coders annotated alike into the "
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
    for (int coder = 0; coder < digitShortcuts; ++coder)
        addShortcut(
            acceptKeys(coder), [this, coder] { accept(coder); },
            tr("Curate: Accept the Version of Coder %1").arg(coder + 1));
    addShortcut(
        nextKeys, [this] { next(); }, tr("Curate: Next Disagreement"));
    addShortcut(
        previousKeys, [this] { previous(); }, tr("Curate: Previous Disagreement"));

    auto *navigationRow = new QHBoxLayout;
    navigationRow->addWidget(m_previous);
    navigationRow->addWidget(m_next);
    navigationRow->addStretch(1);
    navigationRow->addWidget(m_takeAgreed);
    navigationRow->addWidget(undo);
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
    rightLayout->addWidget(m_versionsArea, 1);
    rightLayout->addWidget(m_outcome);
    rightLayout->addWidget(m_error);
    rightLayout->addLayout(mixRow);
    rightLayout->addLayout(navigationRow);
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 3);
    columns->setSizes({300, 820}); // the list wide enough for an article's title and a range

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
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
    connect(m_sets, &QListWidget::itemChanged, this, [this] {
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
    connect(m_settle, &QPushButton::clicked, this, [this] {
        if (auto choice = choiceFromControls())
            settle(*choice);
    });
    connect(m_next, &QPushButton::clicked, this, &CurationDialog::next);
    connect(m_takeAgreed, &QPushButton::clicked, this, &CurationDialog::takeAgreed);
    connect(m_previous, &QPushButton::clicked, this, &CurationDialog::previous);
    connect(m_boundaries, &QComboBox::currentIndexChanged, this, &CurationDialog::updateControls);

    // Whatever changes the project (an undo in the window, another process) changes the counts.
    connect(&m_project, &Project::annotationAdded, this, &CurationDialog::scheduleReload);
    connect(&m_project, &Project::annotationChanged, this, &CurationDialog::scheduleReload);
    connect(&m_project, &Project::annotationRemoved, this, &CurationDialog::scheduleReload);
    connect(&m_project, &Project::reset, this, &CurationDialog::scheduleReload);
    connect(&m_project, &Project::annotationSetsChanged, this, [this] {
        fillSetChoices(chosenSets());
        scheduleReload();
    });
    // Rejections are settings, which announce nothing: the history says when one was undone.
    connect(m_history.stack(), &QUndoStack::indexChanged, this, &CurationDialog::scheduleReload);

    fillSetChoices({});
    reload();
}

CurationDialog *CurationDialog::showFor(QWidget *window, ProjectSession *session,
                                        const QList<QUuid> &setIds)
{
    if (!session)
        return nullptr;
    auto *dialog = new CurationDialog(session->project(), session->history(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog reads the project and pushes onto its history: it goes when they do.
    connect(&session->project(), &QObject::destroyed, dialog, &QObject::deleteLater);
    if (setIds.size() >= 2)
        dialog->setSets(setIds);
    dialog->show();
    return dialog;
}

void CurationDialog::fillSetChoices(const QList<QUuid> &checked)
{
    const QSignalBlocker blocker(m_sets);
    m_sets->clear();
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
    QString consensusName;
    for (const AnnotationSet &set : std::as_const(*sets)) {
        if (set.id == m_consensusSetId) {
            consensusName = set.name;
            continue;
        }
        if (hidden.contains(set.id))
            continue;
        auto *row = new QListWidgetItem(set.name, m_sets);
        row->setData(Qt::UserRole, set.id);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        // At first every set someone coded in, but not the versions a merge did not keep.
        const bool coded = (!read || used.contains(set.id)) && set.name != recordSetName();
        row->setCheckState((checked.isEmpty() ? coded : checked.contains(set.id)) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
    // The list as tall as its rows, up to six of them.
    const int rows = std::clamp(m_sets->count(), 2, 6);
    m_sets->setFixedHeight(rows * std::max(m_sets->sizeHintForRow(0), 18) +
                           2 * m_sets->frameWidth() + 2);
    m_offer->setVisible(m_consensusSetId.isNull());
    m_consensusLabel->setText(m_consensusSetId.isNull()
                                  ? tr("No consensus set")
                                  : tr("Settling into: %1").arg(consensusName));
}

QList<QUuid> CurationDialog::chosenSets() const
{
    QList<QUuid> chosen;
    for (int row = 0; row < m_sets->count(); ++row) {
        if (m_sets->item(row)->checkState() == Qt::Checked)
            chosen.append(m_sets->item(row)->data(Qt::UserRole).toUuid());
    }
    return chosen;
}

void CurationDialog::setSets(const QList<QUuid> &setIds)
{
    {
        const QSignalBlocker blocker(m_sets);
        for (int row = 0; row < m_sets->count(); ++row) {
            QListWidgetItem *item = m_sets->item(row);
            item->setCheckState(setIds.contains(item->data(Qt::UserRole).toUuid()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
        }
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
    fillSetChoices(chosenSets());
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
    // Keep the item in view by its versions, not its place: deciding one moves none.
    QList<QUuid> current;
    if (const CurationItem *item = currentItem())
        current = item->versionIds();
    const int oldArticle = m_article;
    const int oldItem = m_item;

    m_state.reset();
    m_error->hide();
    const QList<QUuid> sets = chosenSets();
    if (m_consensusSetId.isNull()) {
        m_progress->clear();
    } else if (sets.size() < 2) {
        m_progress->clear();
        showError(tr("Choose two or more annotation sets to compare."));
    } else if (auto state = readCuration(m_project, sets, m_consensusSetId)) {
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
    makeColumns();
    fillTree();
    showCurrent();
}

void CurationDialog::makeColumns()
{
    const QList<QUuid> sets = m_state ? m_state->setIds : QList<QUuid>();
    if (sets == m_columnSets && !m_columns.empty())
        return;
    m_columnSets = sets;
    for (Column &column : m_columns)
        delete column.box;
    m_columns.clear();
    auto *layout = static_cast<QHBoxLayout *>(m_versions->layout());
    const int count = std::max(int(sets.size()), 2); // two empty ones before there is a state
    for (int coder = 0; coder < count; ++coder) {
        Column column;
        column.box = new QWidget(m_versions);
        column.box->setObjectName(QStringLiteral("coderColumn%1").arg(coder + 1));
        // Wide enough to read a passage; more coders than fit scroll sideways.
        column.box->setMinimumWidth(280);
        auto *box = new QVBoxLayout(column.box);
        box->setContentsMargins(0, 0, 0, 0);
        column.name = new QLabel(column.box);
        QFont bold = column.name->font();
        bold.setBold(true);
        column.name->setFont(bold);
        column.text = new QPlainTextEdit(column.box);
        column.text->setObjectName(QStringLiteral("version%1").arg(coder + 1));
        column.text->setReadOnly(true);
        column.text->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                             Qt::TextSelectableByKeyboard);
        column.details = new QLabel(column.box);
        column.details->setObjectName(QStringLiteral("version%1Details").arg(coder + 1));
        column.details->setWordWrap(true);
        column.details->setTextInteractionFlags(Qt::TextSelectableByMouse);
        column.accept = new QPushButton(column.box);
        column.accept->setObjectName(QStringLiteral("accept%1").arg(coder + 1));
        if (coder < digitShortcuts)
            column.accept->setToolTip(tr("Take this coder's version into the consensus set as "
                                         "it is (%1)")
                                          .arg(shortcutText(acceptKeys(coder))));
        connect(column.accept, &QPushButton::clicked, this, [this, coder] { accept(coder); });
        connect(column.text, &QPlainTextEdit::selectionChanged, this,
                &CurationDialog::updateControls);
        // The column that takes the focus comes into view.
        column.text->installEventFilter(this);
        box->addWidget(column.name);
        box->addWidget(column.text, 1);
        box->addWidget(column.details);
        box->addWidget(column.accept, 0, Qt::AlignLeft);
        layout->addWidget(column.box, 1);
        m_columns.push_back(column);
    }
}

QPlainTextEdit *CurationDialog::pane(int coder) const
{
    return coder >= 0 && coder < int(m_columns.size()) ? m_columns[size_t(coder)].text : nullptr;
}

QLabel *CurationDialog::details(int coder) const
{
    return coder >= 0 && coder < int(m_columns.size()) ? m_columns[size_t(coder)].details : nullptr;
}

QPushButton *CurationDialog::acceptButton(int coder) const
{
    return coder >= 0 && coder < int(m_columns.size()) ? m_columns[size_t(coder)].accept : nullptr;
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
            auto *row = new QTreeWidgetItem(articleRow);
            row->setText(0, tr("%1 %2–%3: %4")
                                .arg(item.settled() ? QStringLiteral("✓") : QStringLiteral("○"))
                                .arg(item.start())
                                .arg(item.end())
                                .arg(describeDifference(item, m_state->coderNames)));
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

void CurationDialog::showColumn(int coder, const CurationItem &item, const QString &text)
{
    Column &column = m_columns[size_t(coder)];
    QPlainTextEdit *pane = column.text;
    if (pane->toPlainText() != text)
        pane->setPlainText(text);
    QList<QTextEdit::ExtraSelection> marks;
    auto mark = [&](const ReadingSpan &span, bool strong) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(pane->document());
        selection.cursor.setPosition(int(span.start));
        selection.cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
        if (strong) {
            selection.format.setBackground(coderColour(coder));
            selection.format.setForeground(QColor(Qt::black));
        } else {
            // The other coders' passages, for comparison: underlined only.
            selection.format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            selection.format.setUnderlineColor(pane->palette().color(QPalette::Text));
        }
        marks.append(selection);
    };
    const auto own = item.of(coder);
    for (const CurationVersion &version : item.versions) {
        if (version.coder != coder)
            mark(version.span, false);
    }
    for (const CurationVersion *version : own)
        mark(version->span, true);
    pane->setExtraSelections(marks);
    QTextCursor cursor(pane->document());
    cursor.setPosition(int(own.empty() ? item.start() : own.front()->span.start));
    pane->setTextCursor(cursor);
    pane->centerCursor();
    QStringList described;
    for (const CurationVersion *version : own)
        described.append(describe(version->span.annotationId));
    column.details->setText(
        own.empty() ? tr("Did not code this passage (the others' versions are underlined).")
                    : described.join(u'\n'));
}

void CurationDialog::fillChoices(const CurationItem *item)
{
    const QSignalBlocker blockBoundaries(m_boundaries);
    const QSignalBlocker blockCode(m_code);
    const QVariant boundaries = m_boundaries->currentData();
    m_boundaries->clear();
    m_code->clear();
    if (item && m_state) {
        // Every version: one coder may have several, so each is named by its passage.
        for (const CurationVersion &version : item->versions) {
            const QString name = m_state->coderNames.value(version.coder);
            m_boundaries->addItem(
                tr("%1's version (%2–%3)").arg(name).arg(version.span.start).arg(version.span.end),
                version.span.annotationId);
            m_code->addItem(KindStyle::icon(version.span.kind),
                            tr("%1's version: %2 (with actor and tags)")
                                .arg(name, displayName(version.span.kind)),
                            version.span.annotationId);
        }
    }
    m_boundaries->addItem(tr("the text selected above"), QUuid());
    for (AnnotationKind kind : allAnnotationKinds())
        m_code->addItem(KindStyle::icon(kind), tr("my own: %1").arg(displayName(kind)),
                        ownKindBase + int(allAnnotationKinds().indexOf(kind)));
    const int kept = m_boundaries->findData(boundaries);
    if (kept >= 0)
        m_boundaries->setCurrentIndex(kept);
    if (!item || item->versions.empty())
        return;
    // By default the mix the accept buttons do not offer: one's boundaries, another coder's
    // kind, a different one when there is.
    const QUuid from = m_boundaries->currentData().toUuid();
    int fromCoder = -1;
    for (const CurationVersion &version : item->versions)
        fromCoder = version.span.annotationId == from ? version.coder : fromCoder;
    if (fromCoder < 0)
        return;
    const ReadingSpan *fromSpan = nullptr;
    for (const CurationVersion &version : item->versions)
        fromSpan = version.span.annotationId == from ? &version.span : fromSpan;
    int best = -1;
    for (int i = 0; i < int(item->versions.size()); ++i) {
        const CurationVersion &version = item->versions[size_t(i)];
        if (version.coder == fromCoder)
            continue;
        const bool differs =
            version.span.kind != fromSpan->kind || version.span.tagIds != fromSpan->tagIds;
        if (best < 0 || (differs && item->versions[size_t(best)].span.kind == fromSpan->kind &&
                         item->versions[size_t(best)].span.tagIds == fromSpan->tagIds))
            best = i;
    }
    if (best >= 0)
        m_code->setCurrentIndex(best);
}

void CurationDialog::showCurrent()
{
    const CurationItem *item = currentItem();
    for (int coder = 0; coder < int(m_columns.size()); ++coder) {
        Column &column = m_columns[size_t(coder)];
        const QString name = m_state ? m_state->coderNames.value(coder) : QString();
        column.name->setText(name);
        column.name->setStyleSheet(
            QStringLiteral("border-bottom: 3px solid %1").arg(coderColour(coder).name()));
        // Accepting the version of a coder who did not code the passage leaves the others' out.
        const int versions = item ? int(item->of(coder).size()) : 1;
        const QString digit = coder < digitShortcuts ? QStringLiteral("&%1").arg(coder + 1)
                                                     : QString::number(coder + 1);
        column.accept->setText(
            versions == 0  ? tr("Accept %1: %2 (leave out)").arg(digit, name)
            : versions > 1 ? tr("Accept %1: %2 (%n passage(s))", nullptr, versions).arg(digit, name)
                           : tr("Accept %1: %2").arg(digit, name));
    }
    fillChoices(item);
    if (!item) {
        for (Column &column : m_columns) {
            column.text->clear();
            column.text->setExtraSelections({});
            column.details->clear();
        }
        m_outcome->setText(m_state ? tr("The sets do not disagree anywhere.") : QString());
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
    for (int coder = 0; coder < int(m_columns.size()) && coder < item->coderCount; ++coder)
        showColumn(coder, *item, *text);
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
    choice.boundaries = VersionChoice::of(m_boundaries->currentData().toUuid());
    const QVariant code = m_code->currentData();
    if (code.typeId() == QMetaType::Int) {
        choice.code = VersionChoice::own();
        choice.kind = allAnnotationKinds().value(code.toInt() - ownKindBase);
    } else {
        choice.code = VersionChoice::of(code.toUuid());
    }
    if (choice.boundaries.isOwn()) {
        // Every pane shows the same text: a selection in any is a range of the article.
        for (const Column &column : m_columns) {
            const QTextCursor selected = column.text->textCursor();
            if (selected.hasSelection()) {
                choice.start = selected.selectionStart();
                choice.end = selected.selectionEnd();
                return choice;
            }
        }
        return std::nullopt;
    }
    return choice;
}

void CurationDialog::updateControls()
{
    const CurationItem *item = currentItem();
    const bool open = item && !item->settled() && !m_project.isReadOnly();
    for (int coder = 0; coder < int(m_columns.size()); ++coder)
        m_columns[size_t(coder)].accept->setEnabled(open && item && coder < item->coderCount);
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
    // On to the next item still open, if there is one after this.
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

bool CurationDialog::accept(int coder)
{
    const CurationItem *item = currentItem();
    if (!item || item->settled() || !m_state || coder < 0 || coder >= item->coderCount)
        return false;
    const QString name = m_state->coderNames.value(coder);
    const auto versions = item->of(coder);
    if (versions.empty()) // that coder did not code it: leave the others' out
        return perform(std::make_unique<RejectVersionsCommand>(
            m_project, m_consensusSetId, item->versionIds(),
            tr("Leave out a passage %1 did not code").arg(name)));
    if (versions.size() == 1)
        return settle(CurationChoice::accept(versions.front()->span.annotationId));
    // Several passages of one coder: each goes in as it is, in one step.
    auto group = std::make_unique<CommandGroup>(m_project, tr("Accept %1's versions").arg(name));
    for (const CurationVersion *version : versions) {
        auto draft = consensusDraftFor(
            m_project, *item, CurationChoice::accept(version->span.annotationId), m_consensusSetId);
        if (!draft) {
            showError(draft.errorMessage());
            return false;
        }
        group->add(std::make_unique<AddConsensusCommand>(m_project, std::move(draft->annotation),
                                                         std::move(draft->sources), QString()));
    }
    return perform(std::move(group));
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
    QString text = tr("Settle a disagreement");
    if (choice.boundaries == choice.code && !choice.code.isOwn()) {
        for (const CurationVersion &version : item->versions) {
            if (version.span.annotationId == choice.code.versionId)
                text = tr("Accept %1's version").arg(m_state->coderNames.value(version.coder));
        }
    }
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

bool CurationDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A column that takes the focus (Tab, a click) comes into view in the scrolling row.
    if (event->type() == QEvent::FocusIn) {
        for (const Column &column : m_columns) {
            if (column.text == watched)
                m_versionsArea->ensureWidgetVisible(column.box, 0, 0);
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace counterpoint::ui
