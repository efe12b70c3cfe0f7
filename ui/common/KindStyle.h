#pragma once

#include "domain/Kinds.h"

#include <QColor>
#include <QIcon>

namespace counterpoint::ui {

// The one place that says how each kind of annotation looks: its colour in highlights, the
// legend, the list and the status bar, and the key that tags a selection with it.
namespace KindStyle {

QColor color(AnnotationKind kind);
// The highlight behind text: translucent, so overlapping annotations blend and the text stays
// readable on light and dark palettes alike.
QColor highlight(AnnotationKind kind);
QIcon icon(AnnotationKind kind);          // a swatch, drawn at every device pixel ratio
QString shortcutKey(AnnotationKind kind); // "1" … "4"

} // namespace KindStyle

} // namespace counterpoint::ui
