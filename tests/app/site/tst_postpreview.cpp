#include "site/postpreview.h"
#include "testblog.h"

#include <QTest>

using namespace Postwright;
using Postwright::Test::TestBlog;

// The editor's preview HTML: the theme's article partial around the body, as the site shows it.
class TestPostPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void articleAroundMarkedBody();
    void bodyKeepsSourceLinesAndGetsHeadingIds();
    void blogOverrideIsUsed();
    void brokenOverrideFallsBackToTheBuiltInTheme();
};

namespace {

const QString text = QStringLiteral("---\ntitle: \"A <b>bold</b> title\"\ndate: 2026-03-01\ncategories: [Design]\n"
                                    "tags: [one, two]\ndraft: true\n---\n\nFirst paragraph.\n\n## Section\n\nMore.\n");

} // namespace

void TestPostPreview::articleAroundMarkedBody()
{
    const auto preview = PostPreview::create({});
    QVERIFY(preview);
    const QString html = preview.value()->render(text, QStringLiteral("/blog/posts/a.md"));
    QVERIFY(html.startsWith(u"<article class=\"post\">"));
    QVERIFY(html.contains(u"A &lt;b&gt;bold&lt;/b&gt; title")); // front matter is text, never markup
    QVERIFY(html.contains(u"href=\"/categories/design/\""));
    QVERIFY(html.contains(u"class=\"tag\" href=\"/tags/one/\""));
    QVERIFY(html.contains(u"<time datetime=\"2026-03-01"));
    QVERIFY(html.contains(u"class=\"post-status\""));
    const qsizetype start = html.indexOf(PostPreview::contentStart);
    const qsizetype end = html.indexOf(PostPreview::contentEnd);
    QVERIFY(start > 0 && end > start);
    QVERIFY(html.mid(start, end - start).contains(u"First paragraph."));
    QVERIFY(!html.left(start).contains(u"First paragraph."));
}

void TestPostPreview::bodyKeepsSourceLinesAndGetsHeadingIds()
{
    const QString html = PostPreview::create({}).value()->render(text, {});
    // Line 11 of the file, front matter counted: what scroll sync needs.
    QVERIFY2(html.contains(u"<h2 data-sourcepos=\"11:1-11:10\" id=\"section\">")
                 || html.contains(u"<h2 id=\"section\" data-sourcepos=\"11:1-11:10\">"),
             qPrintable(html));
}

void TestPostPreview::blogOverrideIsUsed()
{
    TestBlog blog;
    blog.write("theme/templates/partials/article.mustache",
               "<div class=\"mine\"><h1>{{post.title}}</h1>{{{post.content_html}}}</div>\n");
    const auto preview = PostPreview::create(blog.root());
    QVERIFY(preview);
    const QString html = preview.value()->render(text, blog.path("posts/a.md"));
    QVERIFY(html.startsWith(u"<div class=\"mine\"><h1>A &lt;b&gt;bold&lt;/b&gt; title</h1><!--postwright-content-->"));
}

void TestPostPreview::brokenOverrideFallsBackToTheBuiltInTheme()
{
    TestBlog blog;
    blog.write("theme/templates/partials/article.mustache", "{{#post}}unclosed\n");
    const auto broken = PostPreview::create(blog.root());
    QVERIFY(!broken);
    QVERIFY(broken.error().file.contains(u"article.mustache"));
    QVERIFY(PostPreview::renderBodyOnly(text).contains(u"First paragraph."));
}

QTEST_GUILESS_MAIN(TestPostPreview)
#include "tst_postpreview.moc"
