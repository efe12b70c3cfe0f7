#pragma once

#include <QString>

namespace counterpoint::ui::FileFolders {

// Where a file dialog starts: the folder last chosen for this kind of file (articles, annotation
// files, exports, map images, projects), else the open project's folder, else the documents
// folder; never the process's working directory (issue 20, defect 12).
QString startFolder(const QString &kind, const QString &projectPath = {});
// Remembers the folder of a file the user chose in a dialog of this kind.
void remember(const QString &kind, const QString &chosenPath);

inline constexpr char projects[] = "projects";
inline constexpr char articles[] = "articles";
inline constexpr char annotationFiles[] = "annotationFiles";
inline constexpr char exports[] = "exports";
inline constexpr char mapImages[] = "mapImages";
inline constexpr char backups[] = "backups";

} // namespace counterpoint::ui::FileFolders
