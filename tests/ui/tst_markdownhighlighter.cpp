// The editor's Markdown highlighting: what each kind of line gets, that multi-line constructs
// (front matter, fences, comments, HTML blocks, tables, math) are carried across blocks and undone
// when their opening changes, and that an edit re-highlights only the blocks it affects.

#include "editor/markdownhighlighter.h"
#include "editor/spellblockdata.h"

#include <QPlainTextDocumentLayout>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Postwright;

namespace {

// The highlighter's format at a (0-based) line and column; an invalid format when there is none.
QTextCharFormat formatAt(const QTextDocument &document, int line, int column)
{
    const QTextBlock block = document.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

bool has(const QTextCharFormat &format, const QString &property)
{
    if (property == u"plain")
        return !format.isValid() || format.properties().isEmpty();
    if (property == u"bold")
        return format.fontWeight() >= QFont::Bold;
    if (property == u"italic")
        return format.fontItalic();
    if (property == u"strikeout")
        return format.fontStrikeOut();
    if (property == u"background")
        return format.background().style() != Qt::NoBrush;
    if (property == u"coloured")
        return format.foreground().style() != Qt::NoBrush;
    if (property == u"misspelled")
        return format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    qFatal("unknown property");
}

// The lines a highlighter highlights, as the spell source hears of them.
class HighlightedLines
{
public:
    explicit HighlightedLines(MarkdownHighlighter &highlighter)
    {
        highlighter.setSpellSource([this](const QTextBlock &block, const QString &) {
            m_lines.insert(block.blockNumber());
            return QList<WordRange>{};
        });
    }
    void clear() { m_lines.clear(); }
    QList<int> lines() const
    {
        QList<int> lines(m_lines.cbegin(), m_lines.cend());
        std::sort(lines.begin(), lines.end());
        return lines;
    }

private:
    QSet<int> m_lines;
};

void appendToLine(QTextDocument &document, int line, const QString &text)
{
    QTextCursor cursor(document.findBlockByNumber(line));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(text);
}

} // namespace

class TstMarkdownHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void mathFormats_data();
    void mathFormats();
    void fenceFollowsItsOpening();
    void frontMatterOnlyOnFirstLine();
    void editRehighlightsOnlyWhatChanges_data();
    void editRehighlightsOnlyWhatChanges();
    void spellUnderlinesMerge();
    void spellScannerStateIsCarried();
    void progressiveHighlightingReachesTheEnd();
};

void TstMarkdownHighlighter::formats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("property");
    QTest::addColumn<bool>("expected");

    const QString post = QStringLiteral("---\ntitle: Hello\n---\n\nBody text.\n");
    QTest::newRow("front matter key") << post << 1 << 0 << "coloured" << true;
    QTest::newRow("front matter value") << post << 1 << 8 << "coloured" << true;
    QTest::newRow("body after front matter") << post << 4 << 0 << "plain" << true;

    QTest::newRow("heading") << QStringLiteral("## Title") << 0 << 4 << "bold" << true;
    QTest::newRow("seven hashes is text") << QStringLiteral("####### no") << 0 << 8 << "bold" << false;
    QTest::newRow("hash without space is text") << QStringLiteral("#tag") << 0 << 2 << "plain" << true;
    QTest::newRow("strong") << QStringLiteral("a **b** c") << 0 << 4 << "bold" << true;
    QTest::newRow("after strong") << QStringLiteral("a **b** c") << 0 << 8 << "plain" << true;
    QTest::newRow("emphasis star") << QStringLiteral("a *b* c") << 0 << 3 << "italic" << true;
    QTest::newRow("emphasis underscore") << QStringLiteral("a _b_ c") << 0 << 3 << "italic" << true;
    QTest::newRow("snake_case is not emphasis")
        << QStringLiteral("snake_case_name") << 0 << 7 << "italic" << false;
    QTest::newRow("list star is not emphasis") << QStringLiteral("* item *x*") << 0 << 2 << "italic" << false;
    QTest::newRow("strikethrough") << QStringLiteral("~~gone~~") << 0 << 3 << "strikeout" << true;
    QTest::newRow("inline code") << QStringLiteral("use `x` here") << 0 << 5 << "background" << true;
    QTest::newRow("no emphasis inside code") << QStringLiteral("`**a**`") << 0 << 3 << "bold" << false;
    QTest::newRow("link text") << QStringLiteral("[text](http://x.org)") << 0 << 2 << "coloured" << true;
    QTest::newRow("image") << QStringLiteral("![alt](a.png)") << 0 << 3 << "coloured" << true;
    QTest::newRow("bare url") << QStringLiteral("see https://example.org now") << 0 << 6 << "coloured"
                              << true;
    QTest::newRow("list marker") << QStringLiteral("- item") << 0 << 0 << "bold" << true;
    QTest::newRow("ordered list marker") << QStringLiteral("12. item") << 0 << 1 << "bold" << true;
    QTest::newRow("list text") << QStringLiteral("- item") << 0 << 3 << "plain" << true;
    QTest::newRow("block quote") << QStringLiteral("> quoted") << 0 << 3 << "italic" << true;

    const QString fenced = QStringLiteral("```cpp\n# not a heading\n**not bold**\n```\n# heading\n");
    QTest::newRow("fence line") << fenced << 0 << 0 << "coloured" << true;
    QTest::newRow("code in fence") << fenced << 1 << 0 << "codeBlock" << true;
    QTest::newRow("opening fence is in the block") << fenced << 0 << 0 << "codeBlock" << true;
    QTest::newRow("closing fence is in the block") << fenced << 3 << 0 << "codeBlock" << true;
    QTest::newRow("heading after fence is not") << fenced << 4 << 0 << "codeBlock" << false;
    QTest::newRow("front matter band") << post << 2 << 0 << "frontMatter" << true;
    QTest::newRow("no band after front matter") << post << 3 << 0 << "frontMatter" << false;
    QTest::newRow("no heading in fence") << fenced << 1 << 3 << "bold" << false;
    QTest::newRow("no strong in fence") << fenced << 2 << 3 << "bold" << false;
    QTest::newRow("heading after fence") << fenced << 4 << 3 << "bold" << true;
    const QString tildes = QStringLiteral("~~~~\n```\nstill code\n~~~~\nafter\n");
    QTest::newRow("backticks do not close tildes") << tildes << 2 << 0 << "codeBlock" << true;
    QTest::newRow("after tilde fence") << tildes << 4 << 0 << "plain" << true;
    QTest::newRow("short fence does not close")
        << QStringLiteral("````\n```\ncode\n") << 2 << 0 << "codeBlock" << true;
    const QString toml = QStringLiteral("+++\ntitle = \"x\"\n+++\n# Body\n");
    QTest::newRow("toml front matter") << toml << 1 << 0 << "frontMatter" << true;
    QTest::newRow("after toml front matter") << toml << 3 << 3 << "bold" << true;

    // Task lists: the box is marked up, a done item's text struck through.
    QTest::newRow("open task box") << QStringLiteral("- [ ] todo") << 0 << 3 << "coloured" << true;
    QTest::newRow("open task text") << QStringLiteral("- [ ] todo") << 0 << 7 << "strikeout" << false;
    QTest::newRow("done task box") << QStringLiteral("- [x] done") << 0 << 3 << "coloured" << true;
    QTest::newRow("done task text") << QStringLiteral("- [x] done") << 0 << 7 << "strikeout" << true;
    QTest::newRow("done task, capital X") << QStringLiteral("3. [X] Done") << 0 << 8 << "strikeout" << true;
    QTest::newRow("box without list marker")
        << QStringLiteral("[x] no task") << 0 << 5 << "strikeout" << false;

    // Tables: the header row (bold) is known by the delimiter row under it.
    const QString table = QStringLiteral("| Name | Size |\n|:-----|-----:|\n| a `|` | 2 |\n\nafter | x\n");
    QTest::newRow("table header cell") << table << 0 << 2 << "bold" << true;
    QTest::newRow("table header pipe") << table << 0 << 0 << "coloured" << true;
    QTest::newRow("table delimiter row") << table << 1 << 3 << "coloured" << true;
    QTest::newRow("table body pipe") << table << 2 << 0 << "coloured" << true;
    QTest::newRow("table body cell") << table << 2 << 2 << "bold" << false;
    QTest::newRow("table body cell is plain") << table << 2 << 2 << "plain" << true;
    QTest::newRow("code in table cell") << table << 2 << 5 << "background" << true;
    QTest::newRow("blank line ends the table") << table << 4 << 6 << "coloured" << false;
    QTest::newRow("pipes without delimiter row")
        << QStringLiteral("a | b\nno delimiter\n") << 0 << 0 << "bold" << false;
    QTest::newRow("delimiter row with other cell count")
        << QStringLiteral("| a | b |\n|---|\n") << 0 << 2 << "bold" << false;
    QTest::newRow("one column table") << QStringLiteral("| a |\n| --- |\n") << 0 << 2 << "bold" << true;

    // HTML: tags, comments (also over several lines) and blocks whose content is not Markdown.
    const QString span = QStringLiteral("Text <span class=\"x\">in</span> out");
    QTest::newRow("html tag") << span << 0 << 6 << "coloured" << true;
    QTest::newRow("html attribute") << span << 0 << 12 << "coloured" << true;
    QTest::newRow("between html tags") << span << 0 << 21 << "plain" << true;
    QTest::newRow("html closing tag") << span << 0 << 25 << "coloured" << true;
    QTest::newRow("html comment") << QStringLiteral("a <!-- note --> b") << 0 << 7 << "italic" << true;
    QTest::newRow("after html comment") << QStringLiteral("a <!-- note --> b") << 0 << 16 << "plain" << true;
    const QString comment = QStringLiteral("<!--\n# not a heading\n-->\n# heading\n");
    QTest::newRow("comment over lines") << comment << 1 << 3 << "italic" << true;
    QTest::newRow("no heading in comment") << comment << 1 << 3 << "bold" << false;
    QTest::newRow("heading after comment") << comment << 3 << 3 << "bold" << true;
    const QString inlineComment = QStringLiteral("Text <!-- starts\nstill a comment\nends --> *after*\n");
    QTest::newRow("comment opened in a paragraph") << inlineComment << 1 << 0 << "italic" << true;
    QTest::newRow("comment closing line") << inlineComment << 2 << 0 << "italic" << true;
    QTest::newRow("markdown after comment") << inlineComment << 2 << 10 << "italic" << true;
    QTest::newRow("markdown after comment is not comment") << inlineComment << 2 << 10 << "coloured" << false;
    QTest::newRow("comment opener in code span")
        << QStringLiteral("`<!--` then *x*\n*y*") << 1 << 1 << "italic" << true;
    const QString div = QStringLiteral("<div>\n# not a heading *x*\n</div>\n\n# heading\n");
    QTest::newRow("html block tag") << div << 0 << 1 << "coloured" << true;
    QTest::newRow("no heading in html block") << div << 1 << 3 << "bold" << false;
    QTest::newRow("no emphasis in html block") << div << 1 << 18 << "italic" << false;
    QTest::newRow("blank line ends html block") << div << 4 << 3 << "bold" << true;
    const QString script = QStringLiteral("<script>\nlet a = 1;\n\n*x*\n</script>\n*y*\n");
    QTest::newRow("raw html over blank lines") << script << 3 << 1 << "italic" << false;
    QTest::newRow("after raw html") << script << 5 << 1 << "italic" << true;
    QTest::newRow("inline tag cannot start html block")
        << QStringLiteral("Text\n<span>\n*x*\n") << 2 << 1 << "italic" << true;

    // Links the writer did not bracket, and footnotes.
    QTest::newRow("uri autolink") << QStringLiteral("<https://example.org>") << 0 << 3 << "coloured" << true;
    QTest::newRow("email autolink") << QStringLiteral("<me@example.org>") << 0 << 3 << "coloured" << true;
    QTest::newRow("www link") << QStringLiteral("see www.example.org.") << 0 << 6 << "coloured" << true;
    QTest::newRow("www link leaves the full stop")
        << QStringLiteral("see www.example.org.") << 0 << 19 << "coloured" << false;
    QTest::newRow("bare email") << QStringLiteral("mail me@example.org now") << 0 << 6 << "coloured" << true;
    QTest::newRow("footnote reference") << QStringLiteral("Claim[^1] here") << 0 << 7 << "coloured" << true;
    QTest::newRow("after footnote reference")
        << QStringLiteral("Claim[^1] here") << 0 << 11 << "plain" << true;
    QTest::newRow("footnote definition") << QStringLiteral("[^1]: The note") << 0 << 2 << "coloured" << true;

    // Setext headings, and the --- that is not one.
    QTest::newRow("setext heading text") << QStringLiteral("Title\n=====\n") << 0 << 1 << "bold" << true;
    QTest::newRow("setext underline") << QStringLiteral("Title\n=====\n") << 1 << 0 << "coloured" << true;
    QTest::newRow("setext dashes") << QStringLiteral("Title\n---\n") << 0 << 1 << "bold" << true;
    QTest::newRow("rule under list item") << QStringLiteral("- item\n---\n") << 0 << 3 << "bold" << false;
    QTest::newRow("rule after blank line") << QStringLiteral("Text\n\n---\n") << 0 << 1 << "bold" << false;
    QTest::newRow("equals without paragraph") << QStringLiteral("\n===\n") << 1 << 0 << "plain" << true;

    // Hard line breaks: trailing spaces, or a backslash.
    QTest::newRow("hard break spaces")
        << QStringLiteral("line one  \nline two") << 0 << 8 << "background" << true;
    QTest::newRow("no hard break mid-line")
        << QStringLiteral("line one  \nline two") << 0 << 4 << "background" << false;
    QTest::newRow("hard break backslash")
        << QStringLiteral("line one\\\nline two") << 0 << 8 << "coloured" << true;
    QTest::newRow("math is off by default")
        << QStringLiteral("Euler $e^{i\\pi}$ here") << 0 << 8 << "plain" << true;
}

void TstMarkdownHighlighter::formats()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, property);
    QFETCH(bool, expected);

    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document)); // as in the editor
    MarkdownHighlighter highlighter(&document);
    document.setPlainText(text);
    const QTextBlock block = document.findBlockByNumber(line);
    if (property == u"codeBlock")
        QCOMPARE(MarkdownHighlighter::blockKind(block) == MarkdownHighlighter::BlockKind::CodeBlock,
                 expected);
    else if (property == u"frontMatter")
        QCOMPARE(MarkdownHighlighter::blockKind(block) == MarkdownHighlighter::BlockKind::FrontMatter,
                 expected);
    else
        QCOMPARE(has(formatAt(document, line, column), property), expected);
}

void TstMarkdownHighlighter::mathFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("property");
    QTest::addColumn<bool>("expected");

    QTest::newRow("inline math") << QStringLiteral("Euler $e^{i\\pi}$ here") << 0 << 8 << "coloured" << true;
    QTest::newRow("after inline math")
        << QStringLiteral("Euler $e^{i\\pi}$ here") << 0 << 18 << "plain" << true;
    QTest::newRow("no emphasis in math")
        << QStringLiteral("$a_1 * b_2$ and *c*") << 0 << 3 << "italic" << false;
    QTest::newRow("prices are not math") << QStringLiteral("costs $5 and $10") << 0 << 9 << "plain" << true;
    QTest::newRow("escaped dollar") << QStringLiteral("\\$x$") << 0 << 2 << "plain" << true;
    QTest::newRow("display math on one line") << QStringLiteral("$$x^2$$") << 0 << 3 << "coloured" << true;
    const QString block = QStringLiteral("$$\nx_1 *y*\n$$\n*z*\n");
    QTest::newRow("math block") << block << 1 << 5 << "coloured" << true;
    QTest::newRow("no emphasis in math block") << block << 1 << 5 << "italic" << false;
    QTest::newRow("after math block") << block << 3 << 1 << "italic" << true;
    QTest::newRow("math in code span") << QStringLiteral("`$x$`") << 0 << 2 << "background" << true;
}

void TstMarkdownHighlighter::mathFormats()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, property);
    QFETCH(bool, expected);

    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    MarkdownHighlighter highlighter(&document);
    highlighter.setMathEnabled(true);
    document.setPlainText(text);
    QCOMPARE(has(formatAt(document, line, column), property), expected);

    // Switching math off re-highlights: $$ blocks are Markdown again.
    highlighter.setMathEnabled(false);
    if (property == u"coloured" && expected)
        QVERIFY(!has(formatAt(document, line, column), property));
}

void TstMarkdownHighlighter::fenceFollowsItsOpening()
{
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document)); // as in the editor
    MarkdownHighlighter highlighter(&document);
    document.setPlainText(QStringLiteral("```\n# inside\n```\n"));
    QVERIFY(!has(formatAt(document, 1, 3), QStringLiteral("bold")));

    // Breaking the opening fence turns the rest back into Markdown without a full rehighlight.
    QTextCursor cursor(document.firstBlock());
    cursor.deleteChar();
    QVERIFY(has(formatAt(document, 1, 3), QStringLiteral("bold")));
}

void TstMarkdownHighlighter::frontMatterOnlyOnFirstLine()
{
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document)); // as in the editor
    MarkdownHighlighter highlighter(&document);
    document.setPlainText(QStringLiteral("Intro\n\n---\ntitle: no\n---\n"));
    // A rule, then a setext heading ("title: no" underlined), as cmark-gfm reads it.
    QCOMPARE(MarkdownHighlighter::blockKind(document.findBlockByNumber(3)),
             MarkdownHighlighter::BlockKind::Text);
    QCOMPARE(MarkdownHighlighter::blockKind(document.findBlockByNumber(4)),
             MarkdownHighlighter::BlockKind::Text);
    QVERIFY(has(formatAt(document, 3, 8), QStringLiteral("bold")));
}

void TstMarkdownHighlighter::editRehighlightsOnlyWhatChanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("typed"); // at the end of the line
    QTest::addColumn<QList<int>>("rehighlighted");

    QTest::newRow("paragraph text") << QStringLiteral("one\ntwo\nthree\nfour") << 1 << " *x*"
                                    << QList<int>{1};
    QTest::newRow("opening a fence") << QStringLiteral("one\n\nthree\nfour") << 1 << "```"
                                     << QList<int>{1, 2, 3};
    QTest::newRow("opening a comment")
        << QStringLiteral("one\ntwo\nthree\nfour") << 0 << " <!--" << QList<int>{0, 1, 2, 3};
    QTest::newRow("closing a comment")
        << QStringLiteral("<!--\na\nb\nc") << 1 << " -->" << QList<int>{1, 2, 3};
    const QString fenced = QStringLiteral("```\ncode\n\nmore\n```\nafter");
    QTest::newRow("code in a fence") << fenced << 1 << " 2" << QList<int>{1};
    QTest::newRow("closing a fence early") << fenced << 2 << "```" << QList<int>{2, 3, 4, 5};
    // The spell scanner reads "===" as text that goes on, so the next line is scanned again.
    QTest::newRow("typing a setext underline")
        << QStringLiteral("Title\n\nnext") << 1 << "===" << QList<int>{0, 1, 2};
    QTest::newRow("typing a delimiter row")
        << QStringLiteral("a | b\n\n1 | 2\n\nz") << 1 << "--|--" << QList<int>{0, 1, 2, 3};
    QTest::newRow("table cell") << QStringLiteral("|a|b|\n|-|-|\n|1|2|\n|3|4|") << 2 << "x" << QList<int>{2};
    QTest::newRow("inside front matter")
        << QStringLiteral("---\ntitle: a\ntags: b\n---\nbody") << 1 << "b" << QList<int>{1};
    QTest::newRow("closing front matter")
        << QStringLiteral("---\ntitle: a\n\n# body\nmore") << 2 << "---" << QList<int>{2, 3, 4};
    // A tag whose > is on a later line changes the spell scanner's state, not the highlighter's.
    QTest::newRow("tag left open") << QStringLiteral("\nalt=\"x\">\ntext\n\nmore") << 0 << "<img"
                                   << QList<int>{0, 1};
}

void TstMarkdownHighlighter::editRehighlightsOnlyWhatChanges()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, typed);
    QFETCH(QList<int>, rehighlighted);

    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    MarkdownHighlighter highlighter(&document);
    HighlightedLines highlighted(highlighter);
    document.setPlainText(text);
    highlighted.clear();
    appendToLine(document, line, typed);
    QCOMPARE(highlighted.lines(), rehighlighted);
}

void TstMarkdownHighlighter::spellUnderlinesMerge()
{
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    MarkdownHighlighter highlighter(&document);
    QStringList asked;
    highlighter.setSpellSource([&asked](const QTextBlock &, const QString &text) {
        asked.append(text);
        const qsizetype at = text.indexOf(QStringLiteral("wrod"));
        return at < 0 ? QList<WordRange>{} : QList<WordRange>{{int(at), 4}};
    });
    document.setPlainText(QStringLiteral("A **wrod** here\nfine"));
    QCOMPARE(asked.last(2), (QStringList{"A **wrod** here", "fine"})); // after the emptied document
    const QTextCharFormat word = formatAt(document, 0, 5);
    QVERIFY(has(word, QStringLiteral("misspelled")));
    QVERIFY(has(word, QStringLiteral("bold"))); // merged, not replaced
    QVERIFY(!has(formatAt(document, 0, 11), QStringLiteral("misspelled")));
    QVERIFY(!has(formatAt(document, 1, 0), QStringLiteral("misspelled")));

    highlighter.setSpellSource({});
    highlighter.rehighlightAll();
    QVERIFY(!has(formatAt(document, 0, 5), QStringLiteral("misspelled")));
}

void TstMarkdownHighlighter::spellScannerStateIsCarried()
{
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    MarkdownHighlighter highlighter(&document);
    HighlightedLines highlighted(highlighter);
    document.setPlainText(QStringLiteral("\nalt=\"x\">\ntext"));
    const auto contextOf = [&document](int line) {
        const SpellBlockData *data = SpellBlockData::of(document.findBlockByNumber(line));
        return data ? MarkdownSpellScanner::contextOf(data->scanStateIn) : MarkdownSpellScanner::Context(-1);
    };
    QCOMPARE(contextOf(1), MarkdownSpellScanner::Context::Normal);
    appendToLine(document, 0, QStringLiteral("<img"));
    QCOMPARE(contextOf(1), MarkdownSpellScanner::Context::HtmlTag);
    QCOMPARE(contextOf(2), MarkdownSpellScanner::Context::Normal);
    // And back: removing the tag re-scans the next line again.
    QTextCursor cursor(document.firstBlock());
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QCOMPARE(contextOf(1), MarkdownSpellScanner::Context::Normal);
}

void TstMarkdownHighlighter::progressiveHighlightingReachesTheEnd()
{
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    MarkdownHighlighter highlighter(&document);
    highlighter.highlightProgressively();
    {
        const QSignalBlocker quiet(&document); // as MarkdownEditor::loadText does
        document.setPlainText(QStringLiteral("```\n# code\n```\n").repeated(2000) + QStringLiteral("# last"));
    }
    QVERIFY(document.lastBlock().userState() == -1);
    QSignalSpy finished(&highlighter, &MarkdownHighlighter::progressiveHighlightingFinished);
    QVERIFY(finished.wait(10000));
    QVERIFY(has(formatAt(document, document.blockCount() - 1, 3), QStringLiteral("bold")));
    QVERIFY(!has(formatAt(document, document.blockCount() - 3, 3), QStringLiteral("bold")));
}

QTEST_MAIN(TstMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
