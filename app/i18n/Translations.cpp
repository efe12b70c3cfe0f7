#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace counterpoint {

namespace {

// Where the build embeds the .qm files (resources/translations/CMakeLists.txt).
QString translationsFolder()
{
    return QStringLiteral(":/counterpoint/i18n");
}

// Loads with load, installs on the application and returns the file on success; null otherwise.
template<typename Load> QString install(Load load)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (load(*translator) && QCoreApplication::installTranslator(translator))
        return translator->filePath();
    delete translator;
    return {};
}

} // namespace

QStringList installTranslations(const QLocale &locale)
{
    Q_ASSERT(QCoreApplication::instance());
    QStringList loaded;
    const QString english = install([](QTranslator &translator) {
        return translator.load(QStringLiteral("counterpoint_en"), translationsFolder());
    });
    if (!english.isEmpty())
        loaded.append(english);

    const QString qt = install([&locale](QTranslator &translator) {
        return translator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    if (!qt.isEmpty())
        loaded.append(qt);

    // For an English locale this finds counterpoint_en again, which is installed already.
    const QString own = install([&locale, &english](QTranslator &translator) {
        return translator.load(locale, QStringLiteral("counterpoint"), QStringLiteral("_"),
                               translationsFolder()) &&
               translator.filePath() != english;
    });
    if (!own.isEmpty())
        loaded.append(own);
    return loaded;
}

} // namespace counterpoint
