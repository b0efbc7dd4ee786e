#include "commalistedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace Postwright {

using namespace Qt::StringLiterals;

CommaListEdit::CommaListEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    // QLineEdit's own completer would replace the whole line; this one completes one name.
    m_completer->setModel(m_model);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &CommaListEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, [this] {
        updateCompletion();
        emitIfChanged();
    });
}

void CommaListEdit::setVocabulary(const QStringList &words)
{
    m_vocabulary = words;
    m_vocabulary.removeDuplicates();
    m_vocabulary.sort(Qt::CaseInsensitive);
}

QStringList CommaListEdit::split(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(u',')) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

QStringList CommaListEdit::values() const
{
    return split(text());
}

void CommaListEdit::setValues(const QStringList &values)
{
    m_lastValues = values;
    if (split(text()) != values)
        setText(values.join(u", "));
}

std::pair<qsizetype, qsizetype> CommaListEdit::currentSegment() const
{
    const QString all = text();
    const qsizetype cursor = cursorPosition();
    qsizetype start = cursor > 0 ? all.lastIndexOf(u',', cursor - 1) + 1 : 0;
    while (start < cursor && all.at(start).isSpace())
        ++start;
    qsizetype end = all.indexOf(u',', cursor);
    if (end < 0)
        end = all.size();
    return {start, end};
}

void CommaListEdit::updateCompletion()
{
    const auto [start, end] = currentSegment();
    const QString prefix = text().mid(start, cursorPosition() - start);
    if (prefix.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QStringList others = values();
    others.removeOne(text().mid(start, end - start).trimmed());
    QStringList candidates;
    for (const QString &word : std::as_const(m_vocabulary)) {
        if (!others.contains(word, Qt::CaseInsensitive))
            candidates.append(word);
    }
    m_model->setStringList(candidates);
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    m_completer->complete();
}

void CommaListEdit::insertCompletion(const QString &word)
{
    const auto [start, end] = currentSegment();
    QString all = text();
    const bool atEnd = end == all.size();
    all.replace(start, end - start, word);
    // Ready for the next name, as a writer would type it.
    const QString tail = atEnd ? u", "_s : QString();
    all.insert(start + word.size(), tail);
    setText(all);
    setCursorPosition(int(start + word.size() + tail.size()));
    emitIfChanged();
}

void CommaListEdit::emitIfChanged()
{
    const QStringList current = values();
    if (current == m_lastValues)
        return;
    m_lastValues = current;
    Q_EMIT valuesEdited(current);
}

void CommaListEdit::keyPressEvent(QKeyEvent *event)
{
    // While the popup is open, these keys pick or dismiss a completion (the completer handles them).
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void CommaListEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (event->reason() == Qt::PopupFocusReason)
        return;
    // "a,b, " becomes "a, b" once the writer is done with the field.
    const QString tidy = values().join(u", ");
    if (text() != tidy)
        setText(tidy);
}

} // namespace Postwright
