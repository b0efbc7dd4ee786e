#include "markdown/markdownrenderer.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

MarkdownRenderer::Options plainOptions()
{
    MarkdownRenderer::Options options;
    options.sourcePositions = false;
    return options;
}

MarkdownRenderer::Options mathOptions(bool sourcePositions = false)
{
    MarkdownRenderer::Options options;
    options.sourcePositions = sourcePositions;
    options.math = true;
    return options;
}

QString inlineMath(const QString &tex)
{
    return u"<span class=\"math math-inline\">"_s + tex + u"</span>"_s;
}

QString displayMath(const QString &tex)
{
    return u"<div class=\"math math-display\">"_s + tex + u"</div>\n"_s;
}

// A start tag as cmark writes it: a name, then attributes whose values are always double-quoted.
const QRegularExpression &startTagPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(<([A-Za-z][A-Za-z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*/?>)re"));
    return pattern;
}

QSet<QString> elementNames(const QString &html)
{
    QSet<QString> names;
    for (const QRegularExpressionMatch &tag : startTagPattern().globalMatch(html))
        names.insert(tag.captured(1).toLower());
    return names;
}

QStringList attributeNames(const QString &html)
{
    static const QRegularExpression attribute(QStringLiteral(R"re(\s+([^\s=>/]+)(?:="[^"]*")?)re"));
    QStringList names;
    for (const QRegularExpressionMatch &tag : startTagPattern().globalMatch(html)) {
        for (const QRegularExpressionMatch &match : attribute.globalMatch(tag.captured(2)))
            names.append(match.captured(1).toLower());
    }
    return names;
}

QStringList urlAttributeValues(const QString &html)
{
    static const QRegularExpression url(QStringLiteral(R"re(\s(?:href|src)="([^"]*)")re"),
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList values;
    for (const QRegularExpressionMatch &match : url.globalMatch(html))
        values.append(match.captured(1));
    return values;
}

// A document that exercises every extension whose parsing touches cmark-gfm's shared state.
QString busyDocument(int index)
{
    QString text;
    for (int part = 0; part < 20; ++part) {
        text += QStringLiteral("## Part %1.%2\n\n"
                               "~~old~~ new, see www.example.org/%1 and a note[^n%2].\n\n"
                               "| left | right |\n|:--|--:|\n| ~~%1~~ | https://example.com/%2 |\n\n"
                               "- [x] done %1\n- [ ] open %2\n\n"
                               "Math $x_%1 = %2$ and <kbd>%2</kbd>.\n\n$$\ny = %1\n$$\n\n"
                               "[^n%2]: Note *%2*.\n\n")
                    .arg(index)
                    .arg(part);
    }
    return text;
}

} // namespace

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersMarkdown_data();
    void rendersMarkdown();
    void appliesOptions_data();
    void appliesOptions();
    void sourcePositionsAreFileLines_data();
    void sourcePositionsAreFileLines();
    void sourcePositionsCanBeSwitchedOff();
    void rawHtmlStaysInert_data();
    void rawHtmlStaysInert();
    void dangerousUrlsAreEmptied_data();
    void dangerousUrlsAreEmptied();
    void invalidTextIsReplaced_data();
    void invalidTextIsReplaced();
    void emptyInputGivesEmptyHtml_data();
    void emptyInputGivesEmptyHtml();
    void concurrentRendersMatchSerialOnes();
    void math_data();
    void math();
    void mathKeepsSourceLines_data();
    void mathKeepsSourceLines();
    void rawHtml_data();
    void rawHtml();
};

void TestMarkdownRenderer::rendersMarkdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    QTest::newRow("ATX headings") << u"# One\n## Two\n###### Six\n"_s
                                  << u"<h1>One</h1>\n<h2>Two</h2>\n<h6>Six</h6>\n"_s;
    QTest::newRow("setext heading") << u"Title\n=====\n"_s << u"<h1>Title</h1>\n"_s;
    QTest::newRow("emphasis")
        << u"*em* _em_ **strong** ***both***"_s
        << u"<p><em>em</em> <em>em</em> <strong>strong</strong> <em><strong>both</strong></em></p>\n"_s;
    QTest::newRow("text is escaped") << u"a < b & c"_s << u"<p>a &lt; b &amp; c</p>\n"_s;
    QTest::newRow("link with title")
        << u"[site](https://example.org/ \"Title\")"_s
        << u"<p><a href=\"https://example.org/\" title=\"Title\">site</a></p>\n"_s;
    QTest::newRow("table with alignment")
        << u"| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n"_s
        << u"<table>\n<thead>\n<tr>\n<th align=\"left\">a</th>\n<th align=\"center\">b</th>\n<th "
           u"align=\"right\">c</th>\n"
           "</tr>\n</thead>\n<tbody>\n<tr>\n<td align=\"left\">1</td>\n<td align=\"center\">2</td>\n"
           "<td align=\"right\">3</td>\n</tr>\n</tbody>\n</table>\n"_s;
    QTest::newRow("strikethrough") << u"~~gone~~ and ~one~"_s
                                   << u"<p><del>gone</del> and <del>one</del></p>\n"_s;
    QTest::newRow("autolinks")
        << u"see www.example.com and https://example.org/x?y=1."_s
        << u"<p>see <a href=\"http://www.example.com\">www.example.com</a> and "
           "<a href=\"https://example.org/x?y=1\">https://example.org/x?y=1</a>.</p>\n"_s;
    QTest::newRow("task list")
        << u"- [x] done\n- [ ] todo\n"_s
        << u"<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>\n"
           "<li><input type=\"checkbox\" disabled=\"\" /> todo</li>\n</ul>\n"_s;
    QTest::newRow("footnote")
        << u"Text[^1].\n\n[^1]: Note.\n"_s
        << u"<p>Text<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" "
           u"data-footnote-ref>1</a></sup>.</p>\n"
           "<section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-1\">\n<p>Note. <a "
           "href=\"#fnref-1\" "
           "class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">\u21a9</a></p>\n"
           "</li>\n</ol>\n</section>\n"_s;
    QTest::newRow("fenced code keeps its language")
        << u"```cpp\nint x;\n```\n"_s << u"<pre><code class=\"language-cpp\">int x;\n</code></pre>\n"_s;
    QTest::newRow("fenced code is escaped")
        << u"```html\n<b>x</b>\n```\n"_s
        << u"<pre><code class=\"language-html\">&lt;b&gt;x&lt;/b&gt;\n</code></pre>\n"_s;
}

void TestMarkdownRenderer::rendersMarkdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(MarkdownRenderer::toHtml(markdown, plainOptions()), html);
}

void TestMarkdownRenderer::appliesOptions_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<bool>("smartPunctuation");
    QTest::addColumn<bool>("hardBreaks");
    QTest::addColumn<QString>("html");

    QTest::newRow("straight quotes by default")
        << u"\"q\" -- x"_s << false << false << u"<p>&quot;q&quot; -- x</p>\n"_s;
    QTest::newRow("smart punctuation")
        << u"\"q\" -- x"_s << true << false << u"<p>\u201cq\u201d \u2013 x</p>\n"_s;
    QTest::newRow("soft breaks by default") << u"a\nb"_s << false << false << u"<p>a\nb</p>\n"_s;
    QTest::newRow("hard breaks") << u"a\nb"_s << false << true << u"<p>a<br />\nb</p>\n"_s;
}

void TestMarkdownRenderer::appliesOptions()
{
    QFETCH(QString, markdown);
    QFETCH(bool, smartPunctuation);
    QFETCH(bool, hardBreaks);
    QFETCH(QString, html);

    MarkdownRenderer::Options options = plainOptions();
    options.smartPunctuation = smartPunctuation;
    options.hardBreaks = hardBreaks;
    QCOMPARE(MarkdownRenderer::toHtml(markdown, options), html);
}

void TestMarkdownRenderer::sourcePositionsAreFileLines_data()
{
    QTest::addColumn<QString>("postText");
    QTest::addColumn<QStringList>("expectedTags");

    QTest::newRow("no front matter") << u"# Title\n\nSome *text*.\n"_s
                                     << QStringList{u"<h1 data-sourcepos=\"1:1-1:7\">Title</h1>"_s,
                                                    u"<p data-sourcepos=\"3:1-3:12\">"_s};
    QTest::newRow("front matter") << u"---\ntitle: Hello\ndate: 2024-05-01\n---\n\n## Section\n\ntext\n"_s
                                  << QStringList{u"<h2 data-sourcepos=\"6:1-6:10\">Section</h2>"_s,
                                                 u"<p data-sourcepos=\"8:1-8:4\">text</p>"_s};
    QTest::newRow("body right after the closing line")
        << u"---\ntitle: A\n---\n## Now\n"_s << QStringList{u"<h2 data-sourcepos=\"4:1-4:6\">Now</h2>"_s};
    QTest::newRow("front matter closed by ...")
        << u"---\ntitle: A\n...\n# X\n"_s << QStringList{u"<h1 data-sourcepos=\"4:1-4:3\">X</h1>"_s};
    QTest::newRow("invalid YAML still ends at its delimiter")
        << u"---\ntitle: [unclosed\n---\n\n# X\n"_s
        << QStringList{u"<h1 data-sourcepos=\"5:1-5:3\">X</h1>"_s};
    QTest::newRow("list items and table rows")
        << u"---\ntitle: A\n---\n- one\n- two\n\n| a |\n|---|\n| 1 |\n"_s
        << QStringList{u"<li data-sourcepos=\"4:1-4:5\">one</li>"_s, u"<tr data-sourcepos=\"9:1-9:5\">"_s};
}

void TestMarkdownRenderer::sourcePositionsAreFileLines()
{
    QFETCH(QString, postText);
    QFETCH(QStringList, expectedTags);

    const QString html = MarkdownRenderer::postBodyToHtml(postText);
    for (const QString &tag : expectedTags)
        QVERIFY2(html.contains(tag), qPrintable(u"missing %1 in:\n%2"_s.arg(tag, html)));
    QVERIFY2(!html.contains(u"title:"), qPrintable(html)); // front matter is never rendered
    QVERIFY2(!html.contains(u"<hr"), qPrintable(html));
}

void TestMarkdownRenderer::sourcePositionsCanBeSwitchedOff()
{
    const QString post = u"---\ntitle: A\n---\n# X\n\ntext\n"_s;
    QCOMPARE(MarkdownRenderer::postBodyToHtml(post, plainOptions()), u"<h1>X</h1>\n<p>text</p>\n"_s);
    QCOMPARE(MarkdownRenderer::toHtml(u"# X"_s), u"<h1 data-sourcepos=\"1:1-1:3\">X</h1>\n"_s);
}

void TestMarkdownRenderer::rawHtmlStaysInert_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("keptText");

    QTest::newRow("script block") << u"<script>alert(1)</script>\n\nafter"_s << u"after"_s;
    QTest::newRow("upper-case script")
        << u"<SCRIPT SRC=https://evil.example/x.js></SCRIPT>\n\nafter"_s << u"after"_s;
    QTest::newRow("inline script") << u"text <script>alert(1)</script> more"_s << u"more"_s;
    QTest::newRow("img onerror block") << u"<img src=x onerror=alert(1)>\n\nafter"_s << u"after"_s;
    QTest::newRow("img onerror inline") << u"see <img src=x onerror=alert(1)> here"_s << u"here"_s;
    QTest::newRow("iframe") << u"<iframe src=\"https://evil.example\"></iframe>\n\nafter"_s << u"after"_s;
    QTest::newRow("inline b onclick") << u"before <b onclick=\"steal()\">bold</b> after"_s << u"bold"_s;
    QTest::newRow("svg onload") << u"<svg onload=alert(1)>\n\nafter"_s << u"after"_s;
    QTest::newRow("attribute in a link title")
        << u"[a](https://example.org \"\\\" onmouseover=\\\"alert(1)\")"_s
        << u"&quot; onmouseover=&quot;alert(1)"_s;
    QTest::newRow("attribute in a code fence info")
        << u"```x\" onclick=\"alert(1)\ncode\n```\n"_s << u"code"_s;
}

void TestMarkdownRenderer::rawHtmlStaysInert()
{
    QFETCH(QString, markdown);
    QFETCH(QString, keptText);

    const QString html = MarkdownRenderer::toHtml(markdown);
    QVERIFY2(html.contains(keptText), qPrintable(html));
    for (const QString &tag : {u"<script"_s, u"<iframe"_s, u"<img"_s, u"<svg"_s, u"<b "_s})
        QVERIFY2(!html.contains(tag, Qt::CaseInsensitive), qPrintable(html));
    const QSet<QString> allowed{u"p"_s, u"a"_s, u"pre"_s, u"code"_s};
    QVERIFY2(elementNames(html).subtract(allowed).isEmpty(), qPrintable(html));
    for (const QString &attribute : attributeNames(html))
        QVERIFY2(!attribute.startsWith(u"on"), qPrintable(html));
}

void TestMarkdownRenderer::dangerousUrlsAreEmptied_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expectedElement");

    QTest::newRow("javascript:") << u"[x](javascript:alert(1))"_s << u"<a href=\"\">x</a>"_s;
    QTest::newRow("mixed-case JavaScript:") << u"[x](JaVaScRiPt:alert(1))"_s << u"<a href=\"\">x</a>"_s;
    QTest::newRow("entity-encoded javascript:")
        << u"[x](jav&#x61;script:alert(1))"_s << u"<a href=\"\">x</a>"_s;
    QTest::newRow("vbscript:") << u"[x](vbscript:msgbox(1))"_s << u"<a href=\"\">x</a>"_s;
    QTest::newRow("file:") << u"[x](file:///etc/passwd)"_s << u"<a href=\"\">x</a>"_s;
    QTest::newRow("data: HTML") << u"[x](data:text/html,<script>alert(1)</script>)"_s
                                << u"<a href=\"\">x</a>"_s;
    QTest::newRow("data: HTML, base64")
        << u"[x](data:text/html;base64,PHNjcmlwdD4=)"_s << u"<a href=\"\">x</a>"_s;
    QTest::newRow("reference definition")
        << u"[x][r]\n\n[r]: javascript:alert(1)"_s << u"<a href=\"\">x</a>"_s;
    QTest::newRow("angle autolink") << u"<javascript:alert(1)>"_s
                                    << u"<a href=\"\">javascript:alert(1)</a>"_s;
    QTest::newRow("image") << u"![x](javascript:alert(1))"_s << u"<img src=\"\" alt=\"x\" />"_s;
}

void TestMarkdownRenderer::dangerousUrlsAreEmptied()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expectedElement);

    const QString html = MarkdownRenderer::toHtml(markdown, plainOptions());
    QVERIFY2(html.contains(expectedElement), qPrintable(html));
    static const QRegularExpression dangerous(QStringLiteral(R"re(^\s*(javascript|vbscript|file|data):)re"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (const QString &url : urlAttributeValues(html))
        QVERIFY2(!dangerous.match(url).hasMatch(), qPrintable(html));
}

void TestMarkdownRenderer::invalidTextIsReplaced_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    const QChar replacement = QChar::ReplacementCharacter;
    // What a file with broken UTF-8 becomes after decoding.
    QTest::newRow("decoded invalid bytes")
        << QString::fromUtf8("caf\xc3 \xff end")
        << u"<p>caf"_s + replacement + u" "_s + replacement + u" end</p>\n"_s;
    // CommonMark turns NUL into U+FFFD.
    QTest::newRow("NUL character") << u"a"_s + QChar(0) + u"b"_s << u"<p>a"_s + replacement + u"b</p>\n"_s;
    // An unpaired surrogate has no UTF-8 form: it gets Qt's substitute instead of reaching cmark as garbage.
    const QString loneSurrogate(QChar(0xd800));
    QTest::newRow("lone surrogate") << u"a"_s + loneSurrogate + u"b"_s
                                    << u"<p>a"_s + QString::fromUtf8(loneSurrogate.toUtf8()) + u"b</p>\n"_s;
}

void TestMarkdownRenderer::invalidTextIsReplaced()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);

    const QString rendered = MarkdownRenderer::toHtml(markdown, plainOptions());
    QCOMPARE(rendered, html);
    QVERIFY(rendered.isValidUtf16());
}

void TestMarkdownRenderer::emptyInputGivesEmptyHtml_data()
{
    QTest::addColumn<QString>("postText");

    QTest::newRow("null") << QString();
    QTest::newRow("empty") << u""_s;
    QTest::newRow("blank lines") << u"\n  \n\t\n"_s;
    QTest::newRow("front matter only") << u"---\ntitle: A\n---\n"_s;
}

void TestMarkdownRenderer::emptyInputGivesEmptyHtml()
{
    QFETCH(QString, postText);
    QCOMPARE(MarkdownRenderer::postBodyToHtml(postText), QString());
}

void TestMarkdownRenderer::concurrentRendersMatchSerialOnes()
{
    // Every other document with math and sanitised raw HTML: they parse and render concurrently too.
    QList<std::pair<QString, bool>> documents;
    for (int i = 0; i < 200; ++i)
        documents.append({busyDocument(i), i % 2 == 1});
    const auto render = [](const std::pair<QString, bool> &document) {
        MarkdownRenderer::Options options;
        options.math = options.rawHtml = document.second;
        return MarkdownRenderer::toHtml(document.first, options);
    };

    QStringList serial;
    for (const auto &document : std::as_const(documents))
        serial.append(render(document));
    // The documents really use the extensions whose parsing shares state inside cmark-gfm.
    QVERIFY(serial.first().contains(u"<del>"));
    QVERIFY(serial.first().contains(u"<td align=\"left\""));
    QVERIFY(serial.first().contains(u"<a href=\"http://www.example.org/0\">"));
    QVERIFY(!serial.first().contains(u"math-inline"));
    QVERIFY(serial.at(1).contains(u"<span class=\"math math-inline\">x_1 = 0</span>"));
    QVERIFY(serial.at(1).contains(u"<kbd>0</kbd>"));
    QVERIFY(serial.at(1).contains(u"data-sourcepos=\"14:1-16:2\">y = 1</div>"));

    QThreadPool pool;
    pool.setMaxThreadCount(8);
    const QStringList concurrent = QtConcurrent::blockingMapped<QStringList>(&pool, documents, render);
    QCOMPARE(concurrent.size(), serial.size());
    for (qsizetype i = 0; i < serial.size(); ++i)
        QCOMPARE(concurrent.at(i), serial.at(i));
}

void TestMarkdownRenderer::math_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    QTest::newRow("inline") << u"Euler: $e^{i\\pi} + 1 = 0$."_s
                            << u"<p>Euler: "_s + inlineMath(u"e^{i\\pi} + 1 = 0"_s) + u".</p>\n"_s;
    QTest::newRow("asterisks stay TeX")
        << u"$a*b*c$ and *em*"_s << u"<p>"_s + inlineMath(u"a*b*c"_s) + u" and <em>em</em></p>\n"_s;
    QTest::newRow("underscores stay TeX")
        << u"$x_1, y_1$ and $x_2$"_s
        << u"<p>"_s + inlineMath(u"x_1, y_1"_s) + u" and "_s + inlineMath(u"x_2"_s) + u"</p>\n"_s;
    QTest::newRow("TeX is HTML-escaped")
        << u"$a<b & c>\"d\"$"_s << u"<p>"_s + inlineMath(u"a&lt;b &amp; c&gt;&quot;d&quot;"_s) + u"</p>\n"_s;
    QTest::newRow("escaped dollar inside math")
        << u"$a\\$b$"_s << u"<p>"_s + inlineMath(u"a\\$b"_s) + u"</p>\n"_s;
    QTest::newRow("in a heading") << u"## About $x$"_s << u"<h2>About "_s + inlineMath(u"x"_s) + u"</h2>\n"_s;
    QTest::newRow("in link text") << u"[$x$](#x)"_s
                                  << u"<p><a href=\"#x\">"_s + inlineMath(u"x"_s) + u"</a></p>\n"_s;
    QTest::newRow("in a table cell")
        << u"| a |\n|---|\n| $b*c*d$ |\n"_s
        << u"<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>"_s +
               inlineMath(u"b*c*d"_s) + u"</td>\n</tr>\n</tbody>\n</table>\n"_s;
    QTest::newRow("display in a table cell, emphasis around math")
        << u"| a | b |\n|---|---|\n| *$x$* | $$y$$ |\n"_s
        << u"<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><em>"_s +
               inlineMath(u"x"_s) +
               u"</em></td>\n<td><span class=\"math math-display\">y</span></td>\n</tr>\n"
               "</tbody>\n</table>\n"_s;
    QTest::newRow("a code span that looks like table math")
        << u"| a | b |\n|---|---|\n| `\ue000\uf8ffix` | $y$ |\n"_s
        << u"<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
           "<td><code>\ufffd\uf8ffix</code></td>\n<td>"_s +
               inlineMath(u"y"_s) + u"</td>\n</tr>\n</tbody>\n</table>\n"_s;
    QTest::newRow("emphasis around math") << u"*$x$* **$y$**"_s
                                          << u"<p><em>"_s + inlineMath(u"x"_s) + u"</em> <strong>"_s +
                                                 inlineMath(u"y"_s) + u"</strong></p>\n"_s;
    QTest::newRow("code span untouched")
        << u"`$x$` and `$$y$$`"_s << u"<p><code>$x$</code> and <code>$$y$$</code></p>\n"_s;
    QTest::newRow("fenced code untouched")
        << u"```\n$x$\n$$\ny\n$$\n```\n"_s << u"<pre><code>$x$\n$$\ny\n$$\n</code></pre>\n"_s;
    QTest::newRow("indented code untouched")
        << u"    $x$ $$y$$\n"_s << u"<pre><code>$x$ $$y$$\n</code></pre>\n"_s;
    QTest::newRow("escaped dollar is a dollar") << u"\\$x$ costs"_s << u"<p>$x$ costs</p>\n"_s;
    QTest::newRow("prices") << u"$5 and $10"_s << u"<p>$5 and $10</p>\n"_s;
    QTest::newRow("prices with words between")
        << u"from $5 to $6 total"_s << u"<p>from $5 to $6 total</p>\n"_s;
    QTest::newRow("digit after the closing dollar") << u"$x$5"_s << u"<p>$x$5</p>\n"_s;
    QTest::newRow("space after the opening dollar") << u"$ x$"_s << u"<p>$ x$</p>\n"_s;
    QTest::newRow("space before the closing dollar") << u"$x $"_s << u"<p>$x $</p>\n"_s;
    QTest::newRow("shell variable") << u"echo $HOME and $PATH now"_s
                                    << u"<p>echo $HOME and $PATH now</p>\n"_s;
    QTest::newRow("display on one line") << u"$$x^2$$"_s << displayMath(u"x^2"_s);
    QTest::newRow("display with spaces") << u"$$ \\int_0^1 f $$"_s << displayMath(u"\\int_0^1 f"_s);
    QTest::newRow("display within text stays inline")
        << u"a $$x$$ b"_s << u"<p>a <span class=\"math math-display\">x</span> b</p>\n"_s;
    QTest::newRow("display over lines")
        << u"$$\n\\begin{aligned}\na &= b \\\\\n- c\n= d\n\\end{aligned}\n$$\n"_s
        << displayMath(u"\\begin{aligned}\na &amp;= b \\\\\n- c\n= d\n\\end{aligned}"_s);
    QTest::newRow("display lines after a paragraph line")
        << u"text\n$$\nx\n$$\nmore\n"_s << u"<p>text</p>\n"_s + displayMath(u"x"_s) + u"<p>more</p>\n"_s;
    QTest::newRow("display in a blockquote")
        << u"> $$\n> x\n> $$\n"_s << u"<blockquote>\n"_s + displayMath(u"x"_s) + u"</blockquote>\n"_s;
    QTest::newRow("display in a list item")
        << u"- item\n\n  $$\n  a\n  - b\n  $$\n"_s
        << u"<ul>\n<li>\n<p>item</p>\n"_s + displayMath(u"a\n- b"_s) + u"</li>\n</ul>\n"_s;
    QTest::newRow("display with backticks inside") << u"$$\n```\n$$\n"_s << displayMath(u"```"_s);
    QTest::newRow("$$ lines in a fence, then real display")
        << u"```\n$$\n```\n\n$$\nx\n$$\n"_s << u"<pre><code>$$\n</code></pre>\n"_s + displayMath(u"x"_s);
    QTest::newRow("$$ lines in raw HTML") << u"<div>\n$$\n</div>\n"_s << u"<!-- raw HTML omitted -->\n"_s;
    QTest::newRow("unclosed display") << u"$$\nx\n"_s << u"<p>$$\nx</p>\n"_s;
    QTest::newRow("empty display") << u"$$$$"_s << u"<p>$$$$</p>\n"_s;
}

void TestMarkdownRenderer::math()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(MarkdownRenderer::toHtml(markdown, mathOptions()), html);
    // With math off, and for posts without math, nothing changes.
    QCOMPARE(MarkdownRenderer::toHtml(markdown, plainOptions()).contains(u"class=\"math"), false);
    const QString noMath = markdown.contains(u'$') ? QString() : markdown;
    QCOMPARE(MarkdownRenderer::toHtml(noMath, mathOptions()),
             MarkdownRenderer::toHtml(noMath, plainOptions()));
}

void TestMarkdownRenderer::mathKeepsSourceLines_data()
{
    QTest::addColumn<QString>("postText");
    QTest::addColumn<QString>("display");   // the display block's start tag
    QTest::addColumn<QString>("nextBlock"); // the tag of the block after it, as without math

    QTest::newRow("fenced display") << u"Intro\n\n$$\na\n- b\n$$\n\nAfter\n"_s
                                    << u"<div class=\"math math-display\" data-sourcepos=\"3:1-6:2\">"_s
                                    << u"<p data-sourcepos=\"8:1-8:5\">"_s;
    QTest::newRow("one-line display")
        << u"Intro\n\n$$x$$\n\nAfter\n"_s << u"<div class=\"math math-display\" data-sourcepos=\"3:1-3:5\">"_s
        << u"<p data-sourcepos=\"5:1-5:5\">"_s;
    QTest::newRow("after front matter") << u"---\ntitle: A\n---\n$$\nx\n$$\n## Next\n"_s
                                        << u"<div class=\"math math-display\" data-sourcepos=\"4:1-6:2\">"_s
                                        << u"<h2 data-sourcepos=\"7:1-7:7\">"_s;
    QTest::newRow("in a blockquote") << u"> $$\n> x\n> $$\n\npara\n"_s
                                     << u"<div class=\"math math-display\" data-sourcepos=\"1:3-3:4\">"_s
                                     << u"<p data-sourcepos=\"5:1-5:4\">"_s;
}

void TestMarkdownRenderer::mathKeepsSourceLines()
{
    QFETCH(QString, postText);
    QFETCH(QString, display);
    QFETCH(QString, nextBlock);

    const QString html = MarkdownRenderer::postBodyToHtml(postText, mathOptions(true));
    QVERIFY2(html.contains(display), qPrintable(html));
    QVERIFY2(html.contains(nextBlock), qPrintable(html));
    QVERIFY2(MarkdownRenderer::postBodyToHtml(postText, {}).contains(nextBlock),
             "the same block without math");
}

void TestMarkdownRenderer::rawHtml_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<bool>("rawHtml");
    QTest::addColumn<bool>("sanitize");
    QTest::addColumn<QString>("html");

    const QString block = u"<div class=\"note\" onclick=\"steal()\">Hi <script>alert(1)</script></div>\n\n"
                          "[x](javascript:alert(1)) <b style=\"color:red\">b</b>"_s;
    QTest::newRow("omitted by default")
        << block << false << true
        << u"<!-- raw HTML omitted -->\n<p><a href=\"\">x</a> <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>\n"_s;
    QTest::newRow("kept as written (tag filter still on)")
        << block << true << false
        << u"<div class=\"note\" onclick=\"steal()\">Hi &lt;script>alert(1)&lt;/script></div>\n"
           "<p><a href=\"javascript:alert(1)\">x</a> <b style=\"color:red\">b</b></p>\n"_s;
    QTest::newRow("sanitised") << block << true << true
                               << u"<div class=\"note\">Hi &lt;script&gt;alert(1)&lt;/script&gt;</div>\n"
                                  "<p><a>x</a> <b>b</b></p>\n"_s;
    QTest::newRow("safe HTML kept when sanitised")
        << u"Press <kbd>Ctrl</kbd>.\n\n<details>\n<summary>More</summary>\n\nText *here*.\n\n</details>\n"_s
        << true << true
        << u"<p>Press <kbd>Ctrl</kbd>.</p>\n<details>\n<summary>More</summary>\n<p>Text <em>here</em>.</p>\n</details>\n"_s;
}

void TestMarkdownRenderer::rawHtml()
{
    QFETCH(QString, markdown);
    QFETCH(bool, rawHtml);
    QFETCH(bool, sanitize);
    QFETCH(QString, html);

    MarkdownRenderer::Options options = plainOptions();
    options.rawHtml = rawHtml;
    options.sanitize = sanitize;
    QCOMPARE(MarkdownRenderer::toHtml(markdown, options), html);
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)

#include "tst_markdownrenderer.moc"
