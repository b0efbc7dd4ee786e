// The window in another language: the language chosen in the settings (ui/language), installed
// the way ui/main.cpp installs it before the first window, gives German (French, Spanish) menus
// and actions; choosing English again gives an English window.

#include "mainwindow/mainwindow.h"
#include "mainwindow/uilanguage.h"
#include "uitestfixture.h"
#include "util/translations.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Postwright;
using namespace Postwright::Test;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

QString actionText(const MainWindow &window, const char *id)
{
    const auto *action = window.findChild<QAction *>(QLatin1String(id));
    return action ? action->text() : QStringLiteral("<no action %1>").arg(QLatin1String(id));
}

// Until ui/main.cpp's way: the language from the settings, installed before the window exists.
QString startIn(const QString &language)
{
    UiLanguage::setChosen(language);
    return Translations::installUi(UiLanguage::chosen());
}

} // namespace

class TstGermanUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menusAreTranslated_data();
    void menusAreTranslated();
    void englishAgainOnANewWindow();
    void languageChoices();

private:
    WindowFixture m_fixture;
};

void TstGermanUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and app data go to a test location
    QSettings().clear();
}

void TstGermanUi::init()
{
    QVERIFY(m_fixture.setUp());
}

void TstGermanUi::cleanup()
{
    QSettings().clear();
    Translations::installUi(QStringLiteral("en"));
    m_fixture.tearDown();
}

void TstGermanUi::menusAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus"); // in the menu bar's order; others may sit between
    QTest::addColumn<QString>("openBlog");
    QTest::addColumn<QString>("save");
    QTest::addColumn<QString>("buildSite");

    QTest::newRow("German") << "de"
                            << QStringList{"&Datei", "&Bearbeiten", "&Format", "Bei&trag", "&Ansicht",
                                           "&Website", "&Hilfe"}
                            << "Blog ö&ffnen …" << "&Speichern" << "Website &erstellen";
    QTest::newRow("French") << "fr"
                            << QStringList{"&Fichier", "É&dition", "F&ormat", "Ar&ticle", "&Affichage",
                                           "&Site", "Aid&e"}
                            << "&Ouvrir un blog…" << "&Enregistrer" << "&Générer le site";
    QTest::newRow("Spanish") << "es"
                             << QStringList{"&Archivo", "&Editar", "&Formato", "E&ntrada", "&Ver", "&Sitio",
                                            "Ay&uda"}
                             << "&Abrir blog…" << "&Guardar" << "&Generar sitio";
}

void TstGermanUi::menusAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, openBlog);
    QFETCH(QString, save);
    QFETCH(QString, buildSite);

    QCOMPARE(startIn(language), language);
    const std::unique_ptr<MainWindow> window = m_fixture.openWindow();
    const QStringList titles = menuTitles(*window);
    qsizetype at = 0;
    for (const QString &menu : menus) {
        const qsizetype found = titles.indexOf(menu, at);
        QVERIFY2(found >= 0, qPrintable(u"no menu " + menu + u" (in this order) in: " + titles.join(u", ")));
        at = found + 1;
    }
    for (const char *english : {"&File", "&Edit", "&Post", "&View", "&Help"})
        QVERIFY2(!titles.contains(QLatin1String(english)), english);
    QCOMPARE(actionText(*window, "file.openBlog"), openBlog);
    QCOMPARE(actionText(*window, "file.save"), save);
    QCOMPARE(actionText(*window, "site.build"), buildSite);
}

void TstGermanUi::englishAgainOnANewWindow()
{
    QCOMPARE(startIn(QStringLiteral("de")), QStringLiteral("de"));
    {
        const std::unique_ptr<MainWindow> german = m_fixture.openWindow();
        QVERIFY(menuTitles(*german).contains(QStringLiteral("&Datei")));
    }
    // The override to English wins over a German system; "" would follow the system again.
    QCOMPARE(startIn(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(UiLanguage::chosen(), QStringLiteral("en"));
    const std::unique_ptr<MainWindow> english = m_fixture.openWindow();
    const QStringList titles = menuTitles(*english);
    for (const char *menu : {"&File", "&Edit", "&Post", "&View", "&Site", "&Help"})
        QVERIFY2(titles.contains(QLatin1String(menu)), menu);
    QVERIFY(!titles.contains(QStringLiteral("&Datei")));
    QCOMPARE(actionText(*english, "file.openBlog"), QStringLiteral("&Open Blog\u2026"));
}

void TstGermanUi::languageChoices()
{
    UiLanguage::setChosen({});
    QCOMPARE(UiLanguage::chosen(), QString());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));

    const QList<UiLanguage::Choice> choices = UiLanguage::choices();
    QVERIFY(choices.size() >= 5);
    QCOMPARE(choices.first().language, QString()); // follow the system
    QStringList names;
    for (const UiLanguage::Choice &choice : choices.mid(1))
        names << choice.language + u'=' + choice.name;
    for (const char *expected : {"de=Deutsch", "en=English", "es=Español", "fr=Français"})
        QVERIFY2(names.contains(QString::fromUtf8(expected)), qPrintable(names.join(u", ")));
    QVERIFY(!UiLanguage::restartNote().isEmpty());
}

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TstGermanUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_germanui.moc"
