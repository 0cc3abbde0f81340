#pragma once

#include "inventory/Issue.h"

#include <QColor>
#include <QIcon>

class QWidget;

namespace invsync {

// How a severity looks everywhere in the windows: one icon and one tint.
namespace SeverityStyle {

QIcon icon(Severity severity); // null icon for Severity::None
// Translucent, so it reads on light and dark palettes alike; invalid for None.
QColor tint(Severity severity);
QString label(Severity severity); // "Error", translated

// Text that says something went wrong, needs a look, or worked. The colour
// is picked for the current palette (dark red on light, light red on dark)
// and follows a theme switch.
enum class Tone { Normal, Error, Warning, Success };
QColor toneColor(Tone tone, bool dark);
void setTone(QWidget *widget, Tone tone);

} // namespace SeverityStyle

} // namespace invsync
