// Long posts: the preview bridge sends only what changed, in parts of limited size; the editor
// highlights a long text from the event loop; and a 10 MB post opens, previews to its last line
// and takes keystrokes while the preview is still busy with it. Speed itself is measured by
// tests/bench/preview_typing_bench, not here.

#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "markdown/previewscheduler.h"
#include "preview/previewbridge.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "uitestfixture.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

using namespace Postwright;
using namespace Postwright::Test;

namespace {

QString paragraph(int line, const QString &text)
{
    return QStringLiteral("<p data-sourcepos=\"%1:1-%1:%2\">%3</p>").arg(line).arg(text.size()).arg(text);
}

QJsonObject patchAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(1).toJsonObject();
}

// A post of about `megabytes` MB: sections of paragraphs, lists and code.
QString longPost(int megabytes)
{
    QString text = QStringLiteral("---\ntitle: \"A very long post\"\ndate: 2026-01-05\n---\n\n");
    const QString words = QStringLiteral("the queue drains before the deploy finishes so every request sees one schema ");
    int section = 0;
    while (text.size() < megabytes * 1024 * 1024) {
        text += QStringLiteral("## Section %1\n\n").arg(++section);
        for (int p = 0; p < 3; ++p)
            text += words.repeated(6) + QStringLiteral("\n\n");
        text += QStringLiteral("- a point\n- another point\n\n```cpp\nint section() { return %1; }\n```\n\n").arg(section);
    }
    return text + QStringLiteral("## The very end\n\nLast words.");
}

} // namespace

class TstBigDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void bridgeSendsOnlyTheBlocksThatChanged();
    void bridgeSendsLongArticlesInParts();
    void bridgeSendsEverythingAfterResync();
    void longTextIsHighlightedInSlices();
    void tenMegabytePostOpensAndPreviews();

private:
    WindowFixture m_fixture;
};

void TstBigDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TstBigDocument::init()
{
    QVERIFY(m_fixture.setUp());
}

void TstBigDocument::cleanup()
{
    QSettings().clear();
    m_fixture.tearDown();
}

void TstBigDocument::bridgeSendsOnlyTheBlocksThatChanged()
{
    PreviewBridge bridge;
    QSignalSpy sent(&bridge, &PreviewBridge::contentChanged);
    bridge.ready();
    bridge.setContent(1, paragraph(1, u"One"_qs) + paragraph(3, u"Two"_qs) + paragraph(5, u"Three"_qs));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(patchAt(sent, 0).value(u"base").toInt(), 0); // the first: everything
    QCOMPARE(patchAt(sent, 0).value(u"blocks").toArray().size(), 3);
    QVERIFY(patchAt(sent, 0).contains(u"frame"));
    bridge.shown(1);

    // A paragraph typed above "Two": one block in, the two below move down two lines.
    bridge.setContent(2, paragraph(1, u"One"_qs) + paragraph(3, u"New"_qs) + paragraph(5, u"Two"_qs) + paragraph(7, u"Three"_qs));
    QCOMPARE(sent.size(), 2);
    QJsonObject patch = patchAt(sent, 1);
    QCOMPARE(patch.value(u"base").toInt(), 1);
    QCOMPARE(patch.value(u"start").toInt(), 1);
    QCOMPARE(patch.value(u"removed").toInt(), 0);
    QCOMPARE(patch.value(u"blocks").toArray().size(), 1);
    QVERIFY(patch.value(u"blocks").toArray().at(0).toString().contains(u"New"));
    QCOMPARE(patch.value(u"lines").toArray(), QJsonArray({3, 3}));
    QCOMPARE(patch.value(u"shift").toInt(), 2);
    QVERIFY(patch.value(u"fix").toArray().isEmpty());
    QVERIFY(!patch.contains(u"frame")); // the frame did not change
    QCOMPARE(patch.value(u"more").toBool(), false);
    bridge.shown(2);

    // An edit inside "Two": that block is replaced, nothing moves.
    bridge.setContent(3, paragraph(1, u"One"_qs) + paragraph(3, u"New"_qs) + paragraph(5, u"Two!"_qs) + paragraph(7, u"Three"_qs));
    patch = patchAt(sent, 2);
    QCOMPARE(patch.value(u"start").toInt(), 2);
    QCOMPARE(patch.value(u"removed").toInt(), 1);
    QCOMPARE(patch.value(u"blocks").toArray().size(), 1);
    QCOMPARE(patch.value(u"shift").toInt(), 0);
    bridge.shown(3);

    // A blank line added between two kept blocks: no block changes, but the lines do.
    bridge.setContent(4, paragraph(1, u"One"_qs) + paragraph(4, u"New"_qs) + paragraph(6, u"Two!"_qs) + paragraph(8, u"Three"_qs));
    patch = patchAt(sent, 3);
    QCOMPARE(patch.value(u"blocks").toArray().size(), 0);
    QCOMPARE(patch.value(u"removed").toInt(), 0);
    QCOMPARE(patch.value(u"fix").toArray(), QJsonArray({1, 4, 4, 2, 6, 6, 3, 8, 8}));
}

void TstBigDocument::bridgeSendsLongArticlesInParts()
{
    PreviewBridge bridge;
    bridge.setMaximumPartSize(100);
    QSignalSpy sent(&bridge, &PreviewBridge::contentChanged);
    bridge.ready();
    QString html;
    for (int i = 0; i < 20; ++i)
        html += paragraph(2 * i + 1, QStringLiteral("Paragraph %1").arg(i)); // under 50 characters each: two a part
    bridge.setContent(1, html);
    QCOMPARE(sent.size(), 1); // the rest waits for the event loop: the window stays responsive
    QTRY_COMPARE(sent.size(), 10);
    QTest::qWait(20);
    QCOMPARE(sent.size(), 10);
    int blocks = 0;
    for (int i = 0; i < sent.size(); ++i) {
        const QJsonObject part = patchAt(sent, i);
        QCOMPARE(sent.at(i).at(0).toInt(), 1);
        QCOMPARE(part.value(u"more").toBool(), i < sent.size() - 1);
        QCOMPARE(part.value(u"continued").toBool(), i > 0);
        qsizetype size = 0;
        for (const QJsonValue &block : part.value(u"blocks").toArray())
            size += block.toString().size();
        QVERIFY(size <= 100 || part.value(u"blocks").toArray().size() == 1);
        blocks += part.value(u"blocks").toArray().size();
    }
    QCOMPARE(blocks, 20);
    QCOMPARE(patchAt(sent, 0).value(u"count").toInt(), 20);
    // Nothing newer goes out until the page showed the whole article.
    bridge.setContent(2, html + paragraph(41, u"More"_qs));
    QTest::qWait(20);
    QCOMPARE(sent.size(), 10);
    bridge.shown(1);
    QCOMPARE(sent.size(), 11);
    QCOMPARE(patchAt(sent, 10).value(u"start").toInt(), 20);
}

void TstBigDocument::bridgeSendsEverythingAfterResync()
{
    PreviewBridge bridge;
    QSignalSpy sent(&bridge, &PreviewBridge::contentChanged);
    bridge.ready();
    bridge.setContent(1, paragraph(1, u"One"_qs) + paragraph(3, u"Two"_qs));
    bridge.shown(1);
    bridge.setContent(2, paragraph(1, u"One"_qs) + paragraph(3, u"Two and more"_qs));
    QCOMPARE(patchAt(sent, 1).value(u"base").toInt(), 1);
    // The page says the patch does not fit what it shows: the next message is the whole article.
    bridge.resync();
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.at(2).at(0).toInt(), 2);
    QCOMPARE(patchAt(sent, 2).value(u"base").toInt(), 0);
    QCOMPARE(patchAt(sent, 2).value(u"blocks").toArray().size(), 2);
    QVERIFY(patchAt(sent, 2).contains(u"frame"));
    bridge.shown(2);
    QCOMPARE(bridge.displayedRevision(), 2);
}

void TstBigDocument::longTextIsHighlightedInSlices()
{
    MarkdownEditor editor;
    QString text = longPost(1) + QStringLiteral("\n\n");
    const int fenceLine = int(text.count(u'\n')) + 1; // the block number of the line after "```"
    text += QStringLiteral("```\nnot a heading\n```\n");
    editor.loadText(text);
    MarkdownHighlighter *highlighter = editor.highlighter();
    QVERIFY(highlighter->isHighlightingProgressively());
    const QTextBlock top = editor.document()->findBlockByNumber(5); // "## Section 1"
    QVERIFY2(!top.layout()->formats().isEmpty(), "the first screen is highlighted at once");
    const QTextBlock inFence = editor.document()->findBlockByNumber(fenceLine);
    QCOMPARE(inFence.text(), QStringLiteral("not a heading"));
    QCOMPARE(MarkdownHighlighter::blockKind(inFence), MarkdownHighlighter::BlockKind::Text); // not reached yet

    // The writer types at the top meanwhile; the slices carry on and reach the end.
    QTextCursor cursor(editor.document()->findBlockByNumber(7));
    cursor.insertText(QStringLiteral("**bold** "));
    QSignalSpy finished(highlighter, &MarkdownHighlighter::progressiveHighlightingFinished);
    QVERIFY(finished.wait(60000));
    QVERIFY(!highlighter->isHighlightingProgressively());
    QCOMPARE(MarkdownHighlighter::blockKind(editor.document()->findBlockByNumber(fenceLine)),
             MarkdownHighlighter::BlockKind::CodeBlock);
    QVERIFY(!editor.document()->findBlockByNumber(7).layout()->formats().isEmpty());

    // A short text is highlighted at once, as before.
    editor.loadText(QStringLiteral("# Title\n\nText.\n"));
    QVERIFY(!highlighter->isHighlightingProgressively());
    QVERIFY(!editor.document()->firstBlock().layout()->formats().isEmpty());
}

void TstBigDocument::tenMegabytePostOpensAndPreviews()
{
    const QString text = longPost(10);
    const QString path = m_fixture.postPath(QStringLiteral("posts/devops/very-long.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(text.toUtf8()) > 10 * 1000 * 1000);
    file.close();

    const auto window = m_fixture.openWindow();
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewBridge *bridge = window->preview()->bridge();
    PreviewScheduler *scheduler = window->preview()->scheduler();
    const int partsBefore = bridge->partsSent();
    QVERIFY(window->openPost(path));
    QCOMPARE(window->editor()->markdown(), text);

    // The editor takes keystrokes while the preview is still working on the post.
    QTRY_VERIFY_WITH_TIMEOUT(scheduler->latestRevision() > bridge->displayedRevision(), kPreviewTimeout);
    QTextCursor cursor(window->editor()->document()->lastBlock());
    cursor.movePosition(QTextCursor::EndOfBlock);
    window->editor()->setTextCursor(cursor);
    window->editor()->setFocus();
    QTest::keyClicks(window->editor(), QStringLiteral(" Typed at the end"));
    QVERIFY(window->editor()->document()->lastBlock().text().endsWith(u"Last words. Typed at the end"));

    // The preview gets to the end of the post, typing included, over several parts of bounded size.
    QTRY_VERIFY_WITH_TIMEOUT(bridge->displayedRevision() == scheduler->latestRevision(), 4 * kPreviewTimeout);
    QVERIFY(bridge->partsSent() - partsBefore > 10);
    PreviewPage *page = window->preview()->previewPage();
    QCOMPARE(runJavaScript(page, QStringLiteral("(() => { const p = [...document.querySelectorAll('[data-postwright-content] > p')];"
                                                " return p[p.length - 1].textContent; })()"))
                 .toString(),
             QStringLiteral("Last words. Typed at the end"));
    QVERIFY(runJavaScript(page, QStringLiteral("document.querySelector('[data-postwright-content]').classList.contains('postwright-long')")).toBool());

    // Scroll sync still finds a heading far down.
    const int line = int(text.left(text.indexOf(u"## Section 2000\n")).count(u'\n')) + 1;
    window->editor()->goToLine(line);
    QTRY_VERIFY_WITH_TIMEOUT(runJavaScript(page, QStringLiteral("(() => { const h = [...document.querySelectorAll('h2')]"
                                                                 ".find((e) => e.textContent === 'Section 2000');"
                                                                 " const r = h.getBoundingClientRect();"
                                                                 " return r.top >= 0 && r.bottom <= innerHeight; })()"))
                                 .toBool(),
                             20000);
    window->editor()->document()->setModified(false);
}

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TstBigDocument test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bigdocument.moc"
