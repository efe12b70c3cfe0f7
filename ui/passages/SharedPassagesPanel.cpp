#include "SharedPassagesPanel.h"

#include "domain/ShortQuote.h"

#include "session/ProjectReadModel.h"
#include "session/ProjectSession.h"
#include "store/Project.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPromise>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace counterpoint::ui {

namespace {

QString excerpt(const QString &text, int start, int end)
{
    return shortQuote(text.mid(start, end - start), 180);
}

} // namespace

SharedPassagesPanel::SharedPassagesPanel(QWidget *parent)
    : QWidget(parent)
    , m_minWords(new QSpinBox(this))
    , m_find(new QPushButton(tr("&Find Again"), this))
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_link(new QPushButton(tr("Link as &Same Claim"), this))
    , m_dismiss(new QPushButton(tr("D&ismiss"), this))
    , m_rematchTimer(new QTimer(this))
{
    m_minWords->setRange(4, 60);
    m_minWords->setValue(SharedPassageFinder::defaultMinWords);
    m_minWords->setSuffix(tr(" words"));
    m_minWords->setToolTip(tr("The shortest passage worth suggesting"));
    m_minWords->setAccessibleName(tr("Shortest shared passage"));
    connect(m_minWords, &QSpinBox::valueChanged, this, [this] {
        m_stale = true;
        findPassages();
    });
    connect(m_find, &QPushButton::clicked, this, [this] {
        m_stale = true;
        findPassages();
    });
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Shared passages"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        updateButtons();
        if (row >= 0 && row < m_suggestions.size())
            emit suggestionChosen(m_suggestions.at(row));
    });
    m_link->setToolTip(tr("Link the two passages as the same claim, annotating them where needed"));
    m_dismiss->setToolTip(tr("Stop suggesting this passage"));
    connect(m_link, &QPushButton::clicked, this, &SharedPassagesPanel::linkChosen);
    connect(m_dismiss, &QPushButton::clicked, this, &SharedPassagesPanel::dismissChosen);

    // Many changes in one action (an undo of a batch, an import) re-match once.
    m_rematchTimer->setSingleShot(true);
    m_rematchTimer->setInterval(0);
    connect(m_rematchTimer, &QTimer::timeout, this, &SharedPassagesPanel::rematch);
    connect(&m_search, &QFutureWatcher<Found>::finished, this, [this] {
        if (m_search.future().resultCount() == 0) { // cancelled: the project went or changed
            if (m_stale && m_project && isVisible())
                findPassages();
            return;
        }
        Found found = m_search.result();
        m_passages = std::move(found.passages);
        m_articles = std::move(found.articles);
        if (m_stale) { // articles changed while searching, or the project was closed
            findPassages();
            return;
        }
        rematch();
    });

    auto *search = new QHBoxLayout;
    auto *minLabel = new QLabel(tr("Shortest:"), this);
    minLabel->setBuddy(m_minWords);
    search->addWidget(minLabel);
    search->addWidget(m_minWords);
    search->addStretch();
    search->addWidget(m_find);
    auto *decide = new QHBoxLayout;
    decide->addWidget(m_link);
    decide->addWidget(m_dismiss);
    decide->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(search);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addLayout(decide);
    updateButtons();
}

SharedPassagesPanel::~SharedPassagesPanel()
{
    // The search stops between two pairs of articles: closing the window does not wait for all
    // of them (seconds with a hundred articles, minutes with a thousand).
    m_search.cancel();
    m_search.waitForFinished();
}

void SharedPassagesPanel::setSession(ProjectSession *session)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_search.cancel(); // its articles are the other project's
    m_session = session;
    m_project = session ? &session->project() : nullptr;
    Project *project = m_project;
    m_passages.clear();
    m_articles.clear();
    m_suggestions.clear();
    m_linkedCount = 0;
    m_stale = true;
    showSuggestions();
    if (!project)
        return;
    auto articlesChanged = [this] {
        m_stale = true;
        // What was found holds the old texts' offsets: it goes until found again.
        m_passages.clear();
        m_suggestions.clear();
        m_linkedCount = 0;
        showSuggestions();
        if (isVisible())
            findPassages();
    };
    connect(project, &Project::articleAdded, this, articlesChanged);
    connect(project, &Project::articleChanged, this, articlesChanged);
    connect(project, &Project::articleRemoved, this, articlesChanged);
    connect(project, &Project::reset, this, articlesChanged); // an import may bring articles
    connect(project, &Project::annotationAdded, this, &SharedPassagesPanel::scheduleRematch);
    connect(project, &Project::annotationChanged, this, &SharedPassagesPanel::scheduleRematch);
    connect(project, &Project::annotationRemoved, this, &SharedPassagesPanel::scheduleRematch);
    connect(project, &Project::relationAdded, this, &SharedPassagesPanel::scheduleRematch);
    connect(project, &Project::relationRemoved, this, &SharedPassagesPanel::scheduleRematch);
    connect(project, &Project::dismissedPassagesChanged, this,
            &SharedPassagesPanel::scheduleRematch);
    if (isVisible())
        findPassages();
}

void SharedPassagesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        findPassages();
}

void SharedPassagesPanel::findPassages()
{
    if (!m_project || m_search.isRunning())
        return; // a running search looks again when it ends, since m_stale is set
    auto summaries = m_project->articleSummaries();
    if (!summaries) {
        emit errorOccurred(tr("Cannot look for shared passages"), summaries.errorMessage());
        return;
    }
    QList<Article> articles;
    for (const ArticleSummary &summary : std::as_const(*summaries)) {
        auto article = m_project->article(summary.id);
        if (!article) {
            emit errorOccurred(tr("Cannot look for shared passages"), article.errorMessage());
            return;
        }
        article->original.clear(); // only the text is compared
        articles.append(std::move(article).value());
    }
    m_stale = false;
    m_status->setText(tr("Looking for passages that occur in two articles…"));
    const int minWords = m_minWords->value();
    m_search.setFuture(
        QtConcurrent::run([articles = std::move(articles), minWords](QPromise<Found> &promise) {
            auto passages = SharedPassageFinder(minWords).findAcross(
                articles, [&promise] { return promise.isCanceled(); });
            if (!promise.isCanceled())
                promise.addResult(Found{std::move(passages), articles});
        }));
}

void SharedPassagesPanel::scheduleRematch()
{
    if (!m_passages.isEmpty())
        m_rematchTimer->start();
}

void SharedPassagesPanel::rematch()
{
    if (!m_project) {
        showSuggestions();
        return;
    }
    // Only the articles that share a passage: their annotations are the only ones that matter.
    QSet<QUuid> involved;
    for (const SharedPassage &passage : std::as_const(m_passages)) {
        involved.insert(passage.firstArticle);
        involved.insert(passage.secondArticle);
    }
    QList<Annotation> annotations;
    for (const QUuid &articleId : std::as_const(involved)) {
        auto ofArticle = m_project->annotationsOfArticle(articleId);
        if (!ofArticle) {
            emit errorOccurred(tr("Cannot look for shared passages"), ofArticle.errorMessage());
            return;
        }
        annotations.append(*ofArticle);
    }
    auto dismissed = m_project->dismissedPassages();
    if (!dismissed) {
        emit errorOccurred(tr("Cannot look for shared passages"), dismissed.errorMessage());
        return;
    }
    m_suggestions = SameClaimSuggestions::withoutDismissed(
        SameClaimSuggestions::match(m_passages, annotations, m_session->readModel().relations()),
        *dismissed);
    // What is linked already is done: it leaves the list and is only counted.
    m_linkedCount = int(m_suggestions.removeIf(
        [](const SameClaimSuggestion &suggestion) { return suggestion.alreadyLinked; }));
    showSuggestions();
}

const Article *SharedPassagesPanel::articleNamed(const QUuid &id) const
{
    for (const Article &article : m_articles) {
        if (article.id == id)
            return &article;
    }
    return nullptr;
}

void SharedPassagesPanel::showSuggestions()
{
    const QString chosen =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const SameClaimSuggestion &suggestion : std::as_const(m_suggestions)) {
        const SharedPassage &passage = suggestion.passage;
        const Article *first = articleNamed(passage.firstArticle);
        const Article *second = articleNamed(passage.secondArticle);
        if (!first || !second)
            continue;
        const PassageMatch &match = passage.match;
        auto *item = new QListWidgetItem(m_list);
        const int annotated =
            int(!suggestion.firstAnnotation.isNull()) + int(!suggestion.secondAnnotation.isNull());
        const QString state = annotated == 2   ? tr("annotated in both")
                              : annotated == 1 ? tr("annotated in one")
                                               : tr("not annotated");
        item->setText(tr("“%1”\n%2 ↔ %3 · %Ln word(s) · %4", nullptr, match.words)
                          .arg(excerpt(first->text, match.firstStart, match.firstEnd), first->title,
                               second->title, state));
        item->setToolTip(
            tr("<p><b>%1</b><br>%2</p><p><b>%3</b><br>%4</p>")
                .arg(first->title.toHtmlEscaped(),
                     excerpt(first->text, match.firstStart, match.firstEnd).toHtmlEscaped(),
                     second->title.toHtmlEscaped(),
                     excerpt(second->text, match.secondStart, match.secondEnd).toHtmlEscaped()));
        item->setData(Qt::UserRole, passage.key);
        if (passage.key == chosen)
            m_list->setCurrentItem(item);
    }
    if (!m_project)
        m_status->clear();
    else if (m_suggestions.isEmpty())
        m_status->setText(m_linkedCount == 0
                              ? tr("No passage occurs in two articles.")
                              : tr("Every shared passage is linked (%1).").arg(m_linkedCount));
    else
        m_status->setText(
            tr("%Ln passage(s) to review", nullptr, int(m_suggestions.size())) +
            (m_linkedCount > 0 ? tr("; %1 linked already").arg(m_linkedCount) : QString()));
    if (m_search.isRunning() || (m_stale && m_project && isVisible()))
        m_status->setText(tr("Looking for passages that occur in two articles…"));
    updateButtons();
    emit suggestionsChanged();
}

std::optional<SameClaimSuggestion> SharedPassagesPanel::chosenSuggestion() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const QString key = item->data(Qt::UserRole).toString();
    for (const SameClaimSuggestion &suggestion : m_suggestions) {
        if (suggestion.passage.key == key)
            return suggestion;
    }
    return std::nullopt;
}

void SharedPassagesPanel::updateButtons()
{
    const bool writable = m_project && !m_project->isReadOnly();
    const bool chosen = m_list->currentRow() >= 0;
    m_link->setEnabled(writable && chosen);
    m_dismiss->setEnabled(writable && chosen);
    m_find->setEnabled(m_project != nullptr);
}

void SharedPassagesPanel::chooseSuggestion(int row)
{
    m_list->setCurrentRow(row);
}

bool SharedPassagesPanel::linkChosen()
{
    const int row = m_list->currentRow();
    if (!m_session || row < 0 || row >= m_suggestions.size())
        return false;
    // Annotating the passages where needed and linking them: one undo step, all or nothing.
    auto linked = m_session->linkSharedPassage(m_suggestions.at(row));
    if (!linked) {
        emit errorOccurred(tr("Cannot link the passages"), linked.errorMessage());
        return false;
    }
    return true;
}

bool SharedPassagesPanel::dismissChosen()
{
    const int row = m_list->currentRow();
    if (!m_session || row < 0 || row >= m_suggestions.size())
        return false;
    Status done = m_session->dismissPassage(m_suggestions.at(row).passage);
    if (!done)
        emit errorOccurred(tr("Cannot dismiss the passage"), done.errorMessage());
    return bool(done);
}

} // namespace counterpoint::ui
