// Annotation import: every format is first read into a Plan (validated, nothing stored), then the
// plan is applied in one bulk write. A bad file is refused while reading, so it never leaves half
// an import behind. This file picks the reader by content.
#include "exchange/common/AnnotationImport.h"

#include "exchange/common/ImportPlan.h"
#include "exchange/common/PlanApplier.h"
#include "exchange/hypothesis/HypothesisReader.h"
#include "exchange/refiqda/QdpxReader.h"
#include "exchange/w3c/WebAnnotationReader.h"
#include "log/LogCategories.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace counterpoint {

namespace {
// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::import)
};
} // namespace

using namespace importing;

// Defined here, in the namespace the header names it in.
struct AnnotationImportPlan
{
    Plan plan;
    QStringList notes; // for the report: what the file held that the counts do not say
};

namespace {

// A plan that was read, checked for holding anything at all.
Result<std::shared_ptr<const AnnotationImportPlan>> checked(Result<Plan> plan,
                                                            const QString &fileName)
{
    if (!plan)
        return plan.error();
    AnnotationImportPlan read{std::move(plan).value(), {}};
    read.notes = read.plan.notes;
    if (Status found = checkSomethingFound(read.plan, fileName, read.notes); !found)
        return found.error();
    return std::make_shared<const AnnotationImportPlan>(std::move(read));
}

} // namespace

AnnotationFile::AnnotationFile(std::shared_ptr<const AnnotationImportPlan> plan, QString fileName)
    : m_plan(std::move(plan))
    , m_fileName(std::move(fileName))
{}

Result<AnnotationFile> AnnotationFile::fromJson(const QByteArray &json, const QString &fileName)
{
    auto plan = checked(isHypothesisJson(json) ? readHypothesis(json, fileName)
                                               : readWebAnnotations(json, fileName),
                        fileName);
    if (!plan)
        return plan.error();
    return AnnotationFile(std::move(plan).value(), fileName);
}

Result<AnnotationFile> AnnotationFile::read(const QString &path, const ImportLimits &limits)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::NotFound,
                     Messages::tr("Cannot import %1: %2").arg(path, file.errorString())};
    // Chosen by content, not by name: a zip starts with "PK". A file named .qdpx that is not
    // one is said to be what it is not, rather than refused as JSON it never claimed to be.
    const bool isZip = file.peek(2) == "PK";
    if (!isZip && QFileInfo(path).suffix().compare(u"qdpx", Qt::CaseInsensitive) == 0) {
        qCDebug(lcExchange) << path << "is named .qdpx but does not start as a zip does";
        return invalid(fileName, Messages::tr("it is not a zip archive, so not a REFI-QDA "
                                              "project (a .qdpx is a zip)."));
    }
    // A W3C file is read as a stream, whatever its size; a zip and a Hypothesis export (read
    // whole: its API returns pages of 200) keep the cap.
    const auto tooLarge = [&] {
        return invalid(fileName,
                       Messages::tr("it is larger than %1 MiB.").arg(limits.maxFileSize >> 20));
    };
    if (isZip) {
        if (file.size() > limits.maxFileSize)
            return tooLarge();
        file.close();
        auto plan = checked(readQdpx(path, limits), fileName);
        if (!plan)
            return plan.error();
        return AnnotationFile(std::move(plan).value(), fileName);
    }
    // Cheap first: every Hypothesis annotation names its user as acct:… near the start.
    if (file.peek(1 << 16).contains("\"acct:")) {
        if (file.size() > limits.maxFileSize)
            return tooLarge();
        const QByteArray json = file.readAll();
        if (isHypothesisJson(json)) {
            auto plan = checked(readHypothesis(json, fileName), fileName);
            if (!plan)
                return plan.error();
            return AnnotationFile(std::move(plan).value(), fileName);
        }
    }
    file.close();
    const PageFiles pages{QFileInfo(path).absolutePath()};
    auto plan = checked(readWebAnnotationFile(path, fileName, pages), fileName);
    if (!plan)
        return plan.error();
    return AnnotationFile(std::move(plan).value(), fileName);
}

Result<AnnotationImportReport> AnnotationFile::importInto(Project &project,
                                                          const ExportProgress &progress) const
{
    auto report = applyPlan(project, m_plan->plan, m_fileName, progress);
    if (report)
        report->notes += m_plan->notes;
    return report;
}

Result<AnnotationImportReport> importWebAnnotations(Project &project, const QByteArray &json,
                                                    const QString &fileName,
                                                    const ExportProgress &progress)
{
    auto file = AnnotationFile::fromJson(json, fileName);
    if (!file)
        return file.error();
    return file->importInto(project, progress);
}

Result<AnnotationImportReport> importAnnotations(Project &project, const QString &path,
                                                 const ExportProgress &progress,
                                                 const ImportLimits &limits)
{
    auto file = AnnotationFile::read(path, limits);
    if (!file)
        return file.error();
    return file->importInto(project, progress);
}

} // namespace counterpoint
