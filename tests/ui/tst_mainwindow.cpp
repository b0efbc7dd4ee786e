// The writing window end to end: a copy of the sample blog, the real post tree, editor and
// WebEngine preview, driven the way a writer does (selection, typing, actions).

#include "blog/blogindex.h"
#include "blog/posttreemodel.h"
#include "editor/markdowneditor.h"
#include "editor/problembar.h"
#include "mainwindow/buildcontroller.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sampleblog.h"
#include "markdown/previewscheduler.h"
#include "posttree/posttreepanel.h"
#include "posttree/posttreeview.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "uitestfixture.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QFileInfo>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTextBlock>
#include <QWindow>

using namespace Postwright;
using namespace Postwright::Test;

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sampleBlogInstallsWritableCopy();
    void treeShowsCategoriesAndPosts();
    void treeFilterMatchesTitles();
    void selectingPostOpensItAndPreviewsIt();
    void typingPatchesPreviewInPlace();
    void saveWritesFileAndClearsModifiedMarker();
    void savingFollowsThePostInTheTree();
    void failedSaveKeepsTheText();
    void closingSavesTheModifiedPost();
    void switchingPostsSavesTheModifiedOne();
    void frontMatterErrorIsShownAboveEditor();
    void previewRendersNothingWhileHidden();
    void layoutIsRestored();
    void versionOptionNeedsNoDisplay();
    void saveKeepsNoBreakSpaces();
    void buildActionBuildsTheSite();
    void statusBarCountsThePostAndTheSelection();

private:
    WindowFixture m_fixture;
};

void TstMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and app data go to a test location
    QSettings().clear();
}

void TstMainWindow::init()
{
    QVERIFY(m_fixture.setUp());
}

void TstMainWindow::cleanup()
{
    QSettings().clear();
    m_fixture.tearDown();
}

void TstMainWindow::sampleBlogInstallsWritableCopy()
{
    QTemporaryDir dir;
    const QString target = dir.path() + QStringLiteral("/Sample Blog");
    const Result<QString> installed = SampleBlog::install(target); // from the resources
    QVERIFY2(installed.ok(), installed.ok() ? "" : qPrintable(installed.error().toString()));
    QCOMPARE(installed.value(), target);
    QVERIFY(QFileInfo::exists(target + QStringLiteral("/blog.yaml")));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));

    int posts = 0;
    for (QDirIterator it(target + QStringLiteral("/posts"), {QStringLiteral("*.md")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        QVERIFY2(QFileInfo(path).isWritable(), qPrintable(path));
        ++posts;
    }
    QVERIFY(posts >= 4);

    // Installing again keeps the writer's changes.
    const QString yaml = target + QStringLiteral("/blog.yaml");
    QFile file(yaml);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("title: Mine\n");
    file.close();
    QVERIFY(SampleBlog::install(target).ok());
    QCOMPARE(readFile(yaml), QByteArray("title: Mine\n"));

    // A non-empty folder that is not a blog is not overwritten.
    const QString occupied = dir.path() + QStringLiteral("/occupied");
    QVERIFY(QDir().mkpath(occupied + QStringLiteral("/stuff")));
    QVERIFY(!SampleBlog::install(occupied).ok());
}

void TstMainWindow::treeShowsCategoriesAndPosts()
{
    const auto window = m_fixture.openWindow();
    QAbstractItemModel *model = window->postTree()->view()->model();
    QStringList categories;
    int posts = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex category = model->index(row, 0);
        QVERIFY(category.data(PostTreeModel::IsCategoryRole).toBool());
        QVERIFY(window->postTree()->view()->isExpanded(category));
        const int count = model->rowCount(category);
        QCOMPARE(
            category.data(Qt::DisplayRole).toString(),
            QStringLiteral("%1 (%2)").arg(category.data(PostTreeModel::TitleRole).toString()).arg(count));
        categories << category.data(PostTreeModel::TitleRole).toString();
        for (int child = 0; child < count; ++child) {
            const QModelIndex post = model->index(child, 0, category);
            QVERIFY(!post.data(PostTreeModel::IsCategoryRole).toBool());
            QVERIFY(QFileInfo::exists(post.data(PostTreeModel::FilePathRole).toString()));
            ++posts;
        }
    }
    for (const char *name : {"Architecture", "Design", "DevOps", "Tutorials"})
        QVERIFY2(categories.contains(QLatin1StringView(name)), qPrintable(categories.join(u',')));
    QCOMPARE(posts, window->blogIndex()->count());

    // The newest post is open on startup, so the window never starts empty.
    QVERIFY(!window->currentFilePath().isEmpty());
    QCOMPARE(window->postTree()->selectedPath(), window->currentFilePath());
    QVERIFY(!window->editor()->toPlainText().isEmpty());
    QVERIFY(window->windowTitle().contains(QLatin1StringView("The Quiet Pager")));
}

void TstMainWindow::treeFilterMatchesTitles()
{
    const auto window = m_fixture.openWindow();
    QAbstractItemModel *model = window->postTree()->view()->model();
    window->postTree()->filterEdit()->setText(QStringLiteral("idempotency"));
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex category = model->index(0, 0);
    QCOMPARE(category.data(PostTreeModel::TitleRole).toString(), QStringLiteral("Design"));
    QCOMPARE(model->rowCount(category), 1);
    QVERIFY(model->index(0, 0, category)
                .data(PostTreeModel::TitleRole)
                .toString()
                .contains(QLatin1StringView("Idempotency")));
    window->postTree()->filterEdit()->clear();
    QVERIFY(model->rowCount() >= 4);
}

void TstMainWindow::selectingPostOpensItAndPreviewsIt()
{
    const auto window = m_fixture.openWindow();
    const QString path = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
    QVERIFY(WindowFixture::selectPost(window.get(), path));
    QCOMPARE(window->currentFilePath(), path);
    QCOMPARE(window->editor()->toPlainText().toUtf8(), readFile(path));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("statusPath"))->text(),
             QStringLiteral("posts/design/idempotency-keys.md"));
    QVERIFY(!window->isWindowModified());

    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewPage *page = window->preview()->previewPage();
    QTRY_VERIFY_WITH_TIMEOUT(previewText(page).contains(QLatin1StringView("retry")), kPreviewTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        runJavaScript(page, QStringLiteral("document.querySelector('.post-title').textContent"))
            .toString()
            .contains(QLatin1StringView("Idempotency")),
        kPreviewTimeout);
    // Our own scripts run under the page's Content-Security-Policy.
    QVERIFY(runJavaScript(page, QStringLiteral("typeof window.postwrightShell")).toString() ==
            QLatin1StringView("object"));
    QVERIFY(!runJavaScript(
                 page, QStringLiteral("document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')"
                                      ".content"))
                 .toString()
                 .isEmpty());
}

void TstMainWindow::typingPatchesPreviewInPlace()
{
    const auto window = m_fixture.openWindow();
    // The patching alone: with scroll sync on, typing at the end would bring the end into view.
    window->action(QStringLiteral("view.syncScroll"))->setChecked(false);
    const QString path =
        m_fixture.postPath(QStringLiteral("posts/devops/zero-downtime-deploys-draining/index.md"));
    QVERIFY(WindowFixture::selectPost(window.get(), path));
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewPage *page = window->preview()->previewPage();

    const QString loadId = runJavaScript(page, QStringLiteral("window.postwrightShell.loadId")).toString();
    QVERIFY(!loadId.isEmpty());
    // Images still loading above the viewport would move the scroll position (scroll anchoring).
    QTRY_VERIFY_WITH_TIMEOUT(
        runJavaScript(page, QStringLiteral("Array.from(document.images).every((i) => !i.src || i.complete)"))
            .toBool(),
        kPreviewTimeout);
    runJavaScript(page,
                  QStringLiteral("document.querySelector('[data-postwright-content]').firstElementChild.postwrightProbe = 42;"
                                 "window.scrollTo(0, 300);"));
    QTRY_COMPARE_WITH_TIMEOUT(runJavaScript(page, QStringLiteral("Math.round(window.scrollY)")).toInt(), 300,
                              kPreviewTimeout);

    MarkdownEditor *editor = window->editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("Zebra crossings at dawn"));
    QVERIFY(window->isWindowModified());
    QTRY_VERIFY_WITH_TIMEOUT(previewText(page).contains(QLatin1StringView("Zebra crossings at dawn")),
                             kPreviewTimeout);

    // Patched, not reloaded: the shell's load marker and an untouched block's DOM node survive,
    // and the reader stays where they were.
    QCOMPARE(runJavaScript(page, QStringLiteral("window.postwrightShell.loadId")).toString(), loadId);
    QCOMPARE(runJavaScript(
                 page, QStringLiteral("document.querySelector('[data-postwright-content]').firstElementChild.postwrightProbe"))
                 .toInt(),
             42);
    QCOMPARE(runJavaScript(page, QStringLiteral("Math.round(window.scrollY)")).toInt(), 300);
}

void TstMainWindow::saveWritesFileAndClearsModifiedMarker()
{
    const auto window = m_fixture.openWindow();
    const QString path = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
    QVERIFY(WindowFixture::selectPost(window.get(), path));
    QVERIFY(window->windowHandle());
    QVERIFY(!window->windowHandle()->title().contains(u'*'));

    window->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window->editor(), QStringLiteral("Saved by the test."));
    QVERIFY(window->isWindowModified());
    QTRY_VERIFY(window->windowHandle()->title().contains(u'*'));

    QAction *save = window->action(QStringLiteral("file.save"));
    QVERIFY(save);
    QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
    save->trigger();

    QVERIFY(readFile(path).endsWith("Saved by the test."));
    QCOMPARE(readFile(path), window->editor()->toPlainText().toUtf8());
    QVERIFY(!window->isWindowModified());
    QTRY_VERIFY(!window->windowHandle()->title().contains(u'*'));
    QCOMPARE(window->postTree()->selectedPath(), path); // the index refresh kept the selection
}

void TstMainWindow::savingFollowsThePostInTheTree()
{
    const auto window = m_fixture.openWindow();
    const QString path = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
    QVERIFY(WindowFixture::selectPost(window.get(), path));

    // A new title and category: the post moves to another branch of the tree, stays selected,
    // and the title bar follows.
    QString text = window->editor()->toPlainText();
    text.replace(QStringLiteral("title: \"Idempotency Keys, Done Properly\""),
                 QStringLiteral("title: \"Keys Renamed\""));
    text.replace(QStringLiteral("categories: [Design]"), QStringLiteral("categories: [Tutorials]"));
    QTextCursor cursor(window->editor()->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    QVERIFY(window->save());

    QAbstractItemModel *model = window->postTree()->view()->model();
    QTRY_VERIFY(window->postTree()->view()->selectionModel()->selectedRows().size() == 1);
    const QModelIndex selected = window->postTree()->view()->selectionModel()->selectedRows().constFirst();
    QCOMPARE(selected.data(PostTreeModel::FilePathRole).toString(), path);
    QCOMPARE(selected.data(PostTreeModel::TitleRole).toString(), QStringLiteral("Keys Renamed"));
    QCOMPARE(selected.parent().data(PostTreeModel::TitleRole).toString(), QStringLiteral("Tutorials"));
    QVERIFY(model->rowCount() >= 4);
    QTRY_VERIFY(window->windowTitle().startsWith(QLatin1StringView("Keys Renamed[*]")));
}

void TstMainWindow::failedSaveKeepsTheText()
{
    const auto window = m_fixture.openWindow();
    const QString path = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
    QVERIFY(WindowFixture::selectPost(window.get(), path));
    window->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window->editor(), QStringLiteral("Precious words."));

    // A folder where the file was: no file can replace it (permissions would not stop root).
    QVERIFY(QFile::remove(path));
    QVERIFY(QDir().mkdir(path));
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            shown = box->informativeText();
            box->accept();
        }
    });
    window->action(QStringLiteral("file.save"))->trigger();
    QVERIFY2(shown.contains(QLatin1StringView("idempotency-keys.md")), qPrintable(shown));
    QVERIFY(window->editor()->toPlainText().endsWith(QLatin1StringView("Precious words.")));
    QVERIFY(window->isWindowModified());
}

void TstMainWindow::closingSavesTheModifiedPost()
{
    const auto window = m_fixture.openWindow();
    const QString path = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
    QVERIFY(WindowFixture::selectPost(window.get(), path));
    window->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window->editor(), QStringLiteral("Last words."));
    QVERIFY(window->close());
    QVERIFY(readFile(path).endsWith("Last words."));
}

void TstMainWindow::switchingPostsSavesTheModifiedOne()
{
    const auto window = m_fixture.openWindow();
    const QString first = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
    const QString second = m_fixture.postPath(QStringLiteral("posts/tutorials/token-bucket-in-go.md"));
    QVERIFY(WindowFixture::selectPost(window.get(), first));
    window->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window->editor(), QStringLiteral("Written before switching."));

    QVERIFY(WindowFixture::selectPost(window.get(), second));
    QCOMPARE(window->currentFilePath(), second);
    QVERIFY(readFile(first).endsWith("Written before switching."));
    QVERIFY(!window->isWindowModified());
}

void TstMainWindow::frontMatterErrorIsShownAboveEditor()
{
    const QString path = m_fixture.postPath(QStringLiteral("posts/design/broken.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: [unclosed\ndate: 2020-01-01\n---\n\nBody.\n");
    file.close();

    const auto window = m_fixture.openWindow();
    QVERIFY(window->openPost(path));
    ProblemBar *bar = window->problemBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().startsWith(QLatin1StringView("posts/design/broken.md:")), qPrintable(bar->text()));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("statusProblem"))->text(), bar->text());

    // Fixing the front matter clears the warning shortly after typing stops.
    window->editor()->loadText(QStringLiteral("---\ntitle: \"Fixed\"\n---\n\nBody.\n"));
    window->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window->editor(), QStringLiteral("More."));
    QTRY_VERIFY(!bar->isVisible());
}

void TstMainWindow::previewRendersNothingWhileHidden()
{
    const auto window = m_fixture.openWindow();
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewScheduler *scheduler = window->preview()->scheduler();

    window->action(QStringLiteral("view.togglePreview"))->trigger();
    QVERIFY(!window->preview()->isVisible());
    QVERIFY(!scheduler->isActive());
    const int renders = scheduler->renderCount();
    window->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window->editor(), QStringLiteral("Hidden typing."));
    QTest::qWait(300);
    QCOMPARE(scheduler->renderCount(), renders);

    window->action(QStringLiteral("view.togglePreview"))->trigger();
    QVERIFY(scheduler->isActive());
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(
        previewText(window->preview()->previewPage()).contains(QLatin1StringView("Hidden typing.")),
        kPreviewTimeout);
}

void TstMainWindow::layoutIsRestored()
{
    QList<int> sizes;
    {
        const auto window = m_fixture.openWindow();
        const auto splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        QCOMPARE(splitter->count(), 3);
        sizes = splitter->sizes();
        // Default proportions, roughly 22% / 39% / 39%.
        const int total = sizes.at(0) + sizes.at(1) + sizes.at(2);
        QVERIFY2(qAbs(sizes.at(0) - total * 0.22) < total * 0.04, qPrintable(QString::number(sizes.at(0))));
        sizes = {sizes.at(0) + 40, sizes.at(1) - 40, sizes.at(2)};
        splitter->setSizes(sizes);
        QVERIFY(window->close());
    }
    const auto window = m_fixture.openWindow();
    QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().at(0), sizes.at(0));
}

void TstMainWindow::versionOptionNeedsNoDisplay()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(POSTWRIGHT_BINARY_DIR "/ui/postwright"), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray("postwright " POSTWRIGHT_VERSION "\n"));
}

void TstMainWindow::statusBarCountsThePostAndTheSelection()
{
    const QString post = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
    QFile file(post);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // The front matter does not count; line breaks are not characters.
    file.write("---\ntitle: Counting\ndate: 2026-01-05\n---\n\nOne two three.\n\nFour five.\n");
    file.close();
    const auto window = m_fixture.openWindow();
    QVERIFY(WindowFixture::selectPost(window.get(), post));
    auto *label = window->findChild<QLabel *>(QStringLiteral("statusWords"));
    QVERIFY(label);
    QTRY_COMPARE(label->text(), QStringLiteral("5 words · 24 characters · 1 min read"));

    // Selecting "two three" counts the selection first.
    QTextCursor cursor(window->editor()->document()->findBlockByNumber(5));
    cursor.movePosition(QTextCursor::NextWord);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    window->editor()->setTextCursor(cursor);
    QCOMPARE(label->text(), QStringLiteral("Selection: 2 words, 10 characters — Post: 5 words · 24 characters · 1 min read"));
    cursor.clearSelection();
    window->editor()->setTextCursor(cursor);
    QCOMPARE(label->text(), QStringLiteral("5 words · 24 characters · 1 min read"));

    // Typing updates the counts after a pause.
    cursor.insertText(QStringLiteral(" Six"));
    QTRY_COMPARE(label->text(), QStringLiteral("6 words · 28 characters · 1 min read"));
    window->editor()->document()->setModified(false);
}

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TstMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"

// QPlainTextEdit::toPlainText() turns U+00A0 into a plain space; saving must not.
void TstMainWindow::saveKeepsNoBreakSpaces()
{
    const auto window = m_fixture.openWindow();
    const QString path = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
    QVERIFY(WindowFixture::selectPost(window.get(), path));
    window->editor()->moveCursor(QTextCursor::End);
    window->editor()->insertPlainText(QStringLiteral("Prix\u00A0: 10\u00A0\u20AC"));
    window->action(QStringLiteral("file.save"))->trigger();
    QVERIFY(readFile(path).endsWith("Prix\xC2\xA0: 10\xC2\xA0\xE2\x82\xAC"));
}

void TstMainWindow::buildActionBuildsTheSite()
{
    const auto window = m_fixture.openWindow();
    QAction *build = window->action(QStringLiteral("site.build"));
    QVERIFY(build);
    QSignalSpy finished(window->buildController(), &BuildController::finished);
    build->trigger();
    QVERIFY(!build->isEnabled()); // one build at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(build->isEnabled());
    const BuildReport &report = window->lastBuildReport();
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).toString()));
    QVERIFY(report.written.contains(QStringLiteral("index.html")));
    QVERIFY(QFileInfo::exists(m_fixture.blogRoot() + QStringLiteral("/public/index.html")));
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("files written")));
}
