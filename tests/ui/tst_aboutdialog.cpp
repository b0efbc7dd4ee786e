// Help → About Postwright: the version, the licence, and every library with its version and
// licence, as the dialog shows them and as the core reports them for the CLI.

#include "dialogs/aboutdialog.h"
#include "mainwindow/mainwindow.h"
#include "uitestfixture.h"
#include "util/libraryversions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Postwright;
using namespace Postwright::Test;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationVersion(QStringLiteral(POSTWRIGHT_VERSION));
    }

    void showsTheVersionAndLicence();
    void listsEveryLibrary_data();
    void listsEveryLibrary();
    void everyLibraryHasAVersionAndLicence();
    void katexVersionFromItsScript_data();
    void katexVersionFromItsScript();
    void copiesAVersionReport();
    void helpMenuOpensIt();
};

void TestAboutDialog::showsTheVersionAndLicence()
{
    AboutDialog dialog;
    auto *version = dialog.findChild<QLabel *>(QStringLiteral("aboutVersion"));
    QVERIFY(version);
    QVERIFY2(version->text().contains(QStringLiteral(POSTWRIGHT_VERSION)), qPrintable(version->text()));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("aboutLicenceSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("GNU General Public License")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("aboutLinks"))
                ->text()
                .contains(QStringLiteral("https://")));
    // The whole GPL, from the resources.
    auto *licence = dialog.findChild<QPlainTextEdit *>(QStringLiteral("aboutLicence"));
    QVERIFY(licence->toPlainText().contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
    QVERIFY(licence->toPlainText().contains(QStringLiteral("Version 3, 29 June 2007")));
    QVERIFY(!AboutDialog::applicationIcon().pixmap(64, 64).isNull());
}

void TestAboutDialog::listsEveryLibrary_data()
{
    QTest::addColumn<QString>("library");
    QTest::addColumn<QString>("licence");

    QTest::newRow("Qt") << "Qt"
                        << "LGPL-3.0-only";
    QTest::newRow("Qt WebEngine") << "Qt WebEngine"
                                  << "LGPL-3.0-only";
    QTest::newRow("Chromium") << "Chromium"
                              << "BSD-3-Clause";
    QTest::newRow("cmark-gfm") << "cmark-gfm"
                               << "BSD-2-Clause";
    QTest::newRow("yaml-cpp") << "yaml-cpp"
                              << "MIT";
    QTest::newRow("toml++") << "toml++"
                            << "MIT";
    QTest::newRow("Mustache") << "Mustache (kainjow)"
                              << "BSL-1.0";
    QTest::newRow("Gumbo") << "Gumbo"
                           << "Apache-2.0";
    QTest::newRow("dtl") << "dtl"
                         << "BSD-3-Clause";
    QTest::newRow("Hunspell") << "Hunspell"
                              << "MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later";
    QTest::newRow("libgit2") << "libgit2"
                             << "GPL-2.0-only WITH GCC-exception-2.0";
    QTest::newRow("libcurl") << "libcurl"
                             << "curl";
    QTest::newRow("libssh2") << "libssh2"
                             << "BSD-3-Clause";
    QTest::newRow("libzip") << "libzip"
                            << "BSD-3-Clause";
    QTest::newRow("QtKeychain") << "QtKeychain"
                                << "BSD-3-Clause";
    QTest::newRow("KaTeX") << "KaTeX"
                           << "MIT";
    QTest::newRow("highlight.js") << "highlight.js"
                                  << "BSD-3-Clause";
}

void TestAboutDialog::listsEveryLibrary()
{
    QFETCH(QString, library);
    QFETCH(QString, licence);
    AboutDialog dialog;
    const QList<QTreeWidgetItem *> rows = dialog.libraryList()->findItems(library, Qt::MatchExactly, 0);
    QCOMPARE(rows.size(), 1);
    const QTreeWidgetItem *row = rows.first();
    QCOMPARE(row->text(2), licence);
    // Debian 12 has every one of them, so each version is known here.
    QVERIFY2(!row->text(1).isEmpty() && row->text(1) != u"unknown" && row->text(1) != u"not installed",
             qPrintable(row->text(1)));
    QVERIFY2(row->text(1).front().isDigit(), qPrintable(row->text(1)));
    QVERIFY(!row->text(3).isEmpty());
}

void TestAboutDialog::everyLibraryHasAVersionAndLicence()
{
    const QList<LibraryVersions::Library> core = LibraryVersions::core();
    QVERIFY(core.size() >= 14);
    QCOMPARE(core.first().name, QStringLiteral("Qt"));
    QCOMPARE(core.first().version, QString::fromLatin1(qVersion()));
    for (const LibraryVersions::Library &library : AboutDialog::libraries()) {
        QVERIFY2(!library.version.isEmpty(), qPrintable(library.name));
        QVERIFY2(!library.licence.isEmpty(), qPrintable(library.name));
        QVERIFY2(!library.purpose.isEmpty(), qPrintable(library.name));
        QVERIFY2(library.homepage.startsWith(u"https://"), qPrintable(library.name));
        QVERIFY2(library.available, qPrintable(library.name));
    }
    // The report the CLI prints names each of them.
    const QString report = LibraryVersions::report(core);
    for (const LibraryVersions::Library &library : core)
        QVERIFY2(report.contains(library.name + u' ' + library.version + u'\n'), qPrintable(library.name));
}

void TestAboutDialog::katexVersionFromItsScript_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("version");

    QTest::newRow("minified") << QByteArray("...,version:\"0.16.4\",render:...") << "0.16.4";
    QTest::newRow("spaced") << QByteArray("var katex = { version : \"0.10.2\" };") << "0.10.2";
    QTest::newRow("none") << QByteArray("var katex = {};") << QString();
    QTest::newRow("not a version") << QByteArray("version:\"latest\"") << QString();
}

void TestAboutDialog::katexVersionFromItsScript()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, version);
    QCOMPARE(LibraryVersions::versionFromKatexScript(script), version);
}

void TestAboutDialog::copiesAVersionReport()
{
    AboutDialog dialog;
    dialog.findChild<QPushButton *>(QStringLiteral("copyVersionInfo"))->click();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("Postwright " POSTWRIGHT_VERSION " (Qt ")), qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("\nChromium ")));
    QVERIFY(copied.contains(QStringLiteral("\nlibgit2 ")));
}

void TestAboutDialog::helpMenuOpensIt()
{
    WindowFixture fixture;
    QVERIFY(fixture.setUp());
    const auto window = fixture.openWindow();
    for (const char *id : {"help.welcome", "help.shortcuts", "help.about", "help.aboutQt"})
        QVERIFY2(window->action(QString::fromLatin1(id)), id);
    window->action(QStringLiteral("help.about"))->trigger();
    auto *dialog = window->findChild<AboutDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->tabs()->count(), 3);
    window->action(QStringLiteral("help.about"))->trigger(); // raised, not a second one
    QCOMPARE(window->findChildren<AboutDialog *>().size(), 1);
    dialog->reject();
    fixture.tearDown();
}

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TestAboutDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_aboutdialog.moc"
