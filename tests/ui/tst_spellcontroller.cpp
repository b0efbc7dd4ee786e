// Spell checking in the editor: misspelt words get the spelling underline once the worker has
// answered, prose only (not code, URLs or front matter), not the word still being typed; the
// context menu's suggestions, "Add to Dictionary" and "Ignore"; switching checking off and the
// language; and in a long document only the lines in view are checked.

#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "editor/spellcontroller.h"
#include "spell/personaldictionary.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

using namespace Postwright;

namespace {

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

// Whether every character of the nth occurrence of word on a line has the spelling underline.
bool isUnderlined(const QTextDocument &document, int line, const QString &word, int occurrence = 0)
{
    const QTextBlock block = document.findBlockByNumber(line);
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = block.text().indexOf(word, at + 1);
    if (at < 0)
        qFatal("word not on the line");
    for (qsizetype column = at; column < at + word.size(); ++column) {
        bool found = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (column >= range.start && column < range.start + range.length &&
                range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                found = true;
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace

// An editor that announces its context menu the way MarkdownEditor does.
class AnnouncingEditor : public QPlainTextEdit
{
    Q_OBJECT

Q_SIGNALS:
    void aboutToShowContextMenu(QMenu *menu, const QTextCursor &cursorAtClick);
};

namespace {

// An editor as the window makes one: shown, highlighted, checked in American English.
struct CheckedEditor
{
    explicit CheckedEditor(const std::shared_ptr<PersonalDictionary> &personal)
        : highlighter(new MarkdownHighlighter(editor.document()))
        , spell(new SpellController(&editor, highlighter, personal, &editor))
    {
        editor.resize(640, 400);
        editor.show();
    }

    bool ready(const QString &language = QStringLiteral("en-US"))
    {
        if (!QTest::qWaitForWindowExposed(&editor))
            return false;
        QSignalSpy ready(spell, &SpellController::ready);
        spell->setLanguage(language);
        return spell->dictionary().isValid() || ready.wait(10000);
    }

    bool underlined(int line, const QString &word, int occurrence = 0) const
    {
        return isUnderlined(*editor.document(), line, word, occurrence);
    }

    bool anyUnderline() const
    {
        for (QTextBlock block = editor.document()->firstBlock(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                    return true;
            }
        }
        return false;
    }

    // The context menu as the editor shows it: with its own entries, announced before it opens.
    std::unique_ptr<QMenu> contextMenuAt(int line, int column)
    {
        auto menu = std::make_unique<QMenu>();
        menu->addAction(QStringLiteral("Copy"));
        QTextCursor cursor(editor.document()->findBlockByNumber(line));
        cursor.setPosition(cursor.position() + column);
        Q_EMIT editor.aboutToShowContextMenu(menu.get(), cursor);
        return menu;
    }

    AnnouncingEditor editor;
    MarkdownHighlighter *highlighter;
    SpellController *spell;
};

QAction *findAction(const QMenu &menu, const QString &objectName)
{
    for (QAction *action : menu.actions()) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

} // namespace

class TstSpellController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void typedMisspellingIsUnderlined();
    void wordBeingTypedWaitsUntilLeft();
    void wordBeingTypedWaitsForAPause();
    void onlyProseIsUnderlined();
    void suggestionReplacesTheWordInOneUndoStep();
    void noMenuEntriesOnACorrectWord();
    void addToDictionaryRemovesTheUnderlineAndPersists();
    void ignoreRemovesTheUnderline();
    void switchingOffRemovesEveryUnderline();
    void languageSwitchChecksAgain();
    void missingDictionaryIsSaid();
    void longDocumentIsCheckedWhereItIsShown();
    void documentHighlightedInSlicesIsChecked();
    void markdownEditorMenuOffersSuggestions();

private:
    QTemporaryDir m_dictionaries;
    std::shared_ptr<PersonalDictionary> m_personal;
};

void TstSpellController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A tiny German dictionary beside the system's English one (tests install nothing).
    QVERIFY(m_dictionaries.isValid());
    QVERIFY(writeFile(m_dictionaries.filePath("de_DE.aff"), "SET UTF-8\nTRY esianrtolcdugmphbyfvkwz\n"));
    QVERIFY(writeFile(m_dictionaries.filePath("de_DE.dic"), "3\nHallo\nGurke\nund\n"));
    qputenv("DICPATH", QFile::encodeName(m_dictionaries.path()));
    QVERIFY2(Dictionaries::discover().find(QStringLiteral("en_US")),
             "install hunspell-en-us (see scripts/dev)");
}

void TstSpellController::init()
{
    QFile::remove(PersonalDictionary::defaultPath());
    m_personal = std::make_shared<PersonalDictionary>();
    QVERIFY(m_personal->load().ok());
}

void TstSpellController::typedMisspellingIsUnderlined()
{
    CheckedEditor e(m_personal);
    QVERIFY(e.ready());
    QCOMPARE(e.spell->dictionary().code, QStringLiteral("en_US"));
    QTest::keyClicks(&e.editor, QStringLiteral("This sentance is fine "));
    QTRY_VERIFY(e.underlined(0, QStringLiteral("sentance")));
    QVERIFY(!e.underlined(0, QStringLiteral("This")));
    QVERIFY(!e.underlined(0, QStringLiteral("fine")));
    QVERIFY(e.spell->statusText().contains(QStringLiteral("English")));
}

void TstSpellController::wordBeingTypedWaitsUntilLeft()
{
    CheckedEditor e(m_personal);
    QVERIFY(e.ready());
    QTest::keyClicks(&e.editor, QStringLiteral("wrng speling"));
    // The finished word is underlined; the one at the cursor, checked in the same line, is not.
    QTRY_VERIFY(e.underlined(0, QStringLiteral("wrng")));
    QTest::qWait(200);
    QVERIFY(!e.underlined(0, QStringLiteral("speling")));
    QTest::keyClick(&e.editor, Qt::Key_Home);
    QTRY_VERIFY(e.underlined(0, QStringLiteral("speling")));
}

void TstSpellController::wordBeingTypedWaitsForAPause()
{
    CheckedEditor e(m_personal);
    QVERIFY(e.ready());
    e.spell->setTypingPause(600);
    QTest::keyClicks(&e.editor, QStringLiteral("wrng speling"));
    QTRY_VERIFY(e.underlined(0, QStringLiteral("wrng")));
    QVERIFY(!e.underlined(0, QStringLiteral("speling")));
    QTRY_VERIFY(e.underlined(0, QStringLiteral("speling")));
}

void TstSpellController::onlyProseIsUnderlined()
{
    CheckedEditor e(m_personal);
    QVERIFY(e.ready());
    e.editor.setPlainText(QStringLiteral("---\n"
                                         "title: Helo wrld\n"
                                         "---\n"
                                         "\n"
                                         "The mispelt `codde` and https://exmple.org/pathh and <spann>.\n"
                                         "\n"
                                         "```\n"
                                         "fenced wrongg\n"
                                         "```\n"
                                         "<!-- commnt -->\n"
                                         "Last mispelt line.\n"));
    QTRY_VERIFY(e.underlined(4, QStringLiteral("mispelt")));
    QTRY_VERIFY(e.underlined(10, QStringLiteral("mispelt")));
    QVERIFY(!e.underlined(1, QStringLiteral("Helo")));
    QVERIFY(!e.underlined(1, QStringLiteral("wrld")));
    QVERIFY(!e.underlined(4, QStringLiteral("codde")));
    QVERIFY(!e.underlined(4, QStringLiteral("exmple")));
    QVERIFY(!e.underlined(4, QStringLiteral("pathh")));
    QVERIFY(!e.underlined(4, QStringLiteral("spann")));
    QVERIFY(!e.underlined(7, QStringLiteral("wrongg")));
    QVERIFY(!e.underlined(9, QStringLiteral("commnt")));
}

void TstSpellController::suggestionReplacesTheWordInOneUndoStep()
{
    CheckedEditor e(m_personal);
    QVERIFY(e.ready());
    e.editor.setPlainText(QStringLiteral("I recieve mail."));
    QTRY_VERIFY(e.underlined(0, QStringLiteral("recieve")));

    const std::unique_ptr<QMenu> menu = e.contextMenuAt(0, 4);
    const QList<QAction *> actions = menu->actions();
    QVERIFY(actions.size() > 4);
    QCOMPARE(actions.first()->objectName(), QStringLiteral("spelling.suggestion"));
    QVERIFY(findAction(*menu, QStringLiteral("spelling.addToDictionary")));
    QVERIFY(findAction(*menu, QStringLiteral("spelling.ignore")));
    QVERIFY(actions.at(actions.size() - 2)->isSeparator());
    QCOMPARE(actions.last()->text(), QStringLiteral("Copy")); // the editor's own stay below
    QAction *receive = nullptr;
    for (QAction *action : actions) {
        if (action->objectName() == u"spelling.suggestion" && action->text() == u"receive")
            receive = action;
    }
    QVERIFY(receive);

    receive->trigger();
    QCOMPARE(e.editor.toPlainText(), QStringLiteral("I receive mail."));
    QTRY_VERIFY(!e.underlined(0, QStringLiteral("receive")));
    e.editor.undo();
    QCOMPARE(e.editor.toPlainText(), QStringLiteral("I recieve mail."));
    QTRY_VERIFY(e.underlined(0, QStringLiteral("recieve")));
}

void TstSpellController::noMenuEntriesOnACorrectWord()
{
    CheckedEditor e(m_personal);
    QVERIFY(e.ready());
    e.editor.setPlainText(QStringLiteral("I recieve mail."));
    QTRY_VERIFY(e.underlined(0, QStringLiteral("recieve")));
    QCOMPARE(e.contextMenuAt(0, 12)->actions().size(), 1); // on "mail"
    QCOMPARE(e.contextMenuAt(0, 1)->actions().size(), 1);  // between words
}

void TstSpellController::addToDictionaryRemovesTheUnderlineAndPersists()
{
    CheckedEditor e(m_personal);
    QVERIFY(e.ready());
    e.editor.setPlainText(QStringLiteral("Postwright writes.\nAlso Postwright."));
    QTRY_VERIFY(e.underlined(1, QStringLiteral("Postwright")));
    QVERIFY(e.underlined(0, QStringLiteral("Postwright")));

    const std::unique_ptr<QMenu> menu = e.contextMenuAt(0, 3);
    QAction *add = findAction(*menu, QStringLiteral("spelling.addToDictionary"));
    QVERIFY(add);
    QVERIFY(add->text().contains(QStringLiteral("Postwright")));
    add->trigger();
    QTRY_VERIFY(!e.underlined(0, QStringLiteral("Postwright")));
    QTRY_VERIFY(!e.underlined(1, QStringLiteral("Postwright")));

    PersonalDictionary reread(PersonalDictionary::defaultPath());
    QVERIFY(reread.load().ok());
    QVERIFY(reread.contains(QStringLiteral("Postwright")));
}

void TstSpellController::ignoreRemovesTheUnderline()
{
    CheckedEditor e(m_personal);
    QVERIFY(e.ready());
    e.editor.setPlainText(QStringLiteral("Zorblax says hi."));
    QTRY_VERIFY(e.underlined(0, QStringLiteral("Zorblax")));
    const std::unique_ptr<QMenu> menu = e.contextMenuAt(0, 0);
    QAction *ignore = findAction(*menu, QStringLiteral("spelling.ignore"));
    QVERIFY(ignore);
    ignore->trigger();
    QTRY_VERIFY(!e.underlined(0, QStringLiteral("Zorblax")));
    QVERIFY(!m_personal->contains(QStringLiteral("Zorblax"))); // for this session only
}

void TstSpellController::switchingOffRemovesEveryUnderline()
{
    CheckedEditor e(m_personal);
    QVERIFY(e.ready());
    e.editor.setPlainText(QStringLiteral("One mistak.\n\nAnother mistak."));
    QTRY_VERIFY(e.underlined(2, QStringLiteral("mistak")));
    QAction *enabled = e.spell->enabledAction();
    QCOMPARE(enabled->objectName(), QStringLiteral("spelling.enabled"));
    QVERIFY(enabled->isCheckable() && enabled->isChecked());

    enabled->trigger();
    QVERIFY(!e.spell->isEnabled());
    QVERIFY(!e.anyUnderline());
    QTest::keyClicks(&e.editor, QStringLiteral("more mistak "));
    QTest::qWait(300);
    QVERIFY(!e.anyUnderline());

    enabled->trigger();
    QTRY_VERIFY(e.underlined(2, QStringLiteral("mistak")));
}

void TstSpellController::languageSwitchChecksAgain()
{
    CheckedEditor e(m_personal);
    QVERIFY(e.ready());
    e.editor.setPlainText(QStringLiteral("Hallo Gurke und world."));
    QTRY_VERIFY(e.underlined(0, QStringLiteral("Gurke")));
    QVERIFY(!e.underlined(0, QStringLiteral("world")));

    // The writer picks German in the menu: the window hears of it to remember it for the blog.
    e.spell->languageMenu()->aboutToShow();
    QAction *german = nullptr;
    for (QAction *action : e.spell->languageActions()) {
        if (action->objectName() == u"spelling.language.de_DE")
            german = action;
    }
    QVERIFY(german);
    QVERIFY(german->isCheckable() && !german->isChecked());
    QSignalSpy chosen(e.spell, &SpellController::languageChosen);
    german->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("de_DE"));
    QTRY_VERIFY(e.underlined(0, QStringLiteral("world")));
    QVERIFY(!e.underlined(0, QStringLiteral("Gurke")));
    QCOMPARE(e.spell->dictionary().code, QStringLiteral("de_DE"));
    QVERIFY(german->isChecked());

    // Back to English (already loaded) through the blog's language.
    e.spell->setLanguage(QStringLiteral("en"));
    QCOMPARE(e.spell->dictionary().code, QStringLiteral("en_US"));
    QTRY_VERIFY(e.underlined(0, QStringLiteral("Gurke")));
    QVERIFY(!e.underlined(0, QStringLiteral("world")));
}

void TstSpellController::missingDictionaryIsSaid()
{
    CheckedEditor e(m_personal);
    QVERIFY(e.ready());
    e.editor.setPlainText(QStringLiteral("A mistak."));
    QTRY_VERIFY(e.underlined(0, QStringLiteral("mistak")));

    QSignalSpy status(e.spell, &SpellController::statusChanged);
    e.spell->setLanguage(QStringLiteral("fr-FR"));
    QVERIFY(!e.spell->dictionary().isValid());
    QVERIFY(!e.anyUnderline());
    QCOMPARE(status.size(), 1);
    QCOMPARE(e.spell->statusText(),
             QStringLiteral("No French (France) dictionary installed — spelling not checked"));
    QCOMPARE(e.contextMenuAt(0, 3)->actions().size(), 1);
}

void TstSpellController::longDocumentIsCheckedWhereItIsShown()
{
    CheckedEditor e(m_personal);
    QVERIFY(e.ready());
    QStringList lines;
    for (int i = 0; i < 3000; ++i)
        lines.append(QStringLiteral("Line %1 has a mistak in it.").arg(i));
    e.editor.setPlainText(lines.join(u'\n'));
    QTRY_VERIFY(e.underlined(0, QStringLiteral("mistak")));
    QTest::qWait(200);
    QVERIFY(!e.underlined(2999, QStringLiteral("mistak"))); // far out of view: not checked yet

    e.editor.verticalScrollBar()->setValue(e.editor.verticalScrollBar()->maximum());
    QTRY_VERIFY(e.underlined(2999, QStringLiteral("mistak")));
    QVERIFY(!e.underlined(1500, QStringLiteral("mistak")));
}

void TstSpellController::documentHighlightedInSlicesIsChecked()
{
    CheckedEditor e(m_personal);
    QVERIFY(e.ready());
    QStringList lines;
    for (int i = 0; i < 3000; ++i)
        lines.append(QStringLiteral("Line %1 has a mistak in it.").arg(i));
    // As MarkdownEditor::loadText opens a long post: nobody hears of the new text but the
    // highlighter's slices.
    e.highlighter->highlightProgressively();
    {
        const QSignalBlocker quiet(e.editor.document());
        e.editor.setPlainText(lines.join(u'\n'));
    }
    Q_EMIT e.editor.document()->blockCountChanged(e.editor.document()->blockCount());
    e.highlighter->highlightNextSlice();
    QTRY_VERIFY(e.underlined(0, QStringLiteral("mistak")));
    QTRY_VERIFY(!e.highlighter->isHighlightingProgressively());
    e.editor.verticalScrollBar()->setValue(e.editor.verticalScrollBar()->maximum());
    QTRY_VERIFY(e.underlined(2999, QStringLiteral("mistak")));
}

void TstSpellController::markdownEditorMenuOffersSuggestions()
{
    MarkdownEditor editor;
    editor.resize(640, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    SpellController spell(&editor, editor.highlighter(), m_personal);
    QSignalSpy ready(&spell, &SpellController::ready);
    spell.setLanguage(QStringLiteral("en-US"));
    QVERIFY(spell.dictionary().isValid() || ready.wait(10000));
    editor.loadText(QStringLiteral("I recieve mail."));
    QTRY_VERIFY(isUnderlined(*editor.document(), 0, QStringLiteral("recieve")));

    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(4);
    editor.setTextCursor(cursor);
    QStringList shown;
    QTimer closer;
    connect(&closer, &QTimer::timeout, &editor, [&closer, &shown] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (const QAction *action : menu->actions())
                shown.append(action->objectName().isEmpty() ? action->text() : action->objectName());
            menu->close();
            closer.stop();
        }
    });
    closer.start(50);
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(10, 10), editor.mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(editor.viewport(), &event); // returns when the menu has closed
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown.first(), QStringLiteral("spelling.suggestion"));
    QVERIFY(shown.contains(QStringLiteral("spelling.addToDictionary")));
    QVERIFY(shown.size() > shown.indexOf(QStringLiteral("spelling.ignore")) + 2); // the editor's own below
}

QTEST_MAIN(TstSpellController)
#include "tst_spellcontroller.moc"
