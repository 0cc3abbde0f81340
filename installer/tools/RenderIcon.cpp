// Build-time tool: renders the SVG app icon to the PNG sizes of the hicolor
// icon theme, so that generated PNGs never have to be committed.
// Usage: invsync_render_icon ICON.svg OUTDIR NAME SIZE...
// writes OUTDIR/<SIZE>x<SIZE>/apps/NAME.png for every SIZE.

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        err << "usage: invsync_render_icon ICON.svg OUTDIR NAME SIZE...\n";
        return 2;
    }

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "cannot read SVG " << args.at(1) << '\n';
        return 1;
    }

    const QDir outDir(args.at(2));
    const QString name = args.at(3);
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            err << "bad size " << args.at(i) << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
        }
        const QString subdir = u"%1x%1/apps"_s.arg(size);
        if (!outDir.mkpath(subdir)) {
            err << "cannot create " << outDir.filePath(subdir) << '\n';
            return 1;
        }
        const QString file = outDir.filePath(subdir + u'/' + name + u".png"_s);
        if (!image.save(file, "PNG")) {
            err << "cannot write " << file << '\n';
            return 1;
        }
    }
    return 0;
}
