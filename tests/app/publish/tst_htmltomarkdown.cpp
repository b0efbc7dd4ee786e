#include "markdown/markdownrenderer.h"
#include "publish/htmltomarkdown.h"

#include <QTest>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

MarkdownRenderer::Options rawHtmlOptions()
{
    MarkdownRenderer::Options options;
    options.sourcePositions = false;
    options.rawHtml = true; // as a blog with markdown: raw_html: true renders it
    return options;
}

} // namespace

// HtmlToMarkdown: pandoc's Markdown (rows skip without pandoc) and the raw HTML block fallback. Either
// way the HTML is sanitised first, so no script survives into a pulled post.
class TestHtmlToMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pandoc_data();
    void pandoc();
    void pandocOutputRendersBack();
    void fallback_data();
    void fallback();
    void fallbackIsOneBlock();
    void emptyHtml();
    void missingPandocFallsBack();
};

void TestHtmlToMarkdown::pandoc_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("heading") << u"<h2>Getting <em>started</em></h2>"_s
                             << QStringList{u"## Getting *started*"_s} << QStringList{u"<h2"_s};
    QTest::newRow("link") << u"<p>See <a href=\"https://example.com/a?b=1&amp;c=2\">the site</a>.</p>"_s
                          << QStringList{u"See [the site](https://example.com/a?b=1&c=2)."_s}
                          << QStringList{u"<a"_s};
    QTest::newRow("image") << u"<p><img src=\"https://example.com/i.png\" alt=\"A cat\"></p>"_s
                           << QStringList{u"![A cat](https://example.com/i.png)"_s} << QStringList{u"<img"_s};
    QTest::newRow("unordered list") << u"<ul><li>one</li><li>two</li></ul>"_s
                                    << QStringList{u"-"_s, u"one\n"_s, u"two\n"_s} << QStringList{u"<li"_s};
    QTest::newRow("ordered list") << u"<ol><li>first</li><li>second</li></ol>"_s
                                  << QStringList{u"1."_s, u"2."_s, u"second"_s} << QStringList{u"<ol"_s};
    QTest::newRow("code block with language")
        << u"<pre class=\"wp-block-code\"><code class=\"language-cpp\">if (a &lt; b)\n    return;</code></pre>"_s
        << QStringList{u"cpp\nif (a < b)\n    return;\n```"_s} << QStringList{u"wp-block"_s, u"&lt;"_s};
    QTest::newRow("code block without language")
        << u"<pre class=\"wp-block-code\"><code>plain</code></pre>"_s << QStringList{u"    plain\n"_s}
        << QStringList{u"wp-block"_s};
    QTest::newRow("entities") << u"<p>Fish &amp; chips &copy; 2024 &lt;3 &quot;q&quot;</p>"_s
                              << QStringList{u"Fish & chips © 2024 \\<3 \"q\""_s}
                              << QStringList{u"&amp;"_s, u"&copy;"_s};
    QTest::newRow("gutenberg wrappers")
        << u"<!-- wp:group --><div class=\"wp-block-group\"><!-- wp:paragraph --><p>Inside</p>"
           "<!-- /wp:paragraph --></div><!-- /wp:group -->"_s
        << QStringList{u"Inside\n"_s} << QStringList{u"<div"_s, u"wp:"_s, u"<!--"_s};
    // Decided: the HTML is sanitised before pandoc sees it, so script-capable markup never reaches the
    // Markdown (pandoc's gfm would otherwise keep it as raw HTML). The renderer's sanitiser applies
    // again when the post is shown.
    QTest::newRow("script") << u"<p>Before</p><script>alert('x')</script><p>After</p>"_s
                            << QStringList{u"Before"_s, u"After"_s} << QStringList{u"script"_s, u"alert"_s};
    QTest::newRow("event handler") << u"<p><img src=\"x.png\" alt=\"x\" onerror=\"alert(1)\"></p>"_s
                                   << QStringList{u"![x](x.png)"_s} << QStringList{u"onerror"_s, u"alert"_s};
    QTest::newRow("javascript link") << u"<p><a href=\"javascript:alert(1)\">click</a></p>"_s
                                     << QStringList{u"click"_s} << QStringList{u"javascript"_s};
    QTest::newRow("iframe embed") << u"<p>Video:</p><iframe src=\"https://evil.example/\"></iframe>"_s
                                  << QStringList{u"Video:"_s} << QStringList{u"iframe"_s, u"evil"_s};
}

void TestHtmlToMarkdown::pandoc()
{
    QFETCH(QString, html);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, absent);
    const HtmlToMarkdown converter;
    if (!converter.usesPandoc())
        QSKIP("pandoc is not installed (scripts/dev installs it)");
    const QString markdown = converter.convert(html);
    for (const QString &part : std::as_const(contains))
        QVERIFY2(markdown.contains(part), qPrintable(u"missing \""_s + part + u"\" in:\n"_s + markdown));
    for (const QString &part : std::as_const(absent))
        QVERIFY2(!markdown.contains(part), qPrintable(u"unexpected \""_s + part + u"\" in:\n"_s + markdown));
    QVERIFY(markdown.endsWith(u'\n'));
    QVERIFY(!markdown.endsWith(u"\n\n"_s));
}

void TestHtmlToMarkdown::pandocOutputRendersBack()
{
    const HtmlToMarkdown converter;
    if (!converter.usesPandoc())
        QSKIP("pandoc is not installed (scripts/dev installs it)");
    const QString markdown = converter.convert(
        u"<h2>Title</h2><p>Some <strong>bold</strong> text.</p><ul><li>a</li><li>b</li></ul>"
        "<blockquote><p>Quoted</p></blockquote>"_s);
    MarkdownRenderer::Options options;
    options.sourcePositions = false;
    const QString html = MarkdownRenderer::toHtml(markdown, options);
    QVERIFY2(html.contains(u"<h2>Title</h2>"_s), qPrintable(html));
    QVERIFY2(html.contains(u"<strong>bold</strong>"_s), qPrintable(html));
    QVERIFY2(html.contains(u"<li>a</li>"_s), qPrintable(html));
    QVERIFY2(html.contains(u"<blockquote>"_s), qPrintable(html));
}

void TestHtmlToMarkdown::fallback_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("heading") << u"<h2>Title</h2>"_s << QStringList{u"<h2>Title</h2>"_s} << QStringList{};
    QTest::newRow("link") << u"<p><a href=\"https://example.com/\">x</a></p>"_s
                          << QStringList{u"<a href=\"https://example.com/\">x</a>"_s} << QStringList{};
    QTest::newRow("image") << u"<img src=\"https://example.com/i.png\" alt=\"A\">"_s
                           << QStringList{u"<img src=\"https://example.com/i.png\" alt=\"A\" />"_s}
                           << QStringList{};
    QTest::newRow("list") << u"<ul>\n<li>one</li>\n\n<li>two</li>\n</ul>"_s
                          << QStringList{u"<li>one</li>"_s, u"<li>two</li>"_s} << QStringList{};
    QTest::newRow("code block") << u"<pre><code>line 1\n\n    indented</code></pre>"_s
                                << QStringList{u"line 1\n<!-- -->\n    indented"_s} << QStringList{};
    QTest::newRow("entities") << u"<p>Fish &amp; chips &lt;3</p>"_s
                              << QStringList{u"Fish &amp; chips &lt;3"_s} << QStringList{};
    QTest::newRow("script") << u"<p>Hi</p><script>alert(1)</script>"_s << QStringList{u"<p>Hi</p>"_s}
                            << QStringList{u"script"_s, u"alert"_s};
    QTest::newRow("event handler") << u"<img src=\"x.png\" onerror=\"alert(1)\">"_s << QStringList{u"x.png"_s}
                                   << QStringList{u"onerror"_s};
}

void TestHtmlToMarkdown::fallback()
{
    QFETCH(QString, html);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, absent);
    HtmlToMarkdown::Options options;
    options.forceRawHtml = true;
    const HtmlToMarkdown converter(options);
    QVERIFY(!converter.usesPandoc());
    const QString markdown = converter.convert(html);
    QVERIFY2(markdown.startsWith(u"<div>\n"_s), qPrintable(markdown));
    QVERIFY2(markdown.endsWith(u"\n</div>\n"_s), qPrintable(markdown));
    QVERIFY2(!markdown.contains(u"\n\n"_s), qPrintable(markdown)); // no blank line ends the block early
    for (const QString &part : std::as_const(contains))
        QVERIFY2(markdown.contains(part), qPrintable(u"missing \""_s + part + u"\" in:\n"_s + markdown));
    for (const QString &part : std::as_const(absent))
        QVERIFY2(!markdown.contains(part), qPrintable(u"unexpected \""_s + part + u"\" in:\n"_s + markdown));
}

void TestHtmlToMarkdown::fallbackIsOneBlock()
{
    // Blank lines and four-space indentation would end an HTML block or start a code block if the
    // block were not kept whole.
    const QString html =
        u"<p>First</p>\n\n    <p>Indented *not emphasis*</p>\n\n<pre><code>a\n\n    b</code></pre>"_s;
    const QString block = HtmlToMarkdown::rawHtmlBlock(html);
    const QString rendered = MarkdownRenderer::toHtml(block, rawHtmlOptions());
    QVERIFY2(rendered.contains(u"<p>Indented *not emphasis*</p>"_s), qPrintable(rendered));
    QVERIFY2(!rendered.contains(u"<em>"_s), qPrintable(rendered));
    QVERIFY2(!rendered.contains(u"&lt;p&gt;"_s), qPrintable(rendered)); // not turned into a code block
    QVERIFY2(rendered.contains(u"    b</code></pre>"_s), qPrintable(rendered));
}

void TestHtmlToMarkdown::emptyHtml()
{
    HtmlToMarkdown::Options options;
    options.forceRawHtml = true;
    QCOMPARE(HtmlToMarkdown(options).convert(QString()), QString());
    QCOMPARE(HtmlToMarkdown(options).convert(u"  \n "_s), QString());
    QCOMPARE(HtmlToMarkdown().convert(u"<script>x</script>"_s), QString());
}

void TestHtmlToMarkdown::missingPandocFallsBack()
{
    // A pandoc that cannot run keeps the post's content as HTML rather than losing it.
    HtmlToMarkdown::Options options;
    options.pandocPath = u"/nonexistent/pandoc"_s;
    const HtmlToMarkdown converter(options);
    QVERIFY(converter.usesPandoc());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"pandoc did not start"_s));
    QCOMPARE(converter.convert(u"<p>Kept</p>"_s), u"<div>\n<p>Kept</p>\n</div>\n"_s);
}

QTEST_GUILESS_MAIN(TestHtmlToMarkdown)
#include "tst_htmltomarkdown.moc"
