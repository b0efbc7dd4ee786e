#include "site/postpreview.h"
#include "testblog.h"

#include <QTest>

using namespace Postwright;
using namespace Qt::StringLiterals;
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
    void packSplitsTheBodyIntoTopLevelBlocks_data();
    void packSplitsTheBodyIntoTopLevelBlocks();
    void packKeysIgnoreLinesButNotContent();
    void blogMathAndRawHtmlSettings();
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

void TestPostPreview::packSplitsTheBodyIntoTopLevelBlocks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("blocks");
    QTest::addColumn<QString>("lastBlockStart");

    QTest::newRow("paragraphs") << "One.\n\nTwo.\n" << 2 << "<p data-sourcepos=\"3:1-3:4\">";
    QTest::newRow("nested list") << "- a\n  - b\n    - c\n\nAfter.\n" << 2 << "<p ";
    QTest::newRow("code with markup") << "```html\n<div><p>x</p></div>\n```\n\nEnd.\n" << 2 << "<p ";
    QTest::newRow("image and break") << "![a](x.png)  \nline\n\n---\n" << 2 << "<hr ";
    QTest::newRow("table") << "| a | b |\n|---|---|\n| 1 | 2 |\n\nx\n" << 2 << "<p ";
    QTest::newRow("raw html left out") << "<div>x</div>\n\nText.\n" << 2 << "<p ";
    QTest::newRow("footnotes") << "Text[^1].\n\n[^1]: Note.\n" << 2 << "<section ";
    QTest::newRow("task list and quote") << "- [x] done\n\n> quoted\n> more\n" << 2 << "<blockquote ";
}

void TestPostPreview::packSplitsTheBodyIntoTopLevelBlocks()
{
    QFETCH(QString, markdown);
    QFETCH(int, blocks);
    QFETCH(QString, lastBlockStart);
    const QString article = PostPreview::create({}).value()->render(markdown, {});
    const PostPreview::PackedArticle packed = PostPreview::pack(article);
    QCOMPARE(packed.blocks.size(), blocks);
    QCOMPARE(packed.keys.size(), blocks);
    QCOMPARE(packed.firstLines.size(), blocks);
    QVERIFY(packed.frame.contains(u"<!--postwright-content--><!--/postwright-content-->"));
    QVERIFY2(packed.blocks.last().startsWith(lastBlockStart), qPrintable(packed.blocks.last()));
    // Together the blocks are the body, every one of them whole.
    const qsizetype start = article.indexOf(PostPreview::contentStart) + PostPreview::contentStart.size();
    const QString body = article.mid(start, article.indexOf(PostPreview::contentEnd) - start);
    QString joined = packed.blocks.join(QString());
    QString compact = body;
    compact.remove(u'\n');
    joined.remove(u'\n');
    QCOMPARE(joined, compact);
}

void TestPostPreview::packKeysIgnoreLinesButNotContent()
{
    // A line typed above a block moves it without changing it: same key, new lines.
    const auto preview = PostPreview::create({}).value();
    const PostPreview::PackedArticle before = PostPreview::pack(preview->render(u"Intro.\n\n## Heading\n\nBody text.\n"_s, {}));
    const PostPreview::PackedArticle after = PostPreview::pack(preview->render(u"Intro.\n\nMore.\n\n## Heading\n\nBody text!\n"_s, {}));
    QCOMPARE(before.blocks.size(), 3);
    QCOMPARE(after.blocks.size(), 4);
    QCOMPARE(before.keys.at(0), after.keys.at(0));
    QCOMPARE(before.keys.at(1), after.keys.at(2)); // the heading moved two lines down
    QVERIFY(before.keys.at(2) != after.keys.at(3)); // "text." became "text!"
    QCOMPARE(before.firstLines.at(1), 3);
    QCOMPARE(after.firstLines.at(2), 5);
    QCOMPARE(after.lastLines.at(2), 5);
    QVERIFY(before.blocks.at(1) != after.blocks.at(2)); // the HTML itself carries the new lines

    // Without the markers (the body alone), all of it is body.
    const PostPreview::PackedArticle bare = PostPreview::pack(u"<p data-sourcepos=\"1:1-2:3\">a</p><!-- x --><hr />"_s);
    QCOMPARE(bare.blocks, QStringList({u"<p data-sourcepos=\"1:1-2:3\">a</p>"_s, u"<!-- x -->"_s, u"<hr />"_s}));
    QCOMPARE(bare.firstLines, QList<int>({1, 0, 0}));
    QCOMPARE(bare.lastLines, QList<int>({2, 0, 0}));
    QCOMPARE(bare.frame, PostPreview::contentStart + PostPreview::contentEnd);
}

void TestPostPreview::blogMathAndRawHtmlSettings()
{
    const QString post = u"---\ntitle: M\n---\nArea $\\pi r^2$.\n\n$$\nx\n$$\n\n"
                         "<div class=\"note\" onclick=\"steal()\">Hi <img src=x onerror=alert(1)></div>\n"_s;
    // Off (the default): TeX stays text, raw HTML is left out.
    QString html = PostPreview::create({}).value()->render(post, {});
    QVERIFY2(html.contains(u"Area $\\pi r^2$."), qPrintable(html));
    QVERIFY(html.contains(u"<!-- raw HTML omitted -->"));

    // On: math markup with source lines, and the post's HTML through the sanitiser, never as written.
    TestBlog blog("title: T\nmarkdown:\n  math: true\n  raw_html: true\n");
    html = PostPreview::create(blog.root()).value()->render(post, blog.path("posts/m.md"));
    QVERIFY2(html.contains(u"<span class=\"math math-inline\">\\pi r^2</span>"), qPrintable(html));
    QVERIFY(html.contains(u"<div class=\"math math-display\" data-sourcepos=\"6:1-8:2\">x</div>"));
    QVERIFY(html.contains(u"<div class=\"note\">Hi <img src=\"x\" /></div>"));
    QVERIFY(!html.contains(u"onclick") && !html.contains(u"onerror"));

    const MarkdownRenderer::Options options = PostPreview::bodyOptions(Blog::open(blog.root()).value().settings());
    QVERIFY(options.math && options.rawHtml && options.sanitize && options.sourcePositions);
    QVERIFY(PostPreview::renderBodyOnly(post, options).contains(u"<div class=\"note\">Hi <img src=\"x\" /></div>"));
    QVERIFY(PostPreview::renderBodyOnly(post).contains(u"Area $\\pi r^2$."));
}

QTEST_GUILESS_MAIN(TestPostPreview)
#include "tst_postpreview.moc"
