#include "blog/blog.h"
#include "blog/blogcreator.h"
#include "blog/blogsettings.h"
#include "blog/post.h"
#include "blog/sitelayout.h"
#include "dialogs/blogfolderchooser.h"
#include "dialogs/inlinemessage.h"
#include "dialogs/newblogcreatepage.h"
#include "dialogs/newblogimportpage.h"
#include "dialogs/newblogopenpage.h"
#include "dialogs/newblogstartpage.h"
#include "dialogs/newblogwizard.h"
#include "dialogs/newfolderguard.h"
#include "mainwindow/mainwindow.h"
#include "testimages.h"
#include "uitestfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Postwright;
using namespace Postwright::Test;

namespace {

constexpr int kImportTimeout = 120000; // pandoc converts every post when it is installed

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Every file and folder below root, relative to it, sorted: to prove nothing was written.
QStringList entriesBelow(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.append(QDir(root).relativeFilePath(it.next()));
    entries.sort();
    return entries;
}

template<typename Widget>
Widget *child(QWidget *parent, const char *name)
{
    return parent->findChild<Widget *>(QString::fromLatin1(name));
}

QAbstractButton *finishButton(NewBlogWizard *wizard)
{
    return wizard->button(QWizard::FinishButton);
}

bool canFinish(NewBlogWizard *wizard)
{
    return finishButton(wizard)->isVisible() && finishButton(wizard)->isEnabled();
}

QAbstractButton *finishButton(const std::unique_ptr<NewBlogWizard> &wizard)
{
    return finishButton(wizard.get());
}

bool canFinish(const std::unique_ptr<NewBlogWizard> &wizard)
{
    return canFinish(wizard.get());
}

// The inline message's text, or "" while it is hidden.
QString shownMessage(const InlineMessage *message)
{
    return message && message->isVisible() ? message->text() : QString();
}

} // namespace

// The New Blog wizard: creating a native blog (blog.yaml, the first post, folder and address
// checks shown inline), opening a folder with its kind detected live, importing a WordPress
// export on a worker thread, and File → New Blog… opening what the wizard made.
class TestNewBlogWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newBlogActionCreatesAndOpensTheBlog();
    void newBlogActionOpensAHugoSite();
    void startPageLeadsToEachChoice();
    void startsOnAChosenPage();
    void titleIsRequiredAndNamesTheFolder();
    void unusableFolderIsRefusedInline_data();
    void unusableFolderIsRefusedInline();
    void baseUrlIsChecked_data();
    void baseUrlIsChecked();
    void noFirstPostWhenItsTitleIsEmpty();
    void failedFirstPostKeepsTheBlog();
    void failedCreationLeavesNothing();
    void folderGuardRemovesOnlyWhatIsNew();
    void openPageShowsTheKind_data();
    void openPageShowsTheKind();
    void importWritesTheBlogOnAWorker();
    void unreadableExportLeavesNothing();

private:
    // Message boxes are not how the wizard reports: any that shows up is recorded and closed, so a
    // test fails with its text instead of waiting for a click.
    void watchForMessageBoxes();
    // A wizard shown on one page, its folders below m_dir.
    std::unique_ptr<NewBlogWizard> showWizard(NewBlogWizard::Start start);
    void fillCreatePage(NewBlogCreatePage *page, const QString &title, const QString &name = {});
    QString exportFolder();

    std::unique_ptr<QTemporaryDir> m_dir;
    QTimer m_messageBoxWatch;
    QStringList m_messageBoxes;
};

void TestNewBlogWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    watchForMessageBoxes();
}

void TestNewBlogWizard::watchForMessageBoxes()
{
    m_messageBoxWatch.setInterval(100);
    connect(&m_messageBoxWatch, &QTimer::timeout, this, [this] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box && box->isVisible()) {
                m_messageBoxes.append(box->text() + u' ' + box->informativeText());
                box->reject();
            }
        }
    });
    m_messageBoxWatch.start();
}

void TestNewBlogWizard::init()
{
    QSettings().clear();
    m_messageBoxes.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestNewBlogWizard::cleanup()
{
    QVERIFY2(m_messageBoxes.isEmpty(), qPrintable(m_messageBoxes.join(u'\n')));
    QSettings().clear();
    m_dir.reset();
}

std::unique_ptr<NewBlogWizard> TestNewBlogWizard::showWizard(NewBlogWizard::Start start)
{
    NewBlogWizard::setLastParentFolder(m_dir->path());
    auto wizard = std::make_unique<NewBlogWizard>(start);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        qWarning("the wizard was not exposed");
    return wizard;
}

void TestNewBlogWizard::fillCreatePage(NewBlogCreatePage *page, const QString &title, const QString &name)
{
    auto *titleEdit = child<QLineEdit>(page, "blogTitle");
    QVERIFY(titleEdit);
    titleEdit->clear();
    QTest::keyClicks(titleEdit, title);
    if (!name.isEmpty()) {
        QLineEdit *nameEdit = page->folder()->nameEdit();
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, name);
    }
}

QString TestNewBlogWizard::exportFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("export"));
    const QString exportPath = folder + QStringLiteral("/harbour.WordPress.2024-04-01.xml");
    QFile fixture(QStringLiteral(POSTWRIGHT_SOURCE_DIR "/tests/app/publish/data/wxr/export.xml"));
    if (!fixture.open(QIODevice::ReadOnly) || !writeFile(exportPath, fixture.readAll()) ||
        !writeFile(folder + QStringLiteral("/uploads/2024/03/harbour.png"), onePixelPng))
        return {};
    return exportPath;
}

void TestNewBlogWizard::newBlogActionCreatesAndOpensTheBlog()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    NewBlogWizard::setLastParentFolder(m_dir->path());

    QAction *action = window->action(QStringLiteral("file.newBlog"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    int sameShortcut = 0;
    for (const QAction *other : window->findChildren<QAction *>())
        sameShortcut += other->shortcuts().contains(action->shortcut()) ? 1 : 0;
    QCOMPARE(sameShortcut, 1);

    action->trigger();
    NewBlogWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window->findChild<NewBlogWizard *>()) && wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(NewBlogWizard::StartPage));
    QVERIFY(wizard->startPage()->button(NewBlogStartPage::Choice::Create)->isChecked());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewBlogWizard::CreatePage));

    NewBlogCreatePage *page = wizard->createPage();
    QCOMPARE(page->folder()->parentFolder(), m_dir->path()); // remembered from the last time
    fillCreatePage(page, QStringLiteral("Harbour Notes & Tides"));
    QTest::keyClicks(child<QLineEdit>(page, "blogAuthor"), QStringLiteral("Maya Lindqvist"));
    QTest::keyClicks(child<QLineEdit>(page, "blogBaseUrl"), QStringLiteral("https://harbour.example.com/"));
    auto *language = child<QComboBox>(page, "blogLanguage");
    const int britishEnglish = language->findData(QStringLiteral("en-GB"));
    QVERIFY(britishEnglish >= 0);
    language->setCurrentIndex(britishEnglish);
    QCOMPARE(child<QLineEdit>(page, "firstPostTitle")->text(), QStringLiteral("Hello, world"));

    const QString root = m_dir->filePath(QStringLiteral("harbour-notes-tides"));
    QCOMPARE(page->folder()->path(), root);
    QVERIFY2(page->folder()->pathLabel()->text().contains(QDir::toNativeSeparators(root)),
             qPrintable(page->folder()->pathLabel()->text()));
    QVERIFY(canFinish(wizard));
    finishButton(wizard)->click();

    QTRY_VERIFY2(window->blogRoot() == root || !m_messageBoxes.isEmpty(), qPrintable(window->blogRoot()));
    QVERIFY2(m_messageBoxes.isEmpty(), qPrintable(m_messageBoxes.join(u'\n')));
    const Result<BlogSettings> settings =
        BlogSettings::parse(QString::fromUtf8(readFile(root + QStringLiteral("/blog.yaml"))));
    QVERIFY2(settings, qPrintable(settings ? QString() : settings.error().toString()));
    QCOMPARE(settings.value().title, QStringLiteral("Harbour Notes & Tides"));
    QCOMPARE(settings.value().author, QStringLiteral("Maya Lindqvist"));
    QCOMPARE(settings.value().baseUrl, QStringLiteral("https://harbour.example.com/"));
    QCOMPARE(settings.value().language, QStringLiteral("en-GB"));
    QVERIFY(QFileInfo(root + QStringLiteral("/static")).isDir());

    // The first post: a draft written as the window's New Post writes one, and open in the editor.
    const QString postPath = root + QStringLiteral("/posts/hello-world.md");
    QVERIFY(QFileInfo(postPath).isFile());
    const Post post = Post::load(postPath, root);
    QVERIFY2(!post.error, qPrintable(post.error ? post.error->toString() : QString()));
    QCOMPARE(post.metadata.title, QStringLiteral("Hello, world"));
    QVERIFY(post.metadata.draft);
    QVERIFY(post.metadata.date.isValid());
    QVERIFY(qAbs(post.metadata.date.secsTo(QDateTime::currentDateTime())) < 600);
    QVERIFY(readFile(postPath).startsWith("---\ntitle: "));
    QTRY_COMPARE(window->currentFilePath(), postPath);
    QCOMPARE(NewBlogWizard::lastParentFolder(), m_dir->path());
    QTRY_VERIFY(!window->findChild<NewBlogWizard *>()); // deleted on close
}

void TestNewBlogWizard::newBlogActionOpensAHugoSite()
{
    const QString site = m_dir->filePath(QStringLiteral("sites/harbour-hugo"));
    QVERIFY(writeFile(site + QStringLiteral("/hugo.toml"),
                      "title = 'Harbour on Hugo'\nbaseURL = 'https://h.example/'\n"));
    QVERIFY(writeFile(site + QStringLiteral("/content/posts/tides.md"),
                      "+++\ntitle = 'Tides'\ndate = 2024-03-05T09:30:00Z\n+++\nLow at noon.\n"));
    const auto before = entriesBelow(site);

    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->action(QStringLiteral("file.newBlog"))->trigger();
    NewBlogWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window->findChild<NewBlogWizard *>()) && wizard->isVisible());
    wizard->startPage()->button(NewBlogStartPage::Choice::Open)->click();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewBlogWizard::OpenPage));
    wizard->openPage()->folderEdit()->setText(QDir::toNativeSeparators(site));
    QVERIFY(canFinish(wizard));
    finishButton(wizard)->click();

    QTRY_VERIFY2(window->blogRoot() == site || !m_messageBoxes.isEmpty(), qPrintable(window->blogRoot()));
    QVERIFY2(m_messageBoxes.isEmpty(), qPrintable(m_messageBoxes.join(u'\n')));
    QTRY_COMPARE(window->currentFilePath(), site + QStringLiteral("/content/posts/tides.md"));
    QStringList after = entriesBelow(site);
    after.removeIf([](const QString &entry) { return entry.startsWith(QStringLiteral(".postwright")); });
    QCOMPARE(after, before); // opened in place: nothing of the site's was written
}

void TestNewBlogWizard::startPageLeadsToEachChoice()
{
    const std::pair<NewBlogStartPage::Choice, int> choices[] = {
        {NewBlogStartPage::Choice::Create, NewBlogWizard::CreatePage},
        {NewBlogStartPage::Choice::Open, NewBlogWizard::OpenPage},
        {NewBlogStartPage::Choice::Import, NewBlogWizard::ImportPage},
    };
    auto wizard = showWizard(NewBlogWizard::Start::Choose);
    for (const auto &[choice, page] : choices) {
        QRadioButton *button = wizard->startPage()->button(choice);
        QVERIFY(!button->text().isEmpty());
        QVERIFY(!child<QLabel>(wizard->startPage(),
                               (button->objectName() + QStringLiteral("Explanation")).toLatin1().constData())
                     ->text()
                     .isEmpty());
        button->click();
        wizard->next();
        QCOMPARE(wizard->currentId(), page);
        wizard->back();
        QCOMPARE(wizard->currentId(), int(NewBlogWizard::StartPage));
    }
    wizard->reject();
    QVERIFY(wizard->blogPath().isEmpty());
}

void TestNewBlogWizard::startsOnAChosenPage()
{
    const std::pair<NewBlogWizard::Start, int> starts[] = {
        {NewBlogWizard::Start::Create, NewBlogWizard::CreatePage},
        {NewBlogWizard::Start::Open, NewBlogWizard::OpenPage},
        {NewBlogWizard::Start::Import, NewBlogWizard::ImportPage},
        {NewBlogWizard::Start::Choose, NewBlogWizard::StartPage},
    };
    for (const auto &[start, page] : starts) {
        auto wizard = showWizard(start);
        QCOMPARE(wizard->currentId(), page);
    }
}

void TestNewBlogWizard::titleIsRequiredAndNamesTheFolder()
{
    auto wizard = showWizard(NewBlogWizard::Start::Create);
    NewBlogCreatePage *page = wizard->createPage();
    auto *title = child<QLineEdit>(page, "blogTitle");
    QLineEdit *name = page->folder()->nameEdit();
    QVERIFY(!canFinish(wizard));
    QVERIFY(shownMessage(child<InlineMessage>(page, "titleMessage")).isEmpty()); // nothing typed yet

    QTest::keyClicks(title, QStringLiteral("Caf"));
    QTest::sendKeyEvent(QTest::Click, title, Qt::Key_unknown, QStringLiteral("\u00e9"), Qt::NoModifier);
    QTest::keyClicks(title, QStringLiteral(" Notes"));
    QCOMPARE(title->text(), QStringLiteral("Caf\u00e9 Notes"));
    QCOMPARE(name->text(), QStringLiteral("cafe-notes"));
    QVERIFY(canFinish(wizard));

    // Erased: Finish goes, and the page says why.
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Backspace);
    QVERIFY(!canFinish(wizard));
    QCOMPARE(shownMessage(child<InlineMessage>(page, "titleMessage")),
             QStringLiteral("A blog needs a title."));

    // A name the writer typed stays when the title changes.
    QTest::keyClicks(title, QStringLiteral("Tides"));
    QCOMPARE(name->text(), QStringLiteral("tides"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("my-own-name"));
    QTest::keyClicks(title, QStringLiteral(" and Harbours"));
    QCOMPARE(name->text(), QStringLiteral("my-own-name"));
    QCOMPARE(page->folder()->path(), m_dir->filePath(QStringLiteral("my-own-name")));
    QVERIFY(canFinish(wizard));
}

void TestNewBlogWizard::unusableFolderIsRefusedInline_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("file");      // made below m_dir first, "" for none
    QTest::addColumn<bool>("fromBlogCreator"); // the message is BlogCreator's own refusal
    QTest::addColumn<QString>("message");      // else: a part of the message
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("non-empty folder") << "full" << QByteArray("full/notes.txt") << true << QString() << false;
    QTest::newRow("a file") << "taken.txt" << QByteArray("taken.txt") << true << QString() << false;
    QTest::newRow("folder with a post")
        << "existing" << QByteArray("existing/posts/a.md") << true << QString() << false;
    QTest::newRow("slash in the name")
        << "a/b" << QByteArray() << false << QStringLiteral("cannot contain") << false;
    QTest::newRow("dot-dot") << ".." << QByteArray() << false << QStringLiteral("cannot contain") << false;
    // BlogCreator's own rule: hidden files (a .git folder) do not count.
    QTest::newRow("only hidden files")
        << "repo" << QByteArray("repo/.git/HEAD") << false << QString() << true;
    QTest::newRow("new folder") << "fresh" << QByteArray() << false << QString() << true;
}

void TestNewBlogWizard::unusableFolderIsRefusedInline()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, file);
    QFETCH(bool, fromBlogCreator);
    QFETCH(QString, message);
    QFETCH(bool, acceptable);
    if (!file.isEmpty())
        QVERIFY(writeFile(m_dir->filePath(QString::fromUtf8(file)), "keep me\n"));
    const QStringList before = entriesBelow(m_dir->path());

    auto wizard = showWizard(NewBlogWizard::Start::Create);
    NewBlogCreatePage *page = wizard->createPage();
    fillCreatePage(page, QStringLiteral("Harbour"), name);
    const QString shown = shownMessage(page->folder()->message());

    if (acceptable) {
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QVERIFY(canFinish(wizard));
        finishButton(wizard)->click();
        QVERIFY(!wizard->isVisible());
        QVERIFY(QFileInfo::exists(wizard->blogPath() + QStringLiteral("/blog.yaml")));
        return;
    }
    QVERIFY(!canFinish(wizard));
    if (fromBlogCreator) {
        // The same words BlogCreator refuses the folder with (it writes nothing when refusing).
        const Result<void> refused = BlogCreator::create(page->folder()->path(), NewBlogSettings{});
        QVERIFY(!refused);
        QCOMPARE(shown, refused.error().message);
    } else {
        QVERIFY2(shown.contains(message), qPrintable(shown));
    }
    QCOMPARE(page->folder()->message()->kind(), InlineMessage::Kind::Error);
    finishButton(wizard)->click(); // disabled: does nothing
    QVERIFY(wizard->isVisible());
    QCOMPARE(entriesBelow(m_dir->path()), before);
}

void TestNewBlogWizard::baseUrlIsChecked_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("kind"); // InlineMessage::Kind
    QTest::addColumn<bool>("finish");

    const int none = int(InlineMessage::Kind::None);
    const int warning = int(InlineMessage::Kind::Warning);
    const int error = int(InlineMessage::Kind::Error);
    QTest::newRow("empty") << QString() << none << true;
    QTest::newRow("https") << "https://harbour.example.com/" << none << true;
    QTest::newRow("https with a path") << "https://example.com/blog/" << none << true;
    QTest::newRow("plain http") << "http://harbour.example.com/" << warning << true;
    QTest::newRow("http to localhost") << "http://localhost:1313/" << none << true;
    QTest::newRow("http on the LAN") << "http://192.168.1.20/" << none << true;
    QTest::newRow("no scheme") << "harbour.example.com" << error << false;
    QTest::newRow("ftp") << "ftp://harbour.example.com/" << error << false;
    QTest::newRow("no host") << "https://" << error << false;
    QTest::newRow("space") << "https://harbour example.com/" << error << false;
    QTest::newRow("mailto") << "mailto:maya@example.com" << error << false;
}

void TestNewBlogWizard::baseUrlIsChecked()
{
    QFETCH(QString, url);
    QFETCH(int, kind);
    QFETCH(bool, finish);
    auto wizard = showWizard(NewBlogWizard::Start::Create);
    NewBlogCreatePage *page = wizard->createPage();
    fillCreatePage(page, QStringLiteral("Harbour"));
    QTest::keyClicks(child<QLineEdit>(page, "blogBaseUrl"), url);
    auto *message = child<InlineMessage>(page, "baseUrlMessage");
    QCOMPARE(int(message->kind()), kind);
    QCOMPARE(message->isVisible(), kind != int(InlineMessage::Kind::None));
    QCOMPARE(canFinish(wizard), finish);
    if (kind == int(InlineMessage::Kind::Error))
        QVERIFY(message->text().contains(QStringLiteral("https://")));
}

void TestNewBlogWizard::noFirstPostWhenItsTitleIsEmpty()
{
    auto wizard = showWizard(NewBlogWizard::Start::Create);
    NewBlogCreatePage *page = wizard->createPage();
    fillCreatePage(page, QStringLiteral("Quiet Blog"));
    child<QLineEdit>(page, "firstPostTitle")->clear();
    finishButton(wizard)->click();
    QVERIFY(!wizard->isVisible());
    QCOMPARE(wizard->blogPath(), m_dir->filePath(QStringLiteral("quiet-blog")));
    QCOMPARE(entriesBelow(wizard->blogPath() + QStringLiteral("/posts")), QStringList());
    QVERIFY(Blog::open(wizard->blogPath()));
}

void TestNewBlogWizard::failedFirstPostKeepsTheBlog()
{
    auto wizard = showWizard(NewBlogWizard::Start::Create);
    NewBlogCreatePage *page = wizard->createPage();
    int attempts = 0;
    page->setFirstPostWriter([&attempts](const QString &root, const QString &) -> Result<QString> {
        ++attempts;
        return SourceError{root + QStringLiteral("/posts/hello-world.md"), 0, 0,
                           QStringLiteral("No space left on device")};
    });
    fillCreatePage(page, QStringLiteral("Full Disk"));
    finishButton(wizard)->click();

    // Still open, saying what happened; the blog itself is there and valid.
    QVERIFY(wizard->isVisible());
    QCOMPARE(attempts, 1);
    auto *message = child<InlineMessage>(page, "createMessage");
    QCOMPARE(message->kind(), InlineMessage::Kind::Warning);
    QVERIFY2(message->text().contains(QStringLiteral("No space left on device")),
             qPrintable(message->text()));
    const QString root = m_dir->filePath(QStringLiteral("full-disk"));
    QVERIFY(Blog::open(root));
    QVERIFY(!child<QLineEdit>(page, "blogTitle")->isEnabled()); // the blog exists: no more edits
    QVERIFY(canFinish(wizard));
    QCOMPARE(finishButton(wizard)->text(), QStringLiteral("&Open Blog"));

    finishButton(wizard)->click();
    QVERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
    QCOMPARE(wizard->blogPath(), root);
    QCOMPARE(attempts, 1); // not tried again behind the writer's back
}

void TestNewBlogWizard::failedCreationLeavesNothing()
{
    // A folder nobody can make folders in, even root: /proc.
    if (QDir(QStringLiteral("/proc")).mkdir(QStringLiteral("postwright-test")))
        QSKIP("/proc accepts new folders here");
    auto wizard = showWizard(NewBlogWizard::Start::Create);
    NewBlogCreatePage *page = wizard->createPage();
    fillCreatePage(page, QStringLiteral("Nowhere"));
    page->folder()->parentEdit()->setText(QStringLiteral("/proc"));
    QVERIFY(canFinish(wizard)); // nothing tells beforehand
    finishButton(wizard)->click();
    QVERIFY(wizard->isVisible());
    auto *message = child<InlineMessage>(page, "createMessage");
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QVERIFY2(message->text().contains(QStringLiteral("/proc/nowhere")), qPrintable(message->text()));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/nowhere")));
    QVERIFY(wizard->blogPath().isEmpty());
}

void TestNewBlogWizard::folderGuardRemovesOnlyWhatIsNew()
{
    const QString existing = m_dir->filePath(QStringLiteral("repo"));
    QVERIFY(writeFile(existing + QStringLiteral("/.git/HEAD"), "ref: refs/heads/main\n"));
    const NewFolderGuard guardExisting(existing);
    QVERIFY(writeFile(existing + QStringLiteral("/posts/a.md"), "half\n"));
    QVERIFY(writeFile(existing + QStringLiteral("/.gitignore"), "public/\n"));
    guardExisting.rollback();
    QCOMPARE(entriesBelow(existing), (QStringList{QStringLiteral(".git"), QStringLiteral(".git/HEAD")}));

    const QString fresh = m_dir->filePath(QStringLiteral("fresh"));
    const NewFolderGuard guardFresh(fresh);
    QVERIFY(writeFile(fresh + QStringLiteral("/posts/a.md"), "half\n"));
    guardFresh.rollback();
    QVERIFY(!QFileInfo::exists(fresh));
}

void TestNewBlogWizard::openPageShowsTheKind_data()
{
    QTest::addColumn<QStringList>("files"); // relative paths, "name/" for a folder
    QTest::addColumn<QString>("folder");    // below the made files; "" for their root
    QTest::addColumn<int>("kind");          // SiteKind
    QTest::addColumn<QString>("shown");     // how the result starts; "explanation" for detect()'s
    QTest::addColumn<bool>("finish");

    QTest::newRow("postwright") << QStringList{QStringLiteral("blog.yaml"), QStringLiteral("posts/")}
                                << QString() << int(SiteKind::Native)
                                << QStringLiteral(
                                       "Postwright blog \u2014 settings in blog.yaml, posts in posts/, "
                                       "pages in pages/, output public/")
                                << true;
    QTest::newRow("hugo") << QStringList{QStringLiteral("hugo.toml"), QStringLiteral("content/")} << QString()
                          << int(SiteKind::Hugo)
                          << QStringLiteral(
                                 "Hugo site \u2014 config hugo.toml, posts in content/, output public/")
                          << true;
    QTest::newRow("hugo, old config name")
        << QStringList{QStringLiteral("config.yaml"), QStringLiteral("content/")} << QString()
        << int(SiteKind::Hugo)
        << QStringLiteral("Hugo site \u2014 config config.yaml, posts in content/, output public/") << true;
    QTest::newRow("jekyll") << QStringList{QStringLiteral("_config.yml"), QStringLiteral("_posts/")}
                            << QString() << int(SiteKind::Jekyll)
                            << QStringLiteral(
                                   "Jekyll site \u2014 config _config.yml, posts in _posts/, drafts in "
                                   "_drafts/, output _site/")
                            << true;
    QTest::newRow("unknown") << QStringList{QStringLiteral("README.md")} << QString()
                             << int(SiteKind::Unknown) << QStringLiteral("explanation") << false;
    QTest::newRow("config.toml without content/")
        << QStringList{QStringLiteral("config.toml")} << QString() << int(SiteKind::Unknown)
        << QStringLiteral("explanation") << false;
    QTest::newRow("no such folder") << QStringList{QStringLiteral("README.md")} << QStringLiteral("missing")
                                    << int(SiteKind::Unknown) << QStringLiteral("There is no folder")
                                    << false;
    QTest::newRow("broken blog.yaml")
        << QStringList{QStringLiteral("blog.yaml:broken")} << QString() << int(SiteKind::Native)
        << QStringLiteral("Postwright blog \u2014") << false;
    QTest::newRow("broken hugo.toml")
        << QStringList{QStringLiteral("hugo.toml:broken"), QStringLiteral("content/")} << QString()
        << int(SiteKind::Hugo) << QStringLiteral("Hugo site \u2014 config hugo.toml") << false;
}

void TestNewBlogWizard::openPageShowsTheKind()
{
    QFETCH(QStringList, files);
    QFETCH(QString, folder);
    QFETCH(int, kind);
    QFETCH(QString, shown);
    QFETCH(bool, finish);
    const QString root = m_dir->filePath(QStringLiteral("site"));
    for (const QString &file : files) {
        if (file.endsWith(u'/'))
            QVERIFY(QDir().mkpath(root + u'/' + file));
        else if (file.endsWith(QStringLiteral(":broken")))
            QVERIFY(writeFile(root + u'/' + file.section(u':', 0, 0), "title: [unclosed\n"));
        else if (file.endsWith(QStringLiteral(".toml")))
            QVERIFY(writeFile(root + u'/' + file, "title = 'Harbour'\n"));
        else
            QVERIFY(writeFile(root + u'/' + file, "title: Harbour\n"));
    }
    const QString path = folder.isEmpty() ? root : root + u'/' + folder;

    auto wizard = showWizard(NewBlogWizard::Start::Open);
    NewBlogOpenPage *page = wizard->openPage();
    QVERIFY(!canFinish(wizard)); // nothing chosen yet
    QVERIFY(child<QLabel>(page, "openNote")->text().contains(QStringLiteral("postwright.yaml")));
    QTest::keyClicks(page->folderEdit(), QDir::toNativeSeparators(path));

    const QString text = shownMessage(page->result());
    if (shown == u"explanation")
        QCOMPARE(text, SiteLayout::detect(path).explanation);
    else
        QVERIFY2(text.startsWith(shown), qPrintable(text));
    QCOMPARE(int(page->kind()), kind);
    QCOMPARE(canFinish(wizard), finish);
    QCOMPARE(page->result()->kind(), finish ? InlineMessage::Kind::Info : InlineMessage::Kind::Error);
    if (!finish) {
        // A kind that was found, but a config that does not parse: where, as the window would say.
        if (kind != int(SiteKind::Unknown)) {
            const QString config = SiteLayout::detect(path).configFile;
            QVERIFY2(text.contains(
                         QRegularExpression(QRegularExpression::escape(config) + QStringLiteral(":\\d+"))),
                     qPrintable(text));
        }
        return;
    }
    QVERIFY2(text.contains(QStringLiteral("Title: Harbour")), qPrintable(text));
    finishButton(wizard)->click();
    QVERIFY(!wizard->isVisible());
    QCOMPARE(wizard->blogPath(), path);
}

void TestNewBlogWizard::importWritesTheBlogOnAWorker()
{
    const QString exportPath = exportFolder();
    QVERIFY(!exportPath.isEmpty());
    auto wizard = showWizard(NewBlogWizard::Start::Import);
    NewBlogImportPage *page = wizard->importPage();
    QAbstractButton *import = wizard->button(QWizard::CommitButton);
    QVERIFY(import->isVisible());
    QCOMPARE(import->text(), QStringLiteral("&Import"));
    QVERIFY(!import->isEnabled()); // no export chosen yet

    page->exportEdit()->setText(exportPath);
    QCOMPARE(page->folder()->nameEdit()->text(), QStringLiteral("harbour")); // from the export's name
    const QString root = m_dir->filePath(QStringLiteral("harbour"));
    QCOMPARE(page->folder()->path(), root);
    QVERIFY(import->isEnabled());
    import->click();

    // Running: nothing can interrupt it (the worker's result arrives through the event loop, so
    // this is checked before it can have been handled).
    QVERIFY(!wizard->button(QWizard::CancelButton)->isEnabled());
    QVERIFY(!import->isEnabled());
    QVERIFY(!page->exportEdit()->isEnabled());
    wizard->reject();
    QVERIFY(wizard->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(NewBlogWizard::ImportDonePage), kImportTimeout);
    QVERIFY(wizard->button(QWizard::CancelButton)->isEnabled());
    QWidget *done = wizard->currentPage();
    QCOMPARE(child<QLabel>(done, "importPosts")->text(), QStringLiteral("7"));
    QCOMPARE(child<QLabel>(done, "importPages")->text(), QStringLiteral("1"));
    QCOMPARE(child<QLabel>(done, "importAttachments")->text(), QStringLiteral("2"));
    QCOMPARE(child<QLabel>(done, "importSkipped")->text(), QStringLiteral("1"));
    QVERIFY(child<QLabel>(done, "importSummary")
                ->text()
                .contains(QStringLiteral("harbour.WordPress.2024-04-01.xml")));

    const Result<Blog> blog = Blog::open(root);
    QVERIFY2(blog, qPrintable(blog ? QString() : blog.error().toString()));
    QCOMPARE(blog.value().settings().title, QStringLiteral("Harbour Notes & Tides"));
    QCOMPARE(blog.value().scanPosts().size(), 7);
    QCOMPARE(blog.value().scanPages().size(), 1);

    QVERIFY(canFinish(wizard));
    finishButton(wizard)->click();
    QVERIFY(!wizard->isVisible());
    QCOMPARE(wizard->blogPath(), root);
    QCOMPARE(NewBlogWizard::lastParentFolder(), m_dir->path());
}

void TestNewBlogWizard::unreadableExportLeavesNothing()
{
    const QString exportPath = m_dir->filePath(QStringLiteral("export/broken.xml"));
    QVERIFY(writeFile(exportPath, "<?xml version=\"1.0\"?>\n<rss><channel><title>Half</title>\n"));
    auto wizard = showWizard(NewBlogWizard::Start::Import);
    NewBlogImportPage *page = wizard->importPage();
    page->exportEdit()->setText(exportPath);
    page->folder()->nameEdit()->setText(QStringLiteral("half"));
    QAbstractButton *import = wizard->button(QWizard::CommitButton);
    QVERIFY(import->isEnabled());
    import->click();

    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && page->message()->isVisible(), kImportTimeout);
    QCOMPARE(wizard->currentId(), int(NewBlogWizard::ImportPage));
    QCOMPARE(page->message()->kind(), InlineMessage::Kind::Error);
    QVERIFY2(page->message()->text().contains(QStringLiteral("broken.xml:")),
             qPrintable(page->message()->text()));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("half"))));
    QVERIFY(wizard->button(QWizard::CancelButton)->isEnabled());
    QVERIFY(page->exportEdit()->isEnabled());
    QVERIFY(import->isEnabled()); // a fixed export can be tried again
}

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TestNewBlogWizard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_newblogwizard.moc"
