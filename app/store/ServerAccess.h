// Who may do what in a project on a PostgreSQL server, enforced by the server itself: each
// project database has three group roles (<database>_curator, _coder, _reader), its tables
// belong to the owner, and GRANTs and row-level security policies say what each group may
// change, so that a coder connecting with psql can no more change another coder's annotation
// than through the window. The app asks the same rules (Project::may()) to disable what the
// server would refuse anyway.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace counterpoint {

class Database;

enum class ProjectRole {
    Owner,   // members and everything
    Curator, // edit and delete anyone's annotations and relations; articles, sets, tags, actors
    Coder,   // add annotations and relations, change or delete their own; add tags and actors
    Reader,  // read and export
};

QString toString(ProjectRole role); // "owner", "curator", …
std::optional<ProjectRole> projectRoleFrom(const QString &name);
QString displayName(ProjectRole role); // translated, for the window

// What a role may do, for the window to disable the rest and for the store to refuse it with a
// clear word before the server does.
enum class Permission {
    AddAnnotations,   // and relations
    EditOthersWork,   // change or delete anyone's annotations and relations
    AddTagsAndActors, // create new ones
    ManageLists,      // rename or remove tags and actors; sets
    ManageArticles,   // import, edit, update and remove articles
    ManageMembers,
};
bool roleMay(ProjectRole role, Permission permission);

struct ProjectMember
{
    QString name;
    ProjectRole role = ProjectRole::Reader;
};

namespace ServerAccess {

// Makes the project in database (just created, schema current) one that team members share:
// the group roles, owner as the owner of the database and its tables, the grants and the
// policies. Run by an administrator who may create roles (CREATEROLE) and owns the tables.
Status initialize(const Database &database, const QString &owner);
// The grants and policies again, for every table there is now (after a migration added one).
Status applyGrants(const Database &database);

// The role the connection's user has in the project.
Result<ProjectRole> roleOf(const Database &database);

Result<QList<ProjectMember>> members(const Database &database);
// Gives name the role, instead of any other it had; creates the login role when it does not
// exist yet and the owner may create roles.
Status addMember(const Database &database, const QString &name, ProjectRole role);
Status removeMember(const Database &database, const QString &name);

} // namespace ServerAccess

} // namespace counterpoint
