#include "MonospaceFont.h"

#include "log/LogCategories.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QStringList>

namespace counterpoint::ui {

namespace {

bool resolvesFixedPitch(const QFont &font)
{
    return QFontInfo(font).fixedPitch();
}

QFont choose()
{
    const QFont system = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (resolvesFixedPitch(system))
        return system;
    qCDebug(lcUi) << "The system's fixed font" << QFontInfo(system).family()
                  << "is proportional; looking for a monospace family";
    // Families known to be monospace, then whatever else the font database says is.
    QStringList candidates{QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"),
                           QStringLiteral("Noto Sans Mono"),   QStringLiteral("Noto Mono"),
                           QStringLiteral("Ubuntu Mono"),      QStringLiteral("Cascadia Mono"),
                           QStringLiteral("Consolas"),         QStringLiteral("Menlo"),
                           QStringLiteral("Courier New"),      QStringLiteral("Monospace")};
    for (const QString &family : QFontDatabase::families()) {
        if (QFontDatabase::isFixedPitch(family) && !candidates.contains(family))
            candidates.append(family);
    }
    for (const QString &family : std::as_const(candidates)) {
        QFont font(family, system.pointSize() > 0 ? system.pointSize() : 10);
        font.setStyleHint(QFont::Monospace);
        font.setFixedPitch(true);
        if (resolvesFixedPitch(font))
            return font;
    }
    // Nothing installed is monospace: ask for it anyway, so the platform matches what it can.
    qCWarning(lcUi) << "No monospace font is installed; source text shows in"
                    << QFontInfo(system).family();
    QFont fallback = system;
    fallback.setStyleHint(QFont::Monospace);
    fallback.setFixedPitch(true);
    return fallback;
}

} // namespace

QFont monospaceFont()
{
    // Looked up once: the installed fonts do not change under a running window.
    static const QFont font = choose();
    return font;
}

} // namespace counterpoint::ui
