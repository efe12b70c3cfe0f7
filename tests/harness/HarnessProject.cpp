#include "HarnessProject.h"

#include "Harness.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace counterpoint::harness {

namespace {

QUuid importText(Project &project, const QTemporaryDir &dir, const QString &name,
                 const QString &text)
{
    const QString file = dir.filePath(name);
    if (!test::writeFile(file, text.toUtf8()))
        return {};
    return test::importArticle(project, file);
}

} // namespace

BaseProject makeBaseProject(const QTemporaryDir &dir, int annotationCount)
{
    BaseProject base;
    auto project = test::createProject(dir, QStringLiteral("harness.counterpoint"));
    if (!project)
        return base;
    base.notesId = importText(*project, dir, QStringLiteral("harbour-notes.txt"),
                              numberedArticle(QStringLiteral("Harbour notes"), notesSentences));
    base.livingId = importText(*project, dir, QStringLiteral("living-report.txt"),
                               numberedArticle(QStringLiteral("Living report"), 400, 100));
    base.windowId = importText(*project, dir, QStringLiteral("window-desk.txt"),
                               numberedArticle(QStringLiteral("Window desk"), 200, 200));
    if (base.notesId.isNull() || base.livingId.isNull() || base.windowId.isNull())
        return base;
    auto notes = project->articleText(base.notesId);
    auto living = project->articleText(base.livingId);
    if (!notes || !living)
        return base;
    auto written = project->write([&]() -> Status {
        for (int i = 0; i < annotationCount; ++i) {
            const QString passage = sentence(i);
            Annotation annotation;
            annotation.articleId = base.notesId;
            annotation.kind = AnnotationKind::Claim;
            annotation.start = int(notes->indexOf(passage));
            annotation.end = annotation.start + int(passage.size());
            auto added = project->addAnnotation(annotation);
            if (!added)
                return added.error();
            base.annotations.append(added->id);
        }
        // A few on the living report, so that each update re-anchors something.
        for (int i = 0; i < 20; ++i) {
            const QString passage = sentence(i * 7, 100);
            Annotation annotation;
            annotation.articleId = base.livingId;
            annotation.kind = AnnotationKind::Note;
            annotation.start = int(living->indexOf(passage));
            annotation.end = annotation.start + int(passage.size());
            auto added = project->addAnnotation(annotation);
            if (!added)
                return added.error();
        }
        return success();
    });
    if (!written) {
        qWarning("cannot annotate the harness project: %s", qPrintable(written.errorMessage()));
        return base;
    }
    base.path = project->filePath();
    return base;
}

QList<QUuid> batchIds(int batch, int count)
{
    static const QUuid space = QUuid::fromString(u"6f0c3e1e-4d2a-4c8e-9d41-18a5e8a2c0de");
    QList<QUuid> ids;
    for (int k = 0; k < count; ++k)
        ids.append(
            QUuid::createUuidV5(space, QStringLiteral("batch %1 item %2").arg(batch).arg(k)));
    return ids;
}

QByteArray annotationBatch(const QUuid &articleId, int batch, int first, int count)
{
    const QString source = u"urn:uuid:" + articleId.toString(QUuid::WithoutBraces);
    const QList<QUuid> ids = batchIds(batch, count);
    QJsonArray items;
    for (int k = 0; k < count; ++k) {
        items.append(QJsonObject{
            {QStringLiteral("id"),
             QString(u"urn:uuid:" + ids.at(k).toString(QUuid::WithoutBraces))},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"), QStringLiteral("highlighting")},
            {QStringLiteral("body"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                         {QStringLiteral("purpose"), QStringLiteral("commenting")},
                         {QStringLiteral("value"), QStringLiteral("batch %1").arg(batch)}}},
            {QStringLiteral("target"),
             QJsonObject{{QStringLiteral("source"), source},
                         {QStringLiteral("selector"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                      {QStringLiteral("exact"), sentence(first + k)}}}}}});
    }
    const QJsonObject collection{
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("first"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                     {QStringLiteral("items"), items}}}};
    return QJsonDocument(collection).toJson(QJsonDocument::Compact);
}

} // namespace counterpoint::harness
