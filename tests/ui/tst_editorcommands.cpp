// The editor's Markdown commands driven as a writer does: real keys and actions on a shown editor.
// Rows write the cursor as '|' and a selection as «…»; every command must be one undo step that
// gives back the exact text before it.

#include "editor/markdowneditor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using namespace Postwright;

namespace {

// Loads a marked text into the editor: '|' is the cursor, «…» a selection.
void setMarkedText(MarkdownEditor *editor, QString marked)
{
    int anchor = -1;
    int position = -1;
    if (const qsizetype open = marked.indexOf(u'«'); open >= 0) {
        marked.remove(open, 1);
        const qsizetype close = marked.indexOf(u'»');
        marked.remove(close, 1);
        anchor = int(open);
        position = int(close);
    } else {
        position = int(marked.indexOf(u'|'));
        marked.remove(position, 1);
        anchor = position;
    }
    editor->loadText(marked);
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(anchor);
    cursor.setPosition(position, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
}

QString markedText(const MarkdownEditor *editor)
{
    QString text = editor->markdown();
    const QTextCursor cursor = editor->textCursor();
    if (!cursor.hasSelection())
        return text.insert(cursor.position(), u'|');
    text.insert(cursor.selectionEnd(), u'»');
    return text.insert(cursor.selectionStart(), u'«');
}

QString unmarked(QString text)
{
    return text.remove(u'|').remove(u'«').remove(u'»');
}

void sendWheel(QWidget *widget, int delta, Qt::KeyboardModifiers modifiers)
{
    const QPointF position(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(position, widget->mapToGlobal(position), QPoint(), QPoint(0, delta), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TstEditorCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void command_data();
    void command();
    void actionsHaveShortcutsAndIds();
    void zoom();
    void zoomWithWheel();
    void mimeHandlerTakesImagesAndFiles();
    void dropLandsAtDropPoint();
    void contextMenuOffersFormatsAndClickCursor();

private:
    std::unique_ptr<MarkdownEditor> m_editor;
};

void TstEditorCommands::init()
{
    m_editor = std::make_unique<MarkdownEditor>();
    m_editor->resize(700, 400);
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    m_editor->setFocus();
}

void TstEditorCommands::cleanup()
{
    m_editor.reset();
}

void TstEditorCommands::command_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("command"); // a key sequence, "action:ID" or "paste"
    QTest::addColumn<QString>("clipboard");
    QTest::addColumn<QString>("after");

    const QString none;
    const QString url = QStringLiteral("https://example.com/docs");

    // Enter continues lists and quotes.
    QTest::newRow("dash") << "- item|"
                          << "Return" << none << "- item\n- |";
    QTest::newRow("star") << "* item|"
                          << "Return" << none << "* item\n* |";
    QTest::newRow("plus") << "+ item|"
                          << "Return" << none << "+ item\n+ |";
    QTest::newRow("numbered") << "1. one|"
                              << "Return" << none << "1. one\n2. |";
    QTest::newRow("numbered paren, more digits") << "9) nine|"
                                                 << "Return" << none << "9) nine\n10) |";
    QTest::newRow("task done, new unchecked") << "- [x] done|"
                                              << "Return" << none << "- [x] done\n- [ ] |";
    QTest::newRow("task open") << "- [ ] todo|"
                               << "Return" << none << "- [ ] todo\n- [ ] |";
    QTest::newRow("quote") << "> quote|"
                           << "Return" << none << "> quote\n> |";
    QTest::newRow("list in quote") << "> - nested|"
                                   << "Return" << none << "> - nested\n> - |";
    QTest::newRow("indented item") << "  - child|"
                                   << "Return" << none << "  - child\n  - |";
    QTest::newRow("split item") << "- one| two"
                                << "Return" << none << "- one\n- | two";
    QTest::newRow("cursor in marker") << "|- item"
                                      << "Return" << none << "\n|- item";
    QTest::newRow("keeps indentation") << "    code|"
                                       << "Return" << none << "    code\n    |";
    QTest::newRow("paragraph") << "text|"
                               << "Return" << none << "text\n|";
    QTest::newRow("thematic break") << "* * *|"
                                    << "Return" << none << "* * *\n|";
    QTest::newRow("selection replaced") << "- a«bc»d"
                                        << "Return" << none << "- a\n- |d";
    // Enter on an empty item ends the list.
    QTest::newRow("empty item") << "- one\n- |"
                                << "Return" << none << "- one\n|";
    QTest::newRow("empty numbered") << "1. one\n2. |"
                                    << "Return" << none << "1. one\n|";
    QTest::newRow("empty task") << "- [ ] |"
                                << "Return" << none << "|";
    QTest::newRow("empty quote") << "> a\n> |"
                                 << "Return" << none << "> a\n|";
    QTest::newRow("empty item in quote") << "> - |"
                                         << "Return" << none << "> |";
    // Fenced code and front matter: indentation only.
    QTest::newRow("code block") << "```\n- item|\n```"
                                << "Return" << none << "```\n- item\n|\n```";
    QTest::newRow("code block indent") << "```\n  > x|\n```"
                                       << "Return" << none << "```\n  > x\n  |\n```";
    QTest::newRow("front matter") << "---\ntags:\n- a|\n---\nbody"
                                  << "Return" << none << "---\ntags:\n- a\n|\n---\nbody";
    QTest::newRow("shift enter") << "- item|"
                                 << "Shift+Return" << none << "- item\n|";

    // Tab and Shift+Tab.
    QTest::newRow("tab dash") << "- it|em"
                              << "Tab" << none << "  - it|em";
    QTest::newRow("tab numbered") << "1. item|"
                                  << "Tab" << none << "   1. item|";
    QTest::newRow("tab under sibling") << "1. a\n- b|"
                                       << "Tab" << none << "1. a\n   - b|";
    QTest::newRow("tab in quote") << "> - item|"
                                  << "Tab" << none << ">   - item|";
    QTest::newRow("backtab child") << "- a\n  - b|"
                                   << "Backtab" << none << "- a\n- b|";
    QTest::newRow("backtab to parent") << "1. a\n   - b|"
                                       << "Backtab" << none << "1. a\n- b|";
    QTest::newRow("shift tab") << "  - b|"
                               << "Shift+Tab" << none << "- b|";
    QTest::newRow("tab to stop") << "ab|"
                                 << "Tab" << none << "ab  |";
    QTest::newRow("tab at start") << "|x"
                                  << "Tab" << none << "    |x";
    QTest::newRow("tab lines") << "«a\n\nb»"
                               << "Tab" << none << "«    a\n\n    b»";
    QTest::newRow("backtab lines") << "«    a\n  b»"
                                   << "Backtab" << none << "«a\nb»";
    QTest::newRow("tab items") << "«- a\n- b»"
                               << "Tab" << none << "«  - a\n  - b»";
    QTest::newRow("indent action") << "- a|"
                                   << "action:format.indent" << none << "  - a|";
    QTest::newRow("outdent action") << "    x|"
                                    << "action:format.outdent" << none << "x|";

    // Bold, italic, code.
    QTest::newRow("bold") << "a «word» b"
                          << "Ctrl+B" << none << "a **«word»** b";
    QTest::newRow("unbold outside") << "**«word»**"
                                    << "Ctrl+B" << none << "«word»";
    QTest::newRow("unbold inside") << "«**word**»"
                                   << "Ctrl+B" << none << "«word»";
    QTest::newRow("bold word") << "wo|rd"
                               << "Ctrl+B" << none << "**wo|rd**";
    QTest::newRow("bold empty") << "a | b"
                                << "Ctrl+B" << none << "a **|** b";
    QTest::newRow("bold empty off") << "a **|** b"
                                    << "Ctrl+B" << none << "a | b";
    QTest::newRow("bold trims spaces") << "«two words »x"
                                       << "Ctrl+B" << none << "**«two words»** x";
    QTest::newRow("italic") << "«word»"
                            << "Ctrl+I" << none << "*«word»*";
    QTest::newRow("unitalic") << "*«word»*"
                              << "Ctrl+I" << none << "«word»";
    QTest::newRow("unitalic underscore") << "_«word»_"
                                         << "Ctrl+I" << none << "«word»";
    QTest::newRow("italic in bold") << "**«word»**"
                                    << "Ctrl+I" << none << "***«word»***";
    QTest::newRow("italic word") << "|word"
                                 << "action:format.italic" << none << "*|word*";
    QTest::newRow("code") << "«code»"
                          << "Ctrl+E" << none << "`«code»`";
    QTest::newRow("uncode") << "`«code»`"
                            << "Ctrl+E" << none << "«code»";
    QTest::newRow("code with tick") << "«a`b»"
                                    << "Ctrl+E" << none << "`` «a`b» ``";
    QTest::newRow("uncode padded outside") << "`` «a`b» ``"
                                           << "Ctrl+E" << none << "«a`b»";
    QTest::newRow("uncode padded inside") << "«`` a`b ``»"
                                          << "Ctrl+E" << none << "«a`b»";
    QTest::newRow("code empty") << "x | y"
                                << "action:format.code" << none << "x `|` y";
    QTest::newRow("code lines") << "«a\nb»"
                                << "Ctrl+E" << none << "```\n«a\nb»\n```";
    QTest::newRow("uncode lines") << "```\n«a\nb»\n```"
                                  << "Ctrl+E" << none << "«a\nb»";

    // Links.
    QTest::newRow("link") << "«text»"
                          << "Ctrl+K" << none << "[text](|)";
    QTest::newRow("link clipboard") << "«text»"
                                    << "Ctrl+K" << url << "[«text»](https://example.com/docs)";
    QTest::newRow("link empty clipboard") << "a |b"
                                          << "Ctrl+K" << url << "a [|](https://example.com/docs)b";
    QTest::newRow("link empty") << "a |b"
                                << "Ctrl+K"
                                << "not a url"
                                << "a [|]()b";
    QTest::newRow("link over url") << "«https://example.com»"
                                   << "action:format.link" << none << "[|](https://example.com)";

    // Paste a URL over a selection.
    QTest::newRow("paste link") << "see «docs» here"
                                << "paste" << url << "see [docs](https://example.com/docs)| here";
    QTest::newRow("paste mailto") << "«me»"
                                  << "paste"
                                  << "mailto:me@example.com"
                                  << "[me](mailto:me@example.com)|";
    QTest::newRow("paste url over url") << "«https://a.example»"
                                        << "paste" << url << "https://example.com/docs|";
    QTest::newRow("paste over lines") << "«a\nb»"
                                      << "paste" << url << "https://example.com/docs|";
    QTest::newRow("paste text") << "«word»"
                                << "paste"
                                << "plain"
                                << "plain|";
    QTest::newRow("paste two urls") << "«word»"
                                    << "paste"
                                    << "https://a.example https://b.example"
                                    << "https://a.example https://b.example|";
}

void TstEditorCommands::command()
{
    QFETCH(QString, before);
    QFETCH(QString, command);
    QFETCH(QString, clipboard);
    QFETCH(QString, after);

    QApplication::clipboard()->setText(clipboard);
    setMarkedText(m_editor.get(), before);
    QCOMPARE(markedText(m_editor.get()), before);

    if (command.startsWith(u"action:")) {
        QAction *action = m_editor->editorAction(command.mid(7));
        QVERIFY(action);
        action->trigger();
    } else if (command == u"paste") {
        QTest::keySequence(m_editor.get(), QKeySequence::Paste);
    } else {
        QTest::keySequence(m_editor.get(), QKeySequence::fromString(command));
    }
    QCOMPARE(markedText(m_editor.get()), after);

    // One undo step, back to exactly the text before; redo gives the command's text again.
    m_editor->undo();
    QCOMPARE(m_editor->markdown(), unmarked(before));
    m_editor->redo();
    QCOMPARE(m_editor->markdown(), unmarked(after));
}

void TstEditorCommands::actionsHaveShortcutsAndIds()
{
    const QStringList ids{
        QStringLiteral("format.bold"), QStringLiteral("format.italic"), QStringLiteral("format.code"),
        QStringLiteral("format.link"), QStringLiteral("format.indent"), QStringLiteral("format.outdent"),
        QStringLiteral("view.zoomIn"), QStringLiteral("view.zoomOut"),  QStringLiteral("view.zoomReset")};
    for (const QString &id : ids) {
        QAction *action = m_editor->editorAction(id);
        QVERIFY2(action, qPrintable(id));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(id));
        QCOMPARE(action->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    }
    QCOMPARE(m_editor->editorAction(QStringLiteral("format.bold"))->shortcuts(),
             QKeySequence::keyBindings(QKeySequence::Bold));
    QCOMPARE(m_editor->formatActions().size(), 6);
    QVERIFY(!m_editor->formatActions().contains(nullptr));
    QVERIFY(!m_editor->zoomActions().contains(nullptr));
}

void TstEditorCommands::zoom()
{
    QSignalSpy changed(m_editor.get(), &MarkdownEditor::zoomChanged);
    const qreal base = m_editor->font().pointSizeF();
    QCOMPARE(m_editor->zoomPercent(), 100);

    QTest::keySequence(m_editor.get(), QKeySequence::ZoomIn);
    QCOMPARE(m_editor->font().pointSizeF(), base + 1);
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.last().at(0).toInt() > 100);
    QCOMPARE(changed.last().at(0).toInt(), m_editor->zoomPercent());

    m_editor->editorAction(QStringLiteral("view.zoomOut"))->trigger();
    m_editor->editorAction(QStringLiteral("view.zoomOut"))->trigger();
    QCOMPARE(m_editor->font().pointSizeF(), base - 1);
    QVERIFY(m_editor->zoomPercent() < 100);

    QTest::keySequence(m_editor.get(), QKeySequence(QStringLiteral("Ctrl+0")));
    QCOMPARE(m_editor->zoomPercent(), 100);
    QCOMPARE(m_editor->font().pointSizeF(), base);

    // Clamped to 6 and 48 points.
    m_editor->setZoomPercent(10'000);
    QCOMPARE(m_editor->font().pointSizeF(), 48.0);
    const qsizetype signals = changed.size();
    m_editor->editorAction(QStringLiteral("view.zoomIn"))->trigger();
    QCOMPARE(changed.size(), signals); // nothing changed, nothing said
    m_editor->setZoomPercent(1);
    QCOMPARE(m_editor->font().pointSizeF(), 6.0);

    m_editor->setZoomPercent(150);
    QCOMPARE(m_editor->zoomPercent(), 150);
}

void TstEditorCommands::zoomWithWheel()
{
    const qreal base = m_editor->font().pointSizeF();
    sendWheel(m_editor->viewport(), 120, Qt::ControlModifier);
    QCOMPARE(m_editor->font().pointSizeF(), base + 1);
    // A touchpad's small steps add up to notches.
    for (int i = 0; i < 4; ++i)
        sendWheel(m_editor->viewport(), -60, Qt::ControlModifier);
    QCOMPARE(m_editor->font().pointSizeF(), base - 1);
    sendWheel(m_editor->viewport(), 120, Qt::NoModifier);
    QCOMPARE(m_editor->font().pointSizeF(), base - 1);
}

void TstEditorCommands::mimeHandlerTakesImagesAndFiles()
{
    setMarkedText(m_editor.get(), QStringLiteral("ab|cd"));
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    auto *imageData = new QMimeData;
    imageData->setImageData(image);

    // Without a handler, an image is nothing a plain text editor can paste.
    QApplication::clipboard()->setMimeData(imageData);
    QTest::keySequence(m_editor.get(), QKeySequence::Paste);
    QCOMPARE(m_editor->markdown(), QStringLiteral("abcd"));

    int cursorSeen = -1;
    int calls = 0;
    m_editor->setMimeHandler([&](const QMimeData *source, QTextCursor cursor) {
        ++calls;
        cursorSeen = cursor.position();
        if (!source->hasImage())
            return false;
        cursor.insertText(QStringLiteral("![](image.png)"));
        return true;
    });
    QTest::keySequence(m_editor.get(), QKeySequence::Paste);
    QCOMPARE(calls, 1);
    QCOMPARE(cursorSeen, 2);
    QCOMPARE(m_editor->markdown(), QStringLiteral("ab![](image.png)cd"));

    // A handler that declines leaves the paste to the editor.
    QApplication::clipboard()->setText(QStringLiteral("x"));
    QTest::keySequence(m_editor.get(), QKeySequence::Paste);
    QCOMPARE(calls, 2);
    QCOMPARE(m_editor->markdown(), QStringLiteral("ab![](image.png)xcd"));
}

void TstEditorCommands::dropLandsAtDropPoint()
{
    m_editor->loadText(QStringLiteral("first line\nsecond line\nthird line"));
    const QTextBlock second = m_editor->document()->findBlockByNumber(1);
    QTextCursor target(second);
    target.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 3);
    const QPoint point = m_editor->cursorRect(target).center();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/notes.pdf"))});

    int dropPosition = -1;
    m_editor->setMimeHandler([&](const QMimeData *source, QTextCursor cursor) {
        if (!source->hasUrls())
            return false;
        dropPosition = cursor.position();
        cursor.insertText(QStringLiteral("[file]"));
        return true;
    });
    QDragEnterEvent enter(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_editor->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_editor->viewport(), &move);
    QVERIFY(move.isAccepted());
    const int expected = target.position(); // target moves with the text inserted there
    QDropEvent drop(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_editor->viewport(), &drop);

    QCOMPARE(dropPosition, expected);
    QCOMPARE(m_editor->markdown(), QStringLiteral("first line\nsec[file]ond line\nthird line"));
}

void TstEditorCommands::contextMenuOffersFormatsAndClickCursor()
{
    m_editor->loadText(QStringLiteral("one two\nthree"));
    const QTextBlock second = m_editor->document()->findBlockByNumber(1);
    QTextCursor target(second);
    target.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 2);
    const QPoint point = m_editor->cursorRect(target).center();

    QList<QAction *> offered;
    int clickPosition = -1;
    connect(m_editor.get(), &MarkdownEditor::aboutToShowContextMenu, this,
            [&](QMenu *menu, const QTextCursor &cursor) {
                offered = menu->actions();
                clickPosition = cursor.position();
                menu->insertAction(menu->actions().value(0), new QAction(QStringLiteral("suggestion"), menu));
                QTimer::singleShot(0, menu, [menu] { menu->close(); });
            });
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, m_editor->viewport()->mapToGlobal(point));
    QApplication::sendEvent(m_editor->viewport(), &event);

    QVERIFY(offered.contains(m_editor->editorAction(QStringLiteral("format.bold"))));
    QVERIFY(offered.contains(m_editor->editorAction(QStringLiteral("format.link"))));
    QVERIFY(qAbs(clickPosition - target.position()) <= 1); // the click lands between two characters
    QCOMPARE(m_editor->textCursor().position(), 0);        // the text cursor did not move
}

QTEST_MAIN(TstEditorCommands)

#include "tst_editorcommands.moc"
