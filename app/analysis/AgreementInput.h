#pragma once

#include "domain/Kinds.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <vector>

namespace counterpoint::analysis {

// What the coders are compared on: the kind of each annotation, or each of its tags.
enum class CodeScheme { Kind, Tag };
QString toString(CodeScheme scheme); // "kind", "tag"

// One coder's annotation as the measures read it.
struct ReadingSpan
{
    QUuid annotationId;
    qint64 start = 0;
    qint64 end = 0;
    AnnotationKind kind = AnnotationKind::Claim;
    QList<QUuid> tagIds;    // sorted, so that equal sets compare equal
    std::vector<int> codes; // indices into AgreementInput::codes: its kind, or its tags
};

// Every coder's reading of one article.
struct ArticleReadings
{
    QUuid articleId;
    QString title;
    qint64 length = 0;                            // of the canonical text, in UTF-16 code units
    std::vector<std::vector<ReadingSpan>> coders; // one list per coder, in the order of coders
};

// The reliability data: m ≥ 2 coders (annotation sets), the codes, the articles.
struct AgreementInput
{
    CodeScheme scheme = CodeScheme::Kind;
    QList<QUuid> setIds;
    QStringList coders; // the sets' names
    QStringList codes;  // kinds' or tags' names, as codes index them
    std::vector<ArticleReadings> articles;
};

} // namespace counterpoint::analysis
