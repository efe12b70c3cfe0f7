#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>

class QIODevice;

namespace counterpoint {

class Project;

// Which annotations an export holds: the whole project, some annotation sets, or an explicit
// list (what the GUI's annotation list currently shows after filtering).
struct ExportScope
{
    enum class Kind { Project, Sets, Annotations };
    Kind kind = Kind::Project;
    QList<QUuid> setIds;        // for Kind::Sets
    QList<QUuid> annotationIds; // for Kind::Annotations

    static ExportScope wholeProject() { return {}; }
    static ExportScope sets(QList<QUuid> ids) { return {Kind::Sets, std::move(ids), {}}; }
    static ExportScope annotations(QList<QUuid> ids)
    {
        return {Kind::Annotations, {}, std::move(ids)};
    }
};

enum class ExportFormat { JsonLd, Csv, Markdown, Html, Pdf, Qdpx, Aif, ClaimReview };

// The names the command line and file dialogs use: jsonld, csv, md, html, pdf, qdpx, aif,
// claimreview.
QString toString(ExportFormat format);
std::optional<ExportFormat> exportFormatFromString(const QString &name);
QString fileSuffix(ExportFormat format);
QList<ExportFormat> allExportFormats();

// Called now and then with the work done so far out of total (both in annotations); returning
// false cancels the export, which then fails with Error::Code::Cancelled.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ExportOutcome
{
    int annotations = 0; // ClaimReview: the claims reviewed
    int relations = 0;
    int articles = 0;
    // What the file lacks that its readers expect, one line each (a ClaimReview without the URL
    // Google requires); the export is written all the same.
    QStringList warnings;
};

// Choices a format offers beyond its scope.
struct ExportOptions
{
    // CSV: begin with a UTF-8 byte order mark, which Excel needs to read UTF-8 rather than its
    // ANSI code page ("for Excel" in the dialog, --bom on the command line). Other formats
    // ignore it.
    bool utf8Bom = false;
};

// Writes the scope of the project to device in format. The device must be open for writing;
// deviceName names it in error messages (a file name, or "the preview").
Result<ExportOutcome> exportAnnotations(const Project &project, ExportFormat format,
                                        const ExportScope &scope, QIODevice &device,
                                        const QString &deviceName,
                                        const ExportProgress &progress = {},
                                        const ExportOptions &options = {});

// The same into a file, atomically: a failed or cancelled export leaves no file behind and an
// existing file as it was.
Result<ExportOutcome> exportAnnotationsToFile(const Project &project, ExportFormat format,
                                              const ExportScope &scope, const QString &path,
                                              const ExportProgress &progress = {},
                                              const ExportOptions &options = {});

} // namespace counterpoint
