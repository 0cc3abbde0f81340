#pragma once

#include "inventory/Issue.h"

#include <QColor>
#include <QIcon>

namespace invsync {

// How a severity looks everywhere in the windows: one icon and one tint.
namespace SeverityStyle {

QIcon icon(Severity severity); // null icon for Severity::None
// Translucent, so it reads on light and dark palettes alike; invalid for None.
QColor tint(Severity severity);
QString label(Severity severity); // "Error", translated

} // namespace SeverityStyle

} // namespace invsync
