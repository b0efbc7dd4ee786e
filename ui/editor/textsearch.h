#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Postwright {

struct SearchOptions
{
    bool matchCase = false;
    bool regularExpression = false;
    bool wholeWords = false;
};

struct SearchMatch
{
    int start = 0;
    int length = 0;
    friend bool operator==(const SearchMatch &, const SearchMatch &) = default;
};

// One find query compiled: plain text or a regular expression, with the find bar's options, over
// a document's text as lines joined by '\n' (so ^ and $ work per line and positions are the
// document's own).
class TextSearch
{
public:
    TextSearch(const QString &pattern, SearchOptions options);

    bool isEmpty() const { return m_empty; }
    bool isValid() const { return !m_empty && m_expression.isValid(); }
    // Why a regular expression does not compile, for the find field's tooltip.
    QString errorString() const;

    // Matches in order, at most limit of them; empty matches (`^`, `x*`) are not matches here.
    QList<SearchMatch> findAll(const QString &text, int limit) const;
    // The match at exactly this place, with its captures for a replacement.
    QRegularExpressionMatch matchAt(const QString &text, const SearchMatch &at) const;
    // The replacement for one match: literal for plain text; for a regular expression, \1 or $1
    // (to $99), \0, $0 and $& insert captures, \n and \t a new line and a tab, \\ and $$ themselves.
    QString replacement(const QString &replaceTemplate, const QRegularExpressionMatch &match) const;

    // The text of a document in the form this searches, positions unchanged.
    static QString searchableText(QString rawDocumentText);

private:
    QRegularExpression m_expression;
    SearchOptions m_options;
    bool m_empty;
};

} // namespace Postwright
