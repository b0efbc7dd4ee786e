#include "editor/findbar.h"

#include "editor/markdowneditor.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>
#include <limits>

namespace Postwright {

namespace {

const QString kHighlightLayer = QStringLiteral("find");
// Past this size a search over the whole text is felt between keystrokes.
constexpr int kLargeDocument = 200'000;

QToolButton *makeButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(MarkdownEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_findEdit(new QLineEdit(this))
    , m_replaceEdit(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_regularExpression(new QCheckBox(tr("Regular expression"), this))
    , m_wholeWords(new QCheckBox(tr("Whole words"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_findEdit->setObjectName(QStringLiteral("findField"));
    m_findEdit->setPlaceholderText(tr("Find"));
    m_findEdit->setClearButtonEnabled(true);
    m_replaceEdit->setObjectName(QStringLiteral("replaceField"));
    m_replaceEdit->setPlaceholderText(tr("Replace with"));
    m_matchCase->setObjectName(QStringLiteral("matchCase"));
    m_regularExpression->setObjectName(QStringLiteral("regularExpression"));
    m_wholeWords->setObjectName(QStringLiteral("wholeWords"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(
        m_status->fontMetrics().horizontalAdvance(QStringLiteral("10000+ of 10000+, wrapped")));

    auto *previous = makeButton(tr("Previous"), tr("Find the previous match (Shift+Enter)"), this);
    previous->setObjectName(QStringLiteral("findPrevious"));
    auto *next = makeButton(tr("Next"), tr("Find the next match (Enter)"), this);
    next->setObjectName(QStringLiteral("findNext"));
    auto *close = makeButton(QStringLiteral("×"), tr("Close (Esc)"), this);
    close->setObjectName(QStringLiteral("findClose"));
    auto *replaceOne = makeButton(tr("Replace"), tr("Replace this match and find the next"), m_replaceRow);
    replaceOne->setObjectName(QStringLiteral("replaceOne"));
    auto *replaceAll = makeButton(tr("Replace All"), tr("Replace every match"), m_replaceRow);
    replaceAll->setObjectName(QStringLiteral("replaceAll"));

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_findEdit, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_matchCase);
    findRow->addWidget(m_regularExpression);
    findRow->addWidget(m_wholeWords);
    findRow->addWidget(m_status);
    findRow->addWidget(close);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replaceEdit, 1);
    replaceRow->addWidget(replaceOne);
    replaceRow->addWidget(replaceAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    m_editor->installEventFilter(this); // Esc in the editor closes the bar too
    m_findEdit->installEventFilter(this);
    m_replaceEdit->installEventFilter(this);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &FindBar::closeBar);
    connect(replaceOne, &QToolButton::clicked, this, &FindBar::replace);
    connect(replaceAll, &QToolButton::clicked, this, &FindBar::replaceAll);

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(250);
    connect(&m_typingTimer, &QTimer::timeout, this, &FindBar::searchAsYouType);
    connect(m_findEdit, &QLineEdit::textEdited, this, [this] {
        invalidateMatches();
        if (m_editor->document()->characterCount() > kLargeDocument)
            m_typingTimer.start();
        else
            searchAsYouType();
    });
    for (QCheckBox *option : {m_matchCase, m_regularExpression, m_wholeWords}) {
        connect(option, &QCheckBox::toggled, this, [this] {
            invalidateMatches();
            searchAsYouType();
        });
    }

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(150);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!isVisible())
            return;
        ensureMatches();
        updateHighlights();
        updateStatus();
    });
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        m_matchesStale = true;
        if (isVisible())
            m_refreshTimer.start();
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (isVisible() && !m_matchesStale)
            updateStatus();
    });
    hide();
}

void FindBar::showFind()
{
    open(false);
}

void FindBar::showReplace()
{
    open(true);
}

void FindBar::open(bool replacing)
{
    const QTextCursor cursor = m_editor->textCursor();
    const QString selected = cursor.selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        m_findEdit->setText(m_regularExpression->isChecked() ? QRegularExpression::escape(selected)
                                                             : selected);
        invalidateMatches();
    }
    m_searchStart = cursor.selectionStart();
    m_replaceRow->setVisible(replacing);
    show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
    ensureMatches();
    updateHighlights();
    updateStatus();
}

void FindBar::closeBar()
{
    hide();
    m_editor->setFocus(Qt::OtherFocusReason);
}

QString FindBar::findText() const
{
    return m_findEdit->text();
}

void FindBar::setFindText(const QString &text)
{
    m_findEdit->setText(text);
    invalidateMatches();
}

QString FindBar::replaceText() const
{
    return m_replaceEdit->text();
}

void FindBar::setReplaceText(const QString &text)
{
    m_replaceEdit->setText(text);
}

SearchOptions FindBar::options() const
{
    return {m_matchCase->isChecked(), m_regularExpression->isChecked(), m_wholeWords->isChecked()};
}

void FindBar::setOptions(SearchOptions options)
{
    const QSignalBlocker blockCase(m_matchCase);
    const QSignalBlocker blockExpression(m_regularExpression);
    const QSignalBlocker blockWords(m_wholeWords);
    m_matchCase->setChecked(options.matchCase);
    m_regularExpression->setChecked(options.regularExpression);
    m_wholeWords->setChecked(options.wholeWords);
    invalidateMatches();
}

TextSearch FindBar::currentSearch() const
{
    return TextSearch(m_findEdit->text(), options());
}

void FindBar::invalidateMatches()
{
    m_matchesStale = true;
    m_notice.clear();
    m_wrapped = false;
}

void FindBar::ensureMatches()
{
    if (!m_matchesStale)
        return;
    m_matchesStale = false;
    const TextSearch search = currentSearch();
    // An invalid expression is shown on the field itself, where the writer is typing it.
    const bool invalid = !search.isEmpty() && !search.isValid();
    if (invalid != hasError()) {
        m_findEdit->setProperty("invalid", invalid);
        m_findEdit->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 1px solid #cf222e; }")
                                          : QString());
    }
    m_findEdit->setToolTip(invalid ? search.errorString() : QString());
    m_matches =
        search.findAll(TextSearch::searchableText(m_editor->document()->toRawText()), maximumCounted + 1);
    m_capped = m_matches.size() > maximumCounted;
    if (m_capped)
        m_matches.removeLast();
}

bool FindBar::hasError() const
{
    return m_findEdit->property("invalid").toBool();
}

int FindBar::matchCount() const
{
    return hasError() ? -1 : int(m_matches.size());
}

void FindBar::searchAsYouType()
{
    ensureMatches();
    // Typing on extends the match already found rather than jumping to the next one.
    const auto found = std::find_if(m_matches.cbegin(), m_matches.cend(), [this](const SearchMatch &match) {
        return match.start >= m_searchStart;
    });
    if (found != m_matches.cend()) {
        selectMatch(*found);
    } else if (!m_matches.isEmpty()) {
        m_wrapped = true;
        selectMatch(m_matches.first());
    } else {
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(qMin(m_searchStart, m_editor->document()->characterCount() - 1));
        m_editor->setTextCursor(cursor);
    }
    updateHighlights();
    updateStatus();
}

bool FindBar::findNext()
{
    return find(true);
}

bool FindBar::findPrevious()
{
    return find(false);
}

bool FindBar::find(bool forward)
{
    ensureMatches();
    m_notice.clear();
    m_wrapped = false;
    if (m_matches.isEmpty()) {
        updateStatus();
        return false;
    }
    const QTextCursor cursor = m_editor->textCursor();
    SearchMatch target;
    if (forward) {
        const int from = cursor.selectionEnd();
        const auto next = std::find_if(m_matches.cbegin(), m_matches.cend(),
                                       [from](const SearchMatch &match) { return match.start >= from; });
        m_wrapped = next == m_matches.cend();
        target = m_wrapped ? m_matches.first() : *next;
    } else {
        const int before = cursor.selectionStart();
        const auto previous =
            std::find_if(m_matches.crbegin(), m_matches.crend(),
                         [before](const SearchMatch &match) { return match.start < before; });
        m_wrapped = previous == m_matches.crend();
        target = m_wrapped ? m_matches.last() : *previous;
    }
    m_searchStart = target.start;
    selectMatch(target);
    updateHighlights();
    updateStatus();
    return true;
}

void FindBar::selectMatch(const SearchMatch &match)
{
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(match.start);
    cursor.setPosition(match.start + match.length, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
}

int FindBar::currentIndex() const
{
    const QTextCursor cursor = m_editor->textCursor();
    const SearchMatch selection{cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart()};
    const auto found =
        std::lower_bound(m_matches.cbegin(), m_matches.cend(), selection,
                         [](const SearchMatch &a, const SearchMatch &b) { return a.start < b.start; });
    return found != m_matches.cend() && *found == selection ? int(found - m_matches.cbegin()) : -1;
}

void FindBar::replace()
{
    ensureMatches();
    const int index = currentIndex();
    if (index >= 0) {
        const TextSearch search = currentSearch();
        const SearchMatch match = m_matches.at(index);
        const QString text = TextSearch::searchableText(m_editor->document()->toRawText());
        QTextCursor cursor = m_editor->textCursor();
        cursor.insertText(search.replacement(m_replaceEdit->text(), search.matchAt(text, match)));
        m_editor->setTextCursor(cursor);
        m_matchesStale = true;
    }
    findNext();
}

int FindBar::replaceAll()
{
    const TextSearch search = currentSearch();
    const QString text = TextSearch::searchableText(m_editor->document()->toRawText());
    const QList<SearchMatch> matches = search.findAll(text, std::numeric_limits<int>::max());
    if (!matches.isEmpty()) {
        QTextCursor cursor(m_editor->document());
        cursor.beginEditBlock();
        // From the end, so the positions of the matches still to replace stay right.
        for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
            const QString replacement = search.replacement(m_replaceEdit->text(), search.matchAt(text, *it));
            cursor.setPosition(it->start);
            cursor.setPosition(it->start + it->length, QTextCursor::KeepAnchor);
            cursor.insertText(replacement);
        }
        cursor.endEditBlock();
    }
    ensureMatches();
    // Spelled out rather than tr("%n ..."), which needs an English translation to read well.
    m_notice = matches.size() == 1 ? tr("Replaced 1") : tr("Replaced %L1").arg(matches.size());
    updateHighlights();
    updateStatus();
    return int(matches.size());
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::updateStatus()
{
    QString status;
    if (hasError()) {
        status = tr("Invalid regular expression");
    } else if (!m_notice.isEmpty()) {
        status = m_notice;
    } else if (!m_findEdit->text().isEmpty()) {
        const QString total = m_capped ? tr("%1+").arg(maximumCounted) : QString::number(m_matches.size());
        const int index = currentIndex();
        if (m_matches.isEmpty())
            status = tr("No matches");
        else if (index >= 0)
            status = tr("%1 of %2").arg(index + 1).arg(total);
        else
            status = m_matches.size() == 1 ? tr("1 match") : tr("%1 matches").arg(total);
        if (m_wrapped && index >= 0)
            status = tr("%1, wrapped").arg(status);
    }
    m_status->setText(status);
}

void FindBar::updateHighlights()
{
    if (!isVisible()) // Find Next with the bar closed: no highlights left behind
        return;
    // Around the current match, so that a huge document's highlights stay cheap where it matters.
    const int around = qMax(0, currentIndex());
    const qsizetype first =
        qBound(0, around - maximumHighlighted / 2, qMax(0, int(m_matches.size()) - maximumHighlighted));
    const qsizetype last = qMin(m_matches.size(), first + maximumHighlighted);
    QTextCharFormat format;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    format.setBackground(dark ? QColor(0x80, 0x60, 0x10) : QColor(0xff, 0xe5, 0x8f));
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(last - first);
    for (qsizetype i = first; i < last; ++i) {
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(m_matches.at(i).start);
        cursor.setPosition(m_matches.at(i).start + m_matches.at(i).length, QTextCursor::KeepAnchor);
        selections.append({cursor, format});
    }
    m_editor->setExtraSelectionLayer(kHighlightLayer, selections);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        closeBar();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_editor) {
            if (key->key() != Qt::Key_Escape || key->modifiers() != Qt::NoModifier || !isVisible())
                return false;
            closeBar();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replaceEdit)
                replace();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_matchesStale = true;
}

void FindBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_typingTimer.stop();
    m_refreshTimer.stop();
    m_editor->setExtraSelectionLayer(kHighlightLayer, {});
}

} // namespace Postwright
