// Several posts open in tabs, focus mode and the light/dark appearance, driven through the
// window's actions and widgets.

#include "editor/markdowneditor.h"
#include "mainwindow/colorscheme.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/posttabs.h"
#include "uitestfixture.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextCursor>

using namespace Postwright;
using namespace Postwright::Test;

class TstMainWindowView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init() { QVERIFY(m_fixture.setUp()); }

    void cleanup()
    {
        QSettings().clear();
        m_fixture.tearDown();
    }

    void openedPostsGetTabsAndKeepTheirPlace()
    {
        const auto window = m_fixture.openWindow();
        PostTabs *tabs = window->postTabs();
        const QString first = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
        const QString second = m_fixture.postPath(QStringLiteral("posts/tutorials/token-bucket-in-go.md"));
        QVERIFY(WindowFixture::selectPost(window.get(), first));
        QTextCursor cursor = window->editor()->textCursor();
        cursor.setPosition(120);
        window->editor()->setTextCursor(cursor);
        QTest::keyClicks(window->editor(), QStringLiteral("Edited."));

        QVERIFY(WindowFixture::selectPost(window.get(), second));
        QVERIFY(tabs->isVisible());
        QVERIFY(tabs->posts().contains(first));
        QVERIFY(tabs->posts().contains(second));
        QCOMPARE(tabs->postAt(tabs->currentIndex()), second);
        QVERIFY(readFile(first).contains("Edited.")); // switching saved it

        // Back through the tab: the cursor is where the writer left it.
        tabs->setCurrentIndex(tabs->indexOf(first));
        QCOMPARE(window->currentFilePath(), first);
        QCOMPARE(window->editor()->textCursor().position(), 127);

        // Ctrl+Tab's action goes round the tabs.
        const QString before = window->currentFilePath();
        window->action(QStringLiteral("view.nextPost"))->trigger();
        QVERIFY(window->currentFilePath() != before);
        window->action(QStringLiteral("view.previousPost"))->trigger();
        QCOMPARE(window->currentFilePath(), before);
    }

    void closingTheCurrentTabSavesAndMovesToTheNeighbour()
    {
        const auto window = m_fixture.openWindow();
        PostTabs *tabs = window->postTabs();
        const QString first = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
        const QString second = m_fixture.postPath(QStringLiteral("posts/tutorials/token-bucket-in-go.md"));
        QVERIFY(WindowFixture::selectPost(window.get(), first));
        QVERIFY(WindowFixture::selectPost(window.get(), second));
        const int open = tabs->count();
        window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window->editor(), QStringLiteral("Last words."));

        window->action(QStringLiteral("file.closePost"))->trigger();
        QCOMPARE(tabs->count(), open - 1);
        QVERIFY(!tabs->posts().contains(second));
        QVERIFY(readFile(second).endsWith("Last words."));
        QVERIFY(!window->currentFilePath().isEmpty());
        QCOMPARE(tabs->postAt(tabs->currentIndex()), window->currentFilePath());

        // Closing every tab leaves an empty, read-only editor.
        while (tabs->count() > 0)
            window->action(QStringLiteral("file.closePost"))->trigger();
        QVERIFY(window->currentFilePath().isEmpty());
        QVERIFY(window->editor()->isReadOnly());
        QVERIFY(!tabs->isVisible());
    }

    void focusModeShowsOnlyTheText()
    {
        const auto window = m_fixture.openWindow();
        QAction *focus = window->action(QStringLiteral("view.focusMode"));
        QVERIFY(focus);
        focus->trigger();
        QTRY_VERIFY(window->isFullScreen());
        QVERIFY(!window->menuBar()->isVisible());
        QVERIFY(!window->statusBar()->isVisible());
        QVERIFY(!window->postTabs()->isVisible());
        QVERIFY(window->editor()->isVisible());
        QCOMPARE(window->focusWidget(), window->editor());

        // Esc brings everything back.
        QTest::keyClick(window->editor(), Qt::Key_Escape);
        QVERIFY(!focus->isChecked());
        QTRY_VERIFY(!window->isFullScreen());
        QVERIFY(window->menuBar()->isVisible());
        QVERIFY(window->statusBar()->isVisible());
        QVERIFY(window->postTabs()->isVisible());
    }

    void appearanceFollowsTheSystemOrTheChoice()
    {
        const auto window = m_fixture.openWindow();
        ColorScheme *scheme = window->colorScheme();
        QVERIFY(!ColorScheme::isDarkPalette(QApplication::palette())); // Xvfb, no portal: light

        // The desktop switches to dark (what the portal's SettingChanged reports).
        scheme->setSystemPreference(true);
        QVERIFY(ColorScheme::isDarkPalette(QApplication::palette()));
        QTRY_VERIFY(ColorScheme::isDarkPalette(window->editor()->palette()));
        QVERIFY(window->editor()->palette().color(QPalette::Base).lightness() < 128); // no paper white left
        scheme->setSystemPreference(false);
        QVERIFY(!ColorScheme::isDarkPalette(QApplication::palette()));

        // The writer's choice wins over the desktop, and is remembered.
        window->action(QStringLiteral("view.appearance.dark"))->trigger();
        QVERIFY(ColorScheme::isDarkPalette(QApplication::palette()));
        QCOMPARE(QSettings().value(QStringLiteral("view/appearance")).toString(), QStringLiteral("dark"));
        window->action(QStringLiteral("view.appearance.system"))->trigger();
        QVERIFY(!ColorScheme::isDarkPalette(QApplication::palette()));
    }

private:
    WindowFixture m_fixture;
};

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TstMainWindowView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindowview.moc"
