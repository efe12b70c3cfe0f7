#pragma once

// The project every harness scenario starts from, made through Project in this process.
#include "store/Project.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

namespace counterpoint::harness {

struct BaseProject
{
    QString path;
    QUuid notesId;            // "Harbour notes": numbered sentences to annotate
    QUuid livingId;           // "Living report": the article update-article replaces
    QUuid windowId;           // "Window desk": written by the window only
    QList<QUuid> annotations; // on Harbour notes, sentences 0..annotationCount-1, for link
};

constexpr int notesSentences = 1200;

// Makes the project in dir (closed again when this returns); annotationCount annotations are
// added to Harbour notes for link to join. Empty path on failure, with a warning.
BaseProject makeBaseProject(const QTemporaryDir &dir, int annotationCount);

// A W3C Web Annotation collection of count annotations on article, sentences first..first+count-1
// of Harbour notes, with ids that follow from batch: ids(batch, count) gives them back.
QByteArray annotationBatch(const QUuid &articleId, int batch, int first, int count);
QList<QUuid> batchIds(int batch, int count);

} // namespace counterpoint::harness
