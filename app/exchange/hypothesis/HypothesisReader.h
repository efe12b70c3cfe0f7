#pragma once

#include "exchange/common/ImportPlan.h"

#include <QByteArray>
#include <QString>

namespace counterpoint::importing {

// Whether json is Hypothesis's own format rather than W3C Web Annotation: one annotation of its
// API (a "uri", a "target" list with "selector"s, a "user" of the form acct:…), an API search
// result ({"total", "rows": […]}), its export ({"annotations": […]}) or a list of annotations.
bool isHypothesisJson(const QByteArray &json);

// Reads Hypothesis JSON into a plan: each annotation's quote (TextQuoteSelector) places it, its
// TextPositionSelector is a hint (a RangeSelector names DOM nodes we do not have); its text is
// the comment, its tags the tags (one named as a kind sets the kind, else it is a note), its
// user the author, its group the set, its created and updated times kept. It goes onto the
// article with its URL, else the one article whose text holds its quotes, and only onto whole
// words. Page notes and replies have no passage and are listed as skipped.
Result<Plan> readHypothesis(const QByteArray &json, const QString &fileName);

} // namespace counterpoint::importing
