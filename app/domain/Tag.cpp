#include "Tag.h"

#include <QHashFunctions>

#include <array>

namespace counterpoint {

QColor defaultTagColor(const QString &name)
{
    // Tableau 10: distinct, and legible as a highlight in both palettes.
    static constexpr std::array<QRgb, 10> palette{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                                  0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    // qHash is seeded per process; a fixed arithmetic hash keeps the colour stable across runs.
    quint32 hash = 2166136261u;
    for (QChar c : name)
        hash = (hash ^ c.unicode()) * 16777619u;
    return QColor::fromRgb(palette[hash % palette.size()]);
}

} // namespace counterpoint
