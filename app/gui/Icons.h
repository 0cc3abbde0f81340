#pragma once

#include <QIcon>
#include <QList>
#include <QString>

namespace invsync {

// The application's icons: SVGs rendered at exactly the size and device
// pixel ratio asked for (sharp at 200 %), with their ink (written as
// currentColor) painted in the current palette's text colour at paint time,
// so a dark theme or a theme switch shows them correctly. Colours other than
// the ink (the severity icons, the logo, accents) are kept.
class Icons
{
public:
    enum class Name {
        App,
        Error,
        Warning,
        Notice,
        Open,
        OpenUrl,
        Save,
        Submit,
        Refresh,
        Abort,
        Find,
        NextProblem,
        PreviousProblem,
        Settings,
        SignIn,
        Batches,
        Upload,
        Undo,
        Redo,
        File,
    };

    static QIcon get(Name name);
    // Any SVG in the resources, e.g. ":/icons/open.svg".
    static QIcon fromResource(const QString &path);

    static QString resourcePath(Name name);
    static QList<Name> all();
};

} // namespace invsync
