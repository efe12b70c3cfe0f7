#pragma once

#include "AgreementInput.h"
#include "domain/Result.h"

#include <QList>
#include <QUuid>

namespace counterpoint {
class Project;
}

namespace counterpoint::analysis {

struct AgreementRequest
{
    QList<QUuid> setIds; // two or more annotation sets, one a coder
    CodeScheme scheme = CodeScheme::Kind;
    QUuid articleId; // null: every article any of the sets annotated
};

// Reads the sets' annotations and the articles' lengths from the project. Articles none of the
// sets annotated are left out (nobody has read them), unless named. By tag, the codes are the
// tags the sets used, by name; an annotation without tags then codes nothing.
Result<AgreementInput> readAgreementInput(const Project &project, const AgreementRequest &request);

} // namespace counterpoint::analysis
