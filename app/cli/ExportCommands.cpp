#include "ExportCommands.h"

#include "CommandSupport.h"
#include "analysis/Curation.h"
#include "exchange/common/AnnotationImport.h"
#include "exchange/common/Export.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace counterpoint::cli {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

int runExport(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), Messages::tr("The project file."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Messages::tr("jsonld, csv, md, html, pdf, qdpx, aif or "
                                                 "claimreview."),
                                    Messages::tr("FORMAT"));
    const QCommandLineOption set(
        QStringLiteral("set"),
        Messages::tr("Only this annotation set; may be repeated (default: all)."),
        Messages::tr("NAME"));
    const QCommandLineOption consensus(
        QStringLiteral("consensus"),
        Messages::tr("Only the consensus set (as --set with its name; see coders, curate)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Messages::tr("The file to write."), Messages::tr("FILE"));
    const QCommandLineOption bom(
        QStringLiteral("bom"),
        Messages::tr("CSV only: begin with a UTF-8 byte order mark, so that Excel reads it as "
                     "UTF-8."));
    parser.addOptions({format, set, consensus, output, bom});
    int status = ExitOk;
    if (!parseArguments(parser, exportSubcommand(), arguments, 1, 1, streams, status))
        return status;
    const auto exportFormat = exportFormatFromString(parser.value(format));
    if (!exportFormat) {
        streams.err << Messages::tr(
                           "--format must be jsonld, csv, md, html, pdf, qdpx, aif or claimreview.")
                    << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(bom) && *exportFormat != ExportFormat::Csv) {
        streams.err << Messages::tr("--bom is for --format csv only.") << u'\n';
        return ExitUsage;
    }
    if (parser.value(output).isEmpty()) {
        streams.err << Messages::tr("-o must name the file to write.") << u'\n';
        return ExitUsage;
    }

    OpenOptions options;
    options.readOnly = true; // an export never changes the project
    auto project = Project::open(parser.positionalArguments().first(), options);
    if (!project)
        return fail(streams, project.errorMessage());

    ExportScope scope = ExportScope::wholeProject();
    if (parser.isSet(set)) {
        auto sets = (*project)->annotationSets();
        if (!sets)
            return fail(streams, sets.errorMessage());
        QList<QUuid> ids;
        for (const QString &name : parser.values(set)) {
            QUuid found;
            for (const AnnotationSet &candidate : std::as_const(*sets)) {
                if (candidate.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                    found = candidate.id;
            }
            if (found.isNull())
                return fail(streams, Messages::tr("There is no annotation set called “%1” in %2.")
                                         .arg(name, (*project)->name()));
            ids.append(found);
        }
        scope = ExportScope::sets(ids);
    }
    if (parser.isSet(consensus)) {
        auto found = analysis::consensusSetOf(**project);
        if (!found)
            return fail(streams, found.errorMessage());
        if (found->isNull())
            return fail(streams,
                        Messages::tr("%1 has no consensus set: make one with “counterpoint coders "
                                     "PROJECT --consensus SET”.")
                            .arg((*project)->name()));
        QList<QUuid> ids = scope.kind == ExportScope::Kind::Sets ? scope.setIds : QList<QUuid>();
        if (!ids.contains(*found))
            ids.append(*found);
        scope = ExportScope::sets(ids);
    }

    const QString path = parser.value(output);
    ExportOptions exportOptions;
    exportOptions.utf8Bom = parser.isSet(bom);
    auto outcome =
        exportAnnotationsToFile(**project, *exportFormat, scope, path, {}, exportOptions);
    if (!outcome)
        return fail(streams, outcome.errorMessage());
    for (const QString &warning : std::as_const(outcome->warnings))
        streams.err << Messages::tr("Warning: %1").arg(warning) << u'\n';
    if (*exportFormat == ExportFormat::ClaimReview) {
        streams.out << Messages::tr("Exported the verdicts on %1 from %2 to %3")
                           .arg(Messages::tr("%n annotation(s)", nullptr, outcome->annotations),
                                Messages::tr("%n article(s)", nullptr, outcome->articles), path)
                    << u'\n';
        return ExitOk;
    }
    // One count a message: a language's plural forms follow each number on its own.
    streams.out << Messages::tr("Exported %1 and %2 from %3 to %4")
                       .arg(Messages::tr("%n annotation(s)", nullptr, outcome->annotations),
                            Messages::tr("%n link(s)", nullptr, outcome->relations),
                            Messages::tr("%n article(s)", nullptr, outcome->articles), path)
                << u'\n';
    return ExitOk;
}

int runImportAnnotations(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"),
                                 Messages::tr("The project file (created if missing)."));
    parser.addPositionalArgument(
        QStringLiteral("file"),
        Messages::tr("W3C Web Annotation JSON (.json, .jsonld) or a REFI-QDA project (.qdpx)."));
    int status = ExitOk;
    if (!parseArguments(parser, importAnnotationsSubcommand(), arguments, 2, 2, streams, status))
        return status;
    const QStringList positionals = parser.positionalArguments();
    const QString projectPath = positionals.at(0);
    const bool existed = QFileInfo::exists(projectPath);
    // The file is read and checked before the project is opened, so a refused file never
    // creates a project; what fails while storing discards the project this command created.
    auto file = AnnotationFile::read(positionals.at(1));
    if (!file)
        return fail(streams, file.errorMessage());
    auto project = openProject(projectPath, streams, true);
    if (!project)
        return ExitFailure;
    auto report = file->importInto(*project);
    if (!report) {
        if (!existed)
            discardNewProject(std::move(project), projectPath);
        return fail(streams, report.errorMessage());
    }
    streams.out << Messages::tr("Imported %1: %2 added, %3 updated, %4 unchanged; %5 added; %6 "
                                "added.")
                       .arg(positionals.at(1),
                            Messages::tr("%n annotation(s)", nullptr, report->added),
                            QString::number(report->updated), QString::number(report->unchanged),
                            Messages::tr("%n link(s)", nullptr, report->relationsAdded),
                            Messages::tr("%n article(s)", nullptr, report->articlesAdded))
                << u'\n';
    for (const QString &note : std::as_const(report->notes))
        streams.out << Messages::tr("Note: %1").arg(note) << u'\n';
    for (const QString &skipped : std::as_const(report->skipped))
        streams.out << Messages::tr("Skipped: %1").arg(skipped) << u'\n';
    return ExitOk;
}

} // namespace

Subcommand exportSubcommand()
{
    return {QStringLiteral("export"),
            QStringLiteral("export PROJECT --format jsonld|csv|md|html|pdf|qdpx|aif|claimreview "
                           "[--set NAME]... [--consensus] [--bom] -o FILE"),
            Messages::tr("Export annotations: W3C Web Annotation, CSV, a report, REFI-QDA, AIF or "
                         "ClaimReview fact checks."),
            &runExport};
}

Subcommand importAnnotationsSubcommand()
{
    return {QStringLiteral("import-annotations"), QStringLiteral("import-annotations PROJECT FILE"),
            Messages::tr("Import annotations from W3C Web Annotation JSON or a REFI-QDA project."),
            &runImportAnnotations};
}

} // namespace counterpoint::cli
