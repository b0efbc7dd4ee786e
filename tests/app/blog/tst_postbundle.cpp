#include "blog/post.h"
#include "blog/postbundle.h"
#include "markdown/markdownrenderer.h"
#include "testblog.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sys/resource.h>

#include <csignal>

using namespace Postwright;
using namespace Qt::StringLiterals;
using Postwright::Test::TestBlog;

namespace {

const QByteArray pngHeader("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);

// Every href and src cmark renders, in document order.
QStringList renderedTargets(const QString &markdown)
{
    static const QRegularExpression attribute(u"(?:href|src)=\"([^\"]*)\""_s);
    QStringList targets;
    const QString html = MarkdownRenderer::postBodyToHtml(markdown);
    for (const QRegularExpressionMatch &match : attribute.globalMatch(html))
        targets.append(match.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
    return targets;
}

} // namespace

class TestPostBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void relink_data();
    void relink();
    void relinkAgreesWithCmark_data() { relink_data(); }
    void relinkAgreesWithCmark();
    void convertMakesBundleWithSameSlug();
    void convertKeepsExplicitSlugAndLineEndings();
    void convertRefusesExistingFolder();
    void convertRefusesBundle();
    void convertRollsBackFailedWrite();
    void addImageNames_data();
    void addImageNames();
    void addImageMakesNamesUnique();
    void nonImageRefused_data();
    void nonImageRefused();
    void copyImageStreamsLargeFile();
    void copyImageRefusesNonImage();

private:
    QTemporaryDir m_dir; // a blog's posts/ folder with files the links point at
    QString m_posts;
};

void TestPostBundle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_posts = m_dir.filePath(QStringLiteral("posts"));
    for (const char *file : {"posts/images/a.png", "posts/photo.jpg", "posts/my file.png",
                             "posts/docs/guide.pdf", "shared.png"}) {
        const QString path = m_dir.filePath(QString::fromUtf8(file));
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(pngHeader);
    }
}

void TestPostBundle::relink_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const auto same = [](const char *name, const char *text) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(text);
    };
    QTest::newRow("image") << "![A](images/a.png)\n"
                           << "![A](../images/a.png)\n";
    QTest::newRow("link to a file") << "See [the guide](docs/guide.pdf).\n"
                                    << "See [the guide](../docs/guide.pdf).\n";
    QTest::newRow("link to a folder") << "[docs](docs/)\n"
                                      << "[docs](../docs/)\n";
    QTest::newRow("dot slash") << "![x](./photo.jpg)\n"
                               << "![x](../photo.jpg)\n";
    QTest::newRow("parent folder") << "![x](../shared.png)\n"
                                   << "![x](../../shared.png)\n";
    QTest::newRow("title kept") << "![x](photo.jpg \"A (nice) title\")\n"
                                << "![x](../photo.jpg \"A (nice) title\")\n";
    QTest::newRow("angle brackets") << "![x](<my file.png>)\n"
                                    << "![x](<../my file.png>)\n";
    QTest::newRow("percent-encoded") << "![x](my%20file.png)\n"
                                     << "![x](../my%20file.png)\n";
    QTest::newRow("fragment") << "[x](photo.jpg#top)\n"
                              << "[x](../photo.jpg#top)\n";
    QTest::newRow("heading") << "# Trip ![x](photo.jpg)\n"
                             << "# Trip ![x](../photo.jpg)\n";
    QTest::newRow("list items") << "- ![x](photo.jpg)\n- [y](docs/guide.pdf)\n"
                                << "- ![x](../photo.jpg)\n- [y](../docs/guide.pdf)\n";
    QTest::newRow("table cell") << "| a |\n|---|\n| ![x](photo.jpg) |\n"
                                << "| a |\n|---|\n| ![x](../photo.jpg) |\n";
    QTest::newRow("block quote, two lines") << "> Look\n> ![x](photo.jpg)\n"
                                            << "> Look\n> ![x](../photo.jpg)\n";
    QTest::newRow("image inside link") << "[![i](photo.jpg)](images/a.png)\n"
                                       << "[![i](../photo.jpg)](../images/a.png)\n";
    QTest::newRow("code span in link text") << "[a `]` b](photo.jpg)\n"
                                            << "[a `]` b](../photo.jpg)\n";
    QTest::newRow("after a code span") << "`![x](photo.jpg)` and ![y](photo.jpg)\n"
                                       << "`![x](photo.jpg)` and ![y](../photo.jpg)\n";
    same("code span with backtick inside", "``a ` ![x](photo.jpg)`` text\n");
    same("code span over two lines", "`a\n![x](photo.jpg)` text\n");
    same("fenced code", "```md\n![x](photo.jpg)\n[a]: photo.jpg\n```\n");
    same("tilde fence in a list", "- item\n\n  ~~~\n  ![x](photo.jpg)\n  ~~~\n");
    same("indented code", "Text\n\n    ![x](photo.jpg)\n");
    same("html block", "<div>\n![x](photo.jpg)\n</div>\n");
    same("inline html", "Text <span title=\"](photo.jpg)\">x</span>\n");
    same("escaped bracket", "\\[x](photo.jpg)\n");
    same("no opening bracket", "x](photo.jpg)\n");
    same("absolute url", "![x](https://example.org/photo.jpg)\n");
    same("protocol-relative url", "![x](//example.org/photo.jpg)\n");
    same("site path", "![x](/static/photo.jpg) ![y](/images/a.png)\n");
    same("anchor", "[x](#photo.jpg)\n");
    same("mailto", "[me](mailto:ada@example.org)\n");
    same("data url", "![x](data:image/png;base64,AAAA)\n");
    same("autolink", "<https://example.org/photo.jpg>\n");
    same("page link, not a file", "[next](../other-post/)\n");
    same("missing file", "![x](missing.png)\n");
    same("empty destination", "[x]()\n");
    QTest::newRow("reference definition") << "![x][a]\n\n[a]: images/a.png\n"
                                          << "![x][a]\n\n[a]: ../images/a.png\n";
    QTest::newRow("definition with angle brackets and title") << "[x][a]\n\n[a]: <my file.png> \"T\"\n"
                                                              << "[x][a]\n\n[a]: <../my file.png> \"T\"\n";
    QTest::newRow("definitions opening a paragraph")
        << "[a]: photo.jpg\n[b]:\n  images/a.png\nText ![x][a] ![y][b] ![z](photo.jpg)\n"
        << "[a]: ../photo.jpg\n[b]:\n  ../images/a.png\nText ![x][a] ![y][b] ![z](../photo.jpg)\n";
    QTest::newRow("definition in a block quote") << "> [a]: photo.jpg\n> ![x][a]\n"
                                                 << "> [a]: ../photo.jpg\n> ![x][a]\n";
    QTest::newRow("definition in a list item") << "- [a]: photo.jpg\n\n![x][a]\n"
                                               << "- [a]: ../photo.jpg\n\n![x][a]\n";
    same("definition-like line inside a paragraph", "Some text\n[a]: photo.jpg\n");
    same("definition with text after it", "[a]: photo.jpg is nice\n");
    same("footnote", "Note[^1].\n\n[^1]: photo.jpg\n");
    QTest::newRow("front matter cover") << "---\ntitle: T\ncover: images/a.png\n---\n![x](photo.jpg)\n"
                                        << "---\ntitle: T\ncover: ../images/a.png\n---\n![x](../photo.jpg)\n";
    QTest::newRow("quoted cover") << "---\ncover: \"./photo.jpg\"\n---\n"
                                  << "---\ncover: \"../photo.jpg\"\n---\n";
    same("absolute cover", "---\ncover: /static/photo.jpg\n---\n");
    same("front matter is not Markdown", "---\nsummary: \"[x](photo.jpg)\"\n---\n");
}

void TestPostBundle::relink()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QList<TextEdit> edits = PostBundle::relinkEdits(input, m_posts);
    QCOMPARE(PostBundle::applyEdits(input, edits), expected);
}

// What cmark makes of the text before and after is the oracle: every rendered target that names
// a file beside the post gains "../", and nothing else changes.
void TestPostBundle::relinkAgreesWithCmark()
{
    QFETCH(QString, input);
    const QString output = PostBundle::applyEdits(input, PostBundle::relinkEdits(input, m_posts));
    QStringList expected;
    for (const QString &target : renderedTargets(input)) {
        const QString path = QUrl::fromPercentEncoding(target.section(u'#', 0, 0).toUtf8());
        const bool local = !target.contains(u':') && !target.startsWith(u'/') && !target.startsWith(u'#') &&
                           !path.isEmpty() && QFileInfo::exists(QDir(m_posts).filePath(path));
        expected.append(local ? u"../"_s + (target.startsWith(u"./") ? target.mid(2) : target) : target);
    }
    QCOMPARE(renderedTargets(output), expected);
}

void TestPostBundle::convertMakesBundleWithSameSlug()
{
    TestBlog blog;
    blog.write(QStringLiteral("posts/2024/images/a.png"), pngHeader);
    const QString path =
        blog.write(QStringLiteral("posts/2024/trip.md"), "---\ntitle: Trip\n---\n![A](images/a.png)\n");
    const QString slugBefore = Post::load(path, blog.root()).slug();
    const QString text = QStringLiteral("---\ntitle: Trip\n---\n![A](images/a.png) edited\n");

    const Result<BundleConversion> converted = PostBundle::convertToBundle(path, text);
    QVERIFY2(converted.ok(), qPrintable(converted.ok() ? QString() : converted.error().toString()));
    QCOMPARE(converted.value().newPath, blog.path(QStringLiteral("posts/2024/trip/index.md")));
    QCOMPARE(converted.value().newText,
             QStringLiteral("---\ntitle: Trip\n---\n![A](../images/a.png) edited\n"));
    QCOMPARE(converted.value().edits.size(), 1);
    QCOMPARE(PostBundle::applyEdits(text, converted.value().edits), converted.value().newText);
    QCOMPARE(blog.read(QStringLiteral("posts/2024/trip/index.md")), converted.value().newText.toUtf8());
    QVERIFY(!QFileInfo::exists(path));

    const Post bundle = Post::load(converted.value().newPath, blog.root());
    QVERIFY(bundle.isBundle);
    QCOMPARE(bundle.slug(), slugBefore);
    QCOMPARE(bundle.slug(), QStringLiteral("trip"));
}

void TestPostBundle::convertKeepsExplicitSlugAndLineEndings()
{
    TestBlog blog;
    const QString path = blog.write(QStringLiteral("posts/a-file-name.md"),
                                    "\xef\xbb\xbf---\r\nslug: my-slug\r\n---\r\nText.\r\n");
    const Result<BundleConversion> converted =
        PostBundle::convertToBundle(path, QStringLiteral("---\nslug: my-slug\n---\nText.\n"));
    QVERIFY(converted.ok());
    QCOMPARE(blog.read(QStringLiteral("posts/a-file-name/index.md")),
             QByteArray("\xef\xbb\xbf---\r\nslug: my-slug\r\n---\r\nText.\r\n"));
    QCOMPARE(Post::load(converted.value().newPath, blog.root()).slug(), QStringLiteral("my-slug"));
}

void TestPostBundle::convertRefusesExistingFolder()
{
    TestBlog blog;
    const QString path = blog.write(QStringLiteral("posts/trip.md"), "Old text\n");
    blog.write(QStringLiteral("posts/trip/notes.txt"), "mine\n");

    const Result<BundleConversion> converted =
        PostBundle::convertToBundle(path, QStringLiteral("New text\n"));
    QVERIFY(!converted.ok());
    QVERIFY2(converted.error().message.contains(u"\u201ctrip\u201d already exists"),
             qPrintable(converted.error().message));
    QCOMPARE(blog.read(QStringLiteral("posts/trip.md")), QByteArray("Old text\n"));
    QCOMPARE(QDir(blog.path(QStringLiteral("posts/trip"))).entryList(QDir::Files),
             QStringList{u"notes.txt"_s});
}

void TestPostBundle::convertRefusesBundle()
{
    TestBlog blog;
    const QString path = blog.write(QStringLiteral("posts/trip/index.md"), "Text\n");
    const Result<BundleConversion> converted = PostBundle::convertToBundle(path, QStringLiteral("Text\n"));
    QVERIFY(!converted.ok());
    QVERIFY(converted.error().message.contains(u"already a bundle"));
    QVERIFY(QFileInfo::exists(path));
}

// A file size limit makes the write fail even for root, which ignores folder permissions.
void TestPostBundle::convertRollsBackFailedWrite()
{
    TestBlog blog;
    const QString path = blog.write(QStringLiteral("posts/big.md"), "Old\n");
    const QString text = QString(20000, u'x') + u'\n';

    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
    rlimit small = previous;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const Result<BundleConversion> converted = PostBundle::convertToBundle(path, text);
    setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!converted.ok());
    QVERIFY2(converted.error().message.contains(u"Could not save"), qPrintable(converted.error().message));
    QCOMPARE(blog.read(QStringLiteral("posts/big.md")), QByteArray("Old\n"));
    QVERIFY(!QFileInfo::exists(blog.path(QStringLiteral("posts/big"))));
}

void TestPostBundle::addImageNames_data()
{
    QTest::addColumn<QString>("preferredName");
    QTest::addColumn<QString>("expected"); // a pattern

    QTest::newRow("spaces and capitals") << "Sunset Over the Bay.JPG"
                                         << "sunset-over-the-bay\\.jpg";
    QTest::newRow("no extension: from the bytes") << "photo"
                                                  << "photo\\.png";
    QTest::newRow("folders dropped") << "../../evil.png"
                                     << "evil\\.png";
    QTest::newRow("accents") << "Crème brûlée.png"
                             << "creme-brulee\\.png";
    QTest::newRow("nothing usable in the stem") << "???.png"
                                                << "image\\.png";
    QTest::newRow("pasted, no name") << ""
                                     << "image-\\d{8}-\\d{6}\\.png";
}

void TestPostBundle::addImageNames()
{
    QFETCH(QString, preferredName);
    QFETCH(QString, expected);
    QTemporaryDir bundle;
    const Result<QString> added = PostBundle::addImage(bundle.path(), pngHeader, preferredName);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
    QVERIFY2(
        QRegularExpression(QRegularExpression::anchoredPattern(expected)).match(added.value()).hasMatch(),
        qPrintable(added.value()));
    QFile file(QDir(bundle.path()).filePath(added.value()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pngHeader);
}

void TestPostBundle::addImageMakesNamesUnique()
{
    QTemporaryDir bundle;
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        const Result<QString> added = PostBundle::addImage(bundle.path(), pngHeader + QByteArray::number(i),
                                                           QStringLiteral("Photo.png"));
        QVERIFY(added.ok());
        names.append(added.value());
    }
    QCOMPARE(names, (QStringList{u"photo.png"_s, u"photo-2.png"_s, u"photo-3.png"_s}));
    QFile first(QDir(bundle.path()).filePath(QStringLiteral("photo.png")));
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), pngHeader + "0"); // not overwritten
}

void TestPostBundle::nonImageRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("text file") << "notes.txt" << QByteArray("hello\n");
    QTest::newRow("image name, text inside") << "fake.png" << QByteArray("hello\n");
    QTest::newRow("image bytes, other extension") << "archive.zip" << pngHeader;
    QTest::newRow("no name, no image") << "" << QByteArray("<html><body>x</body></html>");
    QTest::newRow("empty") << "empty.png" << QByteArray();
}

void TestPostBundle::nonImageRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QTemporaryDir bundle;
    const Result<QString> added = PostBundle::addImage(bundle.path(), data, name);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.contains(u"not an image"), qPrintable(added.error().message));
    QVERIFY(QDir(bundle.path()).isEmpty());
}

void TestPostBundle::copyImageStreamsLargeFile()
{
    QTemporaryDir source;
    QTemporaryDir bundle;
    // Larger than one copy chunk, so the copy loop runs more than once.
    QByteArray data = pngHeader;
    for (int i = 0; data.size() < 700 * 1024; ++i)
        data += QByteArray::number(i);
    const QString sourceFile = source.filePath(QStringLiteral("Holiday Photo.PNG"));
    QFile out(sourceFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(data);
    out.close();

    const QString folder = bundle.filePath(QStringLiteral("post"));
    const Result<QString> first = PostBundle::copyImage(folder, sourceFile);
    const Result<QString> second = PostBundle::copyImage(folder, sourceFile);
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QCOMPARE(first.value(), QStringLiteral("holiday-photo.png"));
    QCOMPARE(second.value(), QStringLiteral("holiday-photo-2.png"));
    QFile copied(QDir(folder).filePath(first.value()));
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), data);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary files left
}

void TestPostBundle::copyImageRefusesNonImage()
{
    QTemporaryDir source;
    QTemporaryDir bundle;
    const QString sourceFile = source.filePath(QStringLiteral("script.png"));
    QFile out(sourceFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("#!/bin/sh\n");
    out.close();

    const Result<QString> copied = PostBundle::copyImage(bundle.path(), sourceFile);
    QVERIFY(!copied.ok());
    QVERIFY(copied.error().message.contains(u"not an image"));
    QCOMPARE(copied.error().file, sourceFile);
    QVERIFY(QDir(bundle.path()).isEmpty());

    const Result<QString> missing =
        PostBundle::copyImage(bundle.path(), source.filePath(QStringLiteral("gone.png")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"Could not copy"));
}

QTEST_GUILESS_MAIN(TestPostBundle)
#include "tst_postbundle.moc"
