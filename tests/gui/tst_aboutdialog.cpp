// Help > About: the versions a bug report needs, the licenses, and a button
// that copies the versions; every control named for screen readers.

#include "gui/AboutDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace invsync;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    static QString allLabelText(const QWidget &widget)
    {
        QString text;
        for (const QLabel *label : widget.findChildren<QLabel *>())
            text += label->text() + u'\n';
        return text;
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationVersion(u"9.8.7"_s); }

    void showsVersions()
    {
        AboutDialog dialog;
        const QString text = allLabelText(dialog);
        QVERIFY2(text.contains(u"9.8.7"_s), qPrintable(text));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
    }

    void showsLicenses_data()
    {
        QTest::addColumn<QString>("tabName");
        QTest::addColumn<QString>("inText");
        QTest::newRow("InvSync") << u"MIT"_s << u"Permission is hereby granted"_s;
        QTest::newRow("Qt") << u"LGPL-3.0"_s << u"https://www.qt.io/licensing/"_s;
        QTest::newRow("QtKeychain") << u"QtKeychain"_s << u"Redistribution and use"_s;
        QTest::newRow("SQLite") << u"SQLite"_s << u"public domain"_s;
    }

    void showsLicenses()
    {
        QFETCH(QString, tabName);
        QFETCH(QString, inText);
        AboutDialog dialog;
        auto *tabs = dialog.findChild<QTabWidget *>(u"licenseTabs"_s);
        QVERIFY(tabs);
        int found = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).contains(tabName))
                found = i;
        QVERIFY2(found >= 0, "no tab names the license");
        auto *browser = qobject_cast<QTextBrowser *>(tabs->widget(found));
        QVERIFY(browser);
        QVERIFY(browser->toHtml().contains(inText) || browser->toPlainText().contains(inText));
    }

    void copyButtonCopiesVersions()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QGuiApplication::clipboard()->clear();
        auto *button = dialog.findChild<QPushButton *>(u"copyVersionButton"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(u"InvSync 9.8.7"_s), qPrintable(copied));
        QVERIFY(copied.contains(QString::fromLatin1(qVersion())));
        QVERIFY(copied.contains(QStringLiteral(QT_VERSION_STR)));
        QVERIFY2(!copied.contains(u'\n'), "one line, for a bug report");
    }

    void everyControlHasAnAccessibleName()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        int checked = 0;
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            const bool interactive =
                widget->focusPolicy() != Qt::NoFocus || qobject_cast<QAbstractButton *>(widget);
            // A scroll area's viewport speaks through its scroll area.
            if (!interactive || !widget->isVisibleTo(&dialog) ||
                widget->objectName() == u"qt_scrollarea_viewport"_s)
                continue;
            ++checked;
            QVERIFY2(
                !widget->accessibleName().isEmpty(),
                qPrintable(u"%1 (%2) has no accessible name"_s.arg(
                    QString::fromLatin1(widget->metaObject()->className()), widget->objectName())));
        }
        QVERIFY(checked >= 4);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
