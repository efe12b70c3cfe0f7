#pragma once

#include "exchange/common/ImportPlan.h"

#include <QByteArray>
#include <QString>

namespace counterpoint::importing {

// Reads W3C Web Annotation JSON (a single annotation, an AnnotationCollection with its first
// page embedded, an AnnotationPage, or a list of annotations) into a plan; fileName names the
// file in messages. Nothing is stored.
Result<Plan> readWebAnnotations(const QByteArray &json, const QString &fileName);

} // namespace counterpoint::importing
