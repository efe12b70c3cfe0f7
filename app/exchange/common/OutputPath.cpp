#include "exchange/common/OutputPath.h"

#include "log/LogCategories.h"

#include <QCoreApplication>
#include <QFile>

#include <array>
#include <filesystem>
#include <system_error>

namespace counterpoint {

namespace {

namespace fs = std::filesystem;

// Q_DECLARE_TR_FUNCTIONS rather than a function of our own: lupdate then files these messages
// under the context they are looked up in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(counterpoint::export)
};

fs::path nativePath(const QString &path)
{
    return fs::path(QFile::encodeName(path).toStdString());
}

// Where a write to path lands: its own symbolic links followed even when they dangle (QSaveFile
// writes through them), then the folders' links resolved.
fs::path landingPlace(const QString &path)
{
    std::error_code error;
    fs::path p = fs::absolute(nativePath(path), error);
    if (error)
        p = nativePath(path);
    // At most 40 hops, as the kernel allows: a loop is left to the write to refuse.
    for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(p, error)); ++hops) {
        const fs::path target = fs::read_symlink(p, error);
        if (error)
            break;
        p = target.is_absolute() ? target : p.parent_path() / target;
    }
    const fs::path resolved = fs::weakly_canonical(p, error);
    return error ? p.lexically_normal() : resolved;
}

bool sameFile(const fs::path &a, const fs::path &b)
{
    if (a == b)
        return true;
    std::error_code error; // both must exist to be compared by identity (hard links)
    return fs::exists(a, error) && fs::exists(b, error) && fs::equivalent(a, b, error) && !error;
}

} // namespace

Status checkOutputIsNotProject(const QString &output, const QString &projectFile)
{
    if (projectFile.isEmpty() || output.isEmpty())
        return success();
    const fs::path target = landingPlace(output);
    const fs::path project = landingPlace(projectFile);
    struct Companion
    {
        const char *suffix;
        const char *what;
    };
    static constexpr std::array<Companion, 4> companions{{
        {"", QT_TRANSLATE_NOOP("counterpoint::export", "the project itself")},
        {"-wal", QT_TRANSLATE_NOOP("counterpoint::export", "the project's write-ahead log")},
        {"-shm", QT_TRANSLATE_NOOP("counterpoint::export", "the project's shared-memory file")},
        {"-journal", QT_TRANSLATE_NOOP("counterpoint::export", "the project's journal")},
    }};
    for (const Companion &companion : companions) {
        const fs::path file = project.native() + companion.suffix;
        if (!sameFile(target, file))
            continue;
        qCDebug(lcExchange) << "refused to write" << output << "over" << projectFile
                            << companion.suffix;
        return Error{
            Error::Code::Invalid,
            Messages::tr("Cannot write %1: it is %2 (%3); choose another file.")
                .arg(output, Messages::tr(companion.what), QFile::decodeName(file.c_str()))};
    }
    return success();
}

} // namespace counterpoint
