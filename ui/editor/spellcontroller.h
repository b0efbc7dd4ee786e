#pragma once

#include "spell/dictionaries.h"
#include "spell/markdownspellscanner.h"
#include "spell/spellcheckservice.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class QAction;
class QActionGroup;
class QMenu;
class QPlainTextEdit;
class QTextBlock;
class QTextCursor;

namespace Postwright {

class MarkdownHighlighter;
class PersonalDictionary;
class SpellBlockData;
class SpellChecker;

// Spell checking in an editor as the writer types: asks SpellCheckService (a worker thread)
// about the lines on screen whose text changed, keeps each answer on its block (SpellBlockData)
// and has the highlighter underline the misspelt words. Also the editor's spelling commands:
// suggestions in the context menu, the dictionary language, and checking on or off.
class SpellController final : public QObject
{
    Q_OBJECT

public:
    // personal: the writer's word list, shared by every editor (the composition root loads it).
    SpellController(QPlainTextEdit *editor, MarkdownHighlighter *highlighter,
                    std::shared_ptr<PersonalDictionary> personal, QObject *parent = nullptr);
    ~SpellController() override;

    // The dictionary that best suits a language as blog.yaml names it ("en", "en-GB", "de_AT");
    // empty: the system's language. Without one installed nothing is underlined and
    // statusText() says so. The dictionary loads on a worker; ready() follows.
    void setLanguage(const QString &tag);
    QString language() const { return m_language; }
    // The dictionary in use; invalid while none is (none installed, or still loading).
    DictionaryInfo dictionary() const;

    // "spelling.enabled", checkable, on by default.
    QAction *enabledAction() const { return m_enabledAction; }
    bool isEnabled() const;
    void setEnabled(bool enabled);

    // "Check Spelling" and the installed dictionaries ("spelling.language.en_US"), checkable,
    // one at a time; the dictionaries are looked up again each time the menu opens.
    QMenu *languageMenu() const { return m_languageMenu.get(); }
    QList<QAction *> languageActions() const;

    // For the status bar: which dictionary checks the spelling, or why nothing is checked.
    QString statusText() const { return m_status; }

    // How long the word at the cursor stays without underline after the last keystroke.
    void setTypingPause(int milliseconds) { m_typingPause.setInterval(milliseconds); }

public Q_SLOTS:
    // Puts at the top of an editor's context menu, when cursorAtClick is on a misspelt word:
    // suggestions (each replaces the word, one undo step), "Add to Dictionary", "Ignore", and a
    // separator. Adds nothing elsewhere. A slot, so that editors can be connected by name.
    void populateContextMenu(QMenu *menu, const QTextCursor &cursorAtClick);

Q_SIGNALS:
    // The writer picked a language in languageMenu(): the window remembers it for the blog.
    void languageChosen(const QString &tag);
    void statusChanged(const QString &text);
    // A word could not be saved to the personal dictionary (it stays accepted for the session).
    void errorOccurred(const QString &message);
    // The dictionary asked for is in use (or, when none is installed or it failed to load,
    // checking stopped): tests and the status bar can rely on what dictionary() says now.
    void ready();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isActive() const;
    QList<WordRange> underlines(const QTextBlock &block, const QString &text);
    QList<WordRange> currentRanges(const SpellBlockData &data, const QString &text) const;
    QList<WordRange> withoutHeldWord(const QTextBlock &block, QList<WordRange> ranges) const;
    bool isChecked(const SpellBlockData &data, const QString &text) const;
    bool isRequested(const SpellBlockData &data, const QString &text) const;
    void scheduleCheck();
    void checkVisibleLines();
    void applyResults(quint64 generation, const QList<SpellLineResult> &results);
    void refresh(const QTextBlock &block);
    void onContentsChange(int position, int removed, int added);
    void onCursorMoved();
    void releaseHeldWord();
    void onDictionaryChanged();
    void onEnabledToggled(bool enabled);
    void useChecker(const DictionaryInfo &info, std::shared_ptr<SpellChecker> checker);
    void updateStatus();
    void rebuildLanguageMenu();
    void replaceWord(int blockNumber, WordRange range, const QString &word, const QString &replacement);
    void addToDictionary(const QString &word);

    QPointer<QPlainTextEdit> m_editor;
    QPointer<MarkdownHighlighter> m_highlighter;
    std::shared_ptr<PersonalDictionary> m_personal;
    SpellCheckService *m_service;
    QHash<QString, std::shared_ptr<SpellChecker>> m_checkers; // by dictionary code
    Dictionaries m_dictionaries;
    DictionaryInfo m_dictionary;
    QString m_language;
    DictionaryInfo m_loadingDictionary; // valid while it loads
    quint64 m_loads = 0;                // grows with each dictionary asked for; a late load is dropped
    QString m_loadError;

    // Results are valid while their epoch is this one (same dictionary and word lists).
    quint64 m_epoch = 1;
    quint64 m_generation = 0;
    // Requests up to this generation were for blocks that have moved since (lines were added
    // or removed), so their answers cannot be matched up: such lines are asked about again.
    quint64 m_movedBefore = 0;
    int m_blockCount = 0;
    QTimer m_checkTimer;

    // The word being typed is not underlined until the cursor leaves it or the writer pauses.
    bool m_holding = false;
    int m_expectedCursor = -1;
    QTimer m_typingPause;

    QAction *m_enabledAction;
    std::unique_ptr<QMenu> m_languageMenu;
    QActionGroup *m_languageGroup;
    QString m_status;
};

} // namespace Postwright
