#include "spell/markdownspellscanner.h"

#include <QTest>

using namespace Postwright;

namespace {

// Runs the scanner over text line by line the way a QSyntaxHighlighter would (-1 before the
// first block, each line's stateOut into the next) and returns the words it picked.
QStringList scanWords(const QString &text,
                      MarkdownSpellScanner::Options options = MarkdownSpellScanner::Options())
{
    const MarkdownSpellScanner scanner(options);
    QStringList words;
    int state = -1;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const MarkdownSpellScanner::Line line = scanner.scan(lines[i], state, i == 0);
        for (const WordRange &word : line.words)
            words.append(lines[i].mid(word.start, word.length));
        state = line.stateOut;
    }
    return words;
}

} // namespace

class TestMarkdownSpellScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data();
    void words();
    void ranges();
    void abbreviationsOption();
    void states_data();
    void states();
    void stateIsNonNegativeAndStable();
};

void TestMarkdownSpellScanner::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // Words
    QTest::newRow("plain prose") << "Hello world, again." << QStringList{"Hello", "world", "again"};
    QTest::newRow("straight apostrophe") << "I don't know" << QStringList{"I", "don't", "know"};
    QTest::newRow("typographic apostrophe and accents")
        << QString::fromUtf8("l’été naïve Straße")
        << QStringList{QString::fromUtf8("l’été"), QString::fromUtf8("naïve"), QString::fromUtf8("Straße")};
    QTest::newRow("quotes are not apostrophes")
        << "'quoted' students' work" << QStringList{"quoted", "students", "work"};
    QTest::newRow("curly quotes") << QString::fromUtf8("“Hi,” she said ‘twice’")
                                  << QStringList{"Hi", "she", "said", "twice"};
    QTest::newRow("hyphens split") << "well-known e-mail" << QStringList{"well", "known", "e", "mail"};
    QTest::newRow("combining marks stay in the word")
        << QString::fromUtf8("nai\u0308ve") << QStringList{QString::fromUtf8("nai\u0308ve")};
    QTest::newRow("words with digits")
        << "version 3 has h264 and 2nd v1" << QStringList{"version", "has", "and"};
    QTest::newRow("abbreviations") << "HTTP and JSON over TCP, HTTPSERVER I"
                                   << QStringList{"and", "over", "HTTPSERVER", "I"};
    QTest::newRow("identifiers and emphasis") << "call snake_case_name with _emphasis_ and **bold** *it*"
                                              << QStringList{"call", "with", "emphasis", "and", "bold", "it"};
    QTest::newRow("unspaced scripts")
        << QString::fromUtf8("Hello 日本語です world") << QStringList{"Hello", "world"};
    QTest::newRow("escapes") << "\\*not emphasis\\* ok" << QStringList{"not", "emphasis", "ok"};

    // Inline constructs
    QTest::newRow("code span") << "use `git commit -m msg` now" << QStringList{"use", "now"};
    QTest::newRow("double backtick code span") << "a ``code with ` inside`` b" << QStringList{"a", "b"};
    QTest::newRow("unmatched backtick is literal") << "a `b c" << QStringList{"a", "b", "c"};
    QTest::newRow("link text checked, destination not")
        << "[read the docs](https://docs.example.com/guide \"Titel\") now"
        << QStringList{"read", "the", "docs", "now"};
    QTest::newRow("image") << "![alt text](img/photo.png)" << QStringList{"alt", "text"};
    QTest::newRow("reference links") << "[text][ref-label] and [more][]"
                                     << QStringList{"text", "and", "more"};
    QTest::newRow("reference definition") << "[ref]: https://x.example/page \"Titel\"" << QStringList{};
    QTest::newRow("prose that looks like a definition")
        << "[Note]: this is important" << QStringList{"Note", "this", "is", "important"};
    QTest::newRow("footnotes") << "Text[^1] here.\n\n[^1]: The footnote body."
                               << QStringList{"Text", "here", "The", "footnote", "body"};
    QTest::newRow("bare URLs") << "see https://example.com/pth?q=1 and www.exmple.org too"
                               << QStringList{"see", "and", "too"};
    QTest::newRow("autolinks") << "mail <https://x.org/a> or <me@exmple.com> ok"
                               << QStringList{"mail", "or", "ok"};
    QTest::newRow("e-mail and mention") << "write to jane.doe@exmple.com today, thanks @octocat!"
                                        << QStringList{"write", "to", "today", "thanks"};
    QTest::newRow("paths and file names") << "edit /etc/hosts and config.yaml or ~/.bashrc, e.g. exmple.com."
                                          << QStringList{"edit", "and", "or"};
    QTest::newRow("HTML tags and attributes")
        << "<span class=\"hilite\" title='Ttle'>text</span> <br/>" << QStringList{"text"};
    QTest::newRow("a lone < is prose") << "if a <b and c" << QStringList{"if", "a", "b", "and", "c"};
    QTest::newRow("inline code tags")
        << "press <kbd>Ctrl</kbd> then <code>fooBar</code> go" << QStringList{"press", "then", "go"};
    QTest::newRow("entities") << "fish &amp; chips&nbsp;now" << QStringList{"fish", "chips", "now"};
    QTest::newRow("inline math") << "where $x^2 + yz$ holds" << QStringList{"where", "holds"};
    QTest::newRow("dollar amounts are prose") << "costs $5 and $10" << QStringList{"costs", "and"};
    QTest::newRow("heading with attributes")
        << "## Intro text {#custom-id .cls}" << QStringList{"Intro", "text"};
    QTest::newRow("hugo shortcode") << "{{< figure src=\"x.png\" caption=\"Hiden\" >}} Shown"
                                    << QStringList{"Shown"};
    QTest::newRow("liquid tag") << "{% include note.html %} Shown" << QStringList{"Shown"};
    QTest::newRow("emoji code") << "Ship it :rocket: now" << QStringList{"Ship", "it", "now"};
    QTest::newRow("task list") << "- [x] done item\n- [ ] open" << QStringList{"done", "item", "open"};
    QTest::newRow("table") << "| Name | Value |\n|---|:--:|\n| alpha | beta |"
                           << QStringList{"Name", "Value", "alpha", "beta"};

    // Across lines
    QTest::newRow("yaml front matter")
        << "---\ntitle: Misspeled\ntags: [a]\n---\nBody text" << QStringList{"Body", "text"};
    QTest::newRow("yaml front matter closed by dots") << "---\na: bee\n...\nBody" << QStringList{"Body"};
    QTest::newRow("toml front matter") << "+++\ntitle = \"Misspeled\"\n+++\nBody" << QStringList{"Body"};
    QTest::newRow("--- later is a thematic break") << "Intro\n---\nMore" << QStringList{"Intro", "More"};
    QTest::newRow("front matter only on the first line")
        << "\n---\ntitle: x\n---" << QStringList{"title", "x"};
    QTest::newRow("backtick fence") << "Before\n```python\nprint(helo)\n```\nAfter"
                                    << QStringList{"Before", "After"};
    QTest::newRow("tilde fence ignores backtick fences")
        << "~~~\n```\nnot closed\n~~~\nAfter" << QStringList{"After"};
    QTest::newRow("shorter fence does not close")
        << "````md\n```\ninside\n````\nAfter" << QStringList{"After"};
    QTest::newRow("backtick in info string is no fence")
        << "``` a ` b\ntext" << QStringList{"a", "b", "text"};
    QTest::newRow("unclosed fence runs to the end") << "```\ncode\nmore" << QStringList{};
    QTest::newRow("fence in a list item")
        << "- item\n  ```\n  cde here\n  ```\n- next" << QStringList{"item", "next"};
    QTest::newRow("fence in a block quote")
        << "> quote\n> ```\n> cde\n> ```\n> after" << QStringList{"quote", "after"};
    QTest::newRow("indented code") << "Para\n\n    cde line\nback" << QStringList{"Para", "back"};
    QTest::newRow("tab-indented code") << "\tcde line" << QStringList{};
    QTest::newRow("indented paragraph continuation")
        << "Para\n    continued" << QStringList{"Para", "continued"};
    QTest::newRow("indented text in a list item")
        << "- item\n\n    still item\n\n        cde" << QStringList{"item", "still", "item"};
    QTest::newRow("list ends, code starts") << "- item\n\nPara\n\n    cde" << QStringList{"item", "Para"};
    QTest::newRow("multi-line comment")
        << "start <!-- hiden\nstill hiden\nend --> visible" << QStringList{"start", "visible"};
    QTest::newRow("multi-line tag") << "<img src=\"a.png\"\n     alt=\"Hiden it's\">\nVisible"
                                    << QStringList{"Visible"};
    QTest::newRow("blank line ends a stray tag") << "<div class=\"a\n\nText" << QStringList{"Text"};
    QTest::newRow("script block") << "<script>\nvar xyzzy = 1;\n</script>\nAfter" << QStringList{"After"};
    QTest::newRow("pre block") << "<pre>\nliteral txt\n</pre>\nAfter" << QStringList{"After"};
    QTest::newRow("one-line script") << "<script src=\"a.js\"></script>\nAfter" << QStringList{"After"};
    QTest::newRow("math block") << "$$\n\\frac{a}{b}\n$$\nAfter" << QStringList{"After"};
}

void TestMarkdownSpellScanner::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(scanWords(text), expected);
}

// Ranges are in UTF-16 units of the line, as QTextLayout wants them.
void TestMarkdownSpellScanner::ranges()
{
    const QString line = QString::fromUtf8("Hi “naïve” café \U0001D400x");
    const MarkdownSpellScanner::Line result =
        MarkdownSpellScanner().scan(line, MarkdownSpellScanner::InitialState);
    // U+1D400 (mathematical bold A) is a letter outside the BMP: two units, one word with "x".
    const QList<WordRange> expected{{0, 2}, {4, 5}, {11, 4}, {16, 3}};
    QCOMPARE(result.words, expected);
}

void TestMarkdownSpellScanner::abbreviationsOption()
{
    QCOMPARE(scanWords("HTTP and JSON", {.skipAbbreviations = false}), (QStringList{"HTTP", "and", "JSON"}));
}

void TestMarkdownSpellScanner::states_data()
{
    using Context = MarkdownSpellScanner::Context;
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("context"); // after the last line

    QTest::newRow("normal") << "Text" << int(Context::Normal);
    QTest::newRow("yaml") << "---\ntitle: a" << int(Context::YamlFrontMatter);
    QTest::newRow("toml") << "+++" << int(Context::TomlFrontMatter);
    QTest::newRow("fence") << "Text\n```" << int(Context::FencedCode);
    QTest::newRow("fence closed") << "~~~~\n~~~~" << int(Context::Normal);
    QTest::newRow("comment") << "a <!-- b" << int(Context::HtmlComment);
    QTest::newRow("tag") << "<img src=\"x\"" << int(Context::HtmlTag);
    QTest::newRow("raw html") << "<style>" << int(Context::RawHtml);
    QTest::newRow("math") << "$$" << int(Context::MathBlock);
}

void TestMarkdownSpellScanner::states()
{
    QFETCH(QString, text);
    QFETCH(int, context);
    const MarkdownSpellScanner scanner;
    int state = -1;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        state = scanner.scan(lines[i], state, i == 0).stateOut;
    QCOMPARE(int(MarkdownSpellScanner::contextOf(state)), context);
}

// The highlighter re-runs following blocks only when a block's state changes, so the same input
// must give the same state, and states must never be -1 (QSyntaxHighlighter's "unset").
void TestMarkdownSpellScanner::stateIsNonNegativeAndStable()
{
    const MarkdownSpellScanner scanner;
    const QStringList lines{"---", "a: b",    "---",          "",     "- item",      "  ````` ",
                            "  x", "  `````", "<p title=\"a", "b\">", "text <!-- c", "-->",
                            "$$",  "$$",      "    code"};
    int state = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int out = scanner.scan(lines[i], state, i == 0).stateOut;
        QVERIFY2(out >= 0, qPrintable(lines[i]));
        QCOMPARE(scanner.scan(lines[i], state, i == 0).stateOut, out);
        state = out;
    }
    QCOMPARE(MarkdownSpellScanner::contextOf(state), MarkdownSpellScanner::Context::Normal);
    QCOMPARE(MarkdownSpellScanner::contextOf(-1), MarkdownSpellScanner::Context::Normal);
}

QTEST_GUILESS_MAIN(TestMarkdownSpellScanner)

#include "tst_markdownspellscanner.moc"
