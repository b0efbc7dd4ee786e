#include "editor/markdowneditor.h"
#include "publish/deployengine.h"
#include "publish/deploymanifest.h"
#include "publish/hostkeydialog.h"
#include "publish/publishcontroller.h"
#include "publish/publishreviewdialog.h"
#include "publish/publishstatus.h"
#include "publish/secretprompt.h"
#include "publish/targetsdialog.h"
#include "sshdfixture.h"
#include "uitestfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Postwright;
using namespace Postwright::Test;

namespace {

constexpr int kPublishTimeout = 60000;

// Every file of a published folder but the target's own deploy record, by relative path.
QMap<QString, QByteArray> files(const QString &folder)
{
    QMap<QString, QByteArray> contents;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = QDir(folder).relativeFilePath(file);
        if (relative.startsWith(QStringLiteral(".postwright-manifest")))
            continue; // the target's own deploy record (a file, or a folder of them)
        contents.insert(relative, readFile(file));
    }
    return contents;
}

QMap<QString, QDateTime> modificationTimes(const QString &folder)
{
    QMap<QString, QDateTime> times;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        times.insert(QDir(folder).relativeFilePath(file), QFileInfo(file).lastModified());
    }
    return times;
}

// The shown (not yet closed) dialog of a type, once it appears.
template<typename Dialog>
Dialog *waitForDialog(QWidget *parent, int timeout = kPublishTimeout)
{
    Dialog *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (Dialog *dialog : parent->findChildren<Dialog *>()) {
                if (dialog->isVisible()) {
                    found = dialog;
                    return true;
                }
            }
            return false;
        },
        timeout);
    return found;
}

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

void click(QWidget *parent, const char *name)
{
    auto *button = child<QAbstractButton>(parent, name);
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    button->click();
}

} // namespace

// The window's one-click publish, driven through its real actions and dialogs: to a folder
// target (review sheet, changed files only, deletions opt-in, "don't show again", nothing to
// do, cancel and rerun) and to a real sshd with a wrong, then right password.
class TestPublishFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstPublishCopiesTheWholeSite();
    void secondPublishSendsOnlyWhatChanged();
    void deletedPostStaysUnlessTicked();
    void nothingChangedSaysSo();
    void dontShowAgainSkipsTheSheetUntilTurnedBackOn();
    void cancelMidPublishThenRerunFinishes();
    void buildErrorsStopThePublish();
    void withoutTargetsTheTargetsDialogOpens();
    void severalTargetsWithoutDefaultAsksWhich();
    void sftpWrongPasswordAsksAgain();

private:
    void writePublishSection(const QByteArray &yaml);
    QByteArray folderTargets() const;
    std::unique_ptr<MainWindow> openWindow();
    // Triggers site.publish and returns the review sheet.
    PublishReviewDialog *publishUntilReview(MainWindow *window);
    bool waitUntilDone(MainWindow *window);
    QString statusText(MainWindow *window) const;
    void appendToOpenPost(MainWindow *window, const QString &text);
    QString publicFolder() const { return m_fixture.blogRoot() + QStringLiteral("/public"); }

    WindowFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_served;
};

void TestPublishFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPublishFlow::init()
{
    QSettings().clear();
    QVERIFY(m_fixture.setUp());
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_served = m_work->filePath(QStringLiteral("served"));
}

void TestPublishFlow::cleanup()
{
    QSettings().clear();
    m_fixture.tearDown();
    m_work.reset();
}

void TestPublishFlow::writePublishSection(const QByteArray &yaml)
{
    QFile file(m_fixture.blogRoot() + QStringLiteral("/blog.yaml"));
    QVERIFY(file.open(QIODevice::Append));
    QVERIFY(file.write("\n" + yaml) > 0);
}

QByteArray TestPublishFlow::folderTargets() const
{
    return QStringLiteral("publish:\n"
                          "  default: site\n"
                          "  targets:\n"
                          "    - name: site\n"
                          "      type: folder\n"
                          "      path: %1\n"
                          "    - name: other\n"
                          "      type: folder\n"
                          "      path: elsewhere\n")
        .arg(m_served)
        .toUtf8();
}

std::unique_ptr<MainWindow> TestPublishFlow::openWindow()
{
    auto window = m_fixture.openWindow();
    window->publishController()->setKnownHostsFile(m_work->filePath(QStringLiteral("known_hosts")));
    return window;
}

PublishReviewDialog *TestPublishFlow::publishUntilReview(MainWindow *window)
{
    QAction *publish = window->action(QStringLiteral("site.publish"));
    if (!publish || !publish->isEnabled())
        return nullptr;
    publish->trigger();
    return waitForDialog<PublishReviewDialog>(window);
}

bool TestPublishFlow::waitUntilDone(MainWindow *window)
{
    PublishController *publish = window->publishController();
    return QTest::qWaitFor([publish] { return !publish->isRunning(); }, kPublishTimeout);
}

QString TestPublishFlow::statusText(MainWindow *window) const
{
    return window->publishController()->statusWidget()->text();
}

void TestPublishFlow::appendToOpenPost(MainWindow *window, const QString &text)
{
    // The newest post is a draft, which the site leaves out: edit one that is published.
    const QString published = m_fixture.postPath(QStringLiteral("posts/tutorials/token-bucket-in-go.md"));
    if (window->currentFilePath() != published)
        QVERIFY(WindowFixture::selectPost(window, published));
    QTextCursor cursor = window->editor()->textCursor();
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    window->editor()->setTextCursor(cursor);
}

void TestPublishFlow::firstPublishCopiesTheWholeSite()
{
    writePublishSection(folderTargets());
    const auto window = openWindow();
    QAction *publish = window->action(QStringLiteral("site.publish"));
    QVERIFY(publish);
    QCOMPARE(publish->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+U")));

    PublishReviewDialog *sheet = publishUntilReview(window.get());
    QVERIFY(sheet);
    QVERIFY(!publish->isEnabled()); // one publish at a time
    const QMap<QString, QByteArray> site = files(publicFolder());
    QVERIFY(site.size() > 20);
    QCOMPARE(labelText(sheet, "reviewNewFiles"), QStringLiteral("%1 files").arg(site.size()));
    QCOMPARE(labelText(sheet, "reviewChangedFiles"), QStringLiteral("0 files"));
    QCOMPARE(labelText(sheet, "reviewDeletedFiles"), QStringLiteral("0 files"));
    QVERIFY(!child<QCheckBox>(sheet, "reviewDeleteRemoved")->isVisibleTo(sheet));
    // The file list unfolds on demand.
    auto *list = child<QWidget>(sheet, "reviewFiles");
    QVERIFY(!list->isVisible());
    click(sheet, "reviewShowFiles");
    QVERIFY(list->isVisible());

    click(sheet, "reviewPublish");
    QVERIFY(waitUntilDone(window.get()));
    QVERIFY2(statusText(window.get()).startsWith(QStringLiteral("Published %1 files").arg(site.size())),
             qPrintable(statusText(window.get())));
    QVERIFY(statusText(window.get()).contains(QStringLiteral("to site")));
    QVERIFY(child<QWidget>(window.get(), "publishOpenSite")->isVisible()); // the blog has a baseURL
    QCOMPARE(files(m_served), site);
    QVERIFY(publish->isEnabled());
}

void TestPublishFlow::secondPublishSendsOnlyWhatChanged()
{
    writePublishSection(folderTargets());
    const auto window = openWindow();
    PublishReviewDialog *sheet = publishUntilReview(window.get());
    QVERIFY(sheet);
    click(sheet, "reviewPublish");
    QVERIFY(waitUntilDone(window.get()));
    const QMap<QString, QDateTime> before = modificationTimes(m_served);
    QTest::qWait(20); // a rewritten file gets a later time

    // An edit in the editor, not saved: Publish saves it first.
    appendToOpenPost(window.get(),
                     QStringLiteral("\n\nOne more sentence, written after the first publish.\n"));
    sheet = publishUntilReview(window.get());
    QVERIFY(sheet);
    const QMap<QString, QByteArray> site = files(publicFolder());
    const int changed = labelText(sheet, "reviewChangedFiles").section(u' ', 0, 0).toInt();
    QVERIFY2(changed >= 1 && changed < site.size() / 2, qPrintable(labelText(sheet, "reviewChangedFiles")));
    QCOMPARE(labelText(sheet, "reviewNewFiles"), QStringLiteral("0 files"));
    QVERIFY(readFile(window->currentFilePath()).contains("One more sentence"));

    click(sheet, "reviewPublish");
    QVERIFY(waitUntilDone(window.get()));
    QVERIFY2(statusText(window.get()).startsWith(QStringLiteral("Published %1 ").arg(changed)),
             qPrintable(statusText(window.get())));
    QCOMPARE(files(m_served), site);
    const QMap<QString, QDateTime> after = modificationTimes(m_served);
    int rewritten = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!it.key().startsWith(QStringLiteral(".postwright-manifest")) &&
            before.value(it.key()) != it.value())
            ++rewritten;
    }
    QCOMPARE(rewritten, changed);
}

void TestPublishFlow::deletedPostStaysUnlessTicked()
{
    writePublishSection(folderTargets());
    const auto window = openWindow();
    PublishReviewDialog *sheet = publishUntilReview(window.get());
    QVERIFY(sheet);
    click(sheet, "reviewPublish");
    QVERIFY(waitUntilDone(window.get()));

    // A post that is not the open one goes away.
    const QString gone = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
    QVERIFY(gone != window->currentFilePath());
    QVERIFY(QFile::remove(gone));

    sheet = publishUntilReview(window.get());
    QVERIFY(sheet);
    const int deleted = labelText(sheet, "reviewDeletedFiles").section(u' ', 0, 0).toInt();
    QVERIFY2(deleted >= 1, qPrintable(labelText(sheet, "reviewDeletedFiles")));
    auto *removeBox = child<QCheckBox>(sheet, "reviewDeleteRemoved");
    QVERIFY(removeBox->isVisible());
    QVERIFY(!removeBox->isChecked());
    QVERIFY(removeBox->text().contains(QString::number(deleted)));
    click(sheet, "reviewPublish");
    QVERIFY(waitUntilDone(window.get()));
    const QMap<QString, QByteArray> site = files(publicFolder());
    const QMap<QString, QByteArray> served = files(m_served);
    QCOMPARE(served.size(), site.size() + deleted); // the old pages stay
    for (auto it = site.cbegin(); it != site.cend(); ++it)
        QCOMPARE(served.value(it.key()), it.value());

    // Next time they are offered again; nothing else to send, so Publish waits for the box.
    sheet = publishUntilReview(window.get());
    QVERIFY(sheet);
    QCOMPARE(labelText(sheet, "reviewDeletedFiles").section(u' ', 0, 0).toInt(), deleted);
    auto *publishButton = child<QAbstractButton>(sheet, "reviewPublish");
    QVERIFY(!publishButton->isEnabled());
    child<QCheckBox>(sheet, "reviewDeleteRemoved")->setChecked(true);
    click(sheet, "reviewPublish");
    QVERIFY(waitUntilDone(window.get()));
    QVERIFY2(statusText(window.get()).contains(QStringLiteral("Removed %1 files").arg(deleted)) ||
                 statusText(window.get()).contains(QStringLiteral("Removed 1 file")),
             qPrintable(statusText(window.get())));
    QCOMPARE(files(m_served), site);
}

void TestPublishFlow::nothingChangedSaysSo()
{
    writePublishSection(folderTargets());
    const auto window = openWindow();
    PublishReviewDialog *sheet = publishUntilReview(window.get());
    QVERIFY(sheet);
    click(sheet, "reviewPublish");
    QVERIFY(waitUntilDone(window.get()));

    QSignalSpy finished(window->publishController(), &PublishController::finished);
    window->action(QStringLiteral("site.publish"))->trigger();
    QVERIFY(finished.wait(kPublishTimeout));
    QCOMPARE(statusText(window.get()), QStringLiteral("Everything is already published to site."));
    QVERIFY(!waitForDialog<PublishReviewDialog>(window.get(), 0));
}

void TestPublishFlow::dontShowAgainSkipsTheSheetUntilTurnedBackOn()
{
    writePublishSection(folderTargets());
    const auto window = openWindow();
    PublishReviewDialog *sheet = publishUntilReview(window.get());
    QVERIFY(sheet);
    auto *skip = child<QCheckBox>(sheet, "reviewSkipNextTime");
    QVERIFY(skip->text().contains(QStringLiteral("site")));
    skip->setChecked(true);
    click(sheet, "reviewPublish");
    QVERIFY(waitUntilDone(window.get()));

    appendToOpenPost(window.get(), QStringLiteral("\n\nA change published without the review.\n"));
    bool sheetShown = false;
    QSignalSpy finished(window->publishController(), &PublishController::finished);
    window->action(QStringLiteral("site.publish"))->trigger();
    QVERIFY(QTest::qWaitFor(
        [&] {
            sheetShown = sheetShown || waitForDialog<PublishReviewDialog>(window.get(), 0);
            return !finished.isEmpty();
        },
        kPublishTimeout));
    QVERIFY(!sheetShown);
    QVERIFY2(statusText(window.get()).startsWith(QStringLiteral("Published")),
             qPrintable(statusText(window.get())));
    QCOMPARE(files(m_served), files(publicFolder()));

    // The targets dialog turns the review back on.
    window->action(QStringLiteral("site.publishTargets"))->trigger();
    auto *targets = waitForDialog<TargetsDialog>(window.get());
    QVERIFY(targets);
    QVERIFY(targets->selectTarget(QStringLiteral("site")));
    auto *review = child<QCheckBox>(targets, "reviewBeforePublish");
    QVERIFY(!review->isChecked());
    review->setChecked(true);
    targets->close();

    appendToOpenPost(window.get(), QStringLiteral("\n\nAnd one reviewed again.\n"));
    sheet = publishUntilReview(window.get());
    QVERIFY(sheet);
    sheet->reject();
    QVERIFY(waitUntilDone(window.get()));
    QVERIFY2(statusText(window.get()).contains(QStringLiteral("cancelled")),
             qPrintable(statusText(window.get())));
}

void TestPublishFlow::cancelMidPublishThenRerunFinishes()
{
    // Enough files that the deploy is still running when Cancel is clicked.
    for (int i = 0; i < 300; ++i) {
        QFile file(m_fixture.blogRoot() +
                   QStringLiteral("/static/bulk/file-%1.txt").arg(i, 3, 10, QChar(u'0')));
        QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, char('a' + i % 26)));
    }
    writePublishSection(folderTargets());
    const auto window = openWindow();
    PublishController *controller = window->publishController();
    // Each file takes a while: the progress signal comes from the sending thread.
    QMetaObject::Connection slowDown =
        connect(controller, &PublishController::deployStarted, this, [](Deployer *engine) {
            connect(
                engine, &Deployer::progress, engine,
                [](int, int, qint64, qint64, const QString &) { QThread::msleep(15); }, Qt::DirectConnection);
        });

    PublishReviewDialog *sheet = publishUntilReview(window.get());
    QVERIFY(sheet);
    const QMap<QString, QByteArray> site = files(publicFolder());
    QVERIFY(site.size() > 300);
    click(sheet, "reviewPublish");

    // The progress reads "N of M files · x of y", names the current file, and offers Cancel.
    PublishStatus *status = controller->statusWidget();
    QVERIFY(
        QTest::qWaitFor([&] { return status->text().section(u' ', 0, 0).toInt() >= 20; }, kPublishTimeout));
    QVERIFY2(status->text().contains(QStringLiteral(" of %1 files \u00b7 ").arg(site.size())),
             qPrintable(status->text()));
    QVERIFY(!status->currentFile().isEmpty());
    QVERIFY(!window->action(QStringLiteral("site.publish"))->isEnabled());
    QVERIFY(window->editor()->isEnabled()); // the window stays usable
    click(status, "publishCancel");
    QVERIFY(waitUntilDone(window.get()));
    QVERIFY2(status->text().contains(QStringLiteral("cancelled")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("Publish again to finish")), qPrintable(status->text()));

    // Consistent: only whole files, each as built; the rest is left for the next publish.
    const QMap<QString, QByteArray> partial = files(m_served);
    QVERIFY(partial.size() > 0 && partial.size() < site.size());
    for (auto it = partial.cbegin(); it != partial.cend(); ++it)
        QVERIFY2(site.value(it.key()) == it.value(), qPrintable(it.key()));

    disconnect(slowDown);
    sheet = publishUntilReview(window.get());
    QVERIFY(sheet);
    QCOMPARE(labelText(sheet, "reviewNewFiles"),
             QStringLiteral("%1 files").arg(site.size() - partial.size()));
    click(sheet, "reviewPublish");
    QVERIFY(waitUntilDone(window.get()));
    QCOMPARE(files(m_served), site);
}

void TestPublishFlow::buildErrorsStopThePublish()
{
    writePublishSection(folderTargets());
    const auto window = openWindow();
    QFile broken(m_fixture.blogRoot() + QStringLiteral("/posts/design/broken.md"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("---\ntitle: [unclosed\ndate: 2026-02-01\n---\nText.\n");
    broken.close();

    window->action(QStringLiteral("site.publish"))->trigger();
    auto *problem = waitForDialog<QMessageBox>(window.get());
    QVERIFY(problem);
    QVERIFY2(problem->text().contains(QStringLiteral("nothing was published")), qPrintable(problem->text()));
    QVERIFY2(problem->detailedText().contains(QStringLiteral("broken.md")),
             qPrintable(problem->detailedText()));
    problem->accept();
    QVERIFY(waitUntilDone(window.get()));
    QVERIFY(files(m_served).isEmpty());
}

void TestPublishFlow::withoutTargetsTheTargetsDialogOpens()
{
    const auto window = openWindow();
    window->action(QStringLiteral("site.publish"))->trigger();
    auto *targets = waitForDialog<TargetsDialog>(window.get());
    QVERIFY(targets);
    QVERIFY(labelText(targets, "targetsError").contains(QStringLiteral("no publish targets")));
    QVERIFY(child<QLabel>(targets, "targetsExample")->isVisible());
    QVERIFY(labelText(targets, "targetsExample").contains(QStringLiteral("publish:")));
    QVERIFY(!window->publishController()->isRunning());
    targets->close();
}

void TestPublishFlow::severalTargetsWithoutDefaultAsksWhich()
{
    writePublishSection(QStringLiteral("publish:\n"
                                       "  targets:\n"
                                       "    - name: first\n"
                                       "      type: folder\n"
                                       "      path: %1/first\n"
                                       "    - name: second\n"
                                       "      type: folder\n"
                                       "      path: %1/second\n")
                            .arg(m_work->path())
                            .toUtf8());
    const auto window = openWindow();
    window->action(QStringLiteral("site.publish"))->trigger();
    auto *chooser = waitForDialog<QInputDialog>(window.get());
    QVERIFY(chooser);
    QCOMPARE(chooser->comboBoxItems(), (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    chooser->setTextValue(QStringLiteral("second"));
    chooser->accept();
    PublishReviewDialog *sheet = waitForDialog<PublishReviewDialog>(window.get());
    QVERIFY(sheet);
    QVERIFY(sheet->windowTitle().contains(QStringLiteral("second")));
    click(sheet, "reviewPublish");
    QVERIFY(waitUntilDone(window.get()));
    QCOMPARE(files(m_work->filePath(QStringLiteral("second"))), files(publicFolder()));
    QVERIFY(!QFileInfo::exists(m_work->filePath(QStringLiteral("first"))));
}

void TestPublishFlow::sftpWrongPasswordAsksAgain()
{
    QString why;
    if (!SshdFixture::ensurePasswordUser(&why))
        QSKIP(qPrintable(why));
    SshdFixture sshd;
    if (!sshd.start())
        QSKIP(qPrintable(sshd.errorString()));
    const QString remote = sshd.remoteRoot() + QStringLiteral("/gui-publish");
    writePublishSection(QStringLiteral("publish:\n"
                                       "  targets:\n"
                                       "    - name: flow-sftp\n"
                                       "      type: sftp\n"
                                       "      host: %1\n"
                                       "      port: %2\n"
                                       "      user: %3\n"
                                       "      path: %4\n")
                            .arg(sshd.host())
                            .arg(sshd.port())
                            .arg(SshdFixture::passwordUser(), remote)
                            .toUtf8());
    const auto window = openWindow();
    window->action(QStringLiteral("site.publish"))->trigger();

    // Nothing in the keychain (or no keychain): the prompt asks.
    auto *prompt = waitForDialog<SecretPrompt>(window.get());
    QVERIFY(prompt);
    child<QLineEdit>(prompt, "secretField")->setText(QStringLiteral("not-the-password"));
    child<QCheckBox>(prompt, "rememberSecret")->setChecked(false);
    prompt->accept();

    // A server never seen before: its fingerprint is shown first.
    auto *hostKey = waitForDialog<HostKeyDialog>(window.get());
    QVERIFY(hostKey);
    QCOMPARE(labelText(hostKey, "hostKeyFingerprint"), sshd.hostKeyFingerprint());
    click(hostKey, "trustHostKey");

    // The server says no: the same prompt comes back, saying why.
    QVERIFY(QTest::qWaitFor(
        [&] {
            prompt = waitForDialog<SecretPrompt>(window.get(), 0);
            return prompt && labelText(prompt, "secretProblem").contains(QStringLiteral("did not accept"));
        },
        kPublishTimeout));
    QVERIFY2(labelText(prompt, "secretProblem").contains(SshdFixture::passwordUser()),
             qPrintable(labelText(prompt, "secretProblem")));
    QVERIFY(!labelText(prompt, "secretProblem").contains(QStringLiteral("not-the-password")));
    QVERIFY(child<QLineEdit>(prompt, "secretField")->text().isEmpty());
    child<QLineEdit>(prompt, "secretField")->setText(SshdFixture::password());
    child<QCheckBox>(prompt, "rememberSecret")->setChecked(false);
    prompt->accept();

    PublishReviewDialog *sheet = waitForDialog<PublishReviewDialog>(window.get());
    QVERIFY(sheet);
    click(sheet, "reviewPublish");
    QVERIFY(waitUntilDone(window.get()));
    QVERIFY2(statusText(window.get()).startsWith(QStringLiteral("Published")),
             qPrintable(statusText(window.get())));
    QCOMPARE(files(remote), files(publicFolder()));

    // Kept in memory for this run of the app: the next publish does not ask.
    appendToOpenPost(window.get(), QStringLiteral("\n\nAgain over SFTP.\n"));
    sheet = publishUntilReview(window.get());
    QVERIFY(sheet);
    click(sheet, "reviewPublish");
    QVERIFY(waitUntilDone(window.get()));
    QCOMPARE(files(remote), files(publicFolder()));
}

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TestPublishFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_publishflow.moc"
