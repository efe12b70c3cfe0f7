#pragma once

#include <QFont>

namespace counterpoint::ui {

// A font whose characters all have one width, for source text and export previews: the system's
// fixed font when it really is fixed-pitch, else the first installed monospace family. Asking
// for the "monospace" alias is not enough: on a machine with many fonts, fontconfig can resolve
// it (and the platform's fixed font) to a proportional face.
QFont monospaceFont();

} // namespace counterpoint::ui
