#pragma once

#include "AnnotationTable.h"
#include "ArticleTable.h"
#include "ChangeLog.h"
#include "CurationTable.h"
#include "DismissedPassageTable.h"
#include "MemoTable.h"
#include "NamedListTable.h"
#include "RelationTable.h"
#include "VerdictTable.h"

namespace counterpoint {

// The tables behind one Project, all on its one connection.
struct StoreTables
{
    explicit StoreTables(const Database &database)
        : articles(database)
        , annotations(database)
        , relations(database)
        , dismissed(database)
        , sets(database)
        , actors(database)
        , tags(database)
        , curation(database)
        , verdicts(database)
        , memos(database)
        , changes(database)
    {}

    ArticleTable articles;
    AnnotationTable annotations;
    RelationTable relations;
    DismissedPassageTable dismissed;
    NamedListTable<AnnotationSet> sets;
    NamedListTable<Actor> actors;
    NamedListTable<Tag> tags;
    CurationTable curation;
    VerdictTable verdicts;
    MemoTable memos;
    ChangeLogTable changes;
};

} // namespace counterpoint
