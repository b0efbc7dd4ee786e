#include "site/permalink.h"

#include <QTest>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

// 2026-02-10 09:30 in Berlin's winter offset.
QDateTime postDate()
{
    return QDateTime(QDate(2026, 2, 10), QTime(9, 30), Qt::OffsetFromUTC, 3600);
}

} // namespace

class TestPermalink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expand_data();
    void expand();
    void expandCategories_data();
    void expandCategories();
    void slugify_data();
    void slugify();
    void outputFile_data();
    void outputFile();
    void pagePath_data();
    void pagePath();
    void absoluteUrl_data();
    void absoluteUrl();
    void collapseSlashes_data();
    void collapseSlashes();
};

void TestPermalink::expand_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");

    const QDateTime date = postDate();
    const QString title = u"Über Caches: Part 2!"_s;
    QTest::newRow(":year/:slug") << u"/:year/:slug/"_s << date << u"my-post"_s << QString() << title
                                 << u"/2026/my-post/"_s;
    QTest::newRow("fixed prefix") << u"/posts/:slug/"_s << date << u"my-post"_s << QString() << title
                                  << u"/posts/my-post/"_s;
    QTest::newRow("zero-padded month and day")
        << u"/:year/:month/:day/:slug/"_s << QDateTime(QDate(2026, 3, 5), QTime(8, 0), Qt::UTC)
        << u"my-post"_s << QString() << title << u"/2026/03/05/my-post/"_s;
    // 00:30 on New Year's Day in +01:00 is still 2025 in UTC; the author's own day wins.
    QTest::newRow("date in its own offset")
        << u"/:year/:month/:day/:slug/"_s
        << QDateTime(QDate(2026, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600) << u"x"_s << QString() << title
        << u"/2026/01/01/x/"_s;
    QTest::newRow(":category") << u"/:category/:slug/"_s << date << u"my-post"_s << u"Web Design"_s << title
                               << u"/web-design/my-post/"_s;
    QTest::newRow(":category without one") << u"/:category/:slug/"_s << date << u"my-post"_s << QString()
                                           << title << u"/uncategorized/my-post/"_s;
    QTest::newRow(":category that slugifies to nothing") << u"/:category/:slug/"_s << date << u"my-post"_s
                                                         << u"!!!"_s << title << u"/uncategorized/my-post/"_s;
    QTest::newRow(":title") << u"/:title/"_s << date << u"my-post"_s << QString() << u"Hello, World!"_s
                            << u"/hello-world/"_s;
    QTest::newRow("token inside a segment")
        << u"/blog-:year/:slug/"_s << date << u"my-post"_s << QString() << title << u"/blog-2026/my-post/"_s;
    QTest::newRow("slashes added") << u":year/:slug"_s << date << u"my-post"_s << QString() << title
                                   << u"/2026/my-post/"_s;
    QTest::newRow("double slashes collapsed")
        << u"//:year//:slug//"_s << date << u"my-post"_s << QString() << title << u"/2026/my-post/"_s;
    QTest::newRow("missing date drops date segments") << u"/:year/:month/:day/:slug/"_s << QDateTime()
                                                      << u"my-post"_s << QString() << title << u"/my-post/"_s;
    QTest::newRow("empty slug falls back to the title")
        << u"/:year/:slug/"_s << date << QString() << QString() << title << u"/2026/uber-caches-part-2/"_s;
    QTest::newRow("blank slug falls back to the title")
        << u"/:year/:slug/"_s << date << u"   "_s << QString() << title << u"/2026/uber-caches-part-2/"_s;
    QTest::newRow("no slug and no title")
        << u"/posts/:slug/"_s << date << QString() << QString() << u"?!"_s << u"/posts/untitled/"_s;
    QTest::newRow("explicit slug kept as written")
        << u"/:year/:slug/"_s << date << u"Release_v1.2"_s << QString() << title << u"/2026/Release_v1.2/"_s;
    QTest::newRow("slug made one safe segment")
        << u"/:year/:slug/"_s << date << u"a/b c?d"_s << QString() << title << u"/2026/a-b-c-d/"_s;
    QTest::newRow("dot-dot slug is not a path")
        << u"/:year/:slug/"_s << date << u".."_s << QString() << u"Title"_s << u"/2026/title/"_s;
    QTest::newRow("unicode title") << u"/:year/:slug/"_s << date << QString() << QString()
                                   << u"日本語のテスト"_s << u"/2026/日本語のテスト/"_s;
    QTest::newRow("pattern without :slug gets the slug")
        << u"/archive/:year/"_s << date << u"my-post"_s << QString() << title << u"/archive/2026/my-post/"_s;
    QTest::newRow("pattern without any token")
        << u"/posts"_s << date << u"my-post"_s << QString() << title << u"/posts/my-post/"_s;
    QTest::newRow("file name pattern") << u"/:year/:month/:slug.html"_s << date << u"my-post"_s << QString()
                                       << title << u"/2026/02/my-post.html"_s;
    QTest::newRow("unknown token stays literal")
        << u"/:yaer/:slug/"_s << date << u"my-post"_s << QString() << title << u"/:yaer/my-post/"_s;
}

void TestPermalink::expand()
{
    QFETCH(QString, pattern);
    QFETCH(QDateTime, date);
    QFETCH(QString, slug);
    QFETCH(QString, category);
    QFETCH(QString, title);
    QFETCH(QString, expected);
    QCOMPARE(Permalink::expand(pattern, date, slug, category, title), expected);
}

// :categories, as Jekyll patterns use it: every category a folder, none at all when there is none.
void TestPermalink::expandCategories_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QString>("expected");

    const QString jekyllDate = u"/:categories/:year/:month/:day/:slug.html"_s;
    QTest::newRow("none: the segment disappears")
        << jekyllDate << QStringList() << u"/2026/02/10/my-post.html"_s;
    QTest::newRow("one") << jekyllDate << QStringList{u"Web Design"_s}
                         << u"/web-design/2026/02/10/my-post.html"_s;
    QTest::newRow("two: nested folders")
        << jekyllDate << QStringList{u"DevOps"_s, u"Linux"_s} << u"/devops/linux/2026/02/10/my-post.html"_s;
    QTest::newRow("duplicates once") << jekyllDate << QStringList{u"Go"_s, u"go"_s}
                                     << u"/go/2026/02/10/my-post.html"_s;
    QTest::newRow("one that slugifies to nothing")
        << jekyllDate << QStringList{u"!!!"_s} << u"/2026/02/10/my-post.html"_s;
    QTest::newRow("none, pretty") << u"/:categories/:year/:month/:day/:slug/"_s << QStringList()
                                  << u"/2026/02/10/my-post/"_s;
    QTest::newRow("none, only categories and slug")
        << u"/:categories/:slug/"_s << QStringList() << u"/my-post/"_s;
    QTest::newRow(":category keeps its fallback")
        << u"/:category/:slug/"_s << QStringList() << u"/uncategorized/my-post/"_s;
    QTest::newRow(":category is the first")
        << u"/:category/:slug/"_s << QStringList{u"A"_s, u"B"_s} << u"/a/my-post/"_s;
}

void TestPermalink::expandCategories()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, categories);
    QTEST(Permalink::expand(pattern, postDate(), u"my-post"_s, categories, u"My post"_s), "expected");
}

void TestPermalink::slugify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("header example") << u"Über Caches: Part 2!"_s << u"uber-caches-part-2"_s;
    QTest::newRow("accents dropped") << u"naïve café Ærø"_s << u"naive-cafe-aero"_s;
    QTest::newRow("decomposed input") << u"U\u0308ber"_s << u"uber"_s;
    QTest::newRow("mark without a precomposed form") << u"q\u0307uiz"_s << u"quiz"_s;
    QTest::newRow("letters without decomposition")
        << u"Straße Smørrebrød Łódź"_s << u"strasse-smorrebrod-lodz"_s;
    QTest::newRow("compatibility forms") << u"ﬁnal ２０２６ x²"_s << u"final-2026-x2"_s;
    QTest::newRow("separators trimmed and collapsed") << u"  --Hello--  World--  "_s << u"hello-world"_s;
    QTest::newRow("apostrophes join") << u"Don't panic, it’s fine"_s << u"dont-panic-its-fine"_s;
    QTest::newRow("symbols") << u"C++ & Qt / QML"_s << u"c-qt-qml"_s;
    QTest::newRow("underscores") << u"snake_case_name"_s << u"snake-case-name"_s;
    QTest::newRow("already a slug") << u"already-a-slug-42"_s << u"already-a-slug-42"_s;
    QTest::newRow("emoji is a separator") << u"party 🎉 time"_s << u"party-time"_s;
    QTest::newRow("japanese kept, dakuten too") << u"データの日本語"_s << u"データの日本語"_s;
    QTest::newRow("cyrillic lower-cased, й kept") << u"Йошкар-Ола, Привет"_s << u"йошкар-ола-привет"_s;
    QTest::newRow("greek keeps its accents") << u"Ελληνικά"_s << u"ελληνικά"_s;
    QTest::newRow("devanagari vowel signs kept") << u"हिन्दी भाषा"_s << u"हिन्दी-भाषा"_s;
    QTest::newRow("mixed scripts") << u"Qt in 中文"_s << u"qt-in-中文"_s;
    QTest::newRow("only punctuation") << u"?!…"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPermalink::slugify()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Permalink::slugify(text), expected);
}

void TestPermalink::outputFile_data()
{
    QTest::addColumn<QString>("sitePath");
    QTest::addColumn<QString>("expected");

    QTest::newRow("post folder") << u"/2026/my-post/"_s << u"2026/my-post/index.html"_s;
    QTest::newRow("file") << u"/feed.xml"_s << u"feed.xml"_s;
    QTest::newRow("root") << u"/"_s << u"index.html"_s;
    QTest::newRow("empty") << QString() << u"index.html"_s;
    QTest::newRow("nested file") << u"/2026/02/my-post.html"_s << u"2026/02/my-post.html"_s;
    QTest::newRow("unicode") << u"/2026/日本語/"_s << u"2026/日本語/index.html"_s;
    QTest::newRow("dot segments dropped") << u"/a/./b/"_s << u"a/b/index.html"_s;
    QTest::newRow("cannot climb out") << u"/../../etc/"_s << u"etc/index.html"_s;
    QTest::newRow("only dot-dot") << u"/.."_s << u"index.html"_s;
}

void TestPermalink::outputFile()
{
    QFETCH(QString, sitePath);
    QFETCH(QString, expected);
    QCOMPARE(Permalink::outputFile(sitePath), expected);
}

void TestPermalink::pagePath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("expected");

    QTest::newRow("home, page 1") << u"/"_s << 1 << u"/"_s;
    QTest::newRow("home, page 2") << u"/"_s << 2 << u"/page/2/"_s;
    QTest::newRow("category, page 1") << u"/categories/design/"_s << 1 << u"/categories/design/"_s;
    QTest::newRow("category, page 12") << u"/categories/design/"_s << 12 << u"/categories/design/page/12/"_s;
    QTest::newRow("base without slashes") << u"categories/design"_s << 3 << u"/categories/design/page/3/"_s;
    QTest::newRow("empty base") << QString() << 2 << u"/page/2/"_s;
    QTest::newRow("page 0 is page 1") << u"/tags/qt/"_s << 0 << u"/tags/qt/"_s;
    QTest::newRow("negative page is page 1") << u"/tags/qt/"_s << -3 << u"/tags/qt/"_s;
}

void TestPermalink::pagePath()
{
    QFETCH(QString, base);
    QFETCH(int, page);
    QFETCH(QString, expected);
    QCOMPARE(Permalink::pagePath(base, page), expected);
}

void TestPermalink::absoluteUrl_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("sitePath");
    QTest::addColumn<QString>("expected");

    QTest::newRow("sub-path with trailing slash")
        << u"https://example.org/blog/"_s << u"/2026/x/"_s << u"https://example.org/blog/2026/x/"_s;
    QTest::newRow("sub-path without trailing slash")
        << u"https://example.org/blog"_s << u"/2026/x/"_s << u"https://example.org/blog/2026/x/"_s;
    QTest::newRow("host only") << u"https://example.org"_s << u"/feed.xml"_s
                               << u"https://example.org/feed.xml"_s;
    QTest::newRow("host with slash") << u"https://example.org/"_s << u"/2026/x/"_s
                                     << u"https://example.org/2026/x/"_s;
    QTest::newRow("home page") << u"https://example.org/blog/"_s << u"/"_s << u"https://example.org/blog/"_s;
    QTest::newRow("relative site path")
        << u"https://example.org/blog/"_s << u"2026/x/"_s << u"https://example.org/blog/2026/x/"_s;
    QTest::newRow("empty site path") << u"https://example.org/blog"_s << QString()
                                     << u"https://example.org/blog/"_s;
    QTest::newRow("no base keeps the site path") << QString() << u"/2026/x/"_s << u"/2026/x/"_s;
    QTest::newRow("already absolute")
        << u"https://example.org/"_s << u"https://other.org/x/"_s << u"https://other.org/x/"_s;
    QTest::newRow("a URL in the query is not a scheme")
        << u"https://example.org/"_s << u"/go/?to=https://x.org/"_s
        << u"https://example.org/go/?to=https://x.org/"_s;
    QTest::newRow("unicode stays readable")
        << u"https://example.org/"_s << u"/2026/日本語/"_s << u"https://example.org/2026/日本語/"_s;
}

void TestPermalink::absoluteUrl()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, sitePath);
    QFETCH(QString, expected);
    QCOMPARE(Permalink::absoluteUrl(baseUrl, sitePath), expected);
}

void TestPermalink::collapseSlashes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing to do") << u"/2026/x/"_s << u"/2026/x/"_s;
    QTest::newRow("runs inside") << u"/blog//2026///x/"_s << u"/blog/2026/x/"_s;
    QTest::newRow("leading and trailing") << u"//x//"_s << u"/x/"_s;
    QTest::newRow("only slashes") << u"////"_s << u"/"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no slashes") << u"feed.xml"_s << u"feed.xml"_s;
    QTest::newRow("backslashes are not slashes") << u"a\\\\b"_s << u"a\\\\b"_s;
}

void TestPermalink::collapseSlashes()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(Permalink::collapseSlashes(path), expected);
}

QTEST_GUILESS_MAIN(TestPermalink)
#include "tst_permalink.moc"
