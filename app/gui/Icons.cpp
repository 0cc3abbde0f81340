#include "gui/Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <memory>

using namespace Qt::StringLiterals;

// Outside the namespace, as Q_INIT_RESOURCE requires: the icons live in a
// static library's resources, which a test may use before any window.
static void initIconResources()
{
    Q_INIT_RESOURCE(invsync);
}

namespace invsync {

namespace {

const QByteArray InkToken = QByteArrayLiteral("currentColor");

QColor inkColor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

class SvgInkIconEngine : public QIconEngine
{
public:
    explicit SvgInkIconEngine(const QString &path) : m_path(path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
        m_hasInk = m_svg.contains(InkToken);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        // Drawn as vectors: sharp at whatever scale the painter's device has.
        QSvgRenderer *renderer = rendererFor(mode);
        if (!renderer || !renderer->isValid())
            return;
        painter->save();
        if (mode == QIcon::Disabled && !m_hasInk)
            painter->setOpacity(painter->opacity() * 0.45);
        renderer->render(painter, fitted(renderer->viewBoxF().size(), rect));
        painter->restore();
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // QIcon asks for `size` in device pixels and sets the ratio itself.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        Q_UNUSED(scale)
        if (size.isEmpty() || m_svg.isEmpty())
            return {};
        const QString key = u"invsync-icon:%1:%2x%3:%4:%5:%6"_s.arg(m_path)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(int(state))
                                .arg(m_hasInk ? inkColor(mode).name(QColor::HexArgb) : QString());
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        pixmap = QPixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        }
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }

    QIconEngine *clone() const override { return new SvgInkIconEngine(m_path); }
    QString key() const override { return u"invsync-svg-ink"_s; }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    static QRectF fitted(QSizeF content, const QRect &rect)
    {
        if (content.isEmpty())
            return QRectF(rect);
        content.scale(QSizeF(rect.size()), Qt::KeepAspectRatio);
        QRectF target(QPointF(), content);
        target.moveCenter(QRectF(rect).center());
        return target;
    }

    QSvgRenderer *rendererFor(QIcon::Mode mode)
    {
        const QColor ink = m_hasInk ? inkColor(mode) : QColor();
        if (!m_renderer || ink != m_rendererInk) {
            QByteArray svg = m_svg;
            if (m_hasInk)
                svg.replace(InkToken, ink.name(QColor::HexRgb).toLatin1());
            m_renderer = std::make_unique<QSvgRenderer>(svg);
            m_rendererInk = ink;
        }
        return m_renderer.get();
    }

    QString m_path;
    QByteArray m_svg;
    bool m_hasInk = false;
    std::unique_ptr<QSvgRenderer> m_renderer;
    QColor m_rendererInk;
};

} // namespace

QString Icons::resourcePath(Name name)
{
    const char *file = "";
    switch (name) {
    case Name::App:
        file = "invsync";
        break;
    case Name::Error:
        file = "error";
        break;
    case Name::Warning:
        file = "warning";
        break;
    case Name::Notice:
        file = "notice";
        break;
    case Name::Open:
        file = "open";
        break;
    case Name::OpenUrl:
        file = "open-url";
        break;
    case Name::Save:
        file = "save";
        break;
    case Name::Submit:
        file = "submit";
        break;
    case Name::Refresh:
        file = "refresh";
        break;
    case Name::Abort:
        file = "abort";
        break;
    case Name::Find:
        file = "find";
        break;
    case Name::NextProblem:
        file = "next-problem";
        break;
    case Name::PreviousProblem:
        file = "previous-problem";
        break;
    case Name::Settings:
        file = "settings";
        break;
    case Name::SignIn:
        file = "sign-in";
        break;
    case Name::Batches:
        file = "batches";
        break;
    case Name::Upload:
        file = "upload";
        break;
    case Name::Undo:
        file = "undo";
        break;
    case Name::Redo:
        file = "redo";
        break;
    case Name::File:
        file = "file";
        break;
    }
    return u":/icons/%1.svg"_s.arg(QLatin1StringView(file));
}

QList<Icons::Name> Icons::all()
{
    QList<Name> names;
    for (int i = int(Name::App); i <= int(Name::File); ++i)
        names.append(Name(i));
    return names;
}

QIcon Icons::get(Name name)
{
    return fromResource(resourcePath(name));
}

QIcon Icons::fromResource(const QString &path)
{
    static const bool initialized = [] {
        initIconResources();
        return true;
    }();
    Q_UNUSED(initialized)
    return QIcon(new SvgInkIconEngine(path));
}

} // namespace invsync
