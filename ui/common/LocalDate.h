#pragma once

#include <QString>

namespace counterpoint::ui {

// A date or time as an article gives it ("2025-05-02", "2025-05-03T09:30:00Z") as a date in the
// user's locale's short format, so that dates side by side read alike (the list's column, a
// pane's byline); anything that is not ISO 8601 as it came.
QString localDate(const QString &iso);

} // namespace counterpoint::ui
