#include "editor/markdowneditor.h"
#include "outline/outlinepanel.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "uitestfixture.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace Postwright;
using namespace Postwright::Test;

// Scroll sync between the editor and the real preview, by source line, both ways.
class TstScrollSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cursorAtDeepHeadingBringsItIntoPreview();
    void scrollingTheEditorAlignsThePreview();
    void scrollingThePreviewScrollsTheEditor();
    void switchedOffNothingMoves();
    void outlineClickMovesEditorAndPreview();

private:
    static bool headingInView(PreviewPage *page, int heading);

    WindowFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QList<int> m_headingLines; // a long post: 120 paragraphs, a heading before every 20th
};

void TstScrollSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TstScrollSync::init()
{
    QVERIFY(m_fixture.setUp());
    QString text = QStringLiteral("---\ntitle: \"A long post\"\ndate: 2026-01-05\ncategories: [Design]\n---\n\n");
    int line = 7;
    m_headingLines.clear();
    for (int i = 1; i <= 120; ++i) {
        if (i % 20 == 0) {
            text += QStringLiteral("## Heading %1\n\n").arg(i / 20);
            m_headingLines.append(line);
            line += 2;
        }
        text += QStringLiteral("Paragraph %1 says something long enough to wrap in a narrow preview pane, "
                               "so that the post is many screens tall in both views.\n\n")
                    .arg(i);
        line += 2;
    }
    QFile file(m_fixture.postPath(QStringLiteral("posts/design/long-post.md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    m_window = m_fixture.openWindow();
    QVERIFY(WindowFixture::selectPost(m_window.get(), file.fileName()));
    QVERIFY(WindowFixture::waitForPreview(m_window.get()));
    // The page's first layout changes once its fonts are in: measure positions after that.
    PreviewPage *page = m_window->preview()->previewPage();
    int height = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QTest::qWait(300);
            const int now = runJavaScript(page, QStringLiteral("document.body.scrollHeight")).toInt();
            return std::exchange(height, now) == now;
        }(),
        kPreviewTimeout);
}

void TstScrollSync::cleanup()
{
    m_window.reset();
    QSettings().clear();
    m_fixture.tearDown();
}

bool TstScrollSync::headingInView(PreviewPage *page, int heading)
{
    const QString script = QStringLiteral(
                               "(() => { const h = Array.from(document.querySelectorAll('h2'))"
                               ".find((e) => e.textContent === 'Heading %1'); if (!h) return false;"
                               " const r = h.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })()")
                               .arg(heading);
    return runJavaScript(page, script).toBool();
}

void TstScrollSync::cursorAtDeepHeadingBringsItIntoPreview()
{
    PreviewPage *page = m_window->preview()->previewPage();
    QVERIFY(!headingInView(page, 5));
    m_window->editor()->goToLine(m_headingLines.at(4));
    QTRY_VERIFY_WITH_TIMEOUT(headingInView(page, 5), 10000);
    // A cursor move within what the preview shows does not move it.
    const int y = runJavaScript(page, QStringLiteral("Math.round(window.scrollY)")).toInt();
    m_window->editor()->goToLine(m_headingLines.at(4) + 2);
    QTest::qWait(300);
    QCOMPARE(runJavaScript(page, QStringLiteral("Math.round(window.scrollY)")).toInt(), y);
}

void TstScrollSync::scrollingTheEditorAlignsThePreview()
{
    PreviewPage *page = m_window->preview()->previewPage();
    m_window->editor()->scrollToLine(m_headingLines.at(2));
    QCOMPARE(m_window->editor()->firstVisibleLine(), m_headingLines.at(2));
    // Heading 3 at (near) the preview's top.
    const QString top = QStringLiteral("Math.round(Array.from(document.querySelectorAll('h2'))"
                                       ".find((e) => e.textContent === 'Heading 3').getBoundingClientRect().top)");
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(runJavaScript(page, top).toInt()) <= 40, 10000);
}

void TstScrollSync::scrollingThePreviewScrollsTheEditor()
{
    PreviewPage *page = m_window->preview()->previewPage();
    MarkdownEditor *editor = m_window->editor();
    QCOMPARE(editor->firstVisibleLine(), 1);
    // As the writer's wheel would: the page scrolls itself, not at our request.
    runJavaScript(page, QStringLiteral("window.scrollTo(0, window.scrollY + Array.from(document.querySelectorAll('h2'))"
                                       ".find((e) => e.textContent === 'Heading 4').getBoundingClientRect().top)"));
    const int heading = m_headingLines.at(3);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(editor->firstVisibleLine() - heading) <= 2, 10000);
    // No echo: the preview stays where the writer put it.
    QTest::qWait(300);
    QVERIFY(headingInView(page, 4));
}

void TstScrollSync::switchedOffNothingMoves()
{
    QAction *sync = m_window->action(QStringLiteral("view.syncScroll"));
    QVERIFY(sync && sync->isCheckable() && sync->isChecked());
    sync->setChecked(false);
    PreviewPage *page = m_window->preview()->previewPage();
    m_window->editor()->goToLine(m_headingLines.at(4));
    m_window->editor()->scrollToLine(m_headingLines.at(4));
    QTest::qWait(500);
    QCOMPARE(runJavaScript(page, QStringLiteral("Math.round(window.scrollY)")).toInt(), 0);
    runJavaScript(page, QStringLiteral("window.scrollTo(0, 2000)"));
    QTest::qWait(500);
    QCOMPARE(m_window->editor()->firstVisibleLine(), m_headingLines.at(4));
    QVERIFY(!QSettings().value(QStringLiteral("view/syncScroll"), true).toBool()); // remembered
}

void TstScrollSync::outlineClickMovesEditorAndPreview()
{
    // The outline lists the post's headings, nested by level, with their lines.
    OutlinePanel *outline = m_window->outline();
    QTRY_COMPARE(outline->headings().size(), 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(outline->headings().at(i).title, QStringLiteral("Heading %1").arg(i + 1));
        QCOMPARE(outline->headings().at(i).line, m_headingLines.at(i));
    }
    // A real click on "Heading 5": the editor's cursor goes to its line, the preview shows it.
    QTreeWidget *tree = outline->view();
    QTreeWidgetItem *item = tree->topLevelItem(4);
    QCOMPARE(item->text(0), QStringLiteral("Heading 5"));
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    QCOMPARE(m_window->editor()->cursorLine(), m_headingLines.at(4));
    PreviewPage *page = m_window->preview()->previewPage();
    QTRY_VERIFY_WITH_TIMEOUT(headingInView(page, 5), kPreviewTimeout);
    QVERIFY(!headingInView(page, 1));

    // Typing a heading adds it; moving the cursor selects the heading it is under.
    QTextCursor cursor(m_window->editor()->document()->lastBlock());
    cursor.insertText(QStringLiteral("\n## Added at the end\n"));
    QTRY_COMPARE(outline->headings().size(), 7);
    QCOMPARE(outline->headings().last().title, QStringLiteral("Added at the end"));
    m_window->editor()->goToLine(m_headingLines.at(2) + 3);
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("Heading 3"));
    m_window->editor()->document()->setModified(false);
}

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TstScrollSync test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_scrollsync.moc"
