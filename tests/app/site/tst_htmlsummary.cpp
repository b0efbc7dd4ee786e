#include "markdown/markdownrenderer.h"
#include "site/htmlsummary.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Postwright;
using namespace Qt::StringLiterals;

class TestHtmlSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstParagraphHtml_data();
    void firstParagraphHtml();
    void firstParagraphHtmlDropsEverySourcePosition();
    void plainText_data();
    void plainText();
    void plainTextOfRenderedPost();
    void truncate_data();
    void truncate();
    void wordCount_data();
    void wordCount();
    void readingMinutes_data();
    void readingMinutes();
    void addHeadingIds_data();
    void addHeadingIds();
    void headingIdsOnRenderedPost();
    void toc_data();
    void toc();
    void largePostStaysFast();
};

// Input is Markdown rendered the way the site builder renders it (source positions on), so the
// rows follow whatever cmark-gfm really writes.
void TestHtmlSummary::firstParagraphHtml_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");

    QTest::newRow("first of two") << u"Hello *world*.\n\nSecond."_s << u"<p>Hello <em>world</em>.</p>"_s;
    QTest::newRow("after a heading")
        << u"# Title\n\nIntro with [a link](https://x.org/ \"T\").\n"_s
        << u"<p>Intro with <a href=\"https://x.org/\" title=\"T\">a link</a>.</p>"_s;
    QTest::newRow("soft break kept") << u"one\ntwo\n\nthree"_s << u"<p>one\ntwo</p>"_s;
    QTest::newRow("quote skipped") << u"> Quoted.\n\nReal intro."_s << u"<p>Real intro.</p>"_s;
    QTest::newRow("loose list skipped") << u"- a\n\n- b\n\nAfter the list."_s << u"<p>After the list.</p>"_s;
    QTest::newRow("table skipped") << u"| a |\n|---|\n| b |\n\nAfter the table."_s
                                   << u"<p>After the table.</p>"_s;
    QTest::newRow("code block skipped") << u"```html\n<p>fake</p>\n```\n\nReal."_s << u"<p>Real.</p>"_s;
    QTest::newRow("image-only paragraph skipped") << u"![Cover](cover.jpg)\n\nText."_s << u"<p>Text.</p>"_s;
    QTest::newRow("footnote marker dropped")
        << u"Text[^1] here.\n\n[^1]: The note."_s << u"<p>Text here.</p>"_s;
    QTest::newRow("entities kept escaped") << u"a < b & c"_s << u"<p>a &lt; b &amp; c</p>"_s;
    QTest::newRow("no paragraph") << u"# Only a title\n\n- a list"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestHtmlSummary::firstParagraphHtml()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    const QString html = MarkdownRenderer::toHtml(markdown);
    QCOMPARE(HtmlSummary::firstParagraphHtml(html), expected);
}

// cmark-gfm puts source positions on blocks only today; inline ones must not leak into a summary
// either should a later version add them.
void TestHtmlSummary::firstParagraphHtmlDropsEverySourcePosition()
{
    const QString html = u"<div data-sourcepos=\"1:1-1:5\"><p data-sourcepos=\"1:1-1:5\">inner</p></div>\n"
                         "<p data-sourcepos=\"3:1-3:9\">a <em data-sourcepos=\"3:3-3:5\">b</em> "
                         "<a href=\"x\" data-sourcepos=\"3:7-3:9\">c</a></p>\n"_s;
    QCOMPARE(HtmlSummary::firstParagraphHtml(html), u"<p>a <em>b</em> <a href=\"x\">c</a></p>"_s);
}

void TestHtmlSummary::plainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("tags dropped") << u"<p data-sourcepos=\"1:1-1:20\">Hello <em>big</em> world</p>"_s
                                  << u"Hello big world"_s;
    QTest::newRow("inline tags join") << u"<p>w<strong>o</strong>rd</p>"_s << u"word"_s;
    QTest::newRow("blocks separate") << u"<p>a</p><p>b</p><h2>c</h2><li>d</li>"_s << u"a b c d"_s;
    QTest::newRow("table cells separate") << u"<table><tr><td>a</td><td>b</td></tr></table>"_s << u"a b"_s;
    QTest::newRow("line break separates") << u"a<br />b"_s << u"a b"_s;
    QTest::newRow("named entities") << u"a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;"_s
                                    << u"a & b <c> \"d\" 'e'"_s;
    QTest::newRow("numeric entities") << u"&#39;q&#39; &#169; &#xA9; &#X1F600;"_s << u"'q' © © 😀"_s;
    QTest::newRow("invalid numeric entities") << u"&#0;x&#xD800;y&#x110000;"_s << u"\uFFFDx\uFFFDy\uFFFD"_s;
    QTest::newRow("not entities") << u"&copy; & ; &amp &#xZZ;"_s << u"&copy; & ; &amp &#xZZ;"_s;
    QTest::newRow("whitespace collapsed") << u"  <p>a\n\n  b\t c</p>\n "_s << u"a b c"_s;
    QTest::newRow("nbsp collapses") << u"a&nbsp;&nbsp;b"_s << u"a b"_s;
    QTest::newRow("comment dropped") << u"a<!-- raw HTML omitted -->b"_s << u"ab"_s;
    QTest::newRow("escaped markup in code")
        << u"<pre><code>&lt;p&gt;x&lt;/p&gt;\n</code></pre>"_s << u"<p>x</p>"_s;
    QTest::newRow("footnote marker and back link dropped")
        << u"<p>Text<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" "
           u"data-footnote-ref>1</a></sup>.</p>"
           "<li id=\"fn-1\"><p>Note <a href=\"#fnref-1\" class=\"footnote-backref\" data-footnote-backref "
           "aria-label=\"Back to content\">\u21a9</a></p></li>"_s
        << u"Text. Note"_s;
    QTest::newRow("a lone less-than is text") << u"a < b"_s << u"a < b"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestHtmlSummary::plainText()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSummary::plainText(html), expected);
}

void TestHtmlSummary::plainTextOfRenderedPost()
{
    const QString html = MarkdownRenderer::toHtml(
        u"# Q&A\n\nSome *text* & \"quotes\"[^n].\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "```cpp\nif (a < b) {}\n```\n\n- one\n- two\n\n[^n]: A note.\n"_s);
    QCOMPARE(HtmlSummary::plainText(html),
             u"Q&A Some text & \"quotes\". a b 1 2 if (a < b) {} one two A note."_s);
}

void TestHtmlSummary::truncate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fits") << u"short text"_s << 20 << u"short text"_s;
    QTest::newRow("exactly fits") << u"abc def"_s << 7 << u"abc def"_s;
    QTest::newRow("cut before the word that does not fit")
        << u"The quick brown fox"_s << 12 << u"The quick…"_s;
    QTest::newRow("word ends at the limit") << u"The quick brown fox"_s << 9 << u"The quick…"_s;
    QTest::newRow("trailing punctuation dropped") << u"Hello, world again"_s << 9 << u"Hello…"_s;
    QTest::newRow("dash dropped") << u"Fast – and small"_s << 8 << u"Fast…"_s;
    QTest::newRow("one long word is cut inside") << u"Supercalifragilistic"_s << 5 << u"Super…"_s;
    QTest::newRow("surrogate pair not split") << u"ab😀cd"_s << 3 << u"ab…"_s;
    QTest::newRow("no spaces in Japanese") << u"日本語のテキスト"_s << 3 << u"日本語…"_s;
    QTest::newRow("zero") << u"abc"_s << 0 << QString();
    QTest::newRow("empty") << QString() << 10 << QString();
}

void TestHtmlSummary::truncate()
{
    QFETCH(QString, text);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    const QString cut = HtmlSummary::truncate(text, maxChars);
    QCOMPARE(cut, expected);
    QVERIFY(cut.size() <= std::max(0, maxChars) + 1);
}

void TestHtmlSummary::wordCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("one") << u"one"_s << 1;
    QTest::newRow("spaces and newlines") << u"  one   two\nthree\t"_s << 3;
    QTest::newRow("dash is not a word") << u"fast — and small"_s << 3;
    QTest::newRow("contractions and numbers") << u"don't stop in 2026"_s << 4;
    QTest::newRow("only punctuation") << u"... --- !"_s << 0;
    QTest::newRow("each Japanese character") << u"日本語"_s << 3;
    QTest::newRow("mixed") << u"Qt 日本 rocks"_s << 4;
}

void TestHtmlSummary::wordCount()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(HtmlSummary::wordCount(text), expected);
}

void TestHtmlSummary::readingMinutes_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("expected");

    QTest::newRow("nothing is still a minute") << 0 << 1;
    QTest::newRow("negative") << -5 << 1;
    QTest::newRow("one word") << 1 << 1;
    QTest::newRow("220") << 220 << 1;
    QTest::newRow("329 rounds down") << 329 << 1;
    QTest::newRow("330 rounds up") << 330 << 2;
    QTest::newRow("2200") << 2200 << 10;
}

void TestHtmlSummary::readingMinutes()
{
    QFETCH(int, words);
    QFETCH(int, expected);
    QCOMPARE(HtmlSummary::readingMinutes(words), expected);
}

void TestHtmlSummary::addHeadingIds_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("adds an id") << u"<h2>Setup</h2>"_s << u"<h2 id=\"setup\">Setup</h2>"_s;
    QTest::newRow("keeps other attributes") << u"<h2 data-sourcepos=\"5:1-5:12\">Setup</h2>"_s
                                            << u"<h2 id=\"setup\" data-sourcepos=\"5:1-5:12\">Setup</h2>"_s;
    QTest::newRow("duplicates numbered")
        << u"<h2>Setup</h2>\n<h3>Setup</h3>\n<h2>Setup</h2>\n"_s
        << u"<h2 id=\"setup\">Setup</h2>\n<h3 id=\"setup-1\">Setup</h3>\n<h2 id=\"setup-2\">Setup</h2>\n"_s;
    QTest::newRow("existing id kept and reserved")
        << u"<h2>Custom</h2><h2 id=\"custom\">Mine</h2>"_s
        << u"<h2 id=\"custom-1\">Custom</h2><h2 id=\"custom\">Mine</h2>"_s;
    QTest::newRow("footnote ids are taken")
        << u"<h2>fn 1</h2><li id=\"fn-1\">x</li>"_s << u"<h2 id=\"fn-1-1\">fn 1</h2><li id=\"fn-1\">x</li>"_s;
    QTest::newRow("code and emphasis")
        << u"<h2><code>run()</code> and <em>wait</em></h2>"_s
        << u"<h2 id=\"run-and-wait\"><code>run()</code> and <em>wait</em></h2>"_s;
    QTest::newRow("entities") << u"<h3>Q&amp;A &lt;2026&gt;</h3>"_s
                              << u"<h3 id=\"q-a-2026\">Q&amp;A &lt;2026&gt;</h3>"_s;
    QTest::newRow("unicode") << u"<h2>Über uns</h2>"_s << u"<h2 id=\"uber-uns\">Über uns</h2>"_s;
    QTest::newRow("no text") << u"<h2><img src=\"x.png\" alt=\"\" /></h2>"_s
                             << u"<h2 id=\"section\"><img src=\"x.png\" alt=\"\" /></h2>"_s;
    QTest::newRow("h4 to h6 too") << u"<h4>Deep</h4><h6>Deeper</h6>"_s
                                  << u"<h4 id=\"deep\">Deep</h4><h6 id=\"deeper\">Deeper</h6>"_s;
    QTest::newRow("h1 left alone") << u"<h1>Title</h1>"_s << u"<h1>Title</h1>"_s;
    QTest::newRow("text around untouched") << u"<p>a &amp; <b>b</b></p>\n<h2>B</h2>\n<p>c</p>\n"_s
                                           << u"<p>a &amp; <b>b</b></p>\n<h2 id=\"b\">B</h2>\n<p>c</p>\n"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestHtmlSummary::addHeadingIds()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QString toc = u"stale"_s;
    const QString withIds = HtmlSummary::addHeadingIds(html, &toc);
    QCOMPARE(withIds, expected);
    // Running it again changes nothing: every heading now has an id.
    QCOMPARE(HtmlSummary::addHeadingIds(withIds, nullptr), withIds);
}

void TestHtmlSummary::headingIdsOnRenderedPost()
{
    const QString html =
        MarkdownRenderer::toHtml(u"## Setup\n\ntext\n\n## Setup\n\n### The `config` *file*\n"_s);
    QString toc;
    const QString withIds = HtmlSummary::addHeadingIds(html, &toc);
    QVERIFY2(withIds.contains(u"<h2 id=\"setup\" data-sourcepos=\"1:1-1:8\">Setup</h2>"),
             qPrintable(withIds));
    QVERIFY2(withIds.contains(u"<h2 id=\"setup-1\" data-sourcepos=\"5:1-5:8\">Setup</h2>"),
             qPrintable(withIds));
    QVERIFY2(withIds.contains(u"<h3 id=\"the-config-file\""), qPrintable(withIds));
    QCOMPARE(toc, u"<ul>\n<li><a href=\"#setup\">Setup</a></li>\n<li><a href=\"#setup-1\">Setup</a>\n<ul>\n"
                  "<li><a href=\"#the-config-file\">The config file</a></li>\n</ul>\n</li>\n</ul>\n"_s);
}

void TestHtmlSummary::toc_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fewer than three") << u"<h2>A</h2><h3>B</h3>"_s << QString();
    QTest::newRow("h4 does not count") << u"<h2>A</h2><h4>x</h4><h5>y</h5><h2>B</h2>"_s << QString();
    QTest::newRow("flat") << u"<h2>A</h2><h2>B</h2><h2>C</h2>"_s
                          << u"<ul>\n<li><a href=\"#a\">A</a></li>\n<li><a href=\"#b\">B</a></li>\n"
                             "<li><a href=\"#c\">C</a></li>\n</ul>\n"_s;
    QTest::newRow("h3 nested under its h2") << u"<h2>A</h2><h3>A1</h3><h3>A2</h3><h2>B</h2>"_s
                                            << u"<ul>\n<li><a href=\"#a\">A</a>\n<ul>\n<li><a "
                                               u"href=\"#a1\">A1</a></li>\n<li><a href=\"#a2\">A2</a></li>\n"
                                               "</ul>\n</li>\n<li><a href=\"#b\">B</a></li>\n</ul>\n"_s;
    QTest::newRow("h3 before any h2 stays at the top")
        << u"<h3>X</h3><h3>Y</h3><h2>A</h2><h3>B</h3>"_s
        << u"<ul>\n<li><a href=\"#x\">X</a></li>\n<li><a href=\"#y\">Y</a></li>\n<li><a "
           u"href=\"#a\">A</a>\n<ul>\n"
           "<li><a href=\"#b\">B</a></li>\n</ul>\n</li>\n</ul>\n"_s;
    QTest::newRow("text escaped, markup dropped")
        << u"<h2>A &amp; B</h2><h2><em>C</em> &lt;D&gt;</h2><h2 id=\"own\">E</h2>"_s
        << u"<ul>\n<li><a href=\"#a-b\">A &amp; B</a></li>\n<li><a href=\"#c-d\">C &lt;D&gt;</a></li>\n"
           "<li><a href=\"#own\">E</a></li>\n</ul>\n"_s;
}

void TestHtmlSummary::toc()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QString toc = u"stale"_s;
    HtmlSummary::addHeadingIds(html, &toc);
    QCOMPARE(toc, expected);
}

// Guards against a pattern that backtracks: a long post must take about as long per heading as a
// short one. The bound is generous; a quadratic scan of this input takes minutes.
void TestHtmlSummary::largePostStaysFast()
{
    QString markdown;
    for (int i = 0; i < 2000; ++i)
        markdown += u"## Part %1\n\nSome *text* with a [link](https://x.org/%1) & more.\n\n"_s.arg(i % 50);
    const QString html = MarkdownRenderer::toHtml(markdown);
    QElapsedTimer timer;
    timer.start();
    QString toc;
    const QString withIds = HtmlSummary::addHeadingIds(html, &toc);
    const int words = HtmlSummary::wordCount(HtmlSummary::plainText(withIds));
    QVERIFY(!HtmlSummary::firstParagraphHtml(withIds).isEmpty());
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(withIds.contains(u"id=\"part-49-39\""));
    QCOMPARE(words, 2000 * 8); // "Part N" + "Some text with a link more"; "&" is no word
}

QTEST_GUILESS_MAIN(TestHtmlSummary)
#include "tst_htmlsummary.moc"
