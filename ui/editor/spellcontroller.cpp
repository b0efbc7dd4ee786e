#include "editor/spellcontroller.h"

#include "editor/markdownhighlighter.h"
#include "editor/spellblockdata.h"
#include "spell/personaldictionary.h"
#include "spell/spellchecker.h"
#include "spell/spelllogging.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QFuture>
#include <QLocale>
#include <QMenu>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Postwright {

namespace {

constexpr int MaxSuggestions = 6;
// Lines just out of view are checked with the visible ones, so a small scroll finds them done.
constexpr int NearbyLines = 40;

// What a dictionary load hands back to the UI thread.
struct LoadedChecker
{
    std::shared_ptr<SpellChecker> checker;
    QString error;
};

// "en-GB" -> "English (United Kingdom)", for saying which dictionary is missing.
QString languageName(const QString &tag)
{
    QString code = tag;
    code.replace(u'-', u'_');
    return Dictionaries::displayName(code);
}

} // namespace

SpellController::SpellController(QPlainTextEdit *editor, MarkdownHighlighter *highlighter,
                                 std::shared_ptr<PersonalDictionary> personal, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_highlighter(highlighter)
    , m_personal(std::move(personal))
    , m_service(new SpellCheckService(this))
    , m_enabledAction(new QAction(tr("Check Spelling"), this))
    , m_languageMenu(std::make_unique<QMenu>(tr("Spelling")))
    , m_languageGroup(new QActionGroup(this))
{
    Q_ASSERT(editor && highlighter && highlighter->document() == editor->document());
    m_enabledAction->setObjectName(QStringLiteral("spelling.enabled"));
    m_enabledAction->setCheckable(true);
    m_enabledAction->setChecked(true);
    connect(m_enabledAction, &QAction::toggled, this, &SpellController::onEnabledToggled);
    m_languageMenu->setObjectName(QStringLiteral("spelling.menu"));
    connect(m_languageMenu.get(), &QMenu::aboutToShow, this, &SpellController::rebuildLanguageMenu);

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(80);
    connect(&m_checkTimer, &QTimer::timeout, this, &SpellController::checkVisibleLines);
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(1000);
    connect(&m_typingPause, &QTimer::timeout, this, &SpellController::releaseHeldWord);

    connect(m_service, &SpellCheckService::checked, this, &SpellController::applyResults);
    connect(m_service, &SpellCheckService::dictionaryChanged, this, &SpellController::onDictionaryChanged);

    QTextDocument *document = editor->document();
    connect(document, &QTextDocument::contentsChange, this, &SpellController::onContentsChange);
    connect(document, &QTextDocument::blockCountChanged, this, [this] {
        m_movedBefore = m_generation;
        scheduleCheck();
    });
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &SpellController::onCursorMoved);
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &SpellController::scheduleCheck);
    connect(highlighter, &MarkdownHighlighter::progressiveHighlightingFinished, this,
            &SpellController::scheduleCheck);
    editor->viewport()->installEventFilter(this);

    // MarkdownEditor announces its context menu; connected by name, since any QPlainTextEdit
    // can be checked and only that one has the signal.
    const QMetaObject *editorMeta = editor->metaObject();
    const int announce = editorMeta->indexOfSignal("aboutToShowContextMenu(QMenu*,QTextCursor)");
    if (announce >= 0) {
        connect(editor, editorMeta->method(announce), this,
                metaObject()->method(metaObject()->indexOfSlot("populateContextMenu(QMenu*,QTextCursor)")));
    }

    highlighter->setSpellSource(
        [this](const QTextBlock &block, const QString &text) { return underlines(block, text); });
    highlighter->rehighlightAll(); // every block needs its scanner state
    setLanguage({});
    rebuildLanguageMenu();
}

SpellController::~SpellController()
{
    if (m_highlighter)
        m_highlighter->setSpellSource({});
}

DictionaryInfo SpellController::dictionary() const
{
    return m_service->checker() ? m_dictionary : DictionaryInfo{};
}

bool SpellController::isEnabled() const
{
    return m_enabledAction->isChecked();
}

void SpellController::setEnabled(bool enabled)
{
    m_enabledAction->setChecked(enabled); // onEnabledToggled() does the rest
}

QList<QAction *> SpellController::languageActions() const
{
    return m_languageGroup->actions();
}

bool SpellController::isActive() const
{
    return isEnabled() && m_service->checker();
}

void SpellController::setLanguage(const QString &tag)
{
    m_language = tag;
    m_dictionaries = Dictionaries::discover();
    const QString wanted = tag.isEmpty() ? QLocale::system().bcp47Name() : tag;
    const std::optional<DictionaryInfo> found = m_dictionaries.bestMatch(wanted);
    const quint64 load = ++m_loads;
    m_loadError.clear();
    m_loadingDictionary = {};
    if (!found) {
        useChecker({}, nullptr);
        return;
    }
    if (found->code == m_dictionary.code && m_service->checker()) {
        updateStatus(); // already checking with it: nothing to check again
        return;
    }
    if (const std::shared_ptr<SpellChecker> loaded = m_checkers.value(found->code)) {
        useChecker(*found, loaded);
        return;
    }

    // Loading takes from milliseconds to a second: the old dictionary checks until it is done.
    m_loadingDictionary = *found;
    updateStatus();
    QtConcurrent::run([info = *found, personal = m_personal] {
        Result<std::shared_ptr<SpellChecker>> opened = SpellChecker::open(info, personal);
        return opened.ok() ? LoadedChecker{opened.value(), {}} : LoadedChecker{{}, opened.error().toString()};
    }).then(this, [this, load, info = *found](const LoadedChecker &loaded) {
        if (loaded.checker)
            m_checkers.insert(info.code, loaded.checker);
        if (load != m_loads)
            return; // another language was asked for meanwhile
        m_loadingDictionary = {};
        if (!loaded.checker) {
            qCWarning(lcSpell) << "cannot load dictionary" << info.code << loaded.error;
            m_loadError = tr("Spelling not checked: %1").arg(loaded.error);
        }
        useChecker(info, loaded.checker);
    });
}

void SpellController::useChecker(const DictionaryInfo &info, std::shared_ptr<SpellChecker> checker)
{
    const bool wasActive = isActive();
    m_dictionary = checker ? info : DictionaryInfo{};
    m_service->setChecker(std::move(checker)); // dictionaryChanged(): everything is checked again
    // Without a dictionary no answer will come to clear the old underlines.
    if (wasActive && !isActive() && m_highlighter)
        m_highlighter->rehighlightAll();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_dictionary.code);
    updateStatus();
    Q_EMIT ready();
}

void SpellController::updateStatus()
{
    QString status;
    if (!isEnabled())
        status = tr("Spelling not checked");
    else if (m_loadingDictionary.isValid())
        status = tr("Loading the %1 dictionary…").arg(m_loadingDictionary.name);
    else if (!m_loadError.isEmpty())
        status = m_loadError;
    else if (m_service->checker())
        status = tr("Spelling: %1").arg(m_dictionary.name);
    else
        status = tr("No %1 dictionary installed — spelling not checked")
                     .arg(languageName(m_language.isEmpty() ? QLocale::system().bcp47Name() : m_language));
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

void SpellController::onEnabledToggled(bool enabled)
{
    if (m_highlighter)
        m_highlighter->rehighlightAll(); // off: every underline goes; on: the known ones return
    if (enabled)
        scheduleCheck();
    updateStatus();
}

void SpellController::onDictionaryChanged()
{
    ++m_epoch;
    scheduleCheck();
}

QList<WordRange> SpellController::underlines(const QTextBlock &block, const QString &text)
{
    SpellBlockData *data = SpellBlockData::of(block);
    if (!data)
        return {};
    QList<WordRange> ranges;
    if (isActive()) {
        if (!isChecked(*data, text))
            scheduleCheck();
        ranges = withoutHeldWord(block, currentRanges(*data, text));
    }
    if (data->check)
        data->check->shown = ranges;
    return ranges;
}

QList<WordRange> SpellController::currentRanges(const SpellBlockData &data, const QString &text) const
{
    if (!data.check || data.check->resultEpoch != m_epoch || data.check->checkedStateIn != data.scanStateIn)
        return {};
    const SpellBlockData::Check &check = *data.check;
    const QString &old = check.checkedText;
    if (old == text)
        return check.misspelled;

    // The line changed since it was checked. Until the new answer comes, words away from the
    // edit keep their underline where they moved to; words at the edit lose it.
    const qsizetype shorter = std::min(old.size(), text.size());
    qsizetype prefix = 0;
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    const int shift = int(text.size() - old.size());
    QList<WordRange> kept;
    for (const WordRange &range : check.misspelled) {
        if (range.start + range.length < prefix)
            kept.append(range);
        else if (range.start > old.size() - suffix)
            kept.append({range.start + shift, range.length});
    }
    return kept;
}

QList<WordRange> SpellController::withoutHeldWord(const QTextBlock &block, QList<WordRange> ranges) const
{
    if (!m_holding || !m_editor)
        return ranges;
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.block() != block)
        return ranges;
    const int column = cursor.positionInBlock();
    ranges.removeIf([column](const WordRange &range) {
        return column >= range.start && column <= range.start + range.length;
    });
    return ranges;
}

bool SpellController::isChecked(const SpellBlockData &data, const QString &text) const
{
    return data.check && data.check->resultEpoch == m_epoch &&
           data.check->checkedStateIn == data.scanStateIn && data.check->checkedText == text;
}

bool SpellController::isRequested(const SpellBlockData &data, const QString &text) const
{
    return data.check && data.check->requestedGeneration > m_movedBefore &&
           data.check->requestedEpoch == m_epoch && data.check->requestedStateIn == data.scanStateIn &&
           data.check->requestedText == text;
}

void SpellController::scheduleCheck()
{
    if (!m_checkTimer.isActive())
        m_checkTimer.start();
}

void SpellController::checkVisibleLines()
{
    // Only what the writer can see (and a little around it) is checked: a 10 MB post costs
    // no more than a short one, and scrolling brings the rest in as it is shown.
    if (!isActive() || !m_editor)
        return;
    QTextDocument *document = m_editor->document();
    const int top = m_editor->cursorForPosition(QPoint(0, 0)).blockNumber();
    const int bottom = m_editor->cursorForPosition(QPoint(0, m_editor->viewport()->height())).blockNumber();
    const quint64 generation = ++m_generation;
    QList<SpellLineRequest> lines;
    for (QTextBlock block = document->findBlockByNumber(std::max(0, top - NearbyLines));
         block.isValid() && block.blockNumber() <= bottom + NearbyLines; block = block.next()) {
        SpellBlockData *data = SpellBlockData::of(block);
        // Not highlighted yet (a long document in slices): its scanner state is not known.
        if (!data || !data->scanned || block.userState() == -1)
            continue;
        const QString text = block.text();
        if (isChecked(*data, text) || isRequested(*data, text))
            continue;
        if (!data->check)
            data->check = std::make_unique<SpellBlockData::Check>();
        data->check->requestedGeneration = generation;
        data->check->requestedEpoch = m_epoch;
        data->check->requestedText = text;
        data->check->requestedStateIn = data->scanStateIn;
        lines.append({block.blockNumber(), text, data->scanStateIn, block.blockNumber() == 0});
    }
    if (!lines.isEmpty())
        m_service->requestCheck(generation, lines);
}

void SpellController::applyResults(quint64 generation, const QList<SpellLineResult> &results)
{
    if (!m_editor || generation <= m_movedBefore)
        return; // asked by block numbers that have changed since; checkVisibleLines() asks again
    QTextDocument *document = m_editor->document();
    for (const SpellLineResult &result : results) {
        const QTextBlock block = document->findBlockByNumber(result.blockNumber);
        SpellBlockData *data = SpellBlockData::of(block);
        SpellBlockData::Check *check = data ? data->check.get() : nullptr;
        if (!check || check->requestedGeneration != generation || check->requestedEpoch != m_epoch ||
            check->requestedText != result.text)
            continue;
        check->requestedGeneration = 0;
        check->resultEpoch = m_epoch;
        check->checkedText = result.text;
        check->checkedStateIn = check->requestedStateIn;
        check->misspelled = result.misspelled;
        refresh(block);
    }
}

void SpellController::refresh(const QTextBlock &block)
{
    const SpellBlockData *data = SpellBlockData::of(block);
    if (!data || !data->check || !m_highlighter)
        return;
    const QList<WordRange> wanted =
        isActive() ? withoutHeldWord(block, currentRanges(*data, block.text())) : QList<WordRange>{};
    if (wanted != data->check->shown)
        m_highlighter->rehighlightBlock(block);
}

void SpellController::onContentsChange(int position, int removed, int added)
{
    if (!m_editor)
        return;
    // Typing (or deleting) at the cursor: hold back the underline of the word there. A change
    // that keeps the length is left out: re-highlighting reports one over a block's own text.
    const QTextCursor cursor = m_editor->textCursor();
    if (added != removed && !cursor.hasSelection() && cursor.position() == position + added &&
        cursor.block() == m_editor->document()->findBlock(position)) {
        m_holding = true;
        m_expectedCursor = cursor.position();
        m_typingPause.start();
    }
    scheduleCheck();
}

void SpellController::onCursorMoved()
{
    if (m_holding && m_editor && m_editor->textCursor().position() != m_expectedCursor)
        releaseHeldWord();
}

void SpellController::releaseHeldWord()
{
    if (!m_holding)
        return;
    m_holding = false;
    m_typingPause.stop();
    if (m_editor)
        refresh(m_editor->document()->findBlock(m_expectedCursor));
}

bool SpellController::eventFilter(QObject *watched, QEvent *event)
{
    if (m_editor && watched == m_editor->viewport() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        scheduleCheck(); // more lines may be in view
    return QObject::eventFilter(watched, event);
}

void SpellController::rebuildLanguageMenu()
{
    m_dictionaries = Dictionaries::discover();
    m_languageMenu->clear(); // deletes the language actions, which the menu owns
    m_languageMenu->addAction(m_enabledAction);
    m_languageMenu->addSeparator();
    if (m_dictionaries.isEmpty()) {
        m_languageMenu->addAction(tr("No dictionaries installed"))->setEnabled(false);
        return;
    }
    const QString current = (m_loadingDictionary.isValid() ? m_loadingDictionary : m_dictionary).code;
    for (const DictionaryInfo &info : m_dictionaries.all()) {
        QAction *action = m_languageMenu->addAction(info.name);
        action->setObjectName(QLatin1StringView("spelling.language.") + info.code);
        action->setData(info.code);
        action->setCheckable(true);
        action->setChecked(info.code == current);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = info.code] {
            setLanguage(code);
            Q_EMIT languageChosen(code);
        });
    }
}

void SpellController::populateContextMenu(QMenu *menu, const QTextCursor &cursorAtClick)
{
    const QTextBlock block = cursorAtClick.block();
    const SpellBlockData *data = SpellBlockData::of(block);
    if (!menu || !data || !isActive())
        return;
    const QString text = block.text();
    const int column = cursorAtClick.positionInBlock();
    const QList<WordRange> ranges = currentRanges(*data, text);
    const auto hit = std::find_if(ranges.cbegin(), ranges.cend(), [column](const WordRange &range) {
        return column >= range.start && column <= range.start + range.length;
    });
    if (hit == ranges.cend())
        return;
    const WordRange range = *hit;
    const QString word = text.mid(range.start, range.length);

    QList<QAction *> actions;
    // Hunspell's suggest() takes milliseconds, tens at worst: fine for a menu the writer opened.
    const QStringList suggestions = m_service->checker()->suggestions(word, MaxSuggestions);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        action->setObjectName(QStringLiteral("spelling.suggestion"));
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, this,
                [this, number = block.blockNumber(), range, word, suggestion] {
                    replaceWord(number, range, word, suggestion);
                });
        actions.append(action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions"), menu);
        none->setEnabled(false);
        actions.append(none);
    }
    auto *add = new QAction(tr("Add “%1” to Dictionary").arg(word), menu);
    add->setObjectName(QStringLiteral("spelling.addToDictionary"));
    connect(add, &QAction::triggered, this, [this, word] { addToDictionary(word); });
    auto *ignore = new QAction(tr("Ignore “%1”").arg(word), menu);
    ignore->setObjectName(QStringLiteral("spelling.ignore"));
    connect(ignore, &QAction::triggered, this, [this, word] { m_service->ignoreForSession(word); });
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    actions << add << ignore << separator;
    menu->insertActions(menu->actions().value(0, nullptr), actions);
}

void SpellController::replaceWord(int blockNumber, WordRange range, const QString &word,
                                  const QString &replacement)
{
    if (!m_editor)
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(blockNumber);
    if (!block.isValid() || block.text().mid(range.start, range.length) != word)
        return; // the text changed while the menu was open
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + range.start);
    cursor.setPosition(block.position() + range.start + range.length, QTextCursor::KeepAnchor);
    cursor.beginEditBlock(); // one undo step
    cursor.insertText(replacement);
    cursor.endEditBlock();
    m_editor->setTextCursor(cursor);
}

void SpellController::addToDictionary(const QString &word)
{
    if (const Result<void> saved = m_service->addToPersonal(word); !saved.ok()) {
        Q_EMIT errorOccurred(tr("“%1” is accepted until Postwright quits, but could not be saved: %2")
                                 .arg(word, saved.error().toString()));
    }
}

} // namespace Postwright
