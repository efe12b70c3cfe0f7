#include "Export.h"

#include "ExportData.h"
#include "OutputPath.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <array>
#include <cerrno>
#include <utility>

namespace counterpoint {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::export)
};

constexpr std::array<std::pair<ExportFormat, const char16_t *>, 8> formatNames{{
    {ExportFormat::JsonLd, u"jsonld"},
    {ExportFormat::Csv, u"csv"},
    {ExportFormat::Markdown, u"md"},
    {ExportFormat::Html, u"html"},
    {ExportFormat::Pdf, u"pdf"},
    {ExportFormat::Qdpx, u"qdpx"},
    {ExportFormat::Aif, u"aif"},
    {ExportFormat::ClaimReview, u"claimreview"},
}};

} // namespace

QString toString(ExportFormat format)
{
    for (const auto &[candidate, name] : formatNames) {
        if (candidate == format)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromString(const QString &name)
{
    for (const auto &[format, text] : formatNames) {
        if (name.compare(QStringView(text), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString fileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::JsonLd:
        return QStringLiteral("jsonld");
    case ExportFormat::Aif:
        return QStringLiteral("json");
    case ExportFormat::ClaimReview:
        return QStringLiteral("jsonld");
    default:
        return toString(format);
    }
}

QList<ExportFormat> allExportFormats()
{
    QList<ExportFormat> formats;
    for (const auto &entry : formatNames)
        formats.append(entry.first);
    return formats;
}

Result<ExportOutcome> exportAnnotations(const Project &project, ExportFormat format,
                                        const ExportScope &scope, QIODevice &device,
                                        const QString &deviceName, const ExportProgress &progress,
                                        const ExportOptions &options)
{
    using namespace exporting;
    // CSV and JSON-LD print the stored text of each annotation as it is, so they read it as
    // such; the reports and the other formats work on Annotation objects.
    const bool printsStoredText = format == ExportFormat::Csv || format == ExportFormat::JsonLd;
    auto data = loadExportData(
        project, scope, printsStoredText ? AnnotationForm::StoredText : AnnotationForm::Objects,
        format == ExportFormat::Qdpx);
    if (!data)
        return data.error();
    if (progress && !progress(0, data->annotationCount()))
        return cancelled();

    Status written = success();
    Sink sink(device, deviceName);
    switch (format) {
    case ExportFormat::JsonLd:
        written = writeJsonLd(*data, sink, progress);
        break;
    case ExportFormat::Csv:
        written = writeCsv(*data, sink, progress, options.utf8Bom);
        break;
    case ExportFormat::Markdown:
        written = writeMarkdownReport(*data, sink, progress);
        break;
    case ExportFormat::Html:
        written = writeHtmlReport(*data, sink, progress);
        break;
    case ExportFormat::Aif:
        written = writeAif(*data, sink, progress);
        break;
    case ExportFormat::ClaimReview:
        written = writeClaimReview(*data, sink, progress);
        break;
    case ExportFormat::Pdf:
        written = writePdfReport(*data, device, deviceName, progress);
        break;
    case ExportFormat::Qdpx:
        written = writeQdpx(*data, device, deviceName, progress);
        break;
    }
    if (written)
        written = sink.flush();
    // A file buffers what it is given, so the last bytes meet a full disk only when flushed.
    // Flushed here, while the file still knows why it failed: left to QSaveFile::commit(), a
    // failed flush passed as success (a truncated CSV, exit 0, on a full file system).
    if (auto *file = qobject_cast<QFileDevice *>(&device); written && file) {
        errno = 0;
        if (!file->flush())
            written = writeFailed(deviceName, writeFailureCause(*file, errno));
    }
    if (!written)
        return written.error();
    if (format == ExportFormat::ClaimReview)
        return ExportOutcome{int(reviewedClaims(*data).size()), 0, int(data->articles.size()),
                             claimReviewWarnings(*data)};
    return ExportOutcome{
        int(data->annotationCount()), int(data->relations.size()), int(data->articles.size()), {}};
}

Result<ExportOutcome> exportAnnotationsToFile(const Project &project, ExportFormat format,
                                              const ExportScope &scope, const QString &path,
                                              const ExportProgress &progress,
                                              const ExportOptions &options)
{
    if (Status allowed = checkOutputIsNotProject(path, project.filePath()); !allowed)
        return allowed.error();
    const QString name = QFileInfo(path).fileName();
    // QSaveFile writes beside the target and renames over it only on commit(): a failure or a
    // cancel leaves no partial file, and an existing file untouched.
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, Messages::tr("Cannot write %1: %2")
                                          .arg(path, exporting::writeFailureCause(file, errno))};
    auto outcome = exportAnnotations(project, format, scope, file, name, progress, options);
    if (!outcome) {
        file.cancelWriting();
        return outcome;
    }
    errno = 0;
    if (!file.commit()) // the last buffered bytes are written here, and may not fit
        return Error{Error::Code::Io, Messages::tr("Cannot write %1: %2")
                                          .arg(path, exporting::writeFailureCause(file, errno))};
    return outcome;
}

} // namespace counterpoint
