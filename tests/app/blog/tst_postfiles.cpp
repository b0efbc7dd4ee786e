#include "blog/blog.h"
#include "blog/frontmatter.h"
#include "blog/postfiles.h"
#include "testblog.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;
using Postwright::Test::TestBlog;

class TestPostFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void slugify_data();
    void slugify();
    void slugifyCapsLength();

    void createPost_data();
    void createPost();
    void createPostRefusesEmptyTitle();

    void renamePost_data();
    void renamePost();
    void renameKeepsOtherBytes();
    void renameRefusesExistingTarget();

    void setCategory_data();
    void setCategory();

    void brokenPostsAreNeverRewritten_data();
    void brokenPostsAreNeverRewritten();

    void duplicatePost();
    void duplicateBundle();
    void duplicateJekyllPost_data();
    void duplicateJekyllPost();

    void trashAndRestore_data();
    void trashAndRestore();
    void restoreRefusesOccupiedPlace();

private:
    static PostMetadata metadataOf(const QString &path);
    static QStringList filesBelow(const QString &root);

    QTemporaryDir m_home;
    QString m_trash;
};

namespace {

const QDateTime kNow(QDate(2026, 3, 5), QTime(10, 20), Qt::OffsetFromUTC, 3600);

QByteArray post(const QByteArray &frontMatter, const QByteArray &body = "Body text.\n")
{
    return "---\n" + frontMatter + "---\n\n" + body;
}

} // namespace

void TestPostFiles::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The trash goes to $XDG_DATA_HOME/Trash. The folder does not exist yet on purpose: Qt puts
    // the trash in the working folder in that case unless moveToTrash() creates it first.
    const QString dataHome = m_home.filePath(QStringLiteral("share"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome));
    m_trash = dataHome + QStringLiteral("/Trash");
}

PostMetadata TestPostFiles::metadataOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Result<ParsedFrontMatter> parsed = FrontMatter::parse(QString::fromUtf8(file.readAll()));
    return parsed ? parsed.value().metadata : PostMetadata{};
}

QStringList TestPostFiles::filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

void TestPostFiles::slugify_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");
    QTest::newRow("plain") << u"Hello World"_qs << u"hello-world"_qs;
    QTest::newRow("punctuation") << u"Idempotency Keys, Done Properly"_qs
                                 << u"idempotency-keys-done-properly"_qs;
    QTest::newRow("accents") << u"Café crème brûlée"_qs << u"cafe-creme-brulee"_qs;
    QTest::newRow("decomposed accents") << u"E\u0301te\u0301"_qs << u"ete"_qs;
    QTest::newRow("sharp s") << u"Straße"_qs << u"strasse"_qs;
    QTest::newRow("o slash") << u"Smørrebrød"_qs << u"smorrebrod"_qs;
    QTest::newRow("ligatures") << u"Ærø Œuvre"_qs << u"aero-oeuvre"_qs;
    QTest::newRow("polish") << u"Łódź"_qs << u"lodz"_qs;
    QTest::newRow("compatibility forms") << u"ﬁle Ｎo²"_qs << u"file-no2"_qs;
    QTest::newRow("apostrophes") << u"Don't panic, it’s fine"_qs << u"dont-panic-its-fine"_qs;
    QTest::newRow("trimmed") << u"  --Leading & trailing!--  "_qs << u"leading-trailing"_qs;
    QTest::newRow("symbols") << u"C++ & C# / snake_case"_qs << u"c-c-snake-case"_qs;
    QTest::newRow("digits") << u"HTTP/2 in 2026"_qs << u"http-2-in-2026"_qs;
    QTest::newRow("empty") << QString() << u"untitled"_qs;
    QTest::newRow("punctuation only") << u"?!… — ***"_qs << u"untitled"_qs;
    QTest::newRow("cjk") << u"東京の夏 2026"_qs << u"東京の夏-2026"_qs;
    QTest::newRow("kana with voicing mark") << u"がぎ"_qs << u"がぎ"_qs;
    QTest::newRow("hangul") << u"한국어 블로그"_qs << u"한국어-블로그"_qs;
    QTest::newRow("cyrillic") << u"Привет, мир"_qs << u"привет-мир"_qs;
    QTest::newRow("greek") << u"Ελληνικά"_qs << u"ελληνικα"_qs;
    QTest::newRow("devanagari marks kept") << u"हिन्दी लेख"_qs << u"हिन्दी-लेख"_qs;
    QTest::newRow("emoji") << u"Rust 🦀 and Go 👩‍💻!"_qs << u"rust-and-go"_qs;
    QTest::newRow("emoji only") << u"🦀🚀"_qs << u"untitled"_qs;
}

void TestPostFiles::slugify()
{
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QCOMPARE(PostFiles::slugify(title), slug);
}

void TestPostFiles::slugifyCapsLength()
{
    const QString longTitle = QStringLiteral("Reliable distributed systems ").repeated(8);
    const QString slug = PostFiles::slugify(longTitle);
    QVERIFY2(slug.size() <= 80 && slug.size() > 60, qPrintable(slug));
    QVERIFY(!slug.endsWith(u'-'));
    QVERIFY(longTitle.toLower().replace(u' ', u'-').startsWith(slug + u'-')); // cut at a word boundary

    const QString oneWord = QString(120, u'x');
    QCOMPARE(PostFiles::slugify(oneWord), QString(80, u'x'));
    // A cut never splits a surrogate pair.
    const QString supplementary = QStringLiteral("𠀀").repeated(60);
    QCOMPARE(PostFiles::slugify(supplementary), QStringLiteral("𠀀").repeated(40));
}

void TestPostFiles::createPost_data()
{
    QTest::addColumn<QStringList>("existing"); // post files already in the blog
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("expected"); // relative to the blog
    const QStringList flat{u"posts/a.md"_qs, u"posts/b.md"_qs};
    const QStringList byCategory{u"posts/design/a.md"_qs, u"posts/devops/b.md"_qs,
                                 u"posts/devops/c/index.md"_qs};

    QTest::newRow("empty blog") << QStringList() << u"Design"_qs << u"posts/my-first-post.md"_qs;
    QTest::newRow("flat") << flat << u"Design"_qs << u"posts/my-first-post.md"_qs;
    QTest::newRow("taken name") << (flat + QStringList{u"posts/my-first-post.md"_qs}) << QString()
                                << u"posts/my-first-post-2.md"_qs;
    QTest::newRow("taken twice") << (flat + QStringList{u"posts/my-first-post.md"_qs,
                                                        u"posts/my-first-post-2/index.md"_qs})
                                 << QString() << u"posts/my-first-post-3.md"_qs;
    QTest::newRow("category folder") << byCategory << u"DevOps"_qs << u"posts/devops/my-first-post.md"_qs;
    QTest::newRow("new category folder")
        << byCategory << u"Site Reliability"_qs << u"posts/site-reliability/my-first-post.md"_qs;
    QTest::newRow("uncategorized in category folders")
        << byCategory << u"Uncategorized"_qs << u"posts/my-first-post.md"_qs;
    QTest::newRow("flat blog with a folder for the category")
        << (flat + QStringList{u"posts/design/x.md"_qs}) << u"Design"_qs
        << u"posts/design/my-first-post.md"_qs;
    QTest::newRow("year folders") << QStringList{u"posts/2024/a.md"_qs, u"posts/2025/b.md"_qs} << u"Design"_qs
                                  << u"posts/2026/my-first-post.md"_qs;
    QTest::newRow("year and month folders") << QStringList{u"posts/2024/11/a.md"_qs, u"posts/2025/01/b.md"_qs}
                                            << QString() << u"posts/2026/03/my-first-post.md"_qs;
    QTest::newRow("date prefix") << QStringList{u"posts/2025-01-02-a.md"_qs, u"posts/2025-02-03-b.md"_qs}
                                 << QString() << u"posts/2026-03-05-my-first-post.md"_qs;
    QTest::newRow("bundles") << QStringList{u"posts/a/index.md"_qs, u"posts/b/index.md"_qs, u"posts/c.md"_qs}
                             << QString() << u"posts/my-first-post/index.md"_qs;
}

void TestPostFiles::createPost()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, category);
    QFETCH(QString, expected);
    TestBlog blog;
    for (const QString &file : std::as_const(existing))
        blog.writePost(file, QStringLiteral("Existing"), QStringLiteral("2025-01-01"));
    const Blog opened = Blog::open(blog.root()).value();

    QCOMPARE(PostFiles::newPostPath(opened, QStringLiteral("My First Post"), category, kNow),
             blog.path(expected));
    Result<QString> created = PostFiles::createPost(opened, QStringLiteral("My First Post"), category, kNow);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    QCOMPARE(created.value(), blog.path(expected));

    const QByteArray text = blog.read(expected);
    QVERIFY2(text.contains("date: 2026-03-05T10:20:00+01:00\n"), text.constData());
    const PostMetadata metadata = metadataOf(created.value());
    QCOMPARE(metadata.title, QStringLiteral("My First Post"));
    QCOMPARE(metadata.date, kNow);
    QVERIFY(metadata.draft);
    const bool hasCategory = !category.isEmpty() && category != u"Uncategorized";
    QCOMPARE(metadata.categories, hasCategory ? QStringList{category} : QStringList());
    QCOMPARE(text.contains("categories"), hasCategory);
    for (const QString &file : std::as_const(existing))
        QCOMPARE(metadataOf(blog.path(file)).title, QStringLiteral("Existing"));
}

void TestPostFiles::createPostRefusesEmptyTitle()
{
    TestBlog blog;
    const Blog opened = Blog::open(blog.root()).value();
    QVERIFY(!PostFiles::createPost(opened, QStringLiteral("   "), {}, kNow).ok());
    QVERIFY(!QFileInfo::exists(blog.path(QStringLiteral("posts"))));
}

void TestPostFiles::renamePost_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("frontMatter");
    QTest::addColumn<QString>("newTitle");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("expectedSlug");

    const QByteArray titled = "title: Old Title\ndate: 2025-01-02\n";
    QTest::newRow("name from title") << u"posts/old-title.md"_qs << titled << u"New Title"_qs
                                     << u"posts/new-title.md"_qs << QString();
    QTest::newRow("date prefix kept") << u"posts/2025-01-02-old-title.md"_qs << titled << u"New Title"_qs
                                      << u"posts/2025-01-02-new-title.md"_qs << QString();
    QTest::newRow("uniqueness suffix") << u"posts/x/old-title-2.md"_qs << titled << u"New Title"_qs
                                       << u"posts/x/new-title.md"_qs << QString();
    QTest::newRow("markdown extension kept") << u"posts/old-title.markdown"_qs << titled << u"New Title"_qs
                                             << u"posts/new-title.markdown"_qs << QString();
    QTest::newRow("hand-picked name")
        << u"posts/custom.md"_qs << titled << u"New Title"_qs << u"posts/custom.md"_qs << QString();
    QTest::newRow("slug from title follows")
        << u"posts/old-title.md"_qs << titled + "slug: old-title\n"
        << u"New Title"_qs << u"posts/new-title.md"_qs << u"new-title"_qs;
    QTest::newRow("hand-picked slug stays") << u"posts/picked.md"_qs << titled + "slug: picked\n"
                                            << u"New Title"_qs << u"posts/picked.md"_qs << u"picked"_qs;
    QTest::newRow("untitled post") << u"posts/my-notes.md"_qs << QByteArray("date: 2025-01-02\n")
                                   << u"Final Notes"_qs << u"posts/final-notes.md"_qs << QString();
    QTest::newRow("bundle") << u"posts/old-title/index.md"_qs << titled << u"New Title"_qs
                            << u"posts/new-title/index.md"_qs << QString();
    QTest::newRow("same slug") << u"posts/old-title.md"_qs << titled << u"OLD title!"_qs
                               << u"posts/old-title.md"_qs << QString();
}

void TestPostFiles::renamePost()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, frontMatter);
    QFETCH(QString, newTitle);
    QFETCH(QString, expected);
    QFETCH(QString, expectedSlug);
    TestBlog blog;
    const QString path = blog.write(file, post(frontMatter));
    const QString image = QFileInfo(path).absolutePath() + QStringLiteral("/diagram.png");
    const bool bundle = file.endsWith(u"/index.md");
    if (bundle)
        blog.write(QDir(blog.root()).relativeFilePath(image), "PNG");

    QCOMPARE(PostFiles::renamedPath(path, newTitle).value(), blog.path(expected));
    Result<QString> renamed = PostFiles::renamePost(path, newTitle, blog.root());
    QVERIFY2(renamed.ok(), qPrintable(renamed.ok() ? QString() : renamed.error().toString()));
    QCOMPARE(renamed.value(), blog.path(expected));
    QCOMPARE(QFileInfo::exists(path), file == expected);
    const PostMetadata metadata = metadataOf(renamed.value());
    QCOMPARE(metadata.title, newTitle);
    QCOMPARE(metadata.slug, expectedSlug);
    QVERIFY(blog.read(expected).endsWith("---\n\nBody text.\n"));
    if (bundle)
        QCOMPARE(blog.read(QFileInfo(expected).path() + QStringLiteral("/diagram.png")), QByteArray("PNG"));
}

void TestPostFiles::renameKeepsOtherBytes()
{
    TestBlog blog;
    // CRLF, a comment, an unknown key and a quoted date: only the title line may change.
    const QByteArray before = "---\r\ntitle: \"Old Title\" # shown on the home page\r\n"
                              "date: \"2025-01-02\"\r\nseries: Deploys\r\n---\r\nBody.\r\n";
    const QString path = blog.write(QStringLiteral("posts/old-title.md"), before);
    Result<QString> renamed = PostFiles::renamePost(path, QStringLiteral("New: Title"), blog.root());
    QVERIFY(renamed.ok());
    QByteArray after = blog.read(QStringLiteral("posts/new-title.md"));
    QVERIFY2(after.contains("title: \"New: Title\" # shown on the home page\r\n"), after.constData());
    after.replace("title: \"New: Title\"", "title: \"Old Title\"");
    QCOMPARE(after, before);
}

void TestPostFiles::renameRefusesExistingTarget()
{
    TestBlog blog;
    const QByteArray old = post("title: Old Title\n");
    const QByteArray other = post("title: Another\n");
    const QString path = blog.write(QStringLiteral("posts/old-title.md"), old);
    blog.write(QStringLiteral("posts/new-title/index.md"), other);

    QVERIFY(!PostFiles::renamedPath(path, QStringLiteral("New Title")).ok());
    Result<QString> renamed = PostFiles::renamePost(path, QStringLiteral("New Title"), blog.root());
    QVERIFY(!renamed.ok());
    QCOMPARE(renamed.error().file, QStringLiteral("posts/new-title"));
    QVERIFY(renamed.error().message.contains(u"new-title"));
    QCOMPARE(blog.read(QStringLiteral("posts/old-title.md")), old);
    QCOMPARE(blog.read(QStringLiteral("posts/new-title/index.md")), other);
}

void TestPostFiles::setCategory_data()
{
    QTest::addColumn<QByteArray>("frontMatter");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QByteArray>("expectedLines"); // must appear in the file afterwards

    QTest::newRow("replace") << QByteArray("title: A\ncategories: [Design]\n") << u"DevOps"_qs
                             << QStringList{u"DevOps"_qs} << QByteArray("categories: [DevOps]\n");
    QTest::newRow("others kept") << QByteArray("title: A\ncategories: [DevOps, Architecture]\n")
                                 << u"Design"_qs << QStringList{u"Design"_qs, u"Architecture"_qs}
                                 << QByteArray("categories: [Design, Architecture]\n");
    QTest::newRow("no duplicate") << QByteArray("title: A\ncategories: [DevOps, Architecture]\n")
                                  << u"Architecture"_qs << QStringList{u"Architecture"_qs}
                                  << QByteArray("categories: [Architecture]\n");
    QTest::newRow("block list kept") << QByteArray("title: A\ncategories:\n  - Design\n  - Misc\ntags: [x]\n")
                                     << u"DevOps"_qs << QStringList{u"DevOps"_qs, u"Misc"_qs}
                                     << QByteArray("categories:\n  - DevOps\n  - Misc\ntags: [x]\n");
    QTest::newRow("added") << QByteArray("title: A\ndate: 2025-01-01\n") << u"Design"_qs
                           << QStringList{u"Design"_qs} << QByteArray("title: A\ndate: 2025-01-01\n");
    QTest::newRow("to uncategorized")
        << QByteArray("title: A\ncategories: [Design, Misc]\ntags: [x]\n") << u"Uncategorized"_qs
        << QStringList() << QByteArray("title: A\ntags: [x]\n");
    QTest::newRow("to no category") << QByteArray("title: A\ncategories: [Design]\n") << QString()
                                    << QStringList() << QByteArray("---\ntitle: A\n---\n");
}

void TestPostFiles::setCategory()
{
    QFETCH(QByteArray, frontMatter);
    QFETCH(QString, category);
    QFETCH(QStringList, expected);
    QFETCH(QByteArray, expectedLines);
    TestBlog blog;
    const QString path = blog.write(QStringLiteral("posts/a.md"), post(frontMatter));
    Result<void> set = PostFiles::setCategory(path, category);
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    QCOMPARE(metadataOf(path).categories, expected);
    const QByteArray text = blog.read(QStringLiteral("posts/a.md"));
    QVERIFY2(text.contains(expectedLines), text.constData());
    QCOMPARE(text.contains("categories"), !expected.isEmpty());
    QVERIFY(text.endsWith("---\n\nBody text.\n"));
}

void TestPostFiles::brokenPostsAreNeverRewritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::newRow("unclosed") << QByteArray("---\ntitle: Old Title\ncategories: [Design]\n\nBody.\n") << 1;
    QTest::newRow("invalid yaml") << QByteArray("---\ntitle: Old Title\ncategories: [Design\n---\nBody.\n")
                                  << 3;
    QTest::newRow("wrong type") << QByteArray("---\ntitle: Old Title\ndate: soon\n---\nBody.\n") << 3;
    QTest::newRow("not utf-8") << QByteArray("---\ntitle: Old Title\n---\nCaf\xe9.\n") << 4;
}

void TestPostFiles::brokenPostsAreNeverRewritten()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    TestBlog blog;
    const QString path = blog.write(QStringLiteral("posts/old-title.md"), content);
    const QStringList filesBefore = filesBelow(blog.root());

    Result<QString> renamed = PostFiles::renamePost(path, QStringLiteral("New Title"), blog.root());
    QVERIFY(!renamed.ok());
    QCOMPARE(renamed.error().file, QStringLiteral("posts/old-title.md"));
    QCOMPARE(renamed.error().line, line);
    Result<void> set = PostFiles::setCategory(path, QStringLiteral("DevOps"));
    QVERIFY(!set.ok());
    QCOMPARE(set.error().line, line);
    QVERIFY(!PostFiles::duplicatePost(path).ok());

    QCOMPARE(blog.read(QStringLiteral("posts/old-title.md")), content);
    QCOMPARE(filesBelow(blog.root()), filesBefore);
}

void TestPostFiles::duplicatePost()
{
    TestBlog blog;
    const QByteArray original =
        post("title: Queue or Log\ndate: 2025-01-02\ndraft: false\nslug: queue-or-log\n"
             "aliases: [/old/queue/]\ncategories: [Design]\n");
    const QString path = blog.write(QStringLiteral("posts/2025-01-02-queue-or-log.md"), original);

    Result<QString> copy = PostFiles::duplicatePost(path);
    QVERIFY(copy.ok());
    QCOMPARE(copy.value(), blog.path(QStringLiteral("posts/2025-01-02-queue-or-log-copy.md")));
    PostMetadata metadata = metadataOf(copy.value());
    QCOMPARE(metadata.title, QStringLiteral("Queue or Log (copy)"));
    QCOMPARE(metadata.slug, QStringLiteral("queue-or-log-copy"));
    QVERIFY(metadata.draft);
    QVERIFY(metadata.aliases.isEmpty());
    QCOMPARE(metadata.categories, QStringList{QStringLiteral("Design")});
    QCOMPARE(metadata.date.date(), QDate(2025, 1, 2));
    QCOMPARE(blog.read(QStringLiteral("posts/2025-01-02-queue-or-log.md")), original);

    Result<QString> second = PostFiles::duplicatePost(path);
    QVERIFY(second.ok());
    QCOMPARE(second.value(), blog.path(QStringLiteral("posts/2025-01-02-queue-or-log-copy-2.md")));
    QCOMPARE(metadataOf(second.value()).slug, QStringLiteral("queue-or-log-copy-2"));
}

void TestPostFiles::duplicateBundle()
{
    TestBlog blog;
    const QByteArray original = post("title: Draining\ncategories: [DevOps]\n");
    const QString path = blog.write(QStringLiteral("posts/devops/draining/index.md"), original);
    blog.write(QStringLiteral("posts/devops/draining/diagram.png"), "PNG");
    blog.write(QStringLiteral("posts/devops/draining/data/numbers.csv"), "1,2\n");

    Result<QString> copy = PostFiles::duplicatePost(path);
    QVERIFY(copy.ok());
    QCOMPARE(copy.value(), blog.path(QStringLiteral("posts/devops/draining-copy/index.md")));
    QCOMPARE(metadataOf(copy.value()).title, QStringLiteral("Draining (copy)"));
    QCOMPARE(blog.read(QStringLiteral("posts/devops/draining-copy/diagram.png")), QByteArray("PNG"));
    QCOMPARE(blog.read(QStringLiteral("posts/devops/draining-copy/data/numbers.csv")), QByteArray("1,2\n"));
    QCOMPARE(blog.read(QStringLiteral("posts/devops/draining/index.md")), original);
    // Nothing half-made is left behind.
    QCOMPARE(QDir(blog.path(QStringLiteral("posts/devops")))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("draining"), QStringLiteral("draining-copy")}));
}

void TestPostFiles::trashAndRestore_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("file") << u"posts/design/queue-or-log.md"_qs;
    QTest::newRow("bundle") << u"posts/devops/draining/index.md"_qs;
}

void TestPostFiles::trashAndRestore()
{
    QFETCH(QString, file);
    TestBlog blog;
    const QByteArray content = post("title: \"Queue or Log\"\n");
    const QString path = blog.write(file, content);
    const bool bundle = file.endsWith(u"/index.md");
    if (bundle)
        blog.write(QFileInfo(file).path() + QStringLiteral("/diagram.png"), "PNG");

    Result<TrashedPost> trashed = PostFiles::moveToTrash(path);
    QVERIFY2(trashed.ok(), qPrintable(trashed.ok() ? QString() : trashed.error().toString()));
    QCOMPARE(trashed.value().title, QStringLiteral("Queue or Log"));
    QCOMPARE(trashed.value().originalPath, path);
    QCOMPARE(trashed.value().isBundle(), bundle);
    QVERIFY(!QFileInfo::exists(trashed.value().originalItemPath()));
    QVERIFY2(trashed.value().trashedPath.startsWith(m_trash + QStringLiteral("/files/")),
             qPrintable(trashed.value().trashedPath));
    QVERIFY(QFileInfo::exists(trashed.value().trashedPath));
    const QString info = m_trash + QStringLiteral("/info/") +
                         QFileInfo(trashed.value().trashedPath).fileName() + QStringLiteral(".trashinfo");
    QVERIFY(QFileInfo::exists(info));

    Result<void> restored = PostFiles::restoreFromTrash(trashed.value());
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().toString()));
    QCOMPARE(blog.read(file), content);
    if (bundle)
        QCOMPARE(blog.read(QFileInfo(file).path() + QStringLiteral("/diagram.png")), QByteArray("PNG"));
    QVERIFY(!QFileInfo::exists(trashed.value().trashedPath));
    QVERIFY(!QFileInfo::exists(info));
}

void TestPostFiles::restoreRefusesOccupiedPlace()
{
    TestBlog blog;
    const QString path = blog.write(QStringLiteral("posts/a.md"), post("title: A\n"));
    Result<TrashedPost> trashed = PostFiles::moveToTrash(path);
    QVERIFY(trashed.ok());
    blog.write(QStringLiteral("posts/a.md"), "new\n");

    Result<void> restored = PostFiles::restoreFromTrash(trashed.value());
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().file, path);
    QCOMPARE(blog.read(QStringLiteral("posts/a.md")), QByteArray("new\n"));
    QVERIFY(QFileInfo::exists(trashed.value().trashedPath));

    QVERIFY(!PostFiles::moveToTrash(blog.path(QStringLiteral("posts/none.md"))).ok());
}

void TestPostFiles::duplicateJekyllPost_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("copy");
    QTest::addColumn<QByteArray>("expected");

    // Jekyll publishes a post that says `draft: true`: the copy is held back the Jekyll way.
    QTest::newRow("in _posts") << "_posts/2024-01-02-a.md"
                               << "_posts/2024-01-02-a-copy.md" << QByteArray("---\ntitle: A (copy)\npublished: false\n---\nText.\n");
    QTest::newRow("below _posts") << "_posts/2024/2024-01-02-a.md"
                                  << "_posts/2024/2024-01-02-a-copy.md"
                                  << QByteArray("---\ntitle: A (copy)\npublished: false\n---\nText.\n");
    QTest::newRow("in _drafts: a draft already") << "_drafts/a.md"
                                                 << "_drafts/a-copy.md" << QByteArray("---\ntitle: A (copy)\n---\nText.\n");
}

void TestPostFiles::duplicateJekyllPost()
{
    QFETCH(QString, relative);
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(AtomicFile::write(path, "---\ntitle: A\n---\nText.\n").ok());
    const Result<QString> duplicated = PostFiles::duplicatePost(path);
    QVERIFY2(duplicated.ok(), duplicated.ok() ? "" : qPrintable(duplicated.error().toString()));
    QFETCH(QString, copy);
    QCOMPARE(duplicated.value(), QDir(dir.path()).filePath(copy));
    QTEST(AtomicFile::read(duplicated.value()).value(), "expected");
}

QTEST_GUILESS_MAIN(TestPostFiles)
#include "tst_postfiles.moc"
