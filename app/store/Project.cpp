#include "Project.h"

#include "Database.h"
#include "ServerSearchIndex.h"
#include "SqlDialect.h"
#include "StoreCodec.h"
#include "StoreMessages.h"
#include "StoreTables.h"
#include "StoredAnnotationReader.h"
#include "SystemUser.h"
#include "Transaction.h"
#include "domain/TextRange.h"
#include "log/LogCategories.h"

#ifdef COUNTERPOINT_BULK_SQLITE_READER
#include "bulk/BulkAnnotationReader.h"
#endif

#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QSqlDriver>

#include <algorithm>
#include <tuple>

namespace counterpoint {

using codec::idText;
using codec::now;

namespace {

// What a new annotation has unless it says otherwise: an id, the default set, this user as its
// author, now as its times (addAnnotation and addAnnotations alike).
void fillInNew(Annotation &annotation, const QUuid &defaultSetId, const QString &author)
{
    if (annotation.id.isNull())
        annotation.id = QUuid::createUuid();
    if (annotation.setId.isNull())
        annotation.setId = defaultSetId;
    if (annotation.author.isEmpty())
        annotation.author = author;
    if (!annotation.created.isValid())
        annotation.created = now();
    if (!annotation.modified.isValid())
        annotation.modified = annotation.created;
}

// An annotation as a refusal names it: its kind and the start of its passage.
QString describe(const Annotation &annotation)
{
    QString words = annotation.quote.exact.simplified();
    if (words.size() > 40)
        words = words.left(39) + u'…';
    return Project::tr("the %1 “%2”").arg(displayName(annotation.kind).toLower(), words);
}

} // namespace

// The id breaks ties so that two annotations on one span keep their order from one read to the
// next: an undo that puts a row back must give the list it took away.
bool readingOrder(const Annotation &a, const Annotation &b)
{
    return std::tie(a.articleId, a.start, a.end, a.id) <
           std::tie(b.articleId, b.start, b.end, b.id);
}

Project::Project(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_tables(std::make_unique<StoreTables>(*m_database))
    , m_serverSearch(m_database->isServer() ? std::make_unique<ServerSearchIndex>(*m_database)
                                            : nullptr)
    , m_author(systemUserName())
{}

Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::open(const QString &path, const OpenOptions &options)
{
    auto location = ProjectLocation::parse(path);
    if (!location)
        return location.error();
    auto database = Database::open(*location, options);
    if (!database)
        return database.error();
    return openOn(std::move(database).value(), options);
}

Status Project::initializeServer(const QString &address, const QString &owner,
                                 const OpenOptions &options)
{
    auto location = ProjectLocation::parse(address);
    if (!location)
        return location.error();
    if (!location->isServer())
        return Error{Error::Code::Invalid,
                     tr("server-init makes a database on a PostgreSQL server a project; “%1” is "
                        "not a server's address (postgresql://HOST/DATABASE).")
                         .arg(address)};
    OpenOptions creating = options;
    creating.createIfMissing = true;
    creating.mustBeNew = true;
    creating.readOnly = false;
    auto database = Database::open(*location, creating);
    if (!database)
        return database.error();
    if (auto initialized = ServerAccess::initialize(**database, owner); !initialized)
        return initialized;
    auto project = openOn(std::move(database).value(), creating);
    if (!project)
        return project.error();
    return success();
}

Status Project::checkServerMembers() const
{
    if (!isOnServer())
        return Error{
            Error::Code::Invalid,
            tr("%1 is a file: members and roles belong to a project on a server.").arg(file())};
    return success();
}

Result<QList<ProjectMember>> Project::members() const
{
    if (auto server = checkServerMembers(); !server)
        return server.error();
    return ServerAccess::members(*m_database);
}

Status Project::addMember(const QString &name, ProjectRole role)
{
    if (auto server = checkServerMembers(); !server)
        return server;
    if (auto allowed = checkMay(Permission::ManageMembers); !allowed)
        return allowed;
    return ServerAccess::addMember(*m_database, name, role);
}

Status Project::removeMember(const QString &name)
{
    if (auto server = checkServerMembers(); !server)
        return server;
    if (auto allowed = checkMay(Permission::ManageMembers); !allowed)
        return allowed;
    return ServerAccess::removeMember(*m_database, name);
}

Result<std::unique_ptr<Project>> Project::openOn(std::unique_ptr<Database> database,
                                                 const OpenOptions &options)
{
    std::unique_ptr<Project> project(new Project(std::move(database)));
    Database &opened = *project->m_database;
    if (opened.isServer()) {
        // Attribution on a server is the role the server knows the analyst as.
        project->m_author = opened.serverUser();
        auto role = ServerAccess::roleOf(opened);
        if (!role)
            return role.error();
        project->m_role = *role;
        if (*role == ProjectRole::Owner && opened.migratedOnOpen()) {
            if (auto granted = ServerAccess::applyGrants(opened); !granted)
                return granted.error();
        }
        if (*role == ProjectRole::Reader && !opened.isReadOnly())
            opened.setReadOnly(tr("%1 may read and export %2, but not change it (role: reader).")
                                   .arg(opened.serverUser(), opened.displayName()));
    } else {
        if (!options.author.trimmed().isEmpty())
            project->m_author = options.author.trimmed();
        if (opened.isReadOnly())
            project->m_role = ProjectRole::Reader;
    }

    // Live refresh starts from the log as it is now: what came before is in what views read.
    auto newest = project->m_tables->changes.newestId();
    if (!newest)
        return newest.error();
    project->m_lastSeenChange = *newest;
    if (const auto counterQuery = opened.dialect().otherWritersCounterQuery()) {
        auto counter = opened.query(*counterQuery);
        if (!counter)
            return counter.error();
        if (counter->next())
            project->m_othersCounter = counter->value(0).toLongLong();
    }

    auto info = project->m_database->query(
        QStringLiteral("SELECT value FROM project_info WHERE key = 'default_set'"));
    if (!info)
        return info.error();
    if (info->next()) {
        project->m_defaultSetId = codec::idFrom(info->value(0));
    } else if (!project->isReadOnly()) {
        // A new project starts with one set, "Default", that new annotations go to.
        auto created = project->write([&]() -> Status {
            auto set = project->addAnnotationSet({QUuid(), tr("Default"), QString()});
            if (!set)
                return set.error();
            project->m_defaultSetId = set->id;
            auto stored = project->m_database->execute(
                QStringLiteral("INSERT INTO project_info (key, value) VALUES ('default_set', ?)"),
                {idText(set->id)});
            if (!stored)
                return stored.error();
            return success();
        });
        if (!created)
            return created.error();
    }
    return project;
}

QString Project::filePath() const
{
    return m_database->filePath();
}
QString Project::name() const
{
    if (isOnServer()) {
        const ProjectLocation &location = m_database->location();
        return !location.database().isEmpty() ? location.database() : location.service();
    }
    return QFileInfo(filePath()).completeBaseName();
}
bool Project::isOnServer() const
{
    return m_database->isServer();
}
QString Project::whereAndWho() const
{
    if (!isOnServer())
        return m_database->displayName();
    return tr("%1 as %2 (%3)")
        .arg(m_database->displayName(), m_database->serverUser(), displayName(m_role));
}
bool Project::may(Permission permission) const
{
    return !isReadOnly() && roleMay(m_role, permission);
}
QString Project::whyNot(Permission permission) const
{
    if (isReadOnly())
        return readOnlyNotice().isEmpty()
                   ? tr("%1 is open read-only.").arg(m_database->displayName())
                   : readOnlyNotice();
    if (roleMay(m_role, permission))
        return {};
    const QString who = m_author;
    switch (permission) {
    case Permission::AddAnnotations:
        return tr("%1 is a reader of this project: readers may read and export, not annotate.")
            .arg(who);
    case Permission::EditOthersWork:
        return tr("%1 is a coder in this project: coders change and delete only their own "
                  "annotations and relations.")
            .arg(who);
    case Permission::AddTagsAndActors:
        return tr("%1 is a reader of this project: readers may not add tags or actors.").arg(who);
    case Permission::ManageLists:
        return tr("Only the project's owner and curators manage its sets, tags and actors; %1 "
                  "is a %2.")
            .arg(who, displayName(m_role));
    case Permission::ManageArticles:
        return tr("Only the project's owner and curators add, change and remove articles; %1 is "
                  "a %2.")
            .arg(who, displayName(m_role));
    case Permission::ManageMembers:
        return tr("Only the project's owner manages its members; %1 is a %2.")
            .arg(who, displayName(m_role));
    }
    return {};
}

Status Project::checkMay(Permission permission) const
{
    if (auto writable = checkWritable(); !writable)
        return writable;
    if (roleMay(m_role, permission))
        return success();
    return Error{Error::Code::Denied, whyNot(permission)};
}

Status Project::checkMayChange(const QString &author, const QString &what) const
{
    if (roleMay(m_role, Permission::EditOthersWork) || author == m_author)
        return checkMay(Permission::AddAnnotations);
    if (!roleMay(m_role, Permission::AddAnnotations))
        return checkMay(Permission::AddAnnotations);
    return Error{Error::Code::Denied,
                 tr("Cannot change %1 by %2: %3 is a coder in %4, and coders change only their "
                    "own work.")
                     .arg(what, author, m_author, m_database->displayName())};
}
bool Project::isReadOnly() const
{
    return m_database->isReadOnly();
}
QString Project::readOnlyNotice() const
{
    return m_database->readOnlyNotice();
}
int Project::schemaVersion() const
{
    return m_database->schemaVersion();
}
QString Project::author() const
{
    return m_author;
}
void Project::setAuthor(const QString &author)
{
    m_author = author;
}
QUuid Project::defaultAnnotationSetId() const
{
    return m_defaultSetId;
}
QString Project::file() const
{
    return m_database->displayName();
}

Status Project::checkWritable() const
{
    if (isReadOnly())
        return Error{Error::Code::ReadOnly,
                     tr("Cannot change %1: it is open read-only.").arg(m_database->displayName())};
    return success();
}

// ---------------------------------------------------------------------------------------------
// Transactions and change signals

void Project::afterCommit(std::function<void()> notify)
{
    if (m_bulkDepth > 0)
        return; // writeInBulk() announces all of it with one reset()
    m_pendingNotifications.append({std::move(notify), false});
}

void Project::announceCommitted(QList<Notification> notifications)
{
    // A reset says "reload everything": the per-row signals of the same transaction would only
    // make views do the work twice.
    const bool reset = std::any_of(notifications.cbegin(), notifications.cend(),
                                   [](const Notification &n) { return n.isReset; });
    if (reset) {
        emit this->reset();
        return;
    }
    for (const Notification &notification : std::as_const(notifications))
        notification.notify();
}

void Project::recordChange(ChangeRecord::Entity entity, ChangeRecord::Action action,
                           const QUuid &rowId, const QUuid &articleId, qint64 version)
{
    if (m_bulkDepth > 0)
        return; // writeInBulk() logs one change of everything
    ChangeRecord change;
    change.entity = entity;
    change.action = action;
    change.rowId = rowId;
    change.articleId = articleId;
    change.version = version;
    m_pendingChanges.append(change);
}

Status Project::appendChanges(bool bulk)
{
    if (bulk) {
        ChangeRecord everything;
        everything.entity = ChangeRecord::Entity::All;
        everything.action = ChangeRecord::Action::Changed;
        m_pendingChanges = {everything};
    }
    if (m_pendingChanges.isEmpty())
        return success();
    if (auto appended = m_tables->changes.append(m_pendingChanges, m_author, now()); !appended)
        return appended;
    if (isOnServer()) {
        // Delivered when this transaction commits, to every connection that LISTENs.
        auto notified =
            m_database->execute(QStringLiteral("SELECT pg_notify(?, ?)"),
                                {changeChannel(), QString::number(m_pendingChanges.last().id)});
        if (!notified)
            return notified.error();
    }
    return success();
}

template<class T> Result<T> Project::inWrite(const std::function<Result<T>()> &work)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();

    if (m_writeDepth > 0) {
        // Nested: a savepoint, so a failing part can be undone while the caller goes on.
        Savepoint savepoint(*m_database, m_writeDepth);
        if (auto begun = savepoint.begin(); !begun)
            return begun.error();
        const qsizetype pending = m_pendingNotifications.size();
        const QUuid defaultSetBefore = m_defaultSetId; // adoptDefaultAnnotationSet() may change it
        const qsizetype pendingChanges = m_pendingChanges.size();
        ++m_writeDepth;
        Result<T> result = work();
        --m_writeDepth;
        if (result) {
            if (auto released = savepoint.release(); !released)
                result = released.error();
        }
        if (!result) {
            m_pendingNotifications.resize(pending);
            m_pendingChanges.resize(pendingChanges);
            m_tables->articles.forgetTexts();
            m_defaultSetId = defaultSetBefore;
        }
        return result;
    }

    Transaction transaction(*m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    // The write lock is held from here: what another process committed before is seen, and
    // nothing it does can come between what this write reads and what it stores.
    if (auto fresh = m_tables->articles.forgetTextsIfOthersWrote(); !fresh)
        return fresh.error();
    const QUuid defaultSetBefore = m_defaultSetId;
    // Whether anyone else committed since catchUp() last looked: if not, this write's own
    // changes are the next in the log, and the log needs no reading for them.
    bool othersQuiet = false;
    if (const auto counterQuery = m_database->dialect().otherWritersCounterQuery();
        counterQuery && m_othersCounter) {
        auto counter = m_database->query(*counterQuery);
        othersQuiet =
            counter && counter->next() && counter->value(0).toLongLong() == *m_othersCounter;
    }
    ++m_writeDepth;
    Result<T> result = work();
    --m_writeDepth;
    if (result) {
        const bool bulk =
            m_bulkDepth > 0 ||
            std::any_of(m_pendingNotifications.cbegin(), m_pendingNotifications.cend(),
                        [](const Notification &n) { return n.isReset; });
        if (auto logged = appendChanges(bulk); !logged)
            result = logged.error();
    }
    if (result) {
        if (auto committed = transaction.commit(); !committed)
            result = committed.error();
    }
    if (!result) {
        transaction.rollback();
        m_pendingNotifications.clear();
        m_pendingChanges.clear();
        m_tables->articles.forgetTexts();
        m_defaultSetId = defaultSetBefore;
        return result;
    }
    for (const ChangeRecord &change : std::as_const(m_pendingChanges)) {
        if (othersQuiet && change.id > m_lastSeenChange)
            m_lastSeenChange = change.id;
        else
            m_ownChanges.append(change.id);
    }
    m_pendingChanges.clear();
    // Views hear of a change only once it is stored for good.
    announceCommitted(std::exchange(m_pendingNotifications, {}));
    return result;
}

Status Project::write(const std::function<Status()> &work)
{
    return inWrite<Done>(work);
}

Status Project::writeInBulk(const std::function<Status()> &work)
{
    ++m_bulkDepth;
    Status status = inWrite<Done>(work);
    --m_bulkDepth;
    if (!status)
        return status;
    if (m_writeDepth == 0)
        emit reset(); // this was the outermost write, and it has committed
    else if (m_bulkDepth == 0)
        m_pendingNotifications.append({[this] { emit reset(); }, true}); // when the outer commits
    // else an enclosing writeInBulk() announces it
    return status;
}

// ---------------------------------------------------------------------------------------------
// Articles

Result<QList<ArticleSummary>> Project::articleSummaries() const
{
    return m_tables->articles.summaries();
}

Result<QList<ArticleTitle>> Project::articleTitles() const
{
    auto rows = m_database->query(QStringLiteral("SELECT id, title FROM article"));
    if (!rows)
        return rows.error();
    QList<ArticleTitle> titles;
    while (rows->next())
        titles.append({codec::idFrom(rows->value(0)), rows->value(1).toString()});
    return titles;
}

Result<Article> Project::article(const QUuid &id) const
{
    return m_tables->articles.article(id);
}

Result<QString> Project::articleText(const QUuid &id) const
{
    // Outside a write another process may have replaced the text since it was cached; inside
    // one, the check ran when the write began.
    if (m_writeDepth == 0) {
        if (auto fresh = m_tables->articles.forgetTextsIfOthersWrote(); !fresh)
            return fresh.error();
    }
    return m_tables->articles.text(id);
}

Result<QList<int>> Project::articlePageStarts(const QUuid &id) const
{
    return m_tables->articles.pageStarts(id);
}

Result<QUuid> Project::findArticleByHash(const QString &contentHash) const
{
    return m_tables->articles.findByHash(contentHash);
}

Result<Article> Project::addArticle(Article article)
{
    // Articles are the owner's and the curators' (a server refuses the rows too; saying so
    // here gives the role's reason rather than the server's, and holds for every back end).
    if (auto allowed = checkMay(Permission::ManageArticles); !allowed)
        return allowed.error();
    if (article.id.isNull())
        article.id = QUuid::createUuid();
    if (!article.importedAt.isValid())
        article.importedAt = now();
    return inWrite<Article>([&]() -> Result<Article> {
        if (auto stored = m_tables->articles.insert(article); !stored)
            return stored.error();
        recordChange(ChangeRecord::Entity::Article, ChangeRecord::Action::Added, article.id);
        afterCommit([this, id = article.id] { emit articleAdded(id); });
        return article;
    });
}

Result<Article> Project::restoreArticle(const Article &article,
                                        const QList<ArticleVersion> &versions)
{
    if (auto allowed = checkMay(Permission::ManageArticles); !allowed)
        return allowed.error();
    return inWrite<Article>([&]() -> Result<Article> {
        if (auto stored = m_tables->articles.insert(article); !stored)
            return stored.error();
        for (const ArticleVersion &version : versions) {
            if (auto kept = m_tables->articles.insertVersion(version); !kept)
                return kept.error();
        }
        recordChange(ChangeRecord::Entity::Article, ChangeRecord::Action::Added, article.id);
        afterCommit([this, id = article.id] { emit articleAdded(id); });
        return article;
    });
}

Status Project::updateArticleDetails(const Article &article)
{
    if (auto allowed = checkMay(Permission::ManageArticles); !allowed)
        return allowed;
    return write([&]() -> Status {
        if (auto updated = m_tables->articles.updateDetails(article); !updated)
            return updated;
        recordChange(ChangeRecord::Entity::Article, ChangeRecord::Action::Changed, article.id);
        afterCommit([this, id = article.id] { emit articleChanged(id); });
        return success();
    });
}

Status Project::removeArticle(const QUuid &id)
{
    if (auto allowed = checkMay(Permission::ManageArticles); !allowed)
        return allowed;
    return write([&]() -> Status {
        // What the schema's cascades take with the article, read first so every view hears of
        // the rows it may be showing.
        auto annotations = m_tables->annotations.ofArticle(id);
        if (!annotations)
            return annotations.error();
        auto relations = m_tables->relations.ofArticle(id);
        if (!relations)
            return relations.error();
        auto dismissed = m_tables->dismissed.countOfArticle(id);
        if (!dismissed)
            return dismissed.error();
        if (auto removed = m_tables->articles.remove(id); !removed)
            return removed;
        for (const Relation &relation : std::as_const(*relations)) {
            recordChange(ChangeRecord::Entity::Relation, ChangeRecord::Action::Removed,
                         relation.id);
            afterCommit([this, relation] { emit relationRemoved(relation); });
        }
        for (const Annotation &annotation : std::as_const(*annotations)) {
            recordChange(ChangeRecord::Entity::Annotation, ChangeRecord::Action::Removed,
                         annotation.id, id);
            afterCommit([this, annotationId = annotation.id, id] {
                emit annotationRemoved(annotationId, id);
            });
        }
        if (*dismissed > 0) {
            recordChange(ChangeRecord::Entity::Dismissed, ChangeRecord::Action::Changed);
            afterCommit([this] { emit dismissedPassagesChanged(); });
        }
        recordChange(ChangeRecord::Entity::Article, ChangeRecord::Action::Removed, id);
        afterCommit([this, id] { emit articleRemoved(id); });
        return success();
    });
}

Status Project::replaceArticleContent(const Article &newContent,
                                      const QList<Annotation> &reanchored)
{
    if (auto allowed = checkMay(Permission::ManageArticles); !allowed)
        return allowed;
    return write([&]() -> Status {
        auto current = m_tables->articles.article(newContent.id);
        if (!current)
            return current.error();
        auto before = m_tables->annotations.ofArticle(newContent.id);
        if (!before)
            return before.error();
        QHash<QUuid, Annotation> previous;
        for (const Annotation &annotation : std::as_const(*before))
            previous.insert(annotation.id, annotation);
        // An annotation left out would keep a range that means nothing on the new text.
        for (const Annotation &annotation : reanchored) {
            if (!previous.contains(annotation.id))
                return Error{Error::Code::Invalid,
                             tr("Annotation %1 does not belong to “%2” in %3.")
                                 .arg(idText(annotation.id), current->title, file())};
        }
        if (reanchored.size() != previous.size())
            return Error{Error::Code::Invalid,
                         tr("Every annotation of “%1” in %2 must be placed on its new version.")
                             .arg(current->title, file())};

        const QDateTime replacedAt = now();
        QMap<AnchorState, int> states;
        for (const Annotation &placed : reanchored)
            ++states[placed.anchorState];
        QStringList counts;
        for (const AnchorState state :
             {AnchorState::Exact, AnchorState::Moved, AnchorState::Fuzzy, AnchorState::Orphaned})
            counts.append(toString(state) + u'=' + QString::number(states.value(state)));
        if (auto replaced = m_tables->articles.replaceContent(*current, newContent, replacedAt,
                                                              counts.join(u' '));
            !replaced)
            return replaced;

        for (const Annotation &placed : reanchored) {
            // Only the placement changes; what views hear is the row as stored.
            Annotation annotation = previous.value(placed.id);
            annotation.start = placed.start;
            annotation.end = placed.end;
            annotation.anchorState = placed.anchorState;
            annotation.modified = replacedAt;
            if (annotation.anchorState != AnchorState::Orphaned) {
                if (const auto problem =
                        rangeProblem(newContent.text, annotation.start, annotation.end))
                    return messages::rangeRefused(*problem, annotation.start, annotation.end,
                                                  newContent.text.size(), current->title, file());
                annotation.quote =
                    TextQuote::fromText(newContent.text, annotation.start, annotation.end);
            } // an orphan keeps its words until re-attached
            if (auto stored = m_tables->annotations.updatePlacement(annotation); !stored)
                return stored;
            ++annotation.version;
            recordChange(ChangeRecord::Entity::Annotation, ChangeRecord::Action::Changed,
                         annotation.id, annotation.articleId, annotation.version);
            afterCommit([this, annotation] { emit annotationChanged(annotation); });
        }
        recordChange(ChangeRecord::Entity::Article, ChangeRecord::Action::Changed, current->id);
        afterCommit([this, id = current->id] { emit articleChanged(id); });
        return success();
    });
}

Result<QList<ArticleVersion>> Project::articleVersions(const QUuid &articleId) const
{
    return m_tables->articles.versions(articleId);
}

// ---------------------------------------------------------------------------------------------
// Annotation sets, actors, tags: three small named lists behind one NamedListTable

namespace {

// The item called name, or a new one made by add.
template<class Item, class Add>
Result<Item> ensureNamed(const NamedListTable<Item> &table, const QString &name, Add add)
{
    auto existing = table.findByName(name);
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;
    return add();
}

// One level of parent tags (issue 20): tag, about to be stored with its parent, among the tags
// as they are now. A tag goes under a top-level tag other than itself, and only when nothing is
// under it.
Status checkTagParent(const Tag &tag, const QList<Tag> &tags, const QString &file)
{
    if (tag.parentId.isNull())
        return success();
    if (tag.parentId == tag.id)
        return Error{
            Error::Code::Invalid,
            StoreMessages::tr("The tag “%1” cannot be its own parent (%2).").arg(tag.name, file)};
    const Tag *parent = nullptr;
    for (const Tag &other : tags) {
        if (other.id == tag.parentId)
            parent = &other;
    }
    if (!parent)
        return messages::notFound(StoreMessages::tr("There is no tag %1 in %2 to put “%3” under.")
                                      .arg(codec::idText(tag.parentId), file, tag.name));
    if (!parent->parentId.isNull()) {
        QString grandparent;
        for (const Tag &other : tags) {
            if (other.id == parent->parentId)
                grandparent = other.name;
        }
        return Error{Error::Code::Invalid,
                     StoreMessages::tr("The tag “%1” cannot go under “%2”: “%2” is under “%3”, and "
                                       "tags have one level of parents (%4).")
                         .arg(tag.name, parent->name, grandparent, file)};
    }
    for (const Tag &other : tags) {
        if (other.parentId == tag.id && other.id != tag.id)
            return Error{Error::Code::Invalid,
                         StoreMessages::tr("The tag “%1” cannot go under “%2”: tags are under "
                                           "“%1” (such as “%3”), and tags have one level of "
                                           "parents (%4).")
                             .arg(tag.name, parent->name, other.name, file)};
    }
    return success();
}

} // namespace

Result<QList<AnnotationSet>> Project::annotationSets() const
{
    return m_tables->sets.all();
}

Result<AnnotationSet> Project::addAnnotationSet(AnnotationSet set)
{
    auto prepared = m_tables->sets.prepare(std::move(set));
    if (!prepared)
        return prepared.error();
    return inWrite<AnnotationSet>([&]() -> Result<AnnotationSet> {
        if (auto stored = m_tables->sets.insert(*prepared); !stored)
            return stored.error();
        recordChange(ChangeRecord::Entity::Sets, ChangeRecord::Action::Changed);
        afterCommit([this] { emit annotationSetsChanged(); });
        return *prepared;
    });
}

Result<AnnotationSet> Project::ensureAnnotationSet(const QString &name)
{
    return ensureNamed(m_tables->sets, name, [&] {
        return addAnnotationSet({QUuid(), name, QString()});
    });
}

Status Project::renameAnnotationSet(const QUuid &id, const QString &name)
{
    return write([&]() -> Status {
        if (auto renamed = m_tables->sets.rename(id, name); !renamed)
            return renamed;
        recordChange(ChangeRecord::Entity::Sets, ChangeRecord::Action::Changed);
        afterCommit([this] { emit annotationSetsChanged(); });
        return success();
    });
}

Status Project::removeAnnotationSet(const QUuid &id)
{
    if (id == m_defaultSetId)
        return Error{Error::Code::Invalid,
                     tr("The default annotation set of %1 cannot be removed.").arg(file())};
    return write([&]() -> Status {
        auto used = m_tables->annotations.countInSet(id);
        if (!used)
            return used.error();
        if (*used > 0) {
            QString name = idText(id);
            if (auto sets = m_tables->sets.all()) {
                for (const AnnotationSet &set : std::as_const(*sets))
                    name = set.id == id ? set.name : name;
            }
            return Error{Error::Code::Invalid,
                         tr("The annotation set “%1” in %2 still holds %n annotation(s); move or "
                            "remove them first.",
                            nullptr, int(*used))
                             .arg(name, file())};
        }
        if (auto removed = m_tables->sets.remove(id); !removed)
            return removed;
        recordChange(ChangeRecord::Entity::Sets, ChangeRecord::Action::Changed);
        afterCommit([this] { emit annotationSetsChanged(); });
        return success();
    });
}

Status Project::adoptDefaultAnnotationSet(const AnnotationSet &set)
{
    if (set.id.isNull() || set.id == m_defaultSetId)
        return success();
    if (auto allowed = checkMay(Permission::ManageLists); !allowed)
        return allowed;
    return write([&]() -> Status {
        auto used = m_tables->annotations.countInSet(m_defaultSetId);
        if (!used)
            return used.error();
        if (*used > 0)
            return Error{Error::Code::Invalid,
                         tr("The default annotation set of %1 already holds annotations; it "
                            "keeps its id.")
                             .arg(file())};
        auto sets = m_tables->sets.all();
        if (!sets)
            return sets.error();
        for (const AnnotationSet &other : std::as_const(*sets)) {
            if (other.id == set.id)
                return Error{Error::Code::Duplicate,
                             tr("%1 already has an annotation set with the id %2.")
                                 .arg(file(), idText(set.id))};
        }
        if (auto changed = m_tables->curation.changeDefaultSetId(m_defaultSetId, set.id); !changed)
            return changed;
        m_defaultSetId = set.id; // put back if this write is rolled back
        if (auto updated = m_tables->sets.update(set); !updated)
            return updated;
        afterCommit([this] { emit annotationSetsChanged(); });
        return success();
    });
}

Result<QList<SetRole>> Project::annotationSetRoles() const
{
    return m_tables->curation.roles();
}

Status Project::setAnnotationSetOwner(const QUuid &setId, const QString &owner)
{
    if (auto allowed = checkMay(Permission::ManageLists); !allowed)
        return allowed;
    return write([&]() -> Status {
        auto changed = m_tables->curation.setOwner(setId, owner.trimmed());
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return Error{Error::Code::NotFound,
                         tr("There is no such annotation set in %1.").arg(file())};
        recordChange(ChangeRecord::Entity::Sets, ChangeRecord::Action::Changed);
        afterCommit([this] { emit annotationSetsChanged(); });
        return success();
    });
}

Status Project::setConsensusSet(const QUuid &setId, bool consensus)
{
    if (auto allowed = checkMay(Permission::ManageLists); !allowed)
        return allowed;
    return write([&]() -> Status {
        auto changed = m_tables->curation.setConsensus(setId, consensus);
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return Error{Error::Code::NotFound,
                         tr("There is no such annotation set in %1.").arg(file())};
        recordChange(ChangeRecord::Entity::Sets, ChangeRecord::Action::Changed);
        afterCommit([this] { emit annotationSetsChanged(); });
        return success();
    });
}

Result<QList<QUuid>> Project::consensusSources(const QUuid &annotationId) const
{
    return m_tables->curation.sources(annotationId);
}

Status Project::setConsensusSources(const QUuid &annotationId, const QList<QUuid> &sources)
{
    if (auto allowed = checkMay(Permission::EditOthersWork); !allowed)
        return allowed;
    return write([&]() -> Status {
        recordChange(ChangeRecord::Entity::Settings, ChangeRecord::Action::Changed);
        return m_tables->curation.setSources(annotationId, sources);
    });
}

Result<QString> Project::setting(const QString &key) const
{
    return m_tables->curation.setting(key);
}

Status Project::setSetting(const QString &key, const QString &value)
{
    return write([&]() -> Status {
        recordChange(ChangeRecord::Entity::Settings, ChangeRecord::Action::Changed);
        return m_tables->curation.setSetting(key, value);
    });
}

Result<QList<Actor>> Project::actors() const
{
    return m_tables->actors.all();
}

Result<Actor> Project::addActor(Actor actor)
{
    auto prepared = m_tables->actors.prepare(std::move(actor));
    if (!prepared)
        return prepared.error();
    return inWrite<Actor>([&]() -> Result<Actor> {
        if (auto stored = m_tables->actors.insert(*prepared); !stored)
            return stored.error();
        recordChange(ChangeRecord::Entity::Actors, ChangeRecord::Action::Changed);
        afterCommit([this] { emit actorsChanged(); });
        return *prepared;
    });
}

Result<Actor> Project::ensureActor(const QString &name)
{
    return ensureNamed(m_tables->actors, name, [&] {
        return addActor({QUuid(), name, QString()});
    });
}

Status Project::updateActor(const Actor &actor)
{
    return write([&]() -> Status {
        if (auto updated = m_tables->actors.update(actor); !updated)
            return updated;
        recordChange(ChangeRecord::Entity::Actors, ChangeRecord::Action::Changed);
        afterCommit([this] { emit actorsChanged(); });
        return success();
    });
}

Status Project::removeActor(const QUuid &id)
{
    return write([&]() -> Status {
        if (auto removed = m_tables->actors.remove(id); !removed)
            return removed;
        recordChange(ChangeRecord::Entity::Actors, ChangeRecord::Action::Changed);
        afterCommit([this] { emit actorsChanged(); });
        return success();
    });
}

Result<QList<Tag>> Project::tags() const
{
    return m_tables->tags.all();
}

Result<Tag> Project::addTag(Tag tag)
{
    auto prepared = m_tables->tags.prepare(std::move(tag));
    if (!prepared)
        return prepared.error();
    return inWrite<Tag>([&]() -> Result<Tag> {
        if (!prepared->parentId.isNull()) {
            auto tags = m_tables->tags.all();
            if (!tags)
                return tags.error();
            if (Status fits = checkTagParent(*prepared, *tags, file()); !fits)
                return fits.error();
        }
        if (auto stored = m_tables->tags.insert(*prepared); !stored)
            return stored.error();
        recordChange(ChangeRecord::Entity::Tags, ChangeRecord::Action::Changed);
        afterCommit([this] { emit tagsChanged(); });
        return *prepared;
    });
}

Result<Tag> Project::ensureTag(const QString &name)
{
    return ensureNamed(m_tables->tags, name, [&] { return addTag({QUuid(), name, QColor()}); });
}

Status Project::updateTag(const Tag &tag)
{
    return write([&]() -> Status {
        if (!tag.parentId.isNull()) {
            auto tags = m_tables->tags.all();
            if (!tags)
                return tags.error();
            if (Status fits = checkTagParent(tag, *tags, file()); !fits)
                return fits;
        }
        if (auto updated = m_tables->tags.update(tag); !updated)
            return updated;
        recordChange(ChangeRecord::Entity::Tags, ChangeRecord::Action::Changed);
        afterCommit([this] { emit tagsChanged(); });
        return success();
    });
}

Status Project::setTagParent(const QUuid &tagId, const QUuid &parentId)
{
    return write([&]() -> Status {
        auto tags = m_tables->tags.all();
        if (!tags)
            return tags.error();
        for (Tag tag : std::as_const(*tags)) {
            if (tag.id != tagId)
                continue;
            if (tag.parentId == parentId)
                return success();
            tag.parentId = parentId;
            return updateTag(tag);
        }
        return messages::notFound(
            StoreMessages::tr("There is no tag %1 in %2.").arg(codec::idText(tagId), file()));
    });
}

Status Project::removeTag(const QUuid &id)
{
    return write([&]() -> Status {
        // Its children become top-level, each a change of its row (and of its version), before
        // the tag goes.
        auto tags = m_tables->tags.all();
        if (!tags)
            return tags.error();
        for (Tag child : std::as_const(*tags)) {
            if (child.parentId != id || child.id == id)
                continue;
            child.parentId = QUuid();
            if (auto updated = m_tables->tags.update(child); !updated)
                return updated;
        }
        if (auto removed = m_tables->tags.remove(id); !removed)
            return removed;
        recordChange(ChangeRecord::Entity::Tags, ChangeRecord::Action::Changed);
        afterCommit([this] { emit tagsChanged(); });
        return success();
    });
}

// ---------------------------------------------------------------------------------------------
// Annotations

Status Project::forEachAnnotation(const std::function<void(Annotation &&)> &visit) const
{
    return m_tables->annotations.forEach(visit);
}

Status Project::forEachStoredAnnotation(const std::function<void(StoredAnnotation &&)> &visit,
                                        QList<Relation> *relations) const
{
    // The stored bytes are UTF-8 only in a file that keeps its text so: a project kept in
    // UTF-16 (none this app creates) goes the long way, each Annotation formatted as the stored
    // text of a UTF-8 file would read.
    auto encoding = m_database->query(m_database->dialect().textEncodingQuery());
    if (!encoding)
        return encoding.error();
    if (!encoding->next() || !m_database->dialect().isUtf8(encoding->value(0).toString())) {
        qCDebug(lcStore) << m_database->filePath()
                         << "does not keep its text in UTF-8; stored annotations are formatted"
                            " one by one";
        if (auto read = forEachAnnotation(
                [&visit](Annotation &&annotation) { visit(storedAnnotationOf(annotation)); });
            !read)
            return read;
        return readRelations(relations);
    }

#ifdef COUNTERPOINT_BULK_SQLITE_READER
    // Through a connection of our own when the file opens that way. Not inside a write: that
    // connection would not see what this one has not committed yet.
    if (m_writeDepth == 0) {
        if (std::optional<Status> read = bulk::readStoredAnnotations(*m_database, visit, relations))
            return *read;
    }
#else
    static const bool toldOnce = [] {
        qCDebug(lcStore) << "Built without the bulk SQLite reader (Qt's SQLite driver does not"
                            " link the system's SQLite): stored annotations are read through Qt"
                            " SQL";
        return true;
    }();
    Q_UNUSED(toldOnce)
#endif

    // Qt SQL: inside a write, when the bulk reader is not built in (Qt's SQLite driver does not
    // use the system's SQLite) or when it cannot open the file.
    if (auto read = stored::readThroughQt(*m_database, visit); !read)
        return read;
    return readRelations(relations);
}

Status Project::readRelations(QList<Relation> *relations) const
{
    if (!relations)
        return success();
    auto all = this->relations();
    if (!all)
        return all.error();
    *relations = std::move(all).value();
    return success();
}

Result<qsizetype> Project::annotationCount() const
{
    return m_tables->annotations.count();
}

Result<QSet<QUuid>> Project::annotationIds() const
{
    return m_tables->annotations.ids();
}

Result<QList<Annotation>> Project::annotations() const
{
    QList<Annotation> annotations;
    Status read = forEachAnnotation(
        [&annotations](Annotation &&annotation) { annotations.append(std::move(annotation)); });
    if (!read)
        return read.error();
    std::sort(annotations.begin(), annotations.end(), readingOrder);
    return annotations;
}

Result<QList<Annotation>> Project::annotationsOfArticle(const QUuid &articleId) const
{
    return m_tables->annotations.ofArticle(articleId);
}

Result<Annotation> Project::annotation(const QUuid &id) const
{
    return m_tables->annotations.annotation(id);
}

Result<QList<QUuid>> Project::annotationIdsStartingWith(const QString &prefix, int limit) const
{
    QString pattern = prefix.trimmed().toLower();
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    auto rows =
        m_database->query(u"SELECT id FROM annotation WHERE " +
                              m_database->dialect().idHasPrefix(QStringLiteral("id")) + u" LIMIT ?",
                          {QString(pattern + u'%'), limit});
    if (!rows)
        return rows.error();
    QList<QUuid> found;
    while (rows->next())
        found.append(codec::idFrom(rows->value(0)));
    return found;
}

Result<SearchCandidates> Project::searchCandidates(const QStringList &substrings,
                                                   bool caseSensitive) const
{
    SearchCandidates candidates;
    if (substrings.isEmpty())
        return candidates;
    if (m_serverSearch) {
        auto rows = m_serverSearch->candidates(substrings, caseSensitive);
        if (!rows)
            return rows.error();
        candidates.narrowed = rows->narrowed;
        candidates.articles = std::move(rows->articles);
        candidates.annotations = std::move(rows->annotations);
        return candidates;
    }
    // Each substring as an FTS5 string ("" stands for a quote in it): with the trigram
    // tokenizer, a string matches wherever it occurs, whole words or not.
    QStringList strings;
    for (QString substring : substrings)
        strings.append(u'"' + substring.replace(u'"', QStringLiteral("\"\"")) + u'"');
    const QString match = strings.join(QStringLiteral(" AND "));
    auto articles = m_database->query(
        QStringLiteral("SELECT id FROM article WHERE rowid IN (SELECT rowid FROM search_article "
                       "WHERE search_article MATCH ?)"),
        {match});
    if (!articles)
        return articles.error();
    while (articles->next())
        candidates.articles.insert(codec::idFrom(articles->value(0)));
    auto annotations = m_database->query(
        QStringLiteral("SELECT id FROM annotation WHERE rowid IN (SELECT rowid FROM "
                       "search_annotation WHERE search_annotation MATCH ?)"),
        {match});
    if (!annotations)
        return annotations.error();
    while (annotations->next())
        candidates.annotations.insert(codec::idFrom(annotations->value(0)));
    candidates.narrowed = true;
    return candidates;
}

Status Project::anchor(Annotation &annotation) const
{
    if (annotation.anchorState == AnchorState::Orphaned)
        return success();
    // Inside the write: the text as stored now, not as this process last saw it.
    auto text = m_tables->articles.text(annotation.articleId);
    if (!text)
        return text.error();
    if (const auto problem = rangeProblem(*text, annotation.start, annotation.end))
        return messages::rangeRefused(*problem, annotation.start, annotation.end, text->size(),
                                      m_tables->articles.titleOf(annotation.articleId), file());
    annotation.quote = TextQuote::fromText(*text, annotation.start, annotation.end);
    return success();
}

Result<Annotation> Project::addAnnotation(Annotation annotation)
{
    return inWrite<Annotation>([&]() -> Result<Annotation> {
        if (auto anchored = anchor(annotation); !anchored)
            return anchored.error();
        fillInNew(annotation, m_defaultSetId, m_author);
        if (auto stored = m_tables->annotations.insert(annotation); !stored)
            return stored.error();
        recordChange(ChangeRecord::Entity::Annotation, ChangeRecord::Action::Added, annotation.id,
                     annotation.articleId, annotation.version);
        afterCommit([this, annotation] { emit annotationAdded(annotation); });
        return annotation;
    });
}

Status Project::addAnnotations(QList<Annotation> &annotations, qsizetype *refused)
{
    if (refused)
        *refused = -1;
    return inWrite<Done>([&]() -> Status {
        for (qsizetype i = 0; i < annotations.size(); ++i) {
            Annotation &annotation = annotations[i];
            if (auto anchored = anchor(annotation); !anchored) {
                if (refused)
                    *refused = i;
                return anchored.error();
            }
            fillInNew(annotation, m_defaultSetId, m_author);
        }
        if (auto stored = m_tables->annotations.insertMany(annotations); !stored)
            return stored.error();
        for (const Annotation &annotation : std::as_const(annotations)) {
            recordChange(ChangeRecord::Entity::Annotation, ChangeRecord::Action::Added,
                         annotation.id, annotation.articleId, annotation.version);
            afterCommit([this, annotation] { emit annotationAdded(annotation); });
        }
        return success();
    });
}

Result<Annotation> Project::updateAnnotation(Annotation annotation, qint64 expectedVersion)
{
    return inWrite<Annotation>([&]() -> Result<Annotation> {
        auto before = m_tables->annotations.annotation(annotation.id);
        if (!before)
            return before.error();
        if (auto allowed = checkMayChange(before->author, tr("an annotation")); !allowed)
            return allowed.error();
        // Read under the write lock: nobody changes the row between this check and the update.
        if (expectedVersion != 0 && before->version != expectedVersion)
            return conflict(ChangeRecord::Entity::Annotation, annotation.id, expectedVersion,
                            before->version, describe(*before));
        if (annotation.articleId != before->articleId)
            return Error{Error::Code::Invalid,
                         tr("An annotation in %1 cannot move to another article.").arg(file())};
        if (auto anchored = anchor(annotation); !anchored)
            return anchored.error();
        if (annotation.setId.isNull())
            annotation.setId = m_defaultSetId;
        if (!annotation.modified.isValid() || annotation.modified == before->modified)
            annotation.modified = now();
        if (auto updated = m_tables->annotations.update(annotation); !updated)
            return updated.error();
        annotation.author = before->author;
        annotation.created = before->created;
        annotation.version = before->version + 1;
        recordChange(ChangeRecord::Entity::Annotation, ChangeRecord::Action::Changed, annotation.id,
                     annotation.articleId, annotation.version);
        afterCommit([this, annotation] { emit annotationChanged(annotation); });
        return annotation;
    });
}

Result<Annotation> Project::moveAnnotation(const Annotation &placed)
{
    return inWrite<Annotation>([&]() -> Result<Annotation> {
        auto before = m_tables->annotations.annotation(placed.id);
        if (!before)
            return before.error();
        Annotation annotation = *before;
        annotation.articleId = placed.articleId;
        annotation.start = placed.start;
        annotation.end = placed.end;
        annotation.anchorState = placed.anchorState;
        annotation.modified = now();
        if (annotation.anchorState == AnchorState::Orphaned)
            annotation.quote = placed.quote;
        else if (auto anchored = anchor(annotation); !anchored)
            return anchored.error();
        if (auto moved = m_tables->annotations.moveToArticle(annotation.id, annotation.articleId);
            !moved)
            return moved.error();
        if (auto stored = m_tables->annotations.updatePlacement(annotation); !stored)
            return stored.error();
        ++annotation.version;
        recordChange(ChangeRecord::Entity::Annotation, ChangeRecord::Action::Removed, annotation.id,
                     before->articleId);
        afterCommit([this, id = annotation.id, from = before->articleId] {
            emit annotationRemoved(id, from);
        });
        recordChange(ChangeRecord::Entity::Annotation, ChangeRecord::Action::Added, annotation.id,
                     annotation.articleId, annotation.version);
        afterCommit([this, annotation] { emit annotationAdded(annotation); });
        return annotation;
    });
}

Status Project::removeAnnotation(const QUuid &id, qint64 expectedVersion)
{
    return write([&]() -> Status {
        auto before = m_tables->annotations.annotation(id);
        if (!before)
            return before.error();
        if (auto allowed = checkMayChange(before->author, tr("an annotation")); !allowed)
            return allowed;
        if (expectedVersion != 0 && before->version != expectedVersion)
            return conflict(ChangeRecord::Entity::Annotation, id, expectedVersion, before->version,
                            describe(*before));
        auto links = m_tables->relations.of(id);
        if (!links)
            return links.error();
        if (auto removed = m_tables->annotations.remove(id); !removed)
            return removed.error();
        for (const Relation &relation : std::as_const(*links)) {
            recordChange(ChangeRecord::Entity::Relation, ChangeRecord::Action::Removed,
                         relation.id);
            afterCommit([this, relation] { emit relationRemoved(relation); });
        }
        recordChange(ChangeRecord::Entity::Annotation, ChangeRecord::Action::Removed, id,
                     before->articleId);
        afterCommit(
            [this, id, articleId = before->articleId] { emit annotationRemoved(id, articleId); });
        return success();
    });
}

// ---------------------------------------------------------------------------------------------
// Verdicts

Result<std::optional<Verdict>> Project::verdict(const QUuid &annotationId) const
{
    return m_tables->verdicts.of(annotationId);
}

Result<QList<Verdict>> Project::verdicts() const
{
    return m_tables->verdicts.all();
}

Status Project::setVerdict(const Verdict &verdict)
{
    if (auto valid = checkVerdict(verdict); !valid)
        return valid;
    return write([&]() -> Status {
        auto annotation = m_tables->annotations.annotation(verdict.annotationId);
        if (!annotation)
            return annotation.error();
        if (auto allowed = checkMayChange(annotation->author, tr("an annotation")); !allowed)
            return allowed;
        if (annotation->kind != AnnotationKind::Claim &&
            annotation->kind != AnnotationKind::Counterclaim)
            return Error{Error::Code::Invalid,
                         tr("Only a claim or a counterclaim can be given a verdict; this is a "
                            "%1.")
                             .arg(displayName(annotation->kind).toLower())};
        auto before = m_tables->verdicts.of(verdict.annotationId);
        if (!before)
            return before.error();
        if (*before == verdict)
            return success();
        if (auto stored = m_tables->verdicts.put(verdict); !stored)
            return stored;
        recordChange(ChangeRecord::Entity::Annotation, ChangeRecord::Action::Changed,
                     verdict.annotationId, annotation->articleId);
        afterCommit([this, id = verdict.annotationId] { emit verdictChanged(id); });
        return success();
    });
}

Status Project::clearVerdict(const QUuid &annotationId)
{
    return write([&]() -> Status {
        auto annotation = m_tables->annotations.annotation(annotationId);
        if (!annotation)
            return annotation.error();
        if (auto allowed = checkMayChange(annotation->author, tr("an annotation")); !allowed)
            return allowed;
        auto removed = m_tables->verdicts.remove(annotationId);
        if (!removed)
            return removed.error();
        if (*removed > 0) {
            recordChange(ChangeRecord::Entity::Annotation, ChangeRecord::Action::Changed,
                         annotationId, annotation->articleId);
            afterCommit([this, annotationId] { emit verdictChanged(annotationId); });
        }
        return success();
    });
}

// ---------------------------------------------------------------------------------------------
// The change log: what others changed, and refusing a change made on an older version

Error Project::conflict(ChangeRecord::Entity entity, const QUuid &rowId, qint64 expectedVersion,
                        qint64 currentVersion, const QString &what) const
{
    QString who;
    QDateTime when;
    if (auto last = m_tables->changes.lastChangeOf(entity, rowId); last && *last) {
        who = (*last)->author;
        when = (*last)->at;
    }
    qCInfo(lcStore) << "refused a change of" << idText(rowId) << "made on version"
                    << expectedVersion << "; it is at version" << currentVersion;
    const QString at =
        when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
    if (!who.isEmpty() && !at.isEmpty())
        return Error{Error::Code::Conflict,
                     tr("Cannot change %1 in %2: %3 changed it at %4, after it was read here. "
                        "Nothing was changed.")
                         .arg(what, file(), who, at)};
    return Error{Error::Code::Conflict,
                 tr("Cannot change %1 in %2: it was changed after it was read here. Nothing was "
                    "changed.")
                     .arg(what, file())};
}

Result<QList<ChangeRecord>> Project::changesSince(qint64 after) const
{
    return m_tables->changes.since(after);
}

Result<std::optional<ChangeRecord>> Project::lastChangeOf(ChangeRecord::Entity entity,
                                                          const QUuid &rowId) const
{
    return m_tables->changes.lastChangeOf(entity, rowId);
}

bool Project::listenForChanges()
{
    if (!isOnServer())
        return false;
    if (m_listening)
        return true;
    if (!m_database->subscribe(changeChannel()))
        return false;
    m_listening = true;
    QSqlDriver *driver = m_database->connection().driver();
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name != changeChannel())
            return;
        if (auto caught = catchUp(); !caught)
            qCInfo(lcStore) << "after a notice of" << filePath() << ":" << caught.errorMessage();
    });
    return true;
}

Result<int> Project::catchUp()
{
    if (m_writeDepth > 0)
        return 0; // inside a write: after it
    bool counterMoved = false;
    if (const auto counterQuery = m_database->dialect().otherWritersCounterQuery()) {
        auto counter = m_database->query(*counterQuery);
        if (!counter)
            return counter.error();
        const qint64 now = counter->next() ? counter->value(0).toLongLong() : -1;
        if (m_othersCounter && *m_othersCounter == now)
            return 0; // nobody else committed: one pragma, no more
        counterMoved = m_othersCounter.has_value();
        m_othersCounter = now;
    }
    auto changes = m_tables->changes.since(m_lastSeenChange);
    if (!changes)
        return changes.error();
    QList<ChangeRecord> others;
    for (const ChangeRecord &change : std::as_const(*changes)) {
        m_lastSeenChange = qMax(m_lastSeenChange, change.id);
        if (!m_ownChanges.removeOne(change.id))
            others.append(change);
    }
    m_ownChanges.removeIf([this](qint64 id) { return id <= m_lastSeenChange; });
    if (others.isEmpty()) {
        if (counterMoved && changes->isEmpty()) {
            // Another connection committed without a word in the log (a program that does not
            // keep it): nothing is known of what changed, so everything is read again.
            qCInfo(lcStore) << "another connection changed" << filePath()
                            << "without logging it; reloading";
            emit reset();
            return 1;
        }
        return 0;
    }
    announceChanges(others);
    return int(others.size());
}

void Project::announceChanges(const QList<ChangeRecord> &changes)
{
    using Entity = ChangeRecord::Entity;
    using Action = ChangeRecord::Action;
    QStringList authors;
    for (const ChangeRecord &change : changes) {
        if (!authors.contains(change.author))
            authors.append(change.author);
    }
    const bool everything = std::any_of(changes.cbegin(), changes.cend(),
                                        [](const auto &c) { return c.entity == Entity::All; });
    if (everything) {
        emit reset();
        emit changedElsewhere(authors, int(changes.size()));
        return;
    }
    // Each row once, as it is now; a list once.
    QSet<QUuid> announced;
    bool lists[int(Entity::All) + 1] = {};
    for (const ChangeRecord &change : changes) {
        switch (change.entity) {
        case Entity::Annotation:
            if (change.action == Action::Removed) {
                announced.remove(change.rowId);
                emit annotationRemoved(change.rowId, change.articleId);
            } else if (!announced.contains(change.rowId)) {
                auto now = m_tables->annotations.annotation(change.rowId);
                if (!now)
                    break; // gone since: its removal comes later in the log
                announced.insert(change.rowId);
                if (change.action == Action::Added) {
                    emit annotationAdded(*now);
                } else {
                    emit annotationChanged(*now);
                    emit verdictChanged(change.rowId); // a verdict is logged as its claim's change
                }
            }
            break;
        case Entity::Relation:
            if (change.action == Action::Removed) {
                Relation gone;
                gone.id = change.rowId;
                emit relationRemoved(gone);
            } else if (auto now = m_tables->relations.relation(change.rowId); now && *now) {
                emit relationAdded(**now);
            }
            break;
        case Entity::Article:
            if (change.action == Action::Added)
                emit articleAdded(change.rowId);
            else if (change.action == Action::Removed)
                emit articleRemoved(change.rowId);
            else
                emit articleChanged(change.rowId);
            break;
        case Entity::Sets:
        case Entity::Actors:
        case Entity::Tags:
        case Entity::Dismissed:
        case Entity::Settings:
        case Entity::Memos:
            lists[int(change.entity)] = true;
            break;
        case Entity::All:
            break;
        }
    }
    if (lists[int(Entity::Sets)] || lists[int(Entity::Settings)])
        emit annotationSetsChanged();
    if (lists[int(Entity::Actors)])
        emit actorsChanged();
    if (lists[int(Entity::Tags)])
        emit tagsChanged();
    if (lists[int(Entity::Dismissed)])
        emit dismissedPassagesChanged();
    if (lists[int(Entity::Memos)])
        emit memosChanged();
    emit changedElsewhere(authors, int(changes.size()));
}

// ---------------------------------------------------------------------------------------------
// Relations

Result<QList<Relation>> Project::relations() const
{
    return m_tables->relations.all();
}

Result<QList<Relation>> Project::relationsOf(const QUuid &annotationId) const
{
    return m_tables->relations.of(annotationId);
}

Result<Relation> Project::addRelation(Relation relation)
{
    if (relation.fromId == relation.toId)
        return Error{Error::Code::Invalid,
                     tr("An annotation in %1 cannot be linked to itself.").arg(file())};
    if (relation.id.isNull())
        relation.id = QUuid::createUuid();
    if (relation.author.isEmpty())
        relation.author = m_author;
    if (!relation.created.isValid())
        relation.created = now();
    return inWrite<Relation>([&]() -> Result<Relation> {
        for (const QUuid &end : {relation.fromId, relation.toId}) {
            if (auto exists = m_tables->annotations.annotation(end); !exists)
                return exists.error();
        }
        auto linked = m_tables->relations.links(relation.fromId, relation.toId, relation.kind);
        if (!linked)
            return linked.error();
        if (*linked)
            return Error{
                Error::Code::Duplicate,
                tr("These two annotations in %1 are already linked that way.").arg(file())};
        if (auto stored = m_tables->relations.insert(relation); !stored)
            return stored.error();
        recordChange(ChangeRecord::Entity::Relation, ChangeRecord::Action::Added, relation.id);
        afterCommit([this, relation] { emit relationAdded(relation); });
        return relation;
    });
}

Status Project::removeRelation(const QUuid &id)
{
    return write([&]() -> Status {
        auto found = m_tables->relations.relation(id);
        if (!found)
            return found.error();
        if (!*found)
            return messages::notFound(tr("There is no relation %1 in %2.").arg(idText(id), file()));
        if (auto allowed = checkMayChange((*found)->author, tr("a relation")); !allowed)
            return allowed;
        if (auto removed = m_tables->relations.remove(id); !removed)
            return removed;
        recordChange(ChangeRecord::Entity::Relation, ChangeRecord::Action::Removed, id);
        afterCommit([this, relation = **found] { emit relationRemoved(relation); });
        return success();
    });
}

// ---------------------------------------------------------------------------------------------
// Dismissed shared passages

Result<QList<DismissedPassage>> Project::dismissedPassages() const
{
    return m_tables->dismissed.all();
}

Status Project::dismissPassage(const DismissedPassage &passage)
{
    return write([&]() -> Status {
        auto added = m_tables->dismissed.insert(passage);
        if (!added)
            return added.error();
        if (*added) {
            recordChange(ChangeRecord::Entity::Dismissed, ChangeRecord::Action::Changed);
            afterCommit([this] { emit dismissedPassagesChanged(); });
        }
        return success();
    });
}

Status Project::undismissPassage(const DismissedPassage &passage)
{
    return write([&]() -> Status {
        auto removed = m_tables->dismissed.remove(passage);
        if (!removed)
            return removed.error();
        if (*removed) {
            recordChange(ChangeRecord::Entity::Dismissed, ChangeRecord::Action::Changed);
            afterCommit([this] { emit dismissedPassagesChanged(); });
        }
        return success();
    });
}

} // namespace counterpoint
