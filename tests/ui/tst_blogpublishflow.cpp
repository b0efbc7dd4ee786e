#include "blog/posttreemodel.h"
#include "ghostmockserver.h"
#include "posttree/posttreepanel.h"
#include "posttree/posttreeview.h"
#include "posttree/publishstatecache.h"
#include "publish/blogimportcontroller.h"
#include "publish/conflictdialog.h"
#include "publish/postpublishstate.h"
#include "publish/publishcontroller.h"
#include "publish/publishreviewdialog.h"
#include "publish/publishstatus.h"
#include "publish/secretprompt.h"
#include "uitestfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>

using namespace Postwright;
using namespace Postwright::Test;

namespace {

constexpr int kPublishTimeout = 60000;
const QString kEdited = QStringLiteral("posts/design/idempotency-keys.md");
const QString kEditedTitle = QStringLiteral("Idempotency Keys, Done Properly");

template<typename Widget>
Widget *child(QWidget *parent, const char *name)
{
    return parent->findChild<Widget *>(QString::fromLatin1(name));
}

QString labelText(QWidget *parent, const char *name)
{
    const QLabel *label = child<QLabel>(parent, name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

template<typename Dialog>
Dialog *visibleDialog(QWidget *parent)
{
    for (Dialog *dialog : parent->findChildren<Dialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

// Publishing to a hosted blog from the window, against the in-process Ghost Admin API stand-in:
// the review sheet speaks of posts, a web edit brings up both versions side by side, the writer's
// choice is carried out (publish mine, keep the web version, decide later, or publish again after a
// conflict met mid-run), and the post tree shows each post's state on the blog.
class TestBlogPublishFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstPublishSpeaksOfPosts();
    void webEditThenPublishMine();
    void webEditThenKeepWebVersion();
    void webEditDecideLaterLeavesBoth();
    void conflictMetDuringTheRunOffersToPublishAgain();
    void importPostsFromTheBlog();

private:
    std::unique_ptr<MainWindow> openWindow();
    // Triggers site.publish, answers the secret prompt, and returns the first dialog of the type.
    template<typename Dialog>
    Dialog *publishUntil(MainWindow *window);
    template<typename Dialog>
    Dialog *waitFor(MainWindow *window);
    bool waitUntilDone(MainWindow *window);
    void publishEverything(MainWindow *window);
    QString statusText(MainWindow *window) const;
    QString remoteId(const QString &relativePath) const;
    void editOnDisk(const QString &relativePath, const QByteArray &appended);
    QModelIndex treeIndex(MainWindow *window, const QString &relativePath) const;
    std::optional<PostPublishStatus> badge(MainWindow *window, const QString &relativePath) const;
    QString treeToolTip(MainWindow *window, const QString &relativePath) const;

    WindowFixture m_fixture;
    std::unique_ptr<GhostMockServer> m_server;
};

void TestBlogPublishFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestBlogPublishFlow::init()
{
    QSettings().clear();
    QVERIFY(m_fixture.setUp());
    m_server = std::make_unique<GhostMockServer>();
    QVERIFY(m_server->start());
    QFile yaml(m_fixture.blogRoot() + QStringLiteral("/blog.yaml"));
    QVERIFY(yaml.open(QIODevice::Append));
    yaml.write(QStringLiteral("\npublish:\n"
                              "  targets:\n"
                              "    - name: ghost\n"
                              "      type: ghost\n"
                              "      url: %1\n")
                   .arg(m_server->siteUrl())
                   .toUtf8());
}

void TestBlogPublishFlow::cleanup()
{
    QSettings().clear();
    m_fixture.tearDown();
    m_server.reset();
}

std::unique_ptr<MainWindow> TestBlogPublishFlow::openWindow()
{
    return m_fixture.openWindow();
}

template<typename Dialog>
Dialog *TestBlogPublishFlow::waitFor(MainWindow *window)
{
    Dialog *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            // The Admin API key, typed once per window (the keychain has none in tests).
            if (auto *prompt = visibleDialog<SecretPrompt>(window)) {
                child<QLineEdit>(prompt, "secretField")->setText(m_server->adminKey());
                child<QCheckBox>(prompt, "rememberSecret")->setChecked(false);
                prompt->accept();
            }
            found = visibleDialog<Dialog>(window);
            return found || !window->publishController()->isRunning();
        },
        kPublishTimeout);
    return found;
}

template<typename Dialog>
Dialog *TestBlogPublishFlow::publishUntil(MainWindow *window)
{
    QAction *publish = window->action(QStringLiteral("site.publish"));
    if (!publish || !publish->isEnabled())
        return nullptr;
    publish->trigger();
    return waitFor<Dialog>(window);
}

bool TestBlogPublishFlow::waitUntilDone(MainWindow *window)
{
    PublishController *publish = window->publishController();
    return QTest::qWaitFor([publish] { return !publish->isRunning(); }, kPublishTimeout);
}

void TestBlogPublishFlow::publishEverything(MainWindow *window)
{
    PublishReviewDialog *sheet = publishUntil<PublishReviewDialog>(window);
    QVERIFY2(sheet, qPrintable(statusText(window)));
    child<QAbstractButton>(sheet, "reviewPublish")->click();
    QVERIFY(waitUntilDone(window));
    QVERIFY2(statusText(window).startsWith(QStringLiteral("Published ")), qPrintable(statusText(window)));
}

QString TestBlogPublishFlow::statusText(MainWindow *window) const
{
    return window->publishController()->statusWidget()->text();
}

QString TestBlogPublishFlow::remoteId(const QString &relativePath) const
{
    const Result<PostPublishState> state =
        PostPublishState::load(m_fixture.blogRoot(), QStringLiteral("ghost:ghost"));
    if (!state)
        return {};
    const std::optional<PostRemoteRecord> record = state.value().post(relativePath);
    return record ? record->id : QString();
}

void TestBlogPublishFlow::editOnDisk(const QString &relativePath, const QByteArray &appended)
{
    QTest::qWait(20); // a later modification time
    QFile file(m_fixture.postPath(relativePath));
    QVERIFY(file.open(QIODevice::Append));
    QVERIFY(file.write(appended) > 0);
}

QModelIndex TestBlogPublishFlow::treeIndex(MainWindow *window, const QString &relativePath) const
{
    QSortFilterProxyModel *proxy = window->postTree()->proxyModel();
    auto *model = qobject_cast<PostTreeModel *>(proxy->sourceModel());
    return model ? proxy->mapFromSource(model->indexForPath(window->blogRoot() + u'/' + relativePath))
                 : QModelIndex();
}

std::optional<PostPublishStatus> TestBlogPublishFlow::badge(MainWindow *window,
                                                            const QString &relativePath) const
{
    // What the delegate paints: the cache's answer for the row's current size and time.
    const QModelIndex index = treeIndex(window, relativePath);
    return window->publishStates()->worst(index.data(PostTreeModel::RelativePathRole).toString(),
                                          index.data(PostTreeModel::FileSizeRole).toLongLong(),
                                          index.data(PostTreeModel::FileModifiedRole).toDateTime());
}

QString TestBlogPublishFlow::treeToolTip(MainWindow *window, const QString &relativePath) const
{
    PostTreeView *view = window->postTree()->view();
    const QModelIndex index = treeIndex(window, relativePath);
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    const QString text = QToolTip::text();
    QToolTip::hideText();
    return text;
}

void TestBlogPublishFlow::firstPublishSpeaksOfPosts()
{
    const auto window = openWindow();
    QVERIFY(window->publishStates()->hasTargets());
    QVERIFY(!badge(window.get(), kEdited)); // never published: no badge
    QString tip = treeToolTip(window.get(), kEdited);
    QVERIFY2(tip.contains(QStringLiteral("Ghost \u201cghost\u201d: not published yet")), qPrintable(tip));

    PublishReviewDialog *sheet = publishUntil<PublishReviewDialog>(window.get());
    QVERIFY2(sheet, qPrintable(statusText(window.get())));
    const QString heading = labelText(sheet, "reviewHeading");
    QVERIFY2(heading.startsWith(QStringLiteral("Ready to publish ")) &&
                 heading.contains(QStringLiteral(" new posts to ghost")),
             qPrintable(heading));
    const int posts = labelText(sheet, "reviewNewPosts").section(u' ', 0, 0).toInt();
    QVERIFY2(posts >= 5, qPrintable(labelText(sheet, "reviewNewPosts")));
    QVERIFY(!heading.contains(QStringLiteral("file")));
    QVERIFY(!child<QCheckBox>(sheet, "reviewDeleteRemoved")->isVisibleTo(sheet));
    QVERIFY(!child<QLabel>(sheet, "reviewDeleted")); // posts are never removed from a blog
    // The posts by title, listed straight away.
    auto *list = child<QTreeWidget>(sheet, "reviewFiles");
    QVERIFY(list->isVisible());
    QCOMPARE(list->topLevelItemCount(), posts);
    QStringList titles;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        titles << list->topLevelItem(row)->text(0);
    QVERIFY2(titles.contains(kEditedTitle), qPrintable(titles.join(u'|')));

    child<QAbstractButton>(sheet, "reviewPublish")->click();
    QVERIFY(waitUntilDone(window.get()));
    QCOMPARE(statusText(window.get()), QStringLiteral("Published %1 posts to ghost.").arg(posts));
    auto *open = child<QAbstractButton>(window.get(), "publishOpenSite");
    QVERIFY(open->isVisible());
    QCOMPARE(open->text(), QStringLiteral("Open Blog"));
    QCOMPARE(m_server->posts().size(), posts);

    // The tree: published.
    QTRY_COMPARE_WITH_TIMEOUT(badge(window.get(), kEdited), std::optional(PostPublishStatus::Published),
                              10000);
    tip = treeToolTip(window.get(), kEdited);
    QVERIFY2(tip.contains(QStringLiteral("Ghost \u201cghost\u201d: published")), qPrintable(tip));
    QVERIFY(!tip.contains(QStringLiteral("changed")));

    // Changed here: the tree says so as soon as the file changes.
    editOnDisk(kEdited, "\nA sentence added after publishing.\n");
    QTRY_COMPARE_WITH_TIMEOUT(badge(window.get(), kEdited), std::optional(PostPublishStatus::ChangedLocally),
                              10000);
    tip = treeToolTip(window.get(), kEdited);
    QVERIFY2(tip.contains(QStringLiteral("Ghost \u201cghost\u201d: published, changed here since")),
             qPrintable(tip));

    // Publishing the one change says so, and links to the post.
    sheet = publishUntil<PublishReviewDialog>(window.get());
    QVERIFY(sheet);
    QCOMPARE(labelText(sheet, "reviewHeading"), QStringLiteral("Ready to publish 1 changed post to ghost."));
    child<QAbstractButton>(sheet, "reviewPublish")->click();
    QVERIFY(waitUntilDone(window.get()));
    QCOMPARE(statusText(window.get()), QStringLiteral("Published 1 post to ghost."));
    QCOMPARE(open->text(), QStringLiteral("Open Post"));
    QTRY_COMPARE_WITH_TIMEOUT(badge(window.get(), kEdited), std::optional(PostPublishStatus::Published),
                              10000);

    // Nothing else to do.
    QSignalSpy finished(window->publishController(), &PublishController::finished);
    window->action(QStringLiteral("site.publish"))->trigger();
    QVERIFY(finished.wait(kPublishTimeout));
    QCOMPARE(statusText(window.get()), QStringLiteral("Everything is already published to ghost."));
}

void TestBlogPublishFlow::webEditThenPublishMine()
{
    const auto window = openWindow();
    publishEverything(window.get());
    const QString id = remoteId(kEdited);
    QVERIFY(!id.isEmpty());

    editOnDisk(kEdited, "\nMine: written here after the first publish.\n");
    m_server->touchPost(id);
    auto *dialog = publishUntil<ConflictDialog>(window.get());
    QVERIFY2(dialog, qPrintable(statusText(window.get())));
    QVERIFY(labelText(dialog, "conflictHeading").contains(kEditedTitle));
    QVERIFY2(labelText(dialog, "diffRightHeading").startsWith(QStringLiteral("On the blog (changed ")),
             qPrintable(labelText(dialog, "diffRightHeading")));
    const QString local = child<QPlainTextEdit>(dialog, "conflictLocal")->toPlainText();
    const QString remote = child<QPlainTextEdit>(dialog, "conflictRemote")->toPlainText();
    QVERIFY(local.contains(QStringLiteral("Mine: written here")));
    QVERIFY(!remote.contains(QStringLiteral("Mine: written here")));
    QVERIFY(remote.contains(QStringLiteral("Idempotency keys")));
    QVERIFY(child<QAbstractButton>(dialog, "conflictDecideLater")->isChecked());

    child<QAbstractButton>(dialog, "conflictKeepMine")->click();
    child<QAbstractButton>(dialog, "conflictContinue")->click();
    auto *sheet = waitFor<PublishReviewDialog>(window.get());
    QVERIFY(sheet);
    QCOMPARE(labelText(sheet, "reviewHeading"), QStringLiteral("Ready to publish 1 changed post to ghost."));
    auto *list = child<QTreeWidget>(sheet, "reviewFiles");
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("changed on the blog: yours replaces it"));
    child<QAbstractButton>(sheet, "reviewPublish")->click();
    QVERIFY(waitUntilDone(window.get()));
    QCOMPARE(statusText(window.get()), QStringLiteral("Published 1 post to ghost."));
    QVERIFY(m_server->post(id)
                .value(QStringLiteral("html"))
                .toString()
                .contains(QStringLiteral("Mine: written here")));
    QTRY_COMPARE_WITH_TIMEOUT(badge(window.get(), kEdited), std::optional(PostPublishStatus::Published),
                              10000);
}

void TestBlogPublishFlow::webEditThenKeepWebVersion()
{
    const auto window = openWindow();
    publishEverything(window.get());
    const QString id = remoteId(kEdited);
    QVERIFY(!id.isEmpty());
    const QByteArray before = readFile(m_fixture.postPath(kEdited));

    editOnDisk(kEdited, "\nThis local sentence loses to the web.\n");
    m_server->touchPost(id);
    auto *dialog = publishUntil<ConflictDialog>(window.get());
    QVERIFY2(dialog, qPrintable(statusText(window.get())));
    child<QAbstractButton>(dialog, "conflictKeepWeb")->click();
    child<QAbstractButton>(dialog, "conflictContinue")->click();
    auto *sheet = waitFor<PublishReviewDialog>(window.get());
    QVERIFY(sheet);
    QCOMPARE(child<QTreeWidget>(sheet, "reviewFiles")->topLevelItem(0)->text(1),
             QStringLiteral("changed on the blog: the web version replaces your file"));
    QCOMPARE(labelText(sheet, "reviewHeading"),
             QStringLiteral("1 post on this computer is replaced by its version from ghost."));
    child<QAbstractButton>(sheet, "reviewPublish")->click();
    QVERIFY(waitUntilDone(window.get()));
    QCOMPARE(statusText(window.get()), QStringLiteral("1 post was replaced by its version from ghost."));

    // The file now holds the web version, as Markdown with front matter; the server kept its own.
    const QByteArray after = readFile(m_fixture.postPath(kEdited));
    QVERIFY2(!after.contains("This local sentence loses to the web."), after.constData());
    QVERIFY2(after.contains("Idempotency Keys, Done Properly"), after.constData());
    QVERIFY2(after.contains("Idempotency keys"), after.constData());
    QVERIFY(after != before);
    QVERIFY(!m_server->post(id)
                 .value(QStringLiteral("html"))
                 .toString()
                 .contains(QStringLiteral("loses to the web")));
    // Recorded as the published version: nothing to publish, the tree says published.
    QTRY_COMPARE_WITH_TIMEOUT(badge(window.get(), kEdited), std::optional(PostPublishStatus::Published),
                              10000);
}

void TestBlogPublishFlow::webEditDecideLaterLeavesBoth()
{
    const auto window = openWindow();
    publishEverything(window.get());
    const QString id = remoteId(kEdited);
    const QString webHtml = m_server->post(id).value(QStringLiteral("html")).toString();

    editOnDisk(kEdited, "\nUndecided sentence.\n");
    m_server->touchPost(id);
    auto *dialog = publishUntil<ConflictDialog>(window.get());
    QVERIFY(dialog);
    child<QAbstractButton>(dialog, "conflictContinue")->click(); // "decide later" is the default
    QVERIFY(waitUntilDone(window.get()));
    QVERIFY2(statusText(window.get()).contains(QStringLiteral("left as it is")),
             qPrintable(statusText(window.get())));
    QVERIFY(readFile(m_fixture.postPath(kEdited)).contains("Undecided sentence."));
    QCOMPARE(m_server->post(id).value(QStringLiteral("html")).toString(), webHtml);
    // The publish saw the web edit; the tree shows it.
    QTRY_COMPARE_WITH_TIMEOUT(badge(window.get(), kEdited), std::optional(PostPublishStatus::ChangedRemotely),
                              10000);
    const QString tip = treeToolTip(window.get(), kEdited);
    QVERIFY2(tip.contains(QStringLiteral("changed on the blog")), qPrintable(tip));

    // Asked again next time.
    dialog = publishUntil<ConflictDialog>(window.get());
    QVERIFY(dialog);
    child<QAbstractButton>(dialog, "conflictCancel")->click();
    QVERIFY(waitUntilDone(window.get()));
    QVERIFY(statusText(window.get()).contains(QStringLiteral("cancelled")));
}

void TestBlogPublishFlow::conflictMetDuringTheRunOffersToPublishAgain()
{
    const auto window = openWindow();
    publishEverything(window.get());
    const QString id = remoteId(kEdited);

    editOnDisk(kEdited, "\nSent after a second look.\n");
    auto *sheet = publishUntil<PublishReviewDialog>(window.get());
    QVERIFY(sheet);
    // Edited on the web while the writer reads the sheet: the run meets it.
    m_server->touchPost(id);
    child<QAbstractButton>(sheet, "reviewPublish")->click();
    auto *dialog = waitFor<ConflictDialog>(window.get());
    QVERIFY2(dialog, qPrintable(statusText(window.get())));
    QCOMPARE(child<QAbstractButton>(dialog, "conflictContinue")->text(), QStringLiteral("Publish Again"));
    QVERIFY(
        !m_server->post(id).value(QStringLiteral("html")).toString().contains(QStringLiteral("second look")));
    child<QAbstractButton>(dialog, "conflictKeepMine")->click();
    child<QAbstractButton>(dialog, "conflictContinue")->click();
    QVERIFY(waitUntilDone(window.get()));
    QCOMPARE(statusText(window.get()), QStringLiteral("Published 1 post to ghost."));
    QVERIFY(
        m_server->post(id).value(QStringLiteral("html")).toString().contains(QStringLiteral("second look")));
}

void TestBlogPublishFlow::importPostsFromTheBlog()
{
    const auto window = openWindow();
    publishEverything(window.get());
    const int published = int(m_server->posts().size());

    // Another, empty blog on this computer with the same Ghost target.
    QTemporaryDir other;
    QVERIFY(QDir(other.path()).mkpath(QStringLiteral("posts")));
    QFile yaml(other.filePath(QStringLiteral("blog.yaml")));
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write(QStringLiteral("title: Imported\npublish:\n  targets:\n    - name: ghost\n      type: ghost\n"
                              "      url: %1\n")
                   .arg(m_server->siteUrl())
                   .toUtf8());
    yaml.close();
    QVERIFY(window->openBlog(other.path()));
    QVERIFY(window->publishStates()->hasTargets());

    window->action(QStringLiteral("site.importPosts"))->trigger();
    auto *chooser = waitFor<QInputDialog>(window.get());
    QVERIFY(chooser);
    QCOMPARE(chooser->comboBoxItems(), QStringList{QStringLiteral("ghost")});
    chooser->accept();
    BlogImportController *import = window->blogImport();
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (auto *prompt = visibleDialog<SecretPrompt>(window.get())) {
                child<QLineEdit>(prompt, "secretField")->setText(m_server->adminKey());
                child<QCheckBox>(prompt, "rememberSecret")->setChecked(false);
                prompt->accept();
            }
            return !import->isRunning();
        },
        kPublishTimeout));
    QCOMPARE(statusText(window.get()), QStringLiteral("Imported %1 posts from ghost.").arg(published));
    QStringList files;
    QDirIterator it(other.filePath(QStringLiteral("posts")), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    QCOMPARE(files.size(), published);
    QVERIFY(window->action(QStringLiteral("site.publish"))->isEnabled());

    // The tree lists them, published; publishing again has nothing to do.
    const QString relative = QDir(other.path()).relativeFilePath(files.constFirst());
    QTRY_VERIFY_WITH_TIMEOUT(treeIndex(window.get(), relative).isValid(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(badge(window.get(), relative), std::optional(PostPublishStatus::Published),
                              10000);
}

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TestBlogPublishFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_blogpublishflow.moc"
