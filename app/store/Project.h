#pragma once

#include "domain/Actor.h"
#include "domain/Annotation.h"
#include "domain/AnnotationSet.h"
#include "domain/Article.h"
#include "domain/Memo.h"
#include "domain/Relation.h"
#include "domain/Result.h"
#include "domain/SetRole.h"
#include "domain/Tag.h"
#include "domain/Verdict.h"
#include "store/ChangeLog.h"
#include "store/ServerAccess.h"

#include <QByteArrayList>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace counterpoint {

class Database;
class ServerSearchIndex;
struct StoreTables;

struct OpenOptions
{
    bool createIfMissing = false;
    bool readOnly = false; // open read-only even when the file could be written
    int busyTimeoutMs = 5000;
    // Each commit synced to the disk before it is reported done. false only to measure what that
    // costs (bench_durability): a power cut may then take back the last commits.
    bool durableCommits = true;
    // Refuse a project that is already there: only a new file, or an empty database, is made
    // into one (server-init, the destination of a copy).
    bool mustBeNew = false;
    // Recorded as the author of new annotations and relations in a file; empty: the login name.
    // On a server the author is always the role the connection works as.
    QString author;
    // For connecting to a server only, never kept: empty lets libpq find one (~/.pgpass,
    // PGPASSFILE, a service file).
    QString password;
};

// One annotation as the database keeps it, its text columns in UTF-8 straight from the file: for
// an export that prints them as they are, without parsing every id and time into an Annotation
// only to format it back. Ids read as idText() writes them (lower case, no braces; empty for
// NULL) and times as ISO 8601 in UTC with milliseconds: a row stored in another form is brought
// to that one, so the text equals what formatting the Annotation would give.
struct StoredAnnotation
{
    QByteArray id, articleId, setId;
    AnnotationKind kind = AnnotationKind::Claim;
    int start = 0;
    int end = 0;
    QByteArray exact, prefix, suffix;
    QByteArray actorId;
    QByteArrayList tagIds; // in the order they were stored
    QByteArray comment, author, created, modified;
    AnchorState anchorState = AnchorState::Exact;
};

// Which articles and annotations a search may find its hits in (issue 16), as a file's search
// index answers. narrowed is false when there is no index to ask (a server without pg_trgm, no
// substring it can use): then any of them may, and the search reads them all.
struct SearchCandidates
{
    bool narrowed = false;
    QSet<QUuid> articles;
    QSet<QUuid> annotations; // by their quote or comment
};

// The annotation as forEachStoredAnnotation() would read it back once stored.
StoredAnnotation storedAnnotationOf(const Annotation &annotation);

// By article, then by position in it: the order of Project::annotations().
bool readingOrder(const Annotation &a, const Annotation &b);

// The one way in to a project's data, for the GUI, the command line and the tests alike.
// Each public write is one transaction; write() groups several into one user action. Change
// signals are emitted once the transaction that made the change has committed. The work is done
// by one table class per entity behind it (ArticleTable, AnnotationTable, RelationTable,
// DismissedPassageTable, NamedListTable for sets, actors and tags); Project adds the
// transactions, the signals and the rules that span tables. Every write anchors on article text
// read inside its own transaction: a text another process replaced is never used.
class Project final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint32 applicationId = 0x436E7450; // "CntP" at offset 68 of the file
    static QString fileSuffix() { return QStringLiteral("counterpoint"); }

    // path: a file, or a server's postgresql:// URI or conninfo (ProjectLocation).
    static Result<std::unique_ptr<Project>> open(const QString &path,
                                                 const OpenOptions &options = {});
    // Makes an empty database on a server a project the team shares, owned by owner
    // (`counterpoint server-init`); run as a server administrator who may create roles.
    static Status initializeServer(const QString &address, const QString &owner,
                                   const OpenOptions &options = {});
    ~Project() override;

    // The file's path, or the server's address (no password): what reopens it.
    QString filePath() const;
    QString name() const; // what a title bar shows: the file's base name, or the database's
    bool isOnServer() const;
    // Where the project lives and as whom, for the title and status bars: the file, or
    // “team” on db.example.org as alice (coder).
    QString whereAndWho() const;

    // The connection's role in a server project; a file's user owns it (a read-only file: reader).
    ProjectRole role() const { return m_role; }
    bool may(Permission permission) const;
    // Why the role may not (for a disabled action's tooltip); empty when it may.
    QString whyNot(Permission permission) const;

    // A server project's members (the owner first); the owner adds and removes them.
    Result<QList<ProjectMember>> members() const;
    Status addMember(const QString &name, ProjectRole role);
    Status removeMember(const QString &name);
    bool isReadOnly() const;
    QString readOnlyNotice() const; // why the project was opened read-only, for the user
    int schemaVersion() const;

    // Who is recorded as the author of new annotations and relations; the OS user by default.
    QString author() const;
    void setAuthor(const QString &author);

    // Runs work as one transaction: all of it is stored, or none.
    Status write(const std::function<Status()> &work);
    // The same, for work whose changes are too many to report one at a time (an import, a
    // merge): once it has committed, views hear one reset() instead of a signal per row. Inside
    // another write, that reset() comes when the outermost write commits, and replaces the
    // per-row signals of the whole transaction; a write that fails or is rolled back emits
    // nothing.
    Status writeInBulk(const std::function<Status()> &work);

    // Articles
    Result<QList<ArticleSummary>> articleSummaries() const;
    Result<Article> article(const QUuid &id) const;
    Result<QString> articleText(const QUuid &id) const;
    // Where each page of a paged article (a PDF) begins in its text; empty for one without pages.
    Result<QList<int>> articlePageStarts(const QUuid &id) const;
    Result<QUuid> findArticleByHash(const QString &contentHash) const; // null when absent
    Result<Article> addArticle(Article article);
    Status updateArticleDetails(const Article &article); // title, publisher, author, url, date
    // Its annotations, their relations and its dismissed passages go with it; views hear of
    // each relation and annotation that went, then of the article.
    Status removeArticle(const QUuid &id);
    // An article removed before, brought back as it was: its content, details, pages and the
    // versions it kept (Undo of a deletion; its annotations follow through addAnnotation()).
    Result<Article> restoreArticle(const Article &article, const QList<ArticleVersion> &versions);
    // Replaces an article's content with a newer version of it: the current version is kept in
    // its history, and the annotations (already re-anchored on the new text by the caller) are
    // stored with their new ranges and anchor states, all in one transaction.
    Status replaceArticleContent(const Article &newContent, const QList<Annotation> &reanchored);
    Result<QList<ArticleVersion>> articleVersions(const QUuid &articleId) const;
    // Every article's id and title, in the order of articleSummaries(), without their texts.
    Result<QList<ArticleTitle>> articleTitles() const;

    // Annotation sets
    Result<QList<AnnotationSet>> annotationSets() const;
    Result<AnnotationSet> addAnnotationSet(AnnotationSet set);
    Result<AnnotationSet> ensureAnnotationSet(const QString &name);
    Status renameAnnotationSet(const QUuid &id, const QString &name);
    Status removeAnnotationSet(const QUuid &id); // fails while annotations are in it
    QUuid defaultAnnotationSetId() const;
    // Gives the default set the id, name and description of set while no annotation is in it:
    // an import into a new project keeps the set its file's annotations were in (issue 15).
    // Refused once it holds annotations, or when another set has that id or name. Another
    // process that has the project open learns of it only when it reopens the project.
    Status adoptDefaultAnnotationSet(const AnnotationSet &set);

    // Coders and curation (issue 14): whose reading a set is, which set is the consensus, which
    // annotations a consensus annotation was settled from, and project-wide settings (such as
    // blindCodingSetting()). Changing a set's role is heard as annotationSetsChanged().
    Result<QList<SetRole>> annotationSetRoles() const;
    Status setAnnotationSetOwner(const QUuid &setId, const QString &owner);
    Status setConsensusSet(const QUuid &setId, bool consensus);
    Result<QList<QUuid>> consensusSources(const QUuid &annotationId) const;
    Status setConsensusSources(const QUuid &annotationId, const QList<QUuid> &sources);
    Result<QString> setting(const QString &key) const; // empty when never set
    Status setSetting(const QString &key, const QString &value);
    static QString blindCodingSetting() { return QStringLiteral("blind_coding"); }

    // Actors
    Result<QList<Actor>> actors() const;
    Result<Actor> addActor(Actor actor);
    Result<Actor> ensureActor(const QString &name);
    Status updateActor(const Actor &actor);
    Status removeActor(const QUuid &id); // its annotations keep no actor

    // Tags
    Result<QList<Tag>> tags() const;
    Result<Tag> addTag(Tag tag);
    Result<Tag> ensureTag(const QString &name);
    // Name, colour and parent. One level of parents (issue 20): a tag filed under another may
    // not have children, and its parent may not have a parent; either is refused in words.
    Status updateTag(const Tag &tag);
    // Files the tag under parentId, or makes it top-level (a null id); checked as updateTag().
    Status setTagParent(const QUuid &tagId, const QUuid &parentId);
    // Its children become top-level (their parent cleared, a change of each row).
    Status removeTag(const QUuid &id);

    // Memos (issue 20): at most one on the project, on each article and on each actor. Written by
    // whoever may manage what they are about: the project's and actors' memos by those who
    // manage its lists, articles' by those who manage its articles. A memo goes with its
    // article or actor. A change is heard as memosChanged().
    Result<std::optional<Memo>> memo(MemoSubject subject, const QUuid &subjectId = {}) const;
    Result<QList<Memo>> memos() const; // the project's first, then articles', then actors'
    // Sets the subject's memo to text (line ends and all, trailing white space dropped); an
    // empty text removes it. Returns the memo as stored (version 0: none is left).
    Result<Memo> setMemo(MemoSubject subject, const QUuid &subjectId, const QString &text);
    static Permission memoPermission(MemoSubject subject);

    // Annotations
    Result<QList<Annotation>> annotations() const; // by article, then in reading order
    Result<qsizetype> annotationCount() const;
    Result<QSet<QUuid>> annotationIds() const; // which exist, without reading them
    // Hands every annotation to visit, in no particular order, one at a time: for readers of a
    // large project that keep less than the whole of each.
    Status forEachAnnotation(const std::function<void(Annotation &&)> &visit) const;
    // The same rows in the same order as stored text, for exports of a large project; a UTF-8
    // file is read through a connection of its own (SqliteReader) unless inside a write. Each
    // row owns its bytes: keep them by moving. When relations
    // is given it receives relations(), read from the same snapshot of the file as the rows.
    Status forEachStoredAnnotation(const std::function<void(StoredAnnotation &&)> &visit,
                                   QList<Relation> *relations = nullptr) const;
    Result<QList<Annotation>> annotationsOfArticle(const QUuid &articleId) const;
    Result<Annotation> annotation(const QUuid &id) const;
    // Checks the range against the article's text and fills in what is missing: id, quote, set,
    // author and times. Given ids and times are kept, so undo and re-import restore them exactly.
    Result<Annotation> addAnnotation(Annotation annotation);
    // The same for many in one write and a few multi-row statements (an import's batches):
    // each is checked and filled in as addAnnotation() does, in place. When one is refused,
    // nothing is stored and refused (when given) is its index; -1 when the store failed.
    Status addAnnotations(QList<Annotation> &annotations, qsizetype *refused = nullptr);
    // expectedVersion: the version of the row the change was made on (Annotation::version as it
    // was read); the update is refused (Error::Code::Conflict, naming who changed the row and
    // when) when the row has another version now. 0 changes the row as it is now.
    Result<Annotation> updateAnnotation(Annotation annotation, qint64 expectedVersion = 0);
    // Moves an annotation, with its tags and relations, to the range given in placed, of the
    // article given there (a passage split off into an article of its own, or put back).
    Result<Annotation> moveAnnotation(const Annotation &placed);
    // Its relations go with it; refused like updateAnnotation() when expectedVersion is given and
    // the row has another version now.
    Status removeAnnotation(const QUuid &id, qint64 expectedVersion = 0);
    // The ids of up to limit annotations whose id begins with prefix (compared as ids are
    // stored: lower case, no braces), found through the table's index.
    Result<QList<QUuid>> annotationIdsStartingWith(const QString &prefix, int limit) const;

    // Verdicts on claims and counterclaims (schema.org ClaimReview), at most one per annotation;
    // a verdict goes with its annotation. A change is heard as verdictChanged().
    Result<std::optional<Verdict>> verdict(const QUuid &annotationId) const;
    Result<QList<Verdict>> verdicts() const; // every one, by annotation id
    // Adds the annotation's verdict or replaces the one it has; checked by checkVerdict(), and
    // only for a claim or a counterclaim.
    Status setVerdict(const Verdict &verdict);
    Status clearVerdict(const QUuid &annotationId); // none there: nothing to do
    // Search (issue 16): the articles and annotations that may hold every one of substrings
    // (each of three characters or more), found through a file's full-text index (SQLite FTS5,
    // trigram; the caller asks only with substrings whose case it folds as the search does) or
    // a server's trigram indexes (pg_trgm; ServerSearchIndex widens letters it folds otherwise).
    // The index only narrows: the search finds each hit in the text itself.
    Result<SearchCandidates> searchCandidates(const QStringList &substrings,
                                              bool caseSensitive = false) const;

    // Relations
    Result<QList<Relation>> relations() const;
    Result<QList<Relation>> relationsOf(const QUuid &annotationId) const;
    Result<Relation> addRelation(Relation relation);
    Status removeRelation(const QUuid &id);

    // Shared passages dismissed as "same claim" suggestions, named by their articles and the
    // key SameClaimSuggestions gives them.
    Result<QList<DismissedPassage>> dismissedPassages() const;
    Status dismissPassage(const DismissedPassage &passage);
    Status undismissPassage(const DismissedPassage &passage);

    // The change log (issue 13 item 7). Every commit appends what it changed, in the same
    // transaction. catchUp() reads what other connections (another window, the command line,
    // another analyst) committed since the last change this project saw and announces it with the
    // same signals as its own changes, then changedElsewhere(); it returns how many changes it
    // announced. On a file PRAGMA data_version tells cheaply whether anyone else committed, so
    // calling it on a short timer costs one pragma; on a server it reads the log after the last id
    // (after a notice from listenForChanges(), or on a timer, and after a reconnect).
    Result<int> catchUp();
    qint64 lastSeenChange() const { return m_lastSeenChange; }
    Result<QList<ChangeRecord>> changesSince(qint64 after) const;
    // Who changed the row last, and when (none when the log does not know it).
    Result<std::optional<ChangeRecord>> lastChangeOf(ChangeRecord::Entity entity,
                                                     const QUuid &rowId) const;
    // On a server: LISTEN for the notice each commit sends (NOTIFY counterpoint_changes with the
    // newest change id), again after every reconnect; each notice runs catchUp(). False on a
    // file, or when the driver cannot listen.
    bool listenForChanges();
    static QString changeChannel() { return QStringLiteral("counterpoint_changes"); }

signals:
    void articleAdded(const QUuid &id);
    void articleChanged(const QUuid &id);
    void articleRemoved(const QUuid &id);
    void annotationAdded(const counterpoint::Annotation &annotation);
    void annotationChanged(const counterpoint::Annotation &annotation);
    void annotationRemoved(const QUuid &id, const QUuid &articleId);
    void relationAdded(const counterpoint::Relation &relation);
    void relationRemoved(const counterpoint::Relation &relation);
    void annotationSetsChanged();
    void actorsChanged();
    void tagsChanged();
    void dismissedPassagesChanged();
    void memosChanged();
    void verdictChanged(const QUuid &annotationId);
    // Anything may have changed (a bulk write, another process's commit): reload what you show.
    void reset();
    // catchUp() announced count changes others made (authors: who made them, each once).
    void changedElsewhere(const QStringList &authors, int count);

private:
    friend class ProjectCopy; // copies rows as they are stored, every column
    explicit Project(std::unique_ptr<Database> database);
    static Result<std::unique_ptr<Project>> openOn(std::unique_ptr<Database> database,
                                                   const OpenOptions &options);
    Status checkServerMembers() const;

    // A change signal waiting for its transaction to commit; a reset stands for all of them.
    struct Notification
    {
        std::function<void()> notify;
        bool isReset = false;
    };

    Status checkWritable() const;
    Status checkMay(Permission permission) const;
    // A coder changes only their own work; the server refuses the rest anyway.
    Status checkMayChange(const QString &author, const QString &what) const;
    QString file() const;                                   // the project file as messages quote it
    Status readRelations(QList<Relation> *relations) const; // relations() into it, when given
    template<class T> Result<T> inWrite(const std::function<Result<T>()> &work);
    void afterCommit(std::function<void()> notify);
    // A row of the change log the running write appends when it commits (nothing in a bulk
    // write: that appends one change of everything).
    void recordChange(ChangeRecord::Entity entity, ChangeRecord::Action action,
                      const QUuid &rowId = {}, const QUuid &articleId = {}, qint64 version = 0);
    // Appends the running write's changes to the log just before it commits (on a server,
    // with the notice to listeners); bulk: one change of everything instead.
    Status appendChanges(bool bulk);
    void announceChanges(const QList<ChangeRecord> &changes);
    // The refusal of a change made on expectedVersion of a row that has another one now.
    Error conflict(ChangeRecord::Entity entity, const QUuid &rowId, qint64 expectedVersion,
                   qint64 currentVersion, const QString &what) const;
    void announceCommitted(QList<Notification> notifications);
    // The text the annotation's range refers to, read inside the running write; checks the
    // range against it and fills in the quote (an orphan keeps its words).
    Status anchor(Annotation &annotation) const;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<StoreTables> m_tables;
    std::unique_ptr<ServerSearchIndex> m_serverSearch; // on a server only
    QString m_author;
    ProjectRole m_role = ProjectRole::Owner;
    QUuid m_defaultSetId;
    int m_writeDepth = 0;
    int m_bulkDepth = 0; // inside writeInBulk(): changes are announced by one reset()
    QList<Notification> m_pendingNotifications;
    QList<ChangeRecord> m_pendingChanges;
    QList<qint64> m_ownChanges;  // ids of the log's rows this project appended, not yet seen
    qint64 m_lastSeenChange = 0; // the newest change announced (or made here)
    std::optional<qint64> m_othersCounter; // PRAGMA data_version when last looked
    bool m_listening = false;
};

} // namespace counterpoint
