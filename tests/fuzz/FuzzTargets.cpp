#include "FuzzTargets.h"

#include "exchange/common/AnnotationImport.h"
#include "import/ArticleDocument.h"
#include "import/ArticleImporter.h"
#include "store/Project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace counterpoint::fuzz {

namespace {

// The scratch project's one article, written for the fuzzers. Its id is fixed so that seed
// annotations can name it as their target's source.
constexpr auto anchorArticleId = "7c1f7a52-3a0e-4d53-9a53-0f0f5eed0001";
constexpr auto anchorArticleText =
    "Harbour council approves new ferry timetable\n"
    "The council voted on Tuesday to add two evening crossings. Residents had asked for later "
    "ferries for years, the chair said.\n"
    "Critics said the budget does not cover the extra crews.\n";

struct Scratch
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
};

Scratch *scratch = nullptr;

[[noreturn]] void brokenPromise(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

// Runs store(project) in a transaction that is always rolled back: every input then meets the
// same project, and a long run does not slow down as the project grows.
template<class T> Result<T> storedAndRolledBack(const std::function<Result<T>(Project &)> &store)
{
    Result<T> outcome = Error{Error::Code::Invalid, QStringLiteral("nothing was stored")};
    const Error rollBack{Error::Code::Cancelled, QStringLiteral("rolled back by the fuzzer")};
    auto written = scratch->project->write([&]() -> Status {
        outcome = store(*scratch->project);
        return rollBack;
    });
    if (written || written.error().message != rollBack.message)
        brokenPromise("the scratch transaction was not rolled back", written.errorMessage());
    return outcome;
}

Result<QString> runArticle(const QByteArray &input, const QString &fileName)
{
    auto article = ArticleImporter::readBytes(input, fileName);
    if (!article)
        return article.error();
    // The reader renders the stored original again: its text must be the importer's to the
    // character, or annotations would be drawn over the wrong words.
    const auto document = ArticleDocument::create(*article);
    const QString rendered = ArticleDocument::canonicalText(*document);
    if (rendered != article->text)
        brokenPromise("the reader's text differs from the importer's",
                      QStringLiteral("%1 against %2 characters")
                          .arg(rendered.size())
                          .arg(article->text.size()));
    if (article->title.contains(u'\n'))
        brokenPromise("a title holds a line break", article->title);
    auto stored = storedAndRolledBack<Article>(
        [&](Project &project) { return project.addArticle(*article); });
    if (!stored)
        return stored.error();
    return QStringLiteral("article “%1”, %2 characters")
        .arg(article->title)
        .arg(article->text.size());
}

QString describe(const AnnotationImportReport &report)
{
    return QStringLiteral(
               "%1 added, %2 updated, %3 unchanged, %4 relations, %5 articles, %6 skipped")
        .arg(report.added)
        .arg(report.updated)
        .arg(report.unchanged)
        .arg(report.relationsAdded)
        .arg(report.articlesAdded)
        .arg(report.skipped.size());
}

Result<QString> importAnnotationFile(const Result<AnnotationFile> &file)
{
    if (!file)
        return file.error();
    auto report = storedAndRolledBack<AnnotationImportReport>(
        [&](Project &project) { return file->importInto(project); });
    if (!report)
        return report.error();
    return describe(*report);
}

Result<QString> runQdpx(const QByteArray &input, const QString &fileName)
{
    // The REFI-QDA reader opens a zip by path: the input goes to a file of that name first.
    const QString path = scratch->dir.filePath(QFileInfo(fileName).fileName());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input) != input.size())
        brokenPromise("cannot write the scratch input", path);
    file.close();
    // Smaller caps than a user's, so that a fuzzer's zip bomb costs seconds, not minutes.
    ImportLimits limits;
    limits.maxFileSize = 8 << 20;
    limits.maxUncompressedSize = 64 << 20;
    limits.maxEntries = 1000;
    return importAnnotationFile(AnnotationFile::read(path, limits));
}

} // namespace

QStringList targetNames()
{
    return {QStringLiteral("article_txt"),  QStringLiteral("article_md"),
            QStringLiteral("article_html"), QStringLiteral("w3c_json"),
            QStringLiteral("qdpx"),         QStringLiteral("article_pdf")};
}

QString defaultFileName(const QString &target)
{
    if (target == u"article_txt")
        return QStringLiteral("fuzz.txt");
    if (target == u"article_md")
        return QStringLiteral("fuzz.md");
    if (target == u"article_html")
        return QStringLiteral("fuzz.html");
    if (target == u"article_pdf")
        return QStringLiteral("fuzz.pdf");
    if (target == u"w3c_json")
        return QStringLiteral("fuzz.jsonld");
    return QStringLiteral("fuzz.qdpx");
}

bool initialize()
{
    if (scratch)
        return true;
    // The article renderer needs a GUI application, not a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*.debug=false;qt.qpa.*=false");
    // As the command line does (app/main.cpp): Qt warns on every start without one.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-") +
                                qEnvironmentVariable("USER", QStringLiteral("counterpoint"));
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
    static int argc = 1;
    static char name[] = "counterpoint-fuzz";
    static char *argv[] = {name, nullptr};
    static QGuiApplication application(argc, argv);

    scratch = new Scratch;
    if (!scratch->dir.isValid()) {
        std::fprintf(stderr, "fuzz: cannot make a scratch folder\n");
        return false;
    }
    OpenOptions options;
    options.createIfMissing = true;
    auto project =
        Project::open(scratch->dir.filePath(QStringLiteral("scratch.counterpoint")), options);
    if (!project) {
        std::fprintf(stderr, "fuzz: %s\n", qPrintable(project.errorMessage()));
        return false;
    }
    scratch->project = std::move(project).value();
    auto article = ArticleImporter::readBytes(anchorArticleText, QStringLiteral("ferry.txt"));
    if (!article) {
        std::fprintf(stderr, "fuzz: %s\n", qPrintable(article.errorMessage()));
        return false;
    }
    article->id = QUuid::fromString(QLatin1StringView(anchorArticleId));
    auto stored = scratch->project->addArticle(*article);
    if (!stored) {
        std::fprintf(stderr, "fuzz: %s\n", qPrintable(stored.errorMessage()));
        return false;
    }
    return true;
}

Result<QString> run(const QString &target, const QByteArray &input, const QString &fileName)
{
    if (!initialize())
        std::abort();
    if (target.startsWith(u"article_"))
        return runArticle(input, fileName);
    if (target == u"w3c_json")
        return importAnnotationFile(AnnotationFile::fromJson(input, fileName));
    if (target == u"qdpx")
        return runQdpx(input, fileName);
    return Error{Error::Code::Invalid, QStringLiteral("There is no fuzz target “%1”.").arg(target)};
}

} // namespace counterpoint::fuzz
