#pragma once

#include "store/Project.h"

#include <functional>
#include <optional>

namespace counterpoint::cli {

// What `counterpoint annotate` asks for: a passage named by its exact words.
struct PassageRequest
{
    QString article; // id, id prefix or title prefix
    AnnotationKind kind = AnnotationKind::Claim;
    QString exact;
    int occurrence = 0; // 1 for the first; 0 when the passage must occur once
    std::optional<QString> actor;
    QStringList tags;
    QString comment;
    std::optional<QString> set;
};

// Finds the passage and stores the annotation, with its actor, tags and set, in one write: the
// text searched is the text the range is stored against, so the stored passage is always the
// one asked for. afterLookup runs inside that write once the passage is found (for tests that
// try to change the article in between).
Result<Annotation> annotatePassage(Project &project, const PassageRequest &request,
                                   const std::function<void()> &afterLookup = {});

} // namespace counterpoint::cli
