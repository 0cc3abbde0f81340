#include "gui/SeverityStyle.h"

#include <QCoreApplication>

namespace invsync::SeverityStyle {

QIcon icon(Severity severity)
{
    // Loaded once: data() asks for these for every visible cell on every repaint.
    static const QIcon error(QStringLiteral(":/icons/error.svg"));
    static const QIcon warning(QStringLiteral(":/icons/warning.svg"));
    static const QIcon notice(QStringLiteral(":/icons/notice.svg"));
    switch (severity) {
    case Severity::Error:
        return error;
    case Severity::Warning:
        return warning;
    case Severity::Notice:
        return notice;
    case Severity::None:
        break;
    }
    return {};
}

QColor tint(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(209, 36, 47, 56);
    case Severity::Warning:
        return QColor(212, 167, 44, 64);
    case Severity::Notice:
        return QColor(9, 105, 218, 40);
    case Severity::None:
        break;
    }
    return {};
}

QString label(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("invsync::SeverityStyle", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("invsync::SeverityStyle", "Warning");
    case Severity::Notice:
        return QCoreApplication::translate("invsync::SeverityStyle", "Notice");
    case Severity::None:
        break;
    }
    return {};
}

} // namespace invsync::SeverityStyle
