// The editor's Markdown highlighting: what each kind of line gets, and that multi-line constructs
// (front matter, fenced code) are carried across blocks and undone when their opening changes.

#include "editor/markdownhighlighter.h"

#include <QPlainTextDocumentLayout>
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
    qFatal("unknown property");
}

} // namespace

class TstMarkdownHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void fenceFollowsItsOpening();
    void frontMatterOnlyOnFirstLine();
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
    QVERIFY(!has(formatAt(document, 3, 8), QStringLiteral("coloured")));
}

QTEST_MAIN(TstMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
