#pragma once

#include "domain/Kinds.h"
#include "domain/Memo.h"

#include <QColor>
#include <QString>
#include <QUuid>

namespace counterpoint::qdpx {

// GUIDs that are the same in every export, so a re-import recognises what it wrote: the codes for
// the annotation kinds, users, notes and codings are named UUIDs (version 5) of a fixed namespace.
QUuid namedGuid(const QString &name);
QUuid kindCodeGuid(AnnotationKind kind);
QUuid setCodeGuid(const QUuid &setId); // the code that stands for an annotation set
// The Note that carries a memo: the project's (null id), an article's or an actor's.
QUuid memoGuid(MemoSubject subject, const QUuid &subjectId);
QColor kindColor(AnnotationKind kind);

inline constexpr auto projectEntry = "project.qde";
inline constexpr auto sourcesFolder = "sources/";
inline constexpr auto internalScheme = "internal://";

} // namespace counterpoint::qdpx
