#include "Kinds.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace counterpoint {

namespace {

template<class Enum, std::size_t N>
std::optional<Enum> lookUp(const std::array<std::pair<Enum, const char16_t *>, N> &names,
                           const QString &name)
{
    for (const auto &[value, text] : names) {
        if (name == QStringView(text))
            return value;
    }
    return std::nullopt;
}

template<class Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &names, Enum value)
{
    for (const auto &[candidate, text] : names) {
        if (candidate == value)
            return QString::fromUtf16(text);
    }
    return {};
}

constexpr std::array<std::pair<AnnotationKind, const char16_t *>, 4> annotationKindNames{{
    {AnnotationKind::Claim, u"claim"},
    {AnnotationKind::Counterclaim, u"counterclaim"},
    {AnnotationKind::Source, u"source"},
    {AnnotationKind::Note, u"note"},
}};

constexpr std::array<std::pair<RelationKind, const char16_t *>, 4> relationKindNames{{
    {RelationKind::Rebuts, u"rebuts"},
    {RelationKind::Supports, u"supports"},
    {RelationKind::Cites, u"cites"},
    {RelationKind::SameClaim, u"same-claim"},
}};

constexpr std::array<std::pair<AnchorState, const char16_t *>, 4> anchorStateNames{{
    {AnchorState::Exact, u"exact"},
    {AnchorState::Moved, u"moved"},
    {AnchorState::Fuzzy, u"fuzzy"},
    {AnchorState::Orphaned, u"orphaned"},
}};

} // namespace

QString toString(AnnotationKind kind)
{
    return nameOf(annotationKindNames, kind);
}
QString toString(RelationKind kind)
{
    return nameOf(relationKindNames, kind);
}
QString toString(AnchorState state)
{
    return nameOf(anchorStateNames, state);
}

std::optional<AnnotationKind> annotationKindFromString(const QString &name)
{
    return lookUp(annotationKindNames, name);
}

std::optional<RelationKind> relationKindFromString(const QString &name)
{
    return lookUp(relationKindNames, name);
}

std::optional<AnchorState> anchorStateFromString(const QString &name)
{
    return lookUp(anchorStateNames, name);
}

QString displayName(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Claim:
        return QCoreApplication::translate("counterpoint", "Claim");
    case AnnotationKind::Counterclaim:
        return QCoreApplication::translate("counterpoint", "Counterclaim");
    case AnnotationKind::Source:
        return QCoreApplication::translate("counterpoint", "Source");
    case AnnotationKind::Note:
        return QCoreApplication::translate("counterpoint", "Note");
    }
    return {};
}

QString displayName(RelationKind kind)
{
    switch (kind) {
    case RelationKind::Rebuts:
        return QCoreApplication::translate("counterpoint", "Rebuts");
    case RelationKind::Supports:
        return QCoreApplication::translate("counterpoint", "Supports");
    case RelationKind::Cites:
        return QCoreApplication::translate("counterpoint", "Cites");
    case RelationKind::SameClaim:
        return QCoreApplication::translate("counterpoint", "Same claim as");
    }
    return {};
}

QString displayName(AnchorState state)
{
    switch (state) {
    case AnchorState::Exact:
        return QCoreApplication::translate("counterpoint", "Exact");
    case AnchorState::Moved:
        return QCoreApplication::translate("counterpoint", "Moved");
    case AnchorState::Fuzzy:
        return QCoreApplication::translate("counterpoint", "Fuzzy");
    case AnchorState::Orphaned:
        return QCoreApplication::translate("counterpoint", "Orphaned");
    }
    return {};
}

QList<AnnotationKind> allAnnotationKinds()
{
    return {AnnotationKind::Claim, AnnotationKind::Counterclaim, AnnotationKind::Source,
            AnnotationKind::Note};
}

QList<RelationKind> allRelationKinds()
{
    return {RelationKind::Rebuts, RelationKind::Supports, RelationKind::Cites,
            RelationKind::SameClaim};
}

} // namespace counterpoint
