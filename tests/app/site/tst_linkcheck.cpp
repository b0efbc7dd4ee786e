#include "site/linkcheck.h"
#include "testblog.h"

#include <QTest>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;

// LinkCheck: where a post's links are, and which of them lead nowhere.
class TestLinkCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linksAreFoundWithTheirPlace_data();
    void linksAreFoundWithTheirPlace();
    void verdicts_data();
    void verdicts();
};

void TestLinkCheck::linksAreFoundWithTheirPlace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<LinkCheck::Link>>("links");
    QTest::newRow("inline after front matter")
        << u"---\ntitle: A\n---\nSee [b](b.md).\n"_s << QList<LinkCheck::Link>{{u"b.md"_s, 4, 9, false}};
    QTest::newRow("image and link on one line, same URL twice")
        << u"![x](a.png) [y](a.png)\n"_s
        << QList<LinkCheck::Link>{{u"a.png"_s, 1, 6, true}, {u"a.png"_s, 1, 17, false}};
    QTest::newRow("second line of a paragraph")
        << u"One line\nand [two](/two/)\n"_s << QList<LinkCheck::Link>{{u"/two/"_s, 2, 11, false}};
    QTest::newRow("reference definition")
        << u"A [ref][r].\n\n[r]: /there/\n"_s << QList<LinkCheck::Link>{{u"/there/"_s, 3, 6, false}};
    QTest::newRow("raw HTML") << u"<img src=\"p.png\"> <a href='/x/'>x</a>\n"_s
                              << QList<LinkCheck::Link>{{u"p.png"_s, 1, 11, true}, {u"/x/"_s, 1, 28, false}};
    QTest::newRow("code is no link") << u"```\n[a](b.md)\n```\n`[c](d.md)`\n"_s << QList<LinkCheck::Link>{};
    QTest::newRow("front matter is no link")
        << u"---\ncover: \"[a](b.md)\"\n---\n"_s << QList<LinkCheck::Link>{};
}

void TestLinkCheck::linksAreFoundWithTheirPlace()
{
    QFETCH(QString, text);
    QFETCH(QList<LinkCheck::Link>, links);
    const QList<LinkCheck::Link> found = LinkCheck::links(text);
    QCOMPARE(found.size(), links.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        QCOMPARE(found.at(i).destination, links.at(i).destination);
        QCOMPARE(found.at(i).line, links.at(i).line);
        QCOMPARE(found.at(i).column, links.at(i).column);
        QCOMPARE(found.at(i).image, links.at(i).image);
    }
}

void TestLinkCheck::verdicts_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("broken");
    QTest::addColumn<bool>("counted"); // false: external or the generator's, not checked
    QTest::newRow("post address") << u"/2024/b/"_s << false << true;
    QTest::newRow("post address without slash") << u"/2024/b"_s << false << true;
    QTest::newRow("post address with fragment") << u"/2024/b/#part"_s << false << true;
    QTest::newRow("own absolute URL") << u"https://example.org/2024/b/"_s << false << true;
    QTest::newRow("page") << u"/about/"_s << false << true;
    QTest::newRow("static file") << u"/img/logo.png"_s << false << true;
    QTest::newRow("static file, percent-encoded") << u"/img/a%20b.png"_s << false << true;
    QTest::newRow("bundle file by site path") << u"/2024/c/photo.png"_s << false << true;
    QTest::newRow("category list") << u"/categories/design/"_s << false << true;
    QTest::newRow("feed") << u"/index.xml"_s << false << true;
    QTest::newRow("theme asset") << u"/assets/style.css"_s << false << true;
    QTest::newRow("relative .md") << u"b.md"_s << false << true;
    QTest::newRow("relative to the page") << u"../c/"_s << false << true;
    QTest::newRow("web link") << u"https://example.com/none"_s << false << false;
    QTest::newRow("mailto") << u"mailto:a@example.org"_s << false << false;
    QTest::newRow("fragment only") << u"#x"_s << false << false;
    QTest::newRow("missing post address") << u"/2024/none/"_s << true << true;
    QTest::newRow("missing static file") << u"/img/none.png"_s << true << true;
    QTest::newRow("missing relative .md") << u"none.md"_s << true << true;
    QTest::newRow("static/ is not a site path") << u"/static/img/logo.png"_s << true << true;
    QTest::newRow("draft is not broken") << u"/2024/draft/"_s << false << true;
}

void TestLinkCheck::verdicts()
{
    QFETCH(QString, link);
    TestBlog blog("title: T\nbaseURL: https://example.org/\npermalink: /:year/:slug/\n");
    blog.writePost(u"posts/a.md"_s, u"A"_s, u"2024-01-01"_s, u"Design"_s);
    blog.writePost(u"posts/b.md"_s, u"B"_s, u"2024-01-02"_s);
    blog.writePost(u"posts/c/index.md"_s, u"C"_s, u"2024-01-03"_s);
    blog.writePost(u"posts/draft.md"_s, u"Draft"_s, u"2024-01-04"_s, {}, true);
    blog.write(u"posts/c/photo.png"_s, "PNG");
    blog.write(u"pages/about.md"_s, "---\ntitle: About\n---\nHi.\n");
    blog.write(u"static/img/logo.png"_s, "PNG");
    blog.write(u"static/img/a b.png"_s, "PNG");
    const Result<Blog> opened = Blog::open(blog.root());
    QVERIFY(opened);
    const LinkCheck check(opened.value());
    int counted = 0;
    const QList<SourceError> broken =
        check.checkSource(u"posts/a.md"_s, u"---\ntitle: A\n---\n[x](" + link + u")\n", &counted);
    QTEST(!broken.isEmpty(), "broken");
    QTEST(counted == 1, "counted");
    if (!broken.isEmpty()) {
        QCOMPARE(broken.first().file, u"posts/a.md"_s);
        QCOMPARE(broken.first().line, 4);
        QCOMPARE(broken.first().column, 5);
        QVERIFY2(broken.first().message.contains(link), qPrintable(broken.first().message));
    }
}

QTEST_GUILESS_MAIN(TestLinkCheck)

#include "tst_linkcheck.moc"
