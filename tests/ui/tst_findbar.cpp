// Find and replace, and go to line, in the editor pane: opened with their shortcuts, typed into,
// and checked against the editor's selection, the count label and the text.

#include "editor/editorpane.h"
#include "editor/findbar.h"
#include "editor/gotolinedialog.h"
#include "editor/markdowneditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

using namespace Postwright;

class TstFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findNextAndPreviousWrap();
    void countMatches_data();
    void countMatches();
    void searchAsYouTypeAndSeeding();
    void regexReplaceAllIsOneUndoStep();
    void replaceOneAtATime();
    void invalidRegexIsShownNotFatal();
    void highlightsFollowTheBar();
    void escapeClosesAndReturnsFocus();
    void replaceShortcutShowsReplaceRow();
    void goToLine_data();
    void goToLine();

private:
    MarkdownEditor *editor() const { return m_pane->editor(); }
    FindBar *bar() const { return m_pane->findBar(); }
    QLineEdit *findField() const { return bar()->findChild<QLineEdit *>(QStringLiteral("findField")); }
    void openFind(const QString &text);

    std::unique_ptr<EditorPane> m_pane;
};

void TstFindBar::init()
{
    m_pane = std::make_unique<EditorPane>();
    m_pane->resize(800, 500);
    m_pane->show();
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    editor()->setFocus();
}

void TstFindBar::cleanup()
{
    m_pane.reset();
}

void TstFindBar::openFind(const QString &text)
{
    editor()->loadText(text);
    editor()->setFocus();
    QTest::keySequence(editor(), QKeySequence::Find);
    QVERIFY(bar()->isVisible());
    QVERIFY(findField()->hasFocus());
}

void TstFindBar::findNextAndPreviousWrap()
{
    openFind(QStringLiteral("foo bar foo\nbaz foo"));
    QTest::keyClicks(findField(), QStringLiteral("foo"));
    QCOMPARE(editor()->textCursor().selectionStart(), 0);
    QCOMPARE(bar()->statusText(), QStringLiteral("1 of 3"));

    QTest::keyClick(findField(), Qt::Key_Return);
    QCOMPARE(editor()->textCursor().selectionStart(), 8);
    QCOMPARE(editor()->textCursor().selectedText(), QStringLiteral("foo"));
    QCOMPARE(bar()->statusText(), QStringLiteral("2 of 3"));
    QTest::keyClick(findField(), Qt::Key_Enter);
    QCOMPARE(bar()->statusText(), QStringLiteral("3 of 3"));
    QCOMPARE(editor()->textCursor().blockNumber(), 1);

    // Past the end: back to the first, with a hint.
    QTest::keyClick(findField(), Qt::Key_Return);
    QCOMPARE(editor()->textCursor().selectionStart(), 0);
    QCOMPARE(bar()->statusText(), QStringLiteral("1 of 3, wrapped"));

    // Shift+Enter goes back, wrapping to the last one.
    QTest::keyClick(findField(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar()->statusText(), QStringLiteral("3 of 3, wrapped"));
    QTest::keyClick(findField(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar()->statusText(), QStringLiteral("2 of 3"));

    // The actions work from the editor too, bar open or not.
    editor()->setFocus();
    QTest::keySequence(editor(), QKeySequence::FindNext);
    QCOMPARE(bar()->statusText(), QStringLiteral("3 of 3"));
    m_pane->paneAction(QStringLiteral("edit.findPrevious"))->trigger();
    QCOMPARE(bar()->statusText(), QStringLiteral("2 of 3"));
}

void TstFindBar::countMatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("matchCase");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("wholeWords");
    QTest::addColumn<int>("count");

    const QString cats = QStringLiteral("Cat cat concat CAT cat.");
    QTest::newRow("any case") << cats << "cat" << false << false << false << 5;
    QTest::newRow("match case") << cats << "cat" << true << false << false << 3;
    QTest::newRow("whole words") << cats << "cat" << false << false << true << 4;
    QTest::newRow("whole words, case") << cats << "cat" << true << false << true << 2;
    QTest::newRow("plain dots are dots") << "a.b axb"
                                         << "a.b" << false << false << false << 1;
    QTest::newRow("regex dot") << "a.b axb"
                               << "a.b" << false << true << false << 2;
    QTest::newRow("whole word symbols") << "C++ and C++11, C++"
                                        << "C++" << false << false << true << 2;
    QTest::newRow("line anchors") << "# one\ntext\n# two"
                                  << "^# " << false << true << false << 2;
    QTest::newRow("empty matches skipped") << "abc"
                                           << "x*" << false << true << false << 0;
    QTest::newRow("across lines") << "end\nstart"
                                  << "end\\nstart" << false << true << false << 1;
}

void TstFindBar::countMatches()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QFETCH(bool, matchCase);
    QFETCH(bool, regex);
    QFETCH(bool, wholeWords);
    QFETCH(int, count);

    openFind(text);
    bar()->findChild<QCheckBox *>(QStringLiteral("matchCase"))->setChecked(matchCase);
    bar()->findChild<QCheckBox *>(QStringLiteral("regularExpression"))->setChecked(regex);
    bar()->findChild<QCheckBox *>(QStringLiteral("wholeWords"))->setChecked(wholeWords);
    QTest::keyClicks(findField(), pattern);
    QCOMPARE(bar()->matchCount(), count);
    QCOMPARE(bar()->statusText(),
             count == 0 ? QStringLiteral("No matches") : QStringLiteral("1 of %1").arg(count));
}

void TstFindBar::searchAsYouTypeAndSeeding()
{
    editor()->loadText(QStringLiteral("alpha beta alphabet"));
    QTextCursor cursor = editor()->textCursor();
    cursor.setPosition(11);
    cursor.setPosition(16, QTextCursor::KeepAnchor); // "alpha" of alphabet
    editor()->setTextCursor(cursor);
    m_pane->paneAction(QStringLiteral("edit.find"))->trigger();
    QCOMPARE(bar()->findText(), QStringLiteral("alpha"));
    QCOMPARE(bar()->statusText(), QStringLiteral("2 of 2"));

    // Typing on extends the match in place; it does not jump to the next one.
    QTest::keyClick(findField(), Qt::Key_End);
    QTest::keyClicks(findField(), QStringLiteral("b"));
    QCOMPARE(editor()->textCursor().selectionStart(), 11);
    QCOMPARE(editor()->textCursor().selectedText(), QStringLiteral("alphab"));
    QCOMPARE(bar()->statusText(), QStringLiteral("1 of 1"));
    QTest::keyClicks(findField(), QStringLiteral("x"));
    QCOMPARE(bar()->statusText(), QStringLiteral("No matches"));

    // A selection over several lines is not a search term.
    editor()->loadText(QStringLiteral("one\ntwo"));
    editor()->selectAll();
    m_pane->paneAction(QStringLiteral("edit.find"))->trigger();
    QCOMPARE(bar()->findText(), QStringLiteral("alphabx"));
}

void TstFindBar::regexReplaceAllIsOneUndoStep()
{
    const QString before = QStringLiteral("Released 2024-01-05.\nPatched 2023-12-31 and 2024-02-29.");
    openFind(before);
    QTest::keySequence(editor(), QKeySequence(QStringLiteral("Ctrl+H")));
    bar()->findChild<QCheckBox *>(QStringLiteral("regularExpression"))->setChecked(true);
    QTest::keyClicks(findField(), QStringLiteral("(\\d{4})-(\\d\\d)-(\\d\\d)"));
    QCOMPARE(bar()->statusText(), QStringLiteral("1 of 3"));
    bar()->setReplaceText(QStringLiteral("\\3/$2/\\1 ($$)"));
    bar()->findChild<QToolButton *>(QStringLiteral("replaceAll"))->click();

    const QString after =
        QStringLiteral("Released 05/01/2024 ($).\nPatched 31/12/2023 ($) and 29/02/2024 ($).");
    QCOMPARE(editor()->markdown(), after);
    QCOMPARE(bar()->matchCount(), 0);
    editor()->undo();
    QCOMPARE(editor()->markdown(), before);
    editor()->redo();
    QCOMPARE(editor()->markdown(), after);
}

void TstFindBar::replaceOneAtATime()
{
    openFind(QStringLiteral("one two one two"));
    m_pane->paneAction(QStringLiteral("edit.replace"))->trigger();
    QTest::keyClicks(findField(), QStringLiteral("two"));
    QLineEdit *replaceField = bar()->findChild<QLineEdit *>(QStringLiteral("replaceField"));
    QVERIFY(replaceField->isVisible());
    replaceField->setFocus();
    QTest::keyClicks(replaceField, QStringLiteral("2"));
    QTest::keyClick(replaceField, Qt::Key_Return); // replaces the current match, selects the next
    QCOMPARE(editor()->markdown(), QStringLiteral("one 2 one two"));
    QCOMPARE(bar()->statusText(), QStringLiteral("1 of 1"));
    // Not a match selected: Replace only finds.
    QTextCursor cursor = editor()->textCursor();
    cursor.setPosition(0);
    editor()->setTextCursor(cursor);
    bar()->replace();
    QCOMPARE(editor()->markdown(), QStringLiteral("one 2 one two"));
    QCOMPARE(editor()->textCursor().selectedText(), QStringLiteral("two"));
    bar()->replace();
    QCOMPARE(editor()->markdown(), QStringLiteral("one 2 one 2"));
}

void TstFindBar::invalidRegexIsShownNotFatal()
{
    openFind(QStringLiteral("(a) b"));
    bar()->findChild<QCheckBox *>(QStringLiteral("regularExpression"))->setChecked(true);
    QTest::keyClicks(findField(), QStringLiteral("(a"));
    QVERIFY(bar()->hasError());
    QCOMPARE(bar()->matchCount(), -1);
    QCOMPARE(bar()->statusText(), QStringLiteral("Invalid regular expression"));
    QVERIFY(!findField()->toolTip().isEmpty());
    QVERIFY(findField()->styleSheet().contains(QStringLiteral("border")));
    QTest::keyClick(findField(), Qt::Key_Return);
    QCOMPARE(bar()->replaceAll(), 0);
    QCOMPARE(editor()->markdown(), QStringLiteral("(a) b"));

    QTest::keyClicks(findField(), QStringLiteral(")"));
    QVERIFY(!bar()->hasError());
    QVERIFY(findField()->toolTip().isEmpty());
    QCOMPARE(bar()->statusText(), QStringLiteral("1 of 1"));
    // As plain text, the parentheses are characters to find.
    bar()->findChild<QCheckBox *>(QStringLiteral("regularExpression"))->setChecked(false);
    QCOMPARE(bar()->statusText(), QStringLiteral("1 of 1"));
    QCOMPARE(editor()->textCursor().selectedText(), QStringLiteral("(a)"));
}

void TstFindBar::highlightsFollowTheBar()
{
    openFind(QStringLiteral("x x x\nx"));
    QTest::keyClicks(findField(), QStringLiteral("x"));
    QCOMPARE(editor()->extraSelections().size(), 4);
    // An edit adds a match; the highlights catch up a moment later.
    QTextCursor cursor(editor()->document());
    cursor.insertText(QStringLiteral("x "));
    QTRY_COMPARE(editor()->extraSelections().size(), 5);
    bar()->closeBar();
    QCOMPARE(editor()->extraSelections().size(), 0);
    // Find Next with the bar closed moves on and leaves nothing highlighted.
    const int before = editor()->textCursor().selectionStart();
    m_pane->paneAction(QStringLiteral("edit.findNext"))->trigger();
    QVERIFY(editor()->textCursor().selectionStart() != before);
    QCOMPARE(editor()->extraSelections().size(), 0);
}

void TstFindBar::escapeClosesAndReturnsFocus()
{
    openFind(QStringLiteral("text"));
    QTest::keyClicks(findField(), QStringLiteral("te"));
    QTest::keyClick(findField(), Qt::Key_Escape);
    QVERIFY(!bar()->isVisible());
    QTRY_VERIFY(editor()->hasFocus());
    QCOMPARE(editor()->textCursor().selectedText(), QStringLiteral("te")); // the match stays selected

    // Esc in the editor closes an open bar as well.
    m_pane->paneAction(QStringLiteral("edit.find"))->trigger();
    QVERIFY(bar()->isVisible());
    editor()->setFocus();
    QTest::keyClick(editor(), Qt::Key_Escape);
    QVERIFY(!bar()->isVisible());
}

void TstFindBar::replaceShortcutShowsReplaceRow()
{
    openFind(QStringLiteral("text"));
    QLineEdit *replaceField = bar()->findChild<QLineEdit *>(QStringLiteral("replaceField"));
    QVERIFY(!replaceField->isVisible());
    editor()->setFocus();
    QTest::keySequence(editor(), QKeySequence(QStringLiteral("Ctrl+H")));
    QVERIFY(replaceField->isVisible());
    QVERIFY(findField()->hasFocus());
    const QList<QAction *> actions = m_pane->findActions();
    QCOMPARE(actions.size(), 5);
    QVERIFY(!actions.contains(nullptr));
}

void TstFindBar::goToLine_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("block");
    QTest::addColumn<int>("column");

    QTest::newRow("line") << "3" << 2 << 0;
    QTest::newRow("line and column") << "2:4" << 1 << 3;
    QTest::newRow("spaces") << " 2 : 2 " << 1 << 1;
    QTest::newRow("past the end") << "99" << 3 << 0;
    QTest::newRow("column past the end") << "1:80" << 0 << 5;
    QTest::newRow("line zero") << "0" << 0 << 0;
}

void TstFindBar::goToLine()
{
    QFETCH(QString, typed);
    QFETCH(int, block);
    QFETCH(int, column);

    editor()->loadText(QStringLiteral("first\nsecond line\nthird\nlast"));
    editor()->setFocus();
    QTest::keySequence(editor(), QKeySequence(QStringLiteral("Ctrl+L")));
    auto *dialog = m_pane->findChild<GoToLineDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("goToLineField"));
    QTest::keyClicks(field, typed);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!m_pane->findChild<GoToLineDialog *>());
    QCOMPARE(editor()->textCursor().blockNumber(), block);
    QCOMPARE(editor()->textCursor().positionInBlock(), column);
}

QTEST_MAIN(TstFindBar)

#include "tst_findbar.moc"
