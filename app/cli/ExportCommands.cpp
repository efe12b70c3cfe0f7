#include "ExportCommands.h"

#include "CommandSupport.h"
#include "export/AnnotationImport.h"
#include "export/Export.h"

#include <QCoreApplication>

namespace counterpoint::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("counterpoint::cli", text);
}

int runExport(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("jsonld, csv, md, html, pdf, qdpx or aif."), tr("FORMAT"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 tr("Only this annotation set; may be repeated (default: all)."),
                                 tr("NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The file to write."), tr("FILE"));
    parser.addOptions({format, set, output});
    int status = ExitOk;
    if (!parseArguments(parser, exportSubcommand(), arguments, 1, 1, streams, status))
        return status;
    const auto exportFormat = exportFormatFromString(parser.value(format));
    if (!exportFormat) {
        streams.err << tr("--format must be jsonld, csv, md, html, pdf, qdpx or aif.") << u'\n';
        return ExitUsage;
    }
    if (parser.value(output).isEmpty()) {
        streams.err << tr("-o must name the file to write.") << u'\n';
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
                return fail(streams, tr("There is no annotation set called “%1” in %2.")
                                         .arg(name, (*project)->name()));
            ids.append(found);
        }
        scope = ExportScope::sets(ids);
    }

    const QString path = parser.value(output);
    auto outcome = exportAnnotationsToFile(**project, *exportFormat, scope, path);
    if (!outcome)
        return fail(streams, outcome.errorMessage());
    streams.out << tr("Exported %1 annotation(s) and %2 link(s) from %3 article(s) to %4")
                       .arg(outcome->annotations)
                       .arg(outcome->relations)
                       .arg(outcome->articles)
                       .arg(path)
                << u'\n';
    return ExitOk;
}

int runImportAnnotations(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"),
                                 tr("The project file (created if missing)."));
    parser.addPositionalArgument(
        QStringLiteral("file"),
        tr("W3C Web Annotation JSON (.json, .jsonld) or a REFI-QDA project (.qdpx)."));
    int status = ExitOk;
    if (!parseArguments(parser, importAnnotationsSubcommand(), arguments, 2, 2, streams, status))
        return status;
    const QStringList positionals = parser.positionalArguments();
    auto project = openProject(positionals.at(0), streams, true);
    if (!project)
        return ExitFailure;
    auto report = importAnnotations(*project, positionals.at(1));
    if (!report)
        return fail(streams, report.errorMessage());
    streams.out << tr("Imported %1: %2 annotation(s) added, %3 updated, %4 unchanged; "
                      "%5 link(s) added; %6 article(s) added.")
                       .arg(positionals.at(1))
                       .arg(report->added)
                       .arg(report->updated)
                       .arg(report->unchanged)
                       .arg(report->relationsAdded)
                       .arg(report->articlesAdded)
                << u'\n';
    for (const QString &skipped : std::as_const(report->skipped))
        streams.out << tr("Skipped: %1").arg(skipped) << u'\n';
    return ExitOk;
}

} // namespace

Subcommand exportSubcommand()
{
    return {QStringLiteral("export"),
            QStringLiteral("export PROJECT --format jsonld|csv|md|html|pdf|qdpx|aif "
                           "[--set NAME]... -o FILE"),
            tr("Export annotations: W3C Web Annotation, CSV, a report, REFI-QDA or AIF."),
            &runExport};
}

Subcommand importAnnotationsSubcommand()
{
    return {QStringLiteral("import-annotations"), QStringLiteral("import-annotations PROJECT FILE"),
            tr("Import annotations from W3C Web Annotation JSON or a REFI-QDA project."),
            &runImportAnnotations};
}

} // namespace counterpoint::cli
