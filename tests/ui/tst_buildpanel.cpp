#include "dialogs/buildsettingsdialog.h"
#include "editor/markdowneditor.h"
#include "mainwindow/buildcontroller.h"
#include "mainwindow/buildpanel.h"
#include "publish/publishcontroller.h"
#include "publish/publishreviewdialog.h"
#include "publish/publishsession.h"
#include "publish/targetsdialog.h"
#include "uitestfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace Postwright;
using namespace Postwright::Test;

namespace {

constexpr int kBuildTimeout = 60000;

template<typename Widget>
Widget *child(QWidget *parent, const char *name)
{
    return parent->findChild<Widget *>(QString::fromLatin1(name));
}

// The shown (not yet closed) dialog of a type, once it appears.
template<typename Dialog>
Dialog *waitForDialog(QWidget *parent, int timeout = kBuildTimeout)
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

QStringList problemPlaces(const BuildPanel *panel)
{
    QStringList places;
    for (int row = 0; row < panel->problems()->topLevelItemCount(); ++row)
        places.append(panel->problems()->topLevelItem(row)->text(0));
    return places;
}

} // namespace

// The window's build panel driven through the real site.build action: a Hugo site built by the
// real hugo with its output streamed and summed up, its errors as rows that open the file at the
// line (in the editor for a post, outside for a template), a native blog's errors as rows instead
// of a message box, cancel, Build Settings writing postwright.yaml, a publish that builds with the
// generator, and the targets dialog of a Hugo site.
class TestBuildPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hugoBuildStreamsItsOutputAndSummary();
    void postErrorOpensThePostAtItsLine();
    void templateErrorOpensOutsideTheWindow();
    void nativeBuildErrorIsARowNotAMessageBox();
    void cancelStopsALongBuild();
    void buildSettingsEditPostwrightYaml();
    void buildSettingsOfANativeBlogSayThereIsNoCommand();
    void publishBuildsWithTheGeneratorIntoThePanel();
    void targetsDialogOpensPostwrightYaml();

private:
    // Copies tests/app/publish/data/NAME into the work folder.
    QString copySite(const QString &name);
    std::unique_ptr<MainWindow> openWindow(const QString &root);
    // Triggers site.build and waits for its end; false when it did not end.
    bool build(MainWindow *window);
    static void write(const QString &path, const QByteArray &content);
    static bool hasHugo() { return !QStandardPaths::findExecutable("hugo").isEmpty(); }

    std::unique_ptr<QTemporaryDir> m_work;
    WindowFixture m_fixture; // the sample blog, for the native build
};

#define REQUIRE_HUGO()                                                                                       \
    do {                                                                                                     \
        if (!hasHugo())                                                                                      \
            QSKIP("hugo is not installed (Debian package hugo)");                                            \
    } while (false)

void TestBuildPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestBuildPanel::init()
{
    QSettings().clear();
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
}

void TestBuildPanel::cleanup()
{
    QSettings().clear();
    m_fixture.tearDown();
    m_work.reset();
}

void TestBuildPanel::write(const QString &path, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

QString TestBuildPanel::copySite(const QString &name)
{
    const QString source = QStringLiteral(POSTWRIGHT_SOURCE_DIR "/tests/app/publish/data/") + name;
    const QString root = m_work->filePath(name);
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = QDir(root).filePath(QDir(source).relativeFilePath(from));
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(from, to))
            return {};
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    }
    return root;
}

std::unique_ptr<MainWindow> TestBuildPanel::openWindow(const QString &root)
{
    auto window = std::make_unique<MainWindow>();
    if (const Result<void> opened = window->openBlog(root); !opened)
        qWarning("openBlog failed: %s", qPrintable(opened.error().toString()));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the window was not exposed");
    return window;
}

bool TestBuildPanel::build(MainWindow *window)
{
    QSignalSpy finished(window->buildController(), &BuildController::finished);
    window->action(QStringLiteral("site.build"))->trigger();
    return finished.size() == 1 || finished.wait(kBuildTimeout);
}

void TestBuildPanel::hugoBuildStreamsItsOutputAndSummary()
{
    REQUIRE_HUGO();
    const QString root = copySite("hugo-site");
    const auto window = openWindow(root);
    BuildPanel *panel = window->buildPanel();
    QVERIFY(panel);
    QCOMPARE(panel->objectName(), "buildPanel");
    QAction *toggle = window->action("view.buildPanel");
    QVERIFY(toggle);
    QVERIFY(!panel->isVisible()); // until a build

    QSignalSpy lines(window->buildController(), &BuildController::outputLine);
    QVERIFY(build(window.get()));
    QVERIFY(panel->isVisible()); // it opened by itself
    QVERIFY(toggle->isChecked());
    QVERIFY(lines.size() > 3); // streamed, line by line
    const QString output = panel->output()->toPlainText();
    QVERIFY2(output.contains("Total in"), qPrintable(output));
    QVERIFY2(panel->summary().startsWith("Built with hugo in "), qPrintable(panel->summary()));
    QVERIFY2(panel->summary().contains(" files written"), qPrintable(panel->summary()));
    QVERIFY2(
        child<QLabel>(panel, "buildCommand")->text().startsWith("$ hugo --destination " + root + "/public"),
        qPrintable(child<QLabel>(panel, "buildCommand")->text()));
    QCOMPARE(panel->problems()->topLevelItemCount(), 0);
    QVERIFY(!child<QAbstractButton>(panel, "buildCancel")->isVisible());
    QVERIFY(QFileInfo::exists(root + "/public/2024/03/first-post/index.html"));
    QVERIFY(window->statusBar()->currentMessage().startsWith("Built with hugo"));

    // Open Output Folder: the generator's output folder, through the desktop.
    QList<QUrl> opened;
    panel->setExternalOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    child<QAbstractButton>(panel, "buildOpenOutput")->click();
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(root + "/public")});

    // The writer can close it; it stays closed until the next build.
    toggle->trigger();
    QVERIFY(!panel->isVisible());
}

void TestBuildPanel::postErrorOpensThePostAtItsLine()
{
    REQUIRE_HUGO();
    const QString root = copySite("hugo-site");
    const QString post = root + "/content/posts/first-post.md";
    write(post, "---\ntitle: \"First\ndate: 2024-03-05\nfoo: [\n---\nText\n");
    const auto window = openWindow(root);
    QVERIFY(build(window.get()));
    BuildPanel *panel = window->buildPanel();
    QVERIFY(panel->isVisible());
    QVERIFY2(panel->summary().startsWith("The build with hugo failed after"), qPrintable(panel->summary()));
    QCOMPARE(problemPlaces(panel), QStringList{"content/posts/first-post.md:4:1"});
    QVERIFY(panel->problems()->topLevelItem(0)->text(1).contains("YAML"));

    // Enter on the row, as the keyboard does it: the post opens with the cursor on line 4.
    window->openPost(root + "/content/about.md");
    QCOMPARE(window->currentFilePath(), root + "/content/about.md");
    panel->problems()->setFocus();
    panel->problems()->setCurrentItem(panel->problems()->topLevelItem(0));
    QTest::keyClick(panel->problems(), Qt::Key_Return);
    QCOMPARE(window->currentFilePath(), post);
    QCOMPARE(window->editor()->cursorLine(), 4);
    QCOMPARE(window->editor()->textCursor().positionInBlock(), 0);
}

void TestBuildPanel::templateErrorOpensOutsideTheWindow()
{
    REQUIRE_HUGO();
    const QString root = copySite("hugo-site");
    const QString layout = root + "/layouts/_default/single.html";
    write(layout, "<html>\n<body>\n{{ .Content }\n</body></html>\n");
    const auto window = openWindow(root);
    const QString before = window->currentFilePath();
    QVERIFY(build(window.get()));
    BuildPanel *panel = window->buildPanel();
    QCOMPARE(problemPlaces(panel), QStringList{"layouts/_default/single.html:3:1"});

    QList<QUrl> opened;
    panel->setExternalOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QTreeWidget *problems = panel->problems();
    const QRect row = problems->visualItemRect(problems->topLevelItem(0));
    // A double-click on the row, as a person does it (the press first: the view activates the row it
    // pressed).
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(layout)});
    QCOMPARE(window->currentFilePath(), before); // a template is not a post: the editor keeps its post
}

void TestBuildPanel::nativeBuildErrorIsARowNotAMessageBox()
{
    QVERIFY(m_fixture.setUp());
    const QString broken = m_fixture.postPath("posts/design/broken.md");
    write(broken, "---\ntitle: [unclosed\ndate: 2026-02-01\n---\nText.\n");
    const auto window = m_fixture.openWindow();
    QVERIFY(build(window.get()));
    BuildPanel *panel = window->buildPanel();
    QVERIFY(panel->isVisible());
    for (QMessageBox *box : window->findChildren<QMessageBox *>())
        QVERIFY2(!box->isVisible(), qPrintable(box->text()));
    const QStringList places = problemPlaces(panel);
    QCOMPARE(places.size(), 1);
    QVERIFY2(places.first().startsWith("posts/design/broken.md:"), qPrintable(places.first()));
    const int line = places.first().section(u':', 1, 1).toInt();
    QVERIFY(line > 1);
    QVERIFY2(panel->summary().startsWith("Built with Postwright\u2019s theme in "),
             qPrintable(panel->summary()));
    QVERIFY2(panel->summary().endsWith("1 post was left out."), qPrintable(panel->summary()));
    QVERIFY(child<QLabel>(panel, "buildCommand")->text().contains("built-in"));

    panel->problems()->setFocus();
    panel->problems()->setCurrentItem(panel->problems()->topLevelItem(0));
    QTest::keyClick(panel->problems(), Qt::Key_Enter);
    QCOMPARE(window->currentFilePath(), broken);
    QCOMPARE(window->editor()->cursorLine(), line);
}

void TestBuildPanel::cancelStopsALongBuild()
{
    // No generator needed: the build command is a script that takes its time.
    const QString root = copySite("hugo-site");
    write(root + "/slow-build.sh", "#!/bin/sh\necho started\nexec sleep 30\n");
    QVERIFY(QFile::setPermissions(root + "/slow-build.sh",
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    write(root + "/postwright.yaml", "build:\n  command: ./slow-build.sh\n");
    const auto window = openWindow(root);
    BuildPanel *panel = window->buildPanel();
    QSignalSpy finished(window->buildController(), &BuildController::finished);
    QAction *buildAction = window->action("site.build");
    buildAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(panel->output()->toPlainText().contains("started"), 10000);
    QVERIFY(!buildAction->isEnabled());
    QVERIFY2(panel->summary().startsWith("Building with hugo"), qPrintable(panel->summary()));
    QCOMPARE(child<QLabel>(panel, "buildCommand")->text(),
             "$ ./slow-build.sh --destination " + root + "/public");
    auto *cancel = child<QAbstractButton>(panel, "buildCancel");
    QVERIFY(cancel->isVisible());

    QElapsedTimer timer;
    timer.start();
    cancel->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY2(panel->summary().startsWith("Build cancelled after"), qPrintable(panel->summary()));
    QVERIFY(buildAction->isEnabled());
    QVERIFY(!cancel->isVisible());
}

void TestBuildPanel::buildSettingsEditPostwrightYaml()
{
    const QString root = copySite("hugo-site");
    const QByteArray before = "# Where this site goes.\npublish:\n  targets: []  # none yet\n";
    write(root + "/postwright.yaml", before);
    const auto window = openWindow(root);
    window->action("site.buildSettings")->trigger();
    auto *dialog = waitForDialog<BuildSettingsDialog>(window.get(), 5000);
    QVERIFY(dialog);
    QCOMPARE(child<QLabel>(dialog, "buildOutputFolder")->text(), root + "/public");
    const QString program = child<QLabel>(dialog, "buildProgramStatus")->text();
    QVERIFY2(hasHugo() ? program.startsWith("Found hugo at ") : program.contains("apt install hugo"),
             qPrintable(program));
    auto *command = child<QLineEdit>(dialog, "buildCommandField");
    QCOMPARE(command->placeholderText(), "hugo");
    command->setText("no-such-generator --flag");
    QVERIFY2(
        child<QLabel>(dialog, "buildProgramStatus")->text().startsWith("no-such-generator is not on PATH"),
        qPrintable(child<QLabel>(dialog, "buildProgramStatus")->text()));
    command->setText("hugo --minify");
    child<QCheckBox>(dialog, "buildUseGenerator")->setChecked(false);
    QVERIFY(!command->isEnabled());
    child<QAbstractButton>(dialog, "buildSettingsSave")->click();
    QTRY_VERIFY(!dialog->isVisible());

    QFile file(root + "/postwright.yaml");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before + "\nbuild:\n  command: hugo --minify\n  generator: false\n");
    file.close();

    // generator: false builds with Postwright's theme, and the panel says why.
    QVERIFY(build(window.get()));
    BuildPanel *panel = window->buildPanel();
    QVERIFY2(panel->summary().startsWith("Built with Postwright\u2019s theme"), qPrintable(panel->summary()));
    QVERIFY2(panel->output()->toPlainText().contains("generator: false"),
             qPrintable(panel->output()->toPlainText()));
}

void TestBuildPanel::buildSettingsOfANativeBlogSayThereIsNoCommand()
{
    QVERIFY(m_fixture.setUp());
    const auto window = m_fixture.openWindow();
    window->action("site.buildSettings")->trigger();
    auto *dialog = waitForDialog<BuildSettingsDialog>(window.get(), 5000);
    QVERIFY(dialog);
    const QString intro = child<QLabel>(dialog, "buildSettingsIntro")->text();
    QVERIFY2(intro.contains("built by Postwright\u2019s theme") && intro.contains("no build command"),
             qPrintable(intro));
    QVERIFY(!child<QLineEdit>(dialog, "buildCommandField"));
    dialog->reject();
    QVERIFY(!QFileInfo::exists(m_fixture.blogRoot() + "/postwright.yaml"));
}

void TestBuildPanel::publishBuildsWithTheGeneratorIntoThePanel()
{
    REQUIRE_HUGO();
    const QString root = copySite("hugo-site");
    const QString served = m_work->filePath("served");
    write(root + "/postwright.yaml",
          "publish:\n  targets:\n    - name: site\n      type: folder\n      path: " + served.toUtf8() +
              "\n");
    const QString layout = root + "/layouts/_default/single.html";
    const QByteArray good = [&] {
        QFile file(layout);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    write(layout, "<html>\n<body>\n{{ .Content }\n</body></html>\n");
    const auto window = openWindow(root);
    BuildPanel *panel = window->buildPanel();
    PublishController *publish = window->publishController();

    // A broken template: the publish stops with its place, in the message and as a panel row.
    window->action("site.publish")->trigger();
    auto *problem = waitForDialog<QMessageBox>(window.get());
    QVERIFY(problem);
    QVERIFY2(problem->detailedText().contains("layouts/_default/single.html:3:1"),
             qPrintable(problem->detailedText()));
    problem->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!publish->isRunning(), kBuildTimeout);
    QVERIFY(panel->isVisible());
    QCOMPARE(problemPlaces(panel), QStringList{"layouts/_default/single.html:3:1"});
    QVERIFY(!QFileInfo::exists(served + "/index.html"));

    // Fixed: hugo's output streams into the panel, and what it built is what is sent.
    write(layout, good);
    window->action("site.publish")->trigger();
    auto *sheet = waitForDialog<PublishReviewDialog>(window.get());
    QVERIFY(sheet);
    QVERIFY2(panel->output()->toPlainText().contains("Total in"), qPrintable(panel->output()->toPlainText()));
    QVERIFY2(panel->summary().startsWith("Built with hugo in "), qPrintable(panel->summary()));
    QVERIFY(child<QLabel>(panel, "buildCommand")->text().startsWith("$ hugo --destination"));
    child<QAbstractButton>(sheet, "reviewPublish")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!publish->isRunning(), kBuildTimeout);
    QVERIFY(QFileInfo::exists(served + "/2024/03/first-post/index.html"));
    QVERIFY(!QFileInfo::exists(served + "/postwright.yaml"));
}

void TestBuildPanel::targetsDialogOpensPostwrightYaml()
{
    const QString root = copySite("jekyll-site");
    const auto window = openWindow(root);
    window->action("site.publishTargets")->trigger();
    auto *dialog = waitForDialog<TargetsDialog>(window.get(), 5000);
    QVERIFY(dialog);
    const QString intro = child<QLabel>(dialog, "targetsIntro")->text();
    QVERIFY2(intro.contains("<b>postwright.yaml</b>") && intro.contains("not in blog.yaml"),
             qPrintable(intro));
    QVERIFY(child<QLabel>(dialog, "targetsExample")->text().contains("to postwright.yaml"));
    auto *open = child<QAbstractButton>(dialog, "openSettingsFile");
    QVERIFY(open);
    QCOMPARE(open->text(), "Open postwright.yaml");
    QVERIFY(!child<QAbstractButton>(dialog, "openBlogYaml"));

    QList<QUrl> opened;
    dialog->setFileOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    const QString path = root + "/postwright.yaml";
    QVERIFY(!QFileInfo::exists(path));
    open->click();
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(path)});
    // Created with a commented example: it reads, and publishes nowhere until the writer says where.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("# publish:\n#   default: live\n") && text.contains("exclude: [postwright.yaml]"),
             text.constData());
    const Result<PublishTargets> targets = PublishSession::readTargets(root);
    QVERIFY(targets);
    QVERIFY(targets.value().targets.empty());
    // A second click opens the file as it is now.
    file.close();
    write(path, "publish:\n  targets: []\n");
    open->click();
    QCOMPARE(opened.size(), 2);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("publish:\n  targets: []\n"));
    dialog->close();
}

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TestBuildPanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_buildpanel.moc"
