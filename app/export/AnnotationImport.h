#pragma once

#include "Export.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace counterpoint {

class Project;

// What an import did, for the user: counts, and one line per item it could not use.
struct AnnotationImportReport
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int relationsAdded = 0;
    int articlesAdded = 0;
    QStringList skipped; // "http://example.org/anno8: no text quote or position selector"
};

// Caps on what an import reads, against hostile files.
struct ImportLimits
{
    qint64 maxFileSize = 512LL * 1024 * 1024;          // a JSON file, or a .qdpx on disk
    qint64 maxUncompressedSize = 1024LL * 1024 * 1024; // all entries of a zip together
    qint64 maxCompressionRatio = 200;                  // per entry, once it is over 1 MiB
    int maxEntries = 100000;
};

// Imports annotations into the project from a W3C Web Annotation file (our own export; a single
// annotation, an AnnotationCollection or an AnnotationPage) or a REFI-QDA project (.qdpx), chosen
// by content. Annotations, sets, actors, tags, relations and missing articles are stored in one
// transaction: a file that cannot be read changes nothing. What the project already holds (the
// same ids) is updated, never duplicated.
Result<AnnotationImportReport> importAnnotations(Project &project, const QString &path,
                                                 const ExportProgress &progress = {},
                                                 const ImportLimits &limits = {});

// The same from JSON already in memory; fileName names it in messages.
Result<AnnotationImportReport> importWebAnnotations(Project &project, const QByteArray &json,
                                                    const QString &fileName,
                                                    const ExportProgress &progress = {});

} // namespace counterpoint
