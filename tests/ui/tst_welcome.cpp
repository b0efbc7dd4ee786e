// The welcome screen: its start-up rule, the remembered opt-in, what each choice says, and what
// the window does with it (the wizard on the right page, the sample blog, a recent blog).

#include "dialogs/newblogwizard.h"
#include "dialogs/welcomedialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sampleblog.h"
#include "mainwindow/uisettings.h"
#include "testblog.h"
#include "uitestfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;
using namespace Postwright::Test;

namespace {

WelcomeDialog *openWelcome(MainWindow *window)
{
    window->action(QStringLiteral("help.welcome"))->trigger();
    // A welcome closed earlier may still wait for its deletion: the visible one.
    WelcomeDialog *welcome = nullptr;
    for (WelcomeDialog *candidate : window->findChildren<WelcomeDialog *>()) {
        if (candidate->isVisible())
            welcome = candidate;
    }
    if (welcome && !QTest::qWaitForWindowExposed(welcome))
        qWarning("the welcome was not exposed");
    return welcome;
}

NewBlogWizard *openWizard(QWidget *welcome)
{
    NewBlogWizard *wizard = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        for (NewBlogWizard *candidate : welcome->findChildren<NewBlogWizard *>()) {
            if (candidate->isVisible())
                wizard = candidate;
        }
        return wizard != nullptr;
    });
    if (!shown)
        qWarning("no wizard over the welcome");
    return wizard;
}

} // namespace

class TestWelcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanup() { QSettings().clear(); }

    void startUpRule_data();
    void startUpRule();
    void showAtStartupIsRemembered();
    void choicesSayWhatWasChosen_data();
    void choicesSayWhatWasChosen();
    void recentBlogsAreOffered();
    void withoutRecentBlogsThereIsNoRecentList();

    void windowOpensTheWizardOnTheChosenPage_data();
    void windowOpensTheWizardOnTheChosenPage();
    void windowOpensTheSampleBlog();
    void windowOpensARecentBlog();
    void helpWelcomeRaisesTheOpenWelcome();

private:
    WindowFixture m_fixture;
};

void TestWelcome::startUpRule_data()
{
    QTest::addColumn<bool>("firstRun");
    QTest::addColumn<bool>("blogOnCommandLine");
    QTest::addColumn<QVariant>("stored"); // "welcome/showAtStartup"; invalid: never answered
    QTest::addColumn<bool>("shown");

    QTest::newRow("first run") << true << false << QVariant() << true;
    QTest::newRow("first run, opted out") << true << false << QVariant(false) << true;
    QTest::newRow("first run, blog on command line") << true << true << QVariant() << false;
    QTest::newRow("later run") << false << false << QVariant() << false;
    QTest::newRow("later run, opted out") << false << false << QVariant(false) << false;
    QTest::newRow("later run, opted in") << false << false << QVariant(true) << true;
    QTest::newRow("opted in, blog on command line") << false << true << QVariant(true) << false;
}

void TestWelcome::startUpRule()
{
    QFETCH(bool, firstRun);
    QFETCH(bool, blogOnCommandLine);
    QFETCH(QVariant, stored);
    QFETCH(bool, shown);
    if (stored.isValid())
        QSettings().setValue(QStringLiteral("welcome/showAtStartup"), stored);
    QCOMPARE(WelcomeDialog::shouldShowAtStartup(firstRun, blogOnCommandLine), shown);
}

void TestWelcome::showAtStartupIsRemembered()
{
    {
        WelcomeDialog welcome;
        QVERIFY(!welcome.showAtStartupBox()->isChecked()); // the first run shows it anyway
        welcome.showAtStartupBox()->click();
    }
    QCOMPARE(QSettings().value(QStringLiteral("welcome/showAtStartup")).toBool(), true);
    QVERIFY(WelcomeDialog::showAtStartup());
    {
        WelcomeDialog welcome;
        QVERIFY(welcome.showAtStartupBox()->isChecked());
        welcome.showAtStartupBox()->click();
    }
    QCOMPARE(QSettings().value(QStringLiteral("welcome/showAtStartup")).toBool(), false);
    QVERIFY(!WelcomeDialog::showAtStartup());
}

void TestWelcome::choicesSayWhatWasChosen_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<WelcomeDialog::Choice>("choice");
    QTest::addColumn<bool>("closes");

    QTest::newRow("open") << QStringLiteral("welcomeOpen") << WelcomeDialog::Choice::Open << false;
    QTest::newRow("create") << QStringLiteral("welcomeCreate") << WelcomeDialog::Choice::Create << false;
    QTest::newRow("import") << QStringLiteral("welcomeImport") << WelcomeDialog::Choice::Import << false;
    QTest::newRow("sample") << QStringLiteral("welcomeSample") << WelcomeDialog::Choice::Sample << true;
}

void TestWelcome::choicesSayWhatWasChosen()
{
    QFETCH(QString, objectName);
    QFETCH(WelcomeDialog::Choice, choice);
    QFETCH(bool, closes);

    WelcomeDialog welcome;
    welcome.show();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    QSignalSpy chosen(&welcome, &WelcomeDialog::choiceMade);
    auto *button = welcome.findChild<QAbstractButton *>(objectName);
    QVERIFY(button);
    QCOMPARE(welcome.choiceButton(choice), button);
    QVERIFY(!button->text().isEmpty());
    button->click();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().value<WelcomeDialog::Choice>(), choice);
    QCOMPARE(welcome.isVisible(), !closes);
}

void TestWelcome::recentBlogsAreOffered()
{
    const QStringList blogs{QStringLiteral("/srv/blogs/Travel & Food"), QStringLiteral("/srv/blogs/notes")};
    WelcomeDialog welcome(blogs);
    QVERIFY(welcome.findChild<QWidget *>(QStringLiteral("welcomeRecent")));
    QCOMPARE(welcome.recentButtons().size(), 2);
    QCOMPARE(welcome.recentButtons().at(0)->text(), QStringLiteral("Travel && Food")); // no mnemonic
    QCOMPARE(welcome.recentButtons().at(1)->text(), QStringLiteral("notes"));

    QSignalSpy chosen(&welcome, &WelcomeDialog::recentBlogChosen);
    welcome.recentButtons().at(1)->click();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), blogs.at(1));
}

void TestWelcome::withoutRecentBlogsThereIsNoRecentList()
{
    WelcomeDialog welcome;
    QVERIFY(!welcome.findChild<QWidget *>(QStringLiteral("welcomeRecent")));
    QVERIFY(welcome.recentButtons().isEmpty());
}

void TestWelcome::windowOpensTheWizardOnTheChosenPage_data()
{
    QTest::addColumn<WelcomeDialog::Choice>("choice");
    QTest::addColumn<int>("page");

    QTest::newRow("open") << WelcomeDialog::Choice::Open << int(NewBlogWizard::OpenPage);
    QTest::newRow("create") << WelcomeDialog::Choice::Create << int(NewBlogWizard::CreatePage);
    QTest::newRow("import") << WelcomeDialog::Choice::Import << int(NewBlogWizard::ImportPage);
}

void TestWelcome::windowOpensTheWizardOnTheChosenPage()
{
    QFETCH(WelcomeDialog::Choice, choice);
    QFETCH(int, page);

    QVERIFY(m_fixture.setUp());
    const auto window = m_fixture.openWindow();
    WelcomeDialog *welcome = openWelcome(window.get());
    QVERIFY(welcome);
    welcome->choiceButton(choice)->click();
    NewBlogWizard *wizard = openWizard(welcome);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), page);

    // Cancelled: back on the welcome, the blog unchanged.
    wizard->reject();
    QVERIFY(welcome->isVisible());
    QCOMPARE(window->blogRoot(), m_fixture.blogRoot());
    welcome->reject();
    m_fixture.tearDown();
}

void TestWelcome::windowOpensTheSampleBlog()
{
    QVERIFY(m_fixture.setUp());
    const auto window = m_fixture.openWindow();
    WelcomeDialog *welcome = openWelcome(window.get());
    QVERIFY(welcome);
    welcome->choiceButton(WelcomeDialog::Choice::Sample)->click();
    QVERIFY(!welcome->isVisible());
    // From Help → Welcome another blog is open: the sample blog replaces it.
    QCOMPARE(QFileInfo(window->blogRoot()).canonicalFilePath(),
             QFileInfo(SampleBlog::defaultLocation()).canonicalFilePath());

    // And when it is already open (the first run), it stays as it is.
    const QString current = window->currentFilePath();
    welcome = openWelcome(window.get());
    QVERIFY(welcome);
    welcome->choiceButton(WelcomeDialog::Choice::Sample)->click();
    QCOMPARE(window->currentFilePath(), current);
    QDir(SampleBlog::defaultLocation()).removeRecursively();
    m_fixture.tearDown();
}

void TestWelcome::windowOpensARecentBlog()
{
    QVERIFY(m_fixture.setUp());
    const auto window = m_fixture.openWindow();
    // Another blog from an earlier session: UiSettings knows the last blog only, and that is the
    // one offered.
    QTemporaryDir other;
    const Result<QString> otherBlog =
        SampleBlog::install(other.path() + QStringLiteral("/other blog"), sampleBlogSourcePath());
    QVERIFY(otherBlog);
    UiSettings().setLastBlogPath(otherBlog.value());

    WelcomeDialog *welcome = openWelcome(window.get());
    QVERIFY(welcome);
    QCOMPARE(welcome->recentButtons().size(), 1);
    QCOMPARE(welcome->recentButtons().first()->text(), QStringLiteral("other blog"));
    QCOMPARE(welcome->recentButtons().first()->toolTip(), QDir::toNativeSeparators(otherBlog.value()));
    welcome->recentButtons().first()->click();
    QVERIFY(!welcome->isVisible());
    QCOMPARE(window->blogRoot(), otherBlog.value());
    m_fixture.tearDown();
}

void TestWelcome::helpWelcomeRaisesTheOpenWelcome()
{
    QVERIFY(m_fixture.setUp());
    const auto window = m_fixture.openWindow();
    WelcomeDialog *first = openWelcome(window.get());
    QVERIFY(first);
    window->action(QStringLiteral("help.welcome"))->trigger();
    QCOMPARE(window->findChildren<WelcomeDialog *>().size(), 1);
    first->reject();
    m_fixture.tearDown();
}

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TestWelcome test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_welcome.moc"
