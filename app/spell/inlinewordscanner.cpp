#include "inlinewordscanner.h"

#include <QChar>

#include <algorithm>
#include <array>

namespace Postwright {

namespace {

constexpr std::array<QStringView, 4> CodeTags = {u"code", u"kbd", u"samp", u"var"};

// The code point at i, and how many UTF-16 units it takes.
char32_t codePointAt(QStringView s, qsizetype i, int *length)
{
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, s[i + 1]);
    }
    *length = 1;
    return c.unicode();
}

// The code point that ends right before i.
char32_t codePointBefore(QStringView s, qsizetype i)
{
    if (i >= 2 && s[i - 1].isLowSurrogate() && s[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(s[i - 2], s[i - 1]);
    return s[i - 1].unicode();
}

bool isLetterOrMark(char32_t c)
{
    return QChar::isLetter(c) || QChar::isMark(c);
}

bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

bool isAsciiPunctuation(QChar c)
{
    return c.unicode() < 128 && (c.isPunct() || c.isSymbol());
}

// Written without spaces between words: Hunspell would see a whole sentence as one word.
bool isUnspacedScript(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

qsizetype backtickRun(QStringView s, qsizetype from)
{
    qsizetype i = from;
    while (i < s.size() && s[i] == u'`')
        ++i;
    return i - from;
}

} // namespace

InlineWordScanner::InlineWordScanner(QStringView line, bool skipAbbreviations, QList<WordRange> *words)
    : m_line(line)
    , m_skipAbbreviations(skipAbbreviations)
    , m_words(words)
{}

qsizetype InlineWordScanner::tagEnd(QStringView line, qsizetype from, char16_t *quote)
{
    for (qsizetype i = from; i < line.size(); ++i) {
        const char16_t c = line[i].unicode();
        if (*quote != 0) {
            if (c == *quote)
                *quote = 0;
        } else if (c == u'"' || c == u'\'') {
            *quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    return -1;
}

// Splits text into whitespace-separated chunks, leaving out the constructs that are not prose.
InlineWordScanner::Open InlineWordScanner::scan(qsizetype from)
{
    m_textStart = from;
    m_open = Open::Nothing;
    qsizetype chunk = -1;
    qsizetype i = from;
    while (i < m_line.size()) {
        if (m_line[i].isSpace()) {
            if (chunk >= 0)
                checkChunk(chunk, i);
            chunk = -1;
            ++i;
            continue;
        }
        if (const qsizetype end = skipConstruct(i); end > i) {
            if (chunk >= 0)
                checkChunk(chunk, i);
            chunk = -1;
            i = end;
            continue;
        }
        if (chunk < 0)
            chunk = i;
        ++i;
    }
    if (chunk >= 0)
        checkChunk(chunk, m_line.size());
    return m_open;
}

// Where a construct that starts at i and is not prose ends, or -1 when none starts there.
qsizetype InlineWordScanner::skipConstruct(qsizetype i)
{
    const qsizetype n = m_line.size();
    const QChar next = i + 1 < n ? m_line[i + 1] : QChar();
    switch (m_line[i].unicode()) {
    case u'\\':
        return isAsciiPunctuation(next) ? i + 2 : -1;
    case u'`': {
        // A code span closes with a backtick run of the same length; an unmatched run is literal.
        const qsizetype length = backtickRun(m_line, i);
        for (qsizetype j = m_line.indexOf(u'`', i + length); j >= 0; j = m_line.indexOf(u'`', j)) {
            const qsizetype closing = backtickRun(m_line, j);
            if (closing == length)
                return j + closing;
            j += closing;
        }
        return i + length;
    }
    case u'<':
        return skipAngle(i);
    case u'$':
        return skipMath(i);
    case u'&':
        return skipEntity(i);
    case u']':
        if (next == u'(') { // link or image destination, with its title
            int depth = 0;
            for (qsizetype j = i + 1; j < n; ++j) {
                if (m_line[j] == u'\\')
                    ++j;
                else if (m_line[j] == u'(')
                    ++depth;
                else if (m_line[j] == u')' && --depth == 0)
                    return j + 1;
            }
            return n;
        }
        if (next == u'[') { // reference label of [text][label]
            const qsizetype close = m_line.indexOf(u']', i + 2);
            return close >= 0 ? close + 1 : -1;
        }
        return -1;
    case u'[':
        if (next == u'^') { // footnote reference
            const qsizetype close = m_line.indexOf(u']', i + 2);
            return close >= 0 ? close + 1 : -1;
        }
        return -1;
    case u'{':
        if (next == u'{' || next == u'%') { // Hugo shortcodes, Liquid tags and output
            const qsizetype close = m_line.indexOf(next == u'{' ? u"}}" : u"%}", i + 2);
            return close >= 0 ? close + 2 : n;
        }
        if (next == u'#' || next == u'.') { // {#id .class} attributes
            const qsizetype close = m_line.indexOf(u'}', i + 2);
            return close >= 0 ? close + 1 : -1;
        }
        return -1;
    case u':': { // :emoji_code:
        if (i > 0 && m_line[i - 1].isLetterOrNumber())
            return -1;
        qsizetype j = i + 1;
        while (j < n &&
               (isAsciiAlnum(m_line[j]) || m_line[j] == u'_' || m_line[j] == u'+' || m_line[j] == u'-'))
            ++j;
        if (j > i + 1 && j < n && m_line[j] == u':' && (j + 1 == n || !m_line[j + 1].isLetterOrNumber()))
            return j + 1;
        return -1;
    }
    default:
        if (isAsciiLetter(m_line[i]) && (i == 0 || !m_line[i - 1].isLetterOrNumber()))
            return skipUrl(i);
        return -1;
    }
}

// Comments, autolinks and tags; a '<' that starts none of them is just a character.
qsizetype InlineWordScanner::skipAngle(qsizetype i)
{
    const qsizetype n = m_line.size();
    if (m_line.sliced(i).startsWith(u"<!--")) {
        const qsizetype close = m_line.indexOf(u"-->", i + 4);
        if (close >= 0)
            return close + 3;
        m_open = Open::HtmlComment;
        return n;
    }
    if (i + 1 < n && (m_line[i + 1] == u'!' || m_line[i + 1] == u'?')) { // <!DOCTYPE>, <?php ?>
        const qsizetype close = m_line.indexOf(u'>', i + 2);
        return close >= 0 ? close + 1 : -1;
    }
    // Autolinks: <scheme:...> or <someone@example.com>, with no spaces inside.
    qsizetype end = i + 1;
    while (end < n && !m_line[end].isSpace() && m_line[end] != u'<' && m_line[end] != u'>')
        ++end;
    if (end < n && m_line[end] == u'>' && end > i + 1) {
        const QStringView inside = m_line.sliced(i + 1, end - i - 1);
        qsizetype scheme = 0;
        while (scheme < inside.size() && (isAsciiAlnum(inside[scheme]) || inside[scheme] == u'+' ||
                                          inside[scheme] == u'.' || inside[scheme] == u'-'))
            ++scheme;
        if ((scheme >= 2 && scheme < inside.size() && inside[scheme] == u':' && isAsciiLetter(inside[0])) ||
            inside.indexOf(u'@') > 0)
            return end + 1;
    }
    // Tags: <name ...>, </name>; the name must be followed by a space, '/', '>' or the m_line end.
    qsizetype j = i + 1;
    const bool closing = j < n && m_line[j] == u'/';
    if (closing)
        ++j;
    if (j >= n || !isAsciiLetter(m_line[j]))
        return -1;
    const qsizetype nameStart = j;
    while (j < n && (isAsciiAlnum(m_line[j]) || m_line[j] == u'-'))
        ++j;
    if (j < n && !m_line[j].isSpace() && m_line[j] != u'/' && m_line[j] != u'>')
        return -1;
    const QStringView name = m_line.sliced(nameStart, j - nameStart);
    char16_t quote = 0;
    const qsizetype close = tagEnd(m_line, j, &quote);
    if (close < 0) {
        // Only a tag that starts the m_line may continue on the next ones (attributes one per
        // m_line); elsewhere "a <b and c" is more likely prose.
        if (i != m_textStart)
            return -1;
        m_open = Open::HtmlTag;
        m_quote = quote;
        return n;
    }
    if (!closing && std::any_of(CodeTags.begin(), CodeTags.end(), [&](QStringView code) {
            return name.compare(code, Qt::CaseInsensitive) == 0;
        })) {
        for (qsizetype k = m_line.indexOf(u"</", close); k >= 0; k = m_line.indexOf(u"</", k + 2)) {
            if (m_line.sliced(k + 2).startsWith(name, Qt::CaseInsensitive)) {
                const qsizetype gt = m_line.indexOf(u'>', k);
                return gt >= 0 ? gt + 1 : n;
            }
        }
    }
    return close;
}

// $...$ (the opening $ followed and the closing one preceded by a non-space, the closing one not
// followed by a digit, as pandoc reads it, so "$5 and $10" stays prose) and $$...$$.
qsizetype InlineWordScanner::skipMath(qsizetype i) const
{
    const qsizetype n = m_line.size();
    if (i + 1 < n && m_line[i + 1] == u'$') {
        const qsizetype close = m_line.indexOf(u"$$", i + 2);
        return close >= 0 ? close + 2 : -1;
    }
    if (i + 1 >= n || m_line[i + 1].isSpace())
        return -1;
    for (qsizetype j = m_line.indexOf(u'$', i + 1); j >= 0; j = m_line.indexOf(u'$', j + 1)) {
        if (m_line[j - 1].isSpace() || m_line[j - 1] == u'\\')
            continue;
        if (j + 1 < n && m_line[j + 1].isDigit())
            continue;
        return j + 1;
    }
    return -1;
}

// &amp; &#8217; &#x2019;
qsizetype InlineWordScanner::skipEntity(qsizetype i) const
{
    qsizetype j = i + 1;
    const bool numeric = j < m_line.size() && m_line[j] == u'#';
    if (numeric)
        ++j;
    const qsizetype start = j;
    while (j < m_line.size() && j - start < 32 && isAsciiAlnum(m_line[j]))
        ++j;
    if (j > start && j < m_line.size() && m_line[j] == u';' && (numeric || isAsciiLetter(m_line[start])))
        return j + 1;
    return -1;
}

// scheme://..., www...., mailto:...: up to the next space.
qsizetype InlineWordScanner::skipUrl(qsizetype i) const
{
    const QStringView rest = m_line.sliced(i);
    qsizetype scheme = 0;
    while (
        scheme < rest.size() && scheme < 32 &&
        (isAsciiAlnum(rest[scheme]) || rest[scheme] == u'+' || rest[scheme] == u'.' || rest[scheme] == u'-'))
        ++scheme;
    const bool url = (scheme >= 2 && rest.sliced(scheme).startsWith(u"://")) ||
                     rest.startsWith(u"www.", Qt::CaseInsensitive) ||
                     rest.startsWith(u"mailto:", Qt::CaseInsensitive);
    if (!url)
        return -1;
    qsizetype end = i;
    while (end < m_line.size() && !m_line[end].isSpace())
        ++end;
    return end;
}

// A chunk is a run of text between spaces: some are not prose as a whole.
void InlineWordScanner::checkChunk(qsizetype begin, qsizetype end)
{
    // Look past the brackets, quotes and emphasis around it: "(see", "**/etc/hosts**".
    static constexpr QStringView Leading = u"*_~([{\"'\u201C\u2018\u00AB>";
    static constexpr QStringView Trailing = u"*_~)]}\"'\u201D\u2019\u00BB.,;:!?";
    qsizetype s = begin;
    qsizetype e = end;
    while (s < e && Leading.contains(m_line[s]))
        ++s;
    while (e > s && Trailing.contains(m_line[e - 1]))
        --e;
    if (s >= e)
        return;
    const QStringView core = m_line.sliced(s, e - s);
    const qsizetype at = core.indexOf(u'@');
    if (at == 0 || (at > 0 && core.indexOf(u'.', at) > at + 1))
        return; // e-mail address or @mention
    if (core.startsWith(u'/') || core.startsWith(u"~/") || core.startsWith(u"./") ||
        core.startsWith(u"../") || core.contains(u'\\'))
        return; // path
    for (qsizetype k = 1; k + 1 < core.size(); ++k) {
        if (core[k] == u'.' && core[k - 1].isLetterOrNumber() && core[k + 1].isLetterOrNumber())
            return; // file or host name, version, e.g.
    }
    extractWords(begin, end);
}

// Words are letters (with combining marks) joined by inner apostrophes; digits and underscores
// belong to the word so that the whole identifier or number is then left out.
void InlineWordScanner::extractWords(qsizetype begin, qsizetype end)
{
    qsizetype i = begin;
    int length = 0;
    while (i < end) {
        const char32_t c = codePointAt(m_line, i, &length);
        if (!QChar::isLetterOrNumber(c) && c != u'_') {
            i += length;
            continue;
        }
        qsizetype j = i;
        while (j < end) {
            const char32_t d = codePointAt(m_line, j, &length);
            if (QChar::isLetterOrNumber(d) || QChar::isMark(d) || d == u'_') {
                j += length;
                continue;
            }
            if (isApostrophe(d) && j > i && j + 1 < end && isLetterOrMark(codePointBefore(m_line, j))) {
                int nextLength = 0;
                if (QChar::isLetter(codePointAt(m_line, j + 1, &nextLength))) {
                    j += length;
                    continue;
                }
            }
            break;
        }
        considerWord(i, j);
        i = j;
    }
}

void InlineWordScanner::considerWord(qsizetype begin, qsizetype end)
{
    while (begin < end && m_line[begin] == u'_') // _emphasis_
        ++begin;
    while (end > begin && m_line[end - 1] == u'_')
        --end;
    int letters = 0;
    bool lower = false;
    bool upper = false;
    int length = 0;
    for (qsizetype i = begin; i < end; i += length) {
        const char32_t c = codePointAt(m_line, i, &length);
        if (c == u'_' || QChar::isNumber(c) || isUnspacedScript(c))
            return;
        if (QChar::isLetter(c)) {
            ++letters;
            lower = lower || QChar::isLower(c);
            upper = upper || QChar::isUpper(c) || QChar::isTitleCase(c);
        }
    }
    if (letters == 0)
        return;
    if (m_skipAbbreviations && upper && !lower && letters >= 2 && letters <= 5)
        return;
    m_words->append({int(begin), int(end - begin)});
}
} // namespace Postwright
