#pragma once

#include "exchange/common/ImportPlan.h"

#include <QByteArray>
#include <QString>

namespace counterpoint::importing {

// Where the pages of a paged collection may be found when they are not embedded: files in the
// folder of the collection's file (never the network). An empty folder: embedded pages only.
struct PageFiles
{
    QString folder;
};

// Reads W3C Web Annotation JSON (a single annotation, an AnnotationCollection with its pages
// embedded or as files beside it, an AnnotationPage, or a list of annotations) into a plan;
// fileName names the file in messages. Every page is read; a page that cannot be is named in
// the plan's skipped lines. Nothing is stored.
Result<Plan> readWebAnnotations(const QByteArray &json, const QString &fileName,
                                const PageFiles &pages = {});

// The same from the file at path, read as a stream whatever its size: every annotation is
// checked, but the plan holds none of them (only their count); its streamAnnotations() reads
// them from the file again, one at a time, as they are stored. Page files are streamed too.
Result<Plan> readWebAnnotationFile(const QString &path, const QString &fileName,
                                   const PageFiles &pages = {});

} // namespace counterpoint::importing
