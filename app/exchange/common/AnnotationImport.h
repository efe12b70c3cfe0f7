#pragma once

#include "Export.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

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
    QStringList notes; // what the file held that the counts do not say: "x.qdpx: … only 2 articles"
};

// Caps on what an import reads, against hostile files.
struct ImportLimits
{
    qint64 maxFileSize = 512LL * 1024 * 1024;          // a .qdpx on disk, a Hypothesis file
    qint64 maxUncompressedSize = 1024LL * 1024 * 1024; // all entries of a zip together
    qint64 maxCompressionRatio = 200;                  // per entry, once it is over 1 MiB
    int maxEntries = 100000;
};

struct AnnotationImportPlan;

// An annotation file read and checked, nothing stored yet. Reading needs no project, so a window
// can read a large file on another thread and stay responsive; importInto() then stores it on the
// project's thread. Copies share what was read.
class AnnotationFile final
{
public:
    // A W3C Web Annotation file or a REFI-QDA project, chosen by content (see importAnnotations()).
    static Result<AnnotationFile> read(const QString &path, const ImportLimits &limits = {});
    // W3C Web Annotation JSON already in memory; fileName names it in messages.
    static Result<AnnotationFile> fromJson(const QByteArray &json, const QString &fileName);

    const QString &fileName() const { return m_fileName; }
    // Stores what was read, in one transaction.
    Result<AnnotationImportReport> importInto(Project &project,
                                              const ExportProgress &progress = {}) const;

private:
    AnnotationFile(std::shared_ptr<const AnnotationImportPlan> plan, QString fileName);

    std::shared_ptr<const AnnotationImportPlan> m_plan;
    QString m_fileName;
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
