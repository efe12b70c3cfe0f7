#include "NameLookup.h"

#include <QCoreApplication>
#include <QDir>

namespace counterpoint::cli {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::cli)
};

QString quotedFile(const Project &project)
{
    return u'“' + QDir::toNativeSeparators(project.filePath()) + u'”';
}

constexpr qsizetype shortestIdPrefix = 4;

} // namespace

Result<QUuid> findArticle(const Project &project, const QString &idOrTitle)
{
    const QString wanted = idOrTitle.trimmed();
    if (wanted.isEmpty())
        return Error{Error::Code::Invalid,
                     Messages::tr("No article of %1 was named.").arg(quotedFile(project))};
    auto titles = project.articleTitles();
    if (!titles)
        return titles.error();
    QList<QUuid> byId;
    QList<QUuid> byTitle;
    QStringList matchingTitles;
    for (const ArticleTitle &article : std::as_const(*titles)) {
        const QString id = article.id.toString(QUuid::WithoutBraces);
        if (id.compare(wanted, Qt::CaseInsensitive) == 0 ||
            article.title.compare(wanted, Qt::CaseInsensitive) == 0)
            return article.id;
        if (wanted.size() >= shortestIdPrefix && id.startsWith(wanted, Qt::CaseInsensitive))
            byId.append(article.id);
        if (article.title.startsWith(wanted, Qt::CaseInsensitive)) {
            byTitle.append(article.id);
            matchingTitles.append(u'“' + article.title + u'”');
        }
    }
    if (byId.size() == 1)
        return byId.first();
    if (byId.isEmpty() && byTitle.size() == 1)
        return byTitle.first();
    if (byId.size() > 1 || byTitle.size() > 1)
        return Error{Error::Code::Ambiguous,
                     Messages::tr("“%1” names more than one article of %2 (%3); give more of the "
                                  "title or the id.")
                         .arg(wanted, quotedFile(project), matchingTitles.join(u", "))};
    return Error{Error::Code::NotFound, Messages::tr("No article in %1 has the id or title “%2”.")
                                            .arg(quotedFile(project), wanted)};
}

Result<QUuid> findAnnotation(const Project &project, const QString &idOrPrefix)
{
    const QString wanted = idOrPrefix.trimmed();
    if (wanted.size() < shortestIdPrefix)
        return Error{Error::Code::Invalid,
                     Messages::tr("“%1” is too short to name an annotation of %2: give at least "
                                  "4 characters of its id.")
                         .arg(idOrPrefix, quotedFile(project))};
    // Two are enough to know the prefix is not unique; the index finds them without a scan.
    auto found = project.annotationIdsStartingWith(wanted, 2);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{Error::Code::NotFound, Messages::tr("No annotation in %1 has the id “%2”.")
                                                .arg(quotedFile(project), idOrPrefix)};
    if (found->size() > 1)
        return Error{Error::Code::Ambiguous,
                     Messages::tr("“%1” names more than one annotation of %2; give more of its id.")
                         .arg(idOrPrefix, quotedFile(project))};
    return found->first();
}

} // namespace counterpoint::cli
