#include "ServerAccess.h"

#include "Database.h"
#include "Transaction.h"
#include "log/LogCategories.h"

#include <QSqlQuery>

#include <algorithm>

namespace counterpoint {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::ServerAccess)
};

constexpr auto rolePrefixKey = "role_prefix";
// PostgreSQL truncates names past 63 bytes; "_curator" must fit after the prefix.
constexpr qsizetype longestName = 63;
constexpr qsizetype longestPrefix = longestName - 8;

// A role or table name inside SQL, where no value can be bound.
QString identifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString groupRole(const QString &prefix, ProjectRole role)
{
    return prefix + u'_' + toString(role);
}

constexpr ProjectRole groupRoles[] = {ProjectRole::Curator, ProjectRole::Coder,
                                      ProjectRole::Reader};

Result<QString> rolePrefix(const Database &database)
{
    auto row = database.query(QStringLiteral("SELECT value FROM project_info WHERE key = ?"),
                              {QString::fromLatin1(rolePrefixKey)});
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toString() : QString();
}

Result<QString> ownerName(const Database &database)
{
    auto row = database.query(
        QStringLiteral("SELECT r.rolname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_roles r"
                       " ON r.oid = c.relowner WHERE c.oid = 'project_info'::regclass"));
    if (!row)
        return row.error();
    if (!row->next())
        return Error{Error::Code::NotAProject,
                     Messages::tr("%1 has no project_info table.").arg(database.displayName())};
    return row->value(0).toString();
}

Result<bool> roleExists(const Database &database, const QString &name)
{
    auto row = database.query(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"),
                              {name});
    if (!row)
        return row.error();
    return row->next();
}

Status checkRoleName(const QString &name)
{
    if (name.trimmed().isEmpty() || name != name.trimmed())
        return Error{Error::Code::Invalid,
                     Messages::tr("“%1” is not a user name: it is empty or starts or ends with "
                                  "a space.")
                         .arg(name)};
    if (name.toUtf8().size() > longestName)
        return Error{
            Error::Code::Invalid,
            Messages::tr("“%1” is longer than PostgreSQL's 63 bytes for a name.").arg(name)};
    return success();
}

Status runAll(const Database &database, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto done = database.execute(statement); !done)
            return done.error();
    }
    return success();
}

// Tables whose rows carry their author: coders change only their own.
bool hasAuthorColumn(const QString &table)
{
    return table == u"annotation" || table == u"relation";
}

// What a coder may do to a table beyond reading it. Tables this list does not know (added by
// a later migration, e.g. a change log every write appends to) may be appended to.
QString coderPrivileges(const QString &table)
{
    if (table == u"annotation" || table == u"annotation_tag" || table == u"relation" ||
        table == u"claim_review")
        return QStringLiteral("INSERT, UPDATE, DELETE");
    if (table == u"tag" || table == u"actor")
        return QStringLiteral("INSERT");
    static const QStringList curatorsOnly{QStringLiteral("project_info"),
                                          QStringLiteral("article"),
                                          QStringLiteral("article_version"),
                                          QStringLiteral("annotation_set"),
                                          QStringLiteral("dismissed_passage"),
                                          QStringLiteral("consensus_source"),
                                          QStringLiteral("memo")};
    return curatorsOnly.contains(table) ? QString() : QStringLiteral("INSERT");
}

// Blind coding (issue 14 item 1): while project_info says blind_coding = on, a coder or reader
// reads only the annotations of their own sets and of nobody's (not another analyst's, not the
// consensus unless it is theirs), as analysis::hiddenSets() says, and only the tags and relations
// of annotations they read. The owner and curators read everything. A policy's query of
// annotation is itself subject to annotation's policies, so relations and tags follow it.
QString visibleWhileBlind(const QString &table)
{
    if (table == u"annotation")
        return QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM project_info i WHERE i.key = 'blind_coding' AND "
            "i.value = 'on') OR EXISTS (SELECT 1 FROM annotation_set s WHERE s.id = set_id AND "
            "(lower(s.owner) = lower(current_user::text) OR (s.owner = '' AND s.consensus = 0)))");
    if (table == u"relation")
        return QStringLiteral("EXISTS (SELECT 1 FROM annotation a WHERE a.id = from_id) AND "
                              "EXISTS (SELECT 1 FROM annotation a WHERE a.id = to_id)");
    return QStringLiteral("EXISTS (SELECT 1 FROM annotation a WHERE a.id = annotation_id)");
}

// project_info holds what makes the database a project (its schema, its default set) beside the
// project-wide settings: a curator may change only blind coding (to reveal the analysts' sets)
// and the curation's records of versions left out of a consensus set; everyone reads it all.
QStringList curatorSettingsPolicies(const QString &prefix)
{
    const QString curator = identifier(groupRole(prefix, ProjectRole::Curator));
    const QString coder = identifier(groupRole(prefix, ProjectRole::Coder));
    const QString reader = identifier(groupRole(prefix, ProjectRole::Reader));
    const QString settings =
        QStringLiteral("key = 'blind_coding' OR key LIKE 'curation\\_rejected:%'");
    return {QStringLiteral("DROP POLICY IF EXISTS cp_read ON project_info"),
            QStringLiteral("DROP POLICY IF EXISTS cp_curator_settings ON project_info"),
            QStringLiteral("ALTER TABLE project_info ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("CREATE POLICY cp_read ON project_info FOR SELECT TO %1, %2, %3 USING "
                           "(true)")
                .arg(reader, coder, curator),
            QStringLiteral("CREATE POLICY cp_curator_settings ON project_info FOR ALL TO %1 USING "
                           "(%2) WITH CHECK (%2)")
                .arg(curator, settings)};
}

QStringList policiesOf(const QString &table, const QString &prefix)
{
    const QString t = identifier(table);
    const QString curator = identifier(groupRole(prefix, ProjectRole::Curator));
    const QString coder = identifier(groupRole(prefix, ProjectRole::Coder));
    const QString reader = identifier(groupRole(prefix, ProjectRole::Reader));
    // A coder's own rows: by their author, or (the tags and the verdict of an annotation) by
    // their annotation's.
    const QString own = hasAuthorColumn(table)
                            ? QStringLiteral("author = current_user::text")
                            : QStringLiteral("EXISTS (SELECT 1 FROM annotation a WHERE a.id = "
                                             "annotation_id AND a.author = current_user::text)");
    QStringList statements;
    for (const char *name : {"cp_read", "cp_read_blind", "cp_curator", "cp_coder_insert",
                             "cp_coder_update", "cp_coder_delete"})
        statements.append(
            QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QString::fromLatin1(name), t));
    statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t)
               << QStringLiteral("CREATE POLICY cp_read ON %1 FOR SELECT TO %2 USING (true)")
                      .arg(t, curator)
               << QStringLiteral("CREATE POLICY cp_read_blind ON %1 FOR SELECT TO %2, %3 USING "
                                 "(%4)")
                      .arg(t, reader, coder, visibleWhileBlind(table))
               << QStringLiteral("CREATE POLICY cp_curator ON %1 FOR ALL TO %2 USING (true) "
                                 "WITH CHECK (true)")
                      .arg(t, curator)
               << QStringLiteral("CREATE POLICY cp_coder_insert ON %1 FOR INSERT TO %2 WITH "
                                 "CHECK (%3)")
                      .arg(t, coder, own)
               << QStringLiteral("CREATE POLICY cp_coder_update ON %1 FOR UPDATE TO %2 USING "
                                 "(%3) WITH CHECK (%3)")
                      .arg(t, coder, own)
               << QStringLiteral("CREATE POLICY cp_coder_delete ON %1 FOR DELETE TO %2 USING (%3)")
                      .arg(t, coder, own);
    return statements;
}

Status applyGrantsWith(const Database &database, const QString &prefix)
{
    auto rows = database.query(
        QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                       " ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
                       " AND c.relkind = 'r' ORDER BY c.relname"));
    if (!rows)
        return rows.error();
    QStringList tables;
    while (rows->next())
        tables.append(rows->value(0).toString());
    rows = Error{}; // the rows go before the statements that change the catalogue

    const QString curator = identifier(groupRole(prefix, ProjectRole::Curator));
    const QString coder = identifier(groupRole(prefix, ProjectRole::Coder));
    const QString reader = identifier(groupRole(prefix, ProjectRole::Reader));
    QStringList statements;
    for (const QString &table : std::as_const(tables)) {
        const QString t = identifier(table);
        statements
            << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC, %2, %3, %4")
                   .arg(t, reader, coder, curator)
            << QStringLiteral("GRANT SELECT ON %1 TO %2, %3, %4").arg(t, reader, coder, curator);
        // Curators change every table but project_info, and there only the curation settings.
        statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(t, curator);
        if (table == u"project_info")
            statements << curatorSettingsPolicies(prefix);
        if (const QString privileges = coderPrivileges(table); !privileges.isEmpty())
            statements << QStringLiteral("GRANT %1 ON %2 TO %3").arg(privileges, t, coder);
        // Rows of an annotation are read as their annotation is (blind coding); a consensus
        // annotation's sources are the curators' to write (coders have no grant on them).
        if (hasAuthorColumn(table) || table == u"annotation_tag" || table == u"claim_review" ||
            table == u"consensus_source")
            statements << policiesOf(table, prefix);
    }
    return runAll(database, statements);
}

} // namespace

QString toString(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Owner:
        return QStringLiteral("owner");
    case ProjectRole::Curator:
        return QStringLiteral("curator");
    case ProjectRole::Coder:
        return QStringLiteral("coder");
    case ProjectRole::Reader:
        return QStringLiteral("reader");
    }
    return {};
}

std::optional<ProjectRole> projectRoleFrom(const QString &name)
{
    for (ProjectRole role :
         {ProjectRole::Owner, ProjectRole::Curator, ProjectRole::Coder, ProjectRole::Reader}) {
        if (name == toString(role))
            return role;
    }
    return std::nullopt;
}

QString displayName(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Owner:
        return Messages::tr("owner");
    case ProjectRole::Curator:
        return Messages::tr("curator");
    case ProjectRole::Coder:
        return Messages::tr("coder");
    case ProjectRole::Reader:
        return Messages::tr("reader");
    }
    return {};
}

bool roleMay(ProjectRole role, Permission permission)
{
    switch (role) {
    case ProjectRole::Owner:
        return true;
    case ProjectRole::Curator:
        return permission != Permission::ManageMembers;
    case ProjectRole::Coder:
        return permission == Permission::AddAnnotations ||
               permission == Permission::AddTagsAndActors;
    case ProjectRole::Reader:
        return false;
    }
    return false;
}

namespace ServerAccess {

Status initialize(const Database &database, const QString &owner)
{
    if (auto valid = checkRoleName(owner); !valid)
        return valid;
    Transaction transaction(database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto name = database.query(QStringLiteral("SELECT current_database()"));
    if (!name)
        return name.error();
    const QString prefix = name->next() ? name->value(0).toString() : QString();
    name = Error{};
    if (prefix.isEmpty() || prefix.toUtf8().size() > longestPrefix)
        return Error{Error::Code::Invalid,
                     Messages::tr("Cannot set up %1: its database name is longer than %2 bytes, "
                                  "too long to name its members' roles after it.")
                         .arg(database.displayName())
                         .arg(longestPrefix)};
    QStringList statements;
    auto ownerExists = roleExists(database, owner);
    if (!ownerExists)
        return ownerExists.error();
    if (!*ownerExists)
        statements.append(QStringLiteral("CREATE ROLE %1 LOGIN").arg(identifier(owner)));
    for (ProjectRole role : groupRoles) {
        const QString group = groupRole(prefix, role);
        auto exists = roleExists(database, group);
        if (!exists)
            return exists.error();
        if (!*exists)
            statements.append(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(identifier(group)));
        // The owner adds and removes members: it may grant the group roles.
        statements.append(QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION")
                              .arg(identifier(group), identifier(owner)));
    }
    statements.append(
        QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(identifier(prefix), identifier(owner)));
    if (auto done = runAll(database, statements); !done)
        return done;

    auto rows = database.query(
        QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                       " ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
                       " AND c.relkind = 'r'"));
    if (!rows)
        return rows.error();
    statements.clear();
    while (rows->next())
        statements.append(QStringLiteral("ALTER TABLE %1 OWNER TO %2")
                              .arg(identifier(rows->value(0).toString()), identifier(owner)));
    rows = Error{};
    if (auto done = runAll(database, statements); !done)
        return done;
    if (auto done = database.execute(
            QStringLiteral("INSERT INTO project_info (key, value) VALUES (?, ?)"
                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {QString::fromLatin1(rolePrefixKey), prefix});
        !done)
        return done.error();
    if (auto granted = applyGrantsWith(database, prefix); !granted)
        return granted;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    qCInfo(lcStore) << "set up" << database.filePath() << "for team work, owned by" << owner;
    return success();
}

Status applyGrants(const Database &database)
{
    auto prefix = rolePrefix(database);
    if (!prefix)
        return prefix.error();
    if (prefix->isEmpty())
        return success(); // not set up for a team (server-init was not run): nothing to grant
    Transaction transaction(database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto granted = applyGrantsWith(database, *prefix); !granted)
        return granted;
    return transaction.commit();
}

Result<ProjectRole> roleOf(const Database &database)
{
    auto owns = database.query(QStringLiteral(
        "SELECT pg_has_role(current_user, c.relowner, 'MEMBER') FROM pg_catalog.pg_class c"
        " WHERE c.oid = 'project_info'::regclass"));
    if (!owns)
        return owns.error();
    if (owns->next() && owns->value(0).toBool())
        return ProjectRole::Owner;
    owns = Error{};
    auto prefix = rolePrefix(database);
    if (!prefix)
        return prefix.error();
    if (!prefix->isEmpty()) {
        for (ProjectRole role : groupRoles) {
            auto member = database.query(
                QStringLiteral("SELECT pg_has_role(current_user, CAST(? AS name), 'MEMBER')"),
                {groupRole(*prefix, role)});
            if (!member)
                return member.error();
            if (member->next() && member->value(0).toBool())
                return role;
        }
    }
    return Error{Error::Code::Denied,
                 Messages::tr("Cannot open %1: %2 is not a member of this project. Its owner can "
                              "add them with “counterpoint members … add %2 --role coder”.")
                     .arg(database.displayName(), database.serverUser())};
}

Result<QList<ProjectMember>> members(const Database &database)
{
    auto prefix = rolePrefix(database);
    if (!prefix)
        return prefix.error();
    auto owner = ownerName(database);
    if (!owner)
        return owner.error();
    QList<ProjectMember> found{{*owner, ProjectRole::Owner}};
    if (prefix->isEmpty())
        return found;
    for (ProjectRole role : groupRoles) {
        auto rows = database.query(
            QStringLiteral("SELECT m.rolname FROM pg_catalog.pg_auth_members a"
                           " JOIN pg_catalog.pg_roles g ON g.oid = a.roleid"
                           " JOIN pg_catalog.pg_roles m ON m.oid = a.member"
                           " WHERE g.rolname = ? AND m.rolname <> ? ORDER BY m.rolname"),
            {groupRole(*prefix, role), *owner});
        if (!rows)
            return rows.error();
        while (rows->next())
            found.append({rows->value(0).toString(), role});
    }
    return found;
}

Status addMember(const Database &database, const QString &name, ProjectRole role)
{
    if (auto valid = checkRoleName(name); !valid)
        return valid;
    if (role == ProjectRole::Owner)
        return Error{Error::Code::Invalid,
                     Messages::tr("A project has one owner, named by server-init; give %1 the "
                                  "role curator, coder or reader.")
                         .arg(name)};
    auto prefix = rolePrefix(database);
    if (!prefix)
        return prefix.error();
    if (prefix->isEmpty())
        return Error{Error::Code::Invalid,
                     Messages::tr("%1 is not set up for a team yet: run “counterpoint server-init "
                                  "%2 --owner NAME” first.")
                         .arg(database.displayName(), database.filePath())};
    auto owner = ownerName(database);
    if (!owner)
        return owner.error();
    if (*owner == name)
        return Error{Error::Code::Invalid,
                     Messages::tr("%1 owns %2 and may already do everything in it.")
                         .arg(name, database.displayName())};
    Transaction transaction(database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto exists = roleExists(database, name);
    if (!exists)
        return exists.error();
    QStringList statements;
    if (!*exists)
        statements.append(QStringLiteral("CREATE ROLE %1 LOGIN").arg(identifier(name)));
    for (ProjectRole other : groupRoles) {
        if (other != role)
            statements.append(QStringLiteral("REVOKE %1 FROM %2")
                                  .arg(identifier(groupRole(*prefix, other)), identifier(name)));
    }
    statements.append(QStringLiteral("GRANT %1 TO %2")
                          .arg(identifier(groupRole(*prefix, role)), identifier(name)));
    if (auto done = runAll(database, statements); !done) {
        if (done.error().code == Error::Code::Denied && !*exists)
            return Error{Error::Code::Denied,
                         Messages::tr("Cannot add %1: there is no such user on the server, and "
                                      "%2 may not create one. Ask the server's administrator "
                                      "to run “createuser %1”.")
                             .arg(name, database.serverUser())};
        return done;
    }
    return transaction.commit();
}

Status removeMember(const Database &database, const QString &name)
{
    auto current = members(database);
    if (!current)
        return current.error();
    const auto member = std::find_if(current->cbegin(), current->cend(),
                                     [&name](const ProjectMember &m) { return m.name == name; });
    if (member == current->cend())
        return Error{Error::Code::NotFound,
                     Messages::tr("%1 is not a member of %2.").arg(name, database.displayName())};
    if (member->role == ProjectRole::Owner)
        return Error{Error::Code::Invalid, Messages::tr("%1 owns %2 and cannot be removed from it.")
                                               .arg(name, database.displayName())};
    auto prefix = rolePrefix(database);
    if (!prefix)
        return prefix.error();
    Transaction transaction(database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QStringList statements;
    for (ProjectRole role : groupRoles)
        statements.append(QStringLiteral("REVOKE %1 FROM %2")
                              .arg(identifier(groupRole(*prefix, role)), identifier(name)));
    if (auto done = runAll(database, statements); !done)
        return done;
    return transaction.commit();
}

} // namespace ServerAccess

} // namespace counterpoint
