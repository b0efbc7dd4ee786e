// The window's writing tools working together on a real blog: post management from the tree
// follows into the editor and tabs, images pasted into a post turn it into a bundle, and every
// tool's commands are reachable from the window by id.

#include "editor/imageinserter.h"
#include "editor/markdowneditor.h"
#include "editor/spellcontroller.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/postsession.h"
#include "mainwindow/posttabs.h"
#include "posttree/postactions.h"
#include "uitestfixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QImage>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>

using namespace Postwright;
using namespace Postwright::Test;

class TstWritingTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qputenv("XDG_DATA_HOME", QByteArray(m_data.path().toUtf8())); // the trash
    }

    void init() { QVERIFY(m_fixture.setUp()); }

    void cleanup()
    {
        QSettings().clear();
        m_fixture.tearDown();
    }

    void everyToolsCommandIsReachableById()
    {
        const auto window = m_fixture.openWindow();
        const QStringList menuTexts = [&] {
            QStringList texts;
            for (QAction *menu : window->menuBar()->actions())
                texts.append(menu->text());
            return texts;
        }();
        QVERIFY(menuTexts.contains(QStringLiteral("F&ormat")));
        QVERIFY(menuTexts.contains(QStringLiteral("&Post")));
        for (const char *id : {"format.bold", "format.italic", "format.link", "format.code", "edit.find", "edit.replace",
                               "edit.goToLine", "view.zoomIn", "post.new", "post.rename", "post.delete",
                               "spelling.enabled", "view.frontMatter.expand", "view.focusMode", "file.closePost"})
            QVERIFY2(window->action(QString::fromLatin1(id)), id);
        // The blog says English: the spell checker uses an English dictionary.
        QVERIFY2(window->spellController()->language().startsWith(QStringLiteral("en")),
                 qPrintable(window->spellController()->language()));
    }

    void newPostOpensInTheEditorAndATab()
    {
        const auto window = m_fixture.openWindow();
        QVERIFY(window->postActions()->createPost(QStringLiteral("A Fresh Start"), QStringLiteral("Design")));
        const QString path = window->currentFilePath();
        QVERIFY2(path.endsWith(QStringLiteral("a-fresh-start.md")), qPrintable(path));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(window->editor()->markdown().contains(QStringLiteral("title: A Fresh Start")));
        QVERIFY(window->postTabs()->posts().contains(path));
        QVERIFY(!window->editor()->isReadOnly());
    }

    void renamingTheOpenPostKeepsItsUnsavedText()
    {
        const auto window = m_fixture.openWindow();
        QVERIFY(window->postActions()->createPost(QStringLiteral("A Fresh Start"), QStringLiteral("Design")));
        const QString before = window->currentFilePath();
        window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window->editor(), QStringLiteral("Typed, not saved."));

        QVERIFY(window->postActions()->renamePost(before, QStringLiteral("A Better Start")));
        const QString after = window->currentFilePath();
        QVERIFY2(after.endsWith(QStringLiteral("a-better-start.md")), qPrintable(after));
        QVERIFY(!QFileInfo::exists(before));
        QTRY_VERIFY(window->editor()->markdown().contains(QStringLiteral("title: A Better Start")));
        QVERIFY(window->editor()->markdown().contains(QStringLiteral("Typed, not saved.")));
        QVERIFY(window->postTabs()->posts().contains(after));
        QVERIFY(!window->postTabs()->posts().contains(before));
        QCOMPARE(window->session()->conflict(), PostSession::Conflict::None);
    }

    void deletingTheOpenPostOpensAnotherAndUndoBringsItBack()
    {
        const auto window = m_fixture.openWindow();
        const QString first = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
        const QString second = m_fixture.postPath(QStringLiteral("posts/tutorials/token-bucket-in-go.md"));
        QVERIFY(WindowFixture::selectPost(window.get(), first));
        QVERIFY(WindowFixture::selectPost(window.get(), second));
        QVERIFY(window->postActions()->deletePost(second));
        QVERIFY(!QFileInfo::exists(second));
        QVERIFY(!window->currentFilePath().isEmpty());
        QVERIFY(window->currentFilePath() != second);
        QVERIFY(!window->postTabs()->posts().contains(second));
        QCOMPARE(window->session()->conflict(), PostSession::Conflict::None);

        QVERIFY(window->postActions()->undoDelete());
        QVERIFY(QFileInfo::exists(second));
        QCOMPARE(window->currentFilePath(), second);
    }

    void pastedImageTurnsThePostIntoABundle()
    {
        const auto window = m_fixture.openWindow();
        const QString post = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
        QVERIFY(WindowFixture::selectPost(window.get(), post));
        window->imageInserter()->setAltTextProvider([](const QString &) { return std::optional<QString>(QStringLiteral("A red square")); });
        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(Qt::red);
        QApplication::clipboard()->setImage(image);
        QTRY_VERIFY(QApplication::clipboard()->mimeData()->hasImage());
        window->editor()->moveCursor(QTextCursor::End);
        window->action(QStringLiteral("edit.paste"))->trigger();

        const QString bundle = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys/index.md"));
        QCOMPARE(window->currentFilePath(), bundle);
        QVERIFY(QFileInfo::exists(bundle));
        QVERIFY(!QFileInfo::exists(post));
        QVERIFY(window->editor()->markdown().contains(QStringLiteral("![A red square](")));
        QVERIFY(window->postTabs()->posts().contains(bundle));
        QVERIFY(window->save());
        QVERIFY(QString::fromUtf8(readFile(bundle)).contains(QStringLiteral("![A red square](")));
    }

private:
    QTemporaryDir m_data;
    WindowFixture m_fixture;
};

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TstWritingTools test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_writingtools.moc"
