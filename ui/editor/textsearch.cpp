#include "editor/textsearch.h"

#include <QCoreApplication>

namespace Postwright {

TextSearch::TextSearch(const QString &pattern, SearchOptions options)
    : m_options(options)
    , m_empty(pattern.isEmpty())
{
    QString expression = options.regularExpression ? pattern : QRegularExpression::escape(pattern);
    // Lookarounds rather than \b, so that a whole-word search for "C++" or "-v" still matches.
    if (options.wholeWords)
        expression = QStringLiteral("(?<!\\w)(?:%1)(?!\\w)").arg(expression);
    QRegularExpression::PatternOptions patternOptions =
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::MultilineOption;
    if (!options.matchCase)
        patternOptions |= QRegularExpression::CaseInsensitiveOption;
    m_expression = QRegularExpression(expression, patternOptions);
}

QString TextSearch::errorString() const
{
    if (m_expression.isValid())
        return {};
    return QCoreApplication::translate("Postwright::TextSearch", "%1 (at character %2)")
        .arg(m_expression.errorString())
        .arg(m_expression.patternErrorOffset());
}

QList<SearchMatch> TextSearch::findAll(const QString &text, int limit) const
{
    QList<SearchMatch> matches;
    if (!isValid())
        return matches;
    QRegularExpressionMatchIterator it = m_expression.globalMatch(text);
    while (it.hasNext() && matches.size() < limit) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > 0)
            matches.append({int(match.capturedStart()), int(match.capturedLength())});
    }
    return matches;
}

QRegularExpressionMatch TextSearch::matchAt(const QString &text, const SearchMatch &at) const
{
    const QRegularExpressionMatch match = m_expression.match(text, at.start, QRegularExpression::NormalMatch,
                                                             QRegularExpression::AnchorAtOffsetMatchOption);
    if (match.hasMatch() && match.capturedLength() == at.length)
        return match;
    return {};
}

QString TextSearch::replacement(const QString &replaceTemplate, const QRegularExpressionMatch &match) const
{
    if (!m_options.regularExpression)
        return replaceTemplate;
    QString result;
    const qsizetype size = replaceTemplate.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = replaceTemplate.at(i);
        const QChar next = i + 1 < size ? replaceTemplate.at(i + 1) : QChar();
        if (c == u'\\' && !next.isNull()) {
            ++i;
            if (next.isDigit())
                result += match.captured(next.digitValue());
            else if (next == u'n')
                result += u'\n';
            else if (next == u't')
                result += u'\t';
            else
                result += next;
        } else if (c == u'$' && next.isDigit()) {
            // $12 is group 12 when there is one, else group 1 and a '2'.
            int group = next.digitValue();
            ++i;
            if (i + 1 < size && replaceTemplate.at(i + 1).isDigit()) {
                const int twoDigits = group * 10 + replaceTemplate.at(i + 1).digitValue();
                if (twoDigits <= match.lastCapturedIndex()) {
                    group = twoDigits;
                    ++i;
                }
            }
            result += match.captured(group);
        } else if (c == u'$' && next == u'&') {
            result += match.captured(0);
            ++i;
        } else if (c == u'$' && next == u'$') {
            result += u'$';
            ++i;
        } else {
            result += c;
        }
    }
    return result;
}

QString TextSearch::searchableText(QString rawDocumentText)
{
    rawDocumentText.replace(QChar::ParagraphSeparator, u'\n');
    rawDocumentText.replace(QChar::LineSeparator, u'\n');
    return rawDocumentText;
}

} // namespace Postwright
