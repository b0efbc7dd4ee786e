#include "site/permalink.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Postwright::Permalink {

namespace {

// Latin letters that Unicode does not decompose into an ASCII base, spelled the way German,
// Scandinavian, Polish and Icelandic writers transliterate them themselves.
QString latinTransliteration(char32_t ch)
{
    struct Spelling
    {
        char32_t letter;
        const char *ascii;
    };
    static constexpr Spelling spellings[] = {
        {U'ß', "ss"}, {U'æ', "ae"}, {U'Æ', "ae"}, {U'ø', "o"}, {U'Ø', "o"}, {U'œ', "oe"},
        {U'Œ', "oe"}, {U'đ', "d"},  {U'Đ', "d"},  {U'ð', "d"}, {U'Ð', "d"}, {U'ł', "l"},
        {U'Ł', "l"},  {U'þ', "th"}, {U'Þ', "th"}, {U'ı', "i"},
    };
    for (const Spelling &spelling : spellings) {
        if (spelling.letter == ch)
            return QLatin1StringView(spelling.ascii);
    }
    return {};
}

bool isMark(char32_t ch)
{
    switch (QChar::category(ch)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

// What one code point contributes to a slug: ASCII when it is a Latin letter with accents or a
// compatibility form ("ﬁ", "²", full-width "Ａ"), itself when it is any other letter or number,
// nothing when it is a separator. fromAscii tells the caller whether marks after it are accents.
QString slugPiece(char32_t ch, bool *fromAscii)
{
    *fromAscii = true;
    if (ch < 0x80) {
        const auto c = char(ch);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            return QString(QLatin1Char(c));
        if (c >= 'A' && c <= 'Z')
            return QString(QLatin1Char(char(c - 'A' + 'a')));
        return {};
    }
    if (const QString latin = latinTransliteration(ch); !latin.isEmpty())
        return latin;
    if (!QChar::isLetterOrNumber(ch))
        return {};

    const QString decomposed = QString::fromUcs4(&ch, 1).normalized(QString::NormalizationForm_KD);
    QString ascii;
    bool allAscii = true;
    for (const QChar c : decomposed) {
        if (isMark(c.unicode()))
            continue;
        if (c.unicode() >= 0x80 || !c.isLetterOrNumber()) {
            allAscii = false;
            break;
        }
        ascii += c.toLower();
    }
    if (allAscii && !ascii.isEmpty())
        return ascii;

    // Non-Latin scripts stay as they are: stripping their marks would change words (Japanese
    // dakuten, Cyrillic й -> и), and percent-encoding is the job of whoever writes the URL out.
    *fromAscii = false;
    return QString::fromUcs4(&ch, 1).toLower();
}

// An explicit slug is the author's choice (and often an imported Jekyll/Hugo URL that must not
// change), so it is only made safe as one path segment, not re-slugified.
QString pathSafeSlug(const QString &slug)
{
    QString safe;
    safe.reserve(slug.size());
    bool pendingDash = false;
    for (const QChar c : slug.trimmed()) {
        if (c.isSpace() || c == u'/' || c == u'\\' || c == u'?' || c == u'#') {
            pendingDash = !safe.isEmpty();
            continue;
        }
        if (pendingDash)
            safe += u'-';
        pendingDash = false;
        safe += c;
    }
    if (safe == u"." || safe == u"..")
        return {};
    return safe;
}

QString withSlashes(QString path)
{
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    if (!path.endsWith(u'/'))
        path.append(u'/');
    return path;
}

const QRegularExpression &tokenPattern()
{
    static const QRegularExpression pattern(u":([A-Za-z]+)"_s);
    return pattern;
}

} // namespace

QString collapseSlashes(const QString &path)
{
    QString out;
    out.reserve(path.size());
    for (const QChar c : path) {
        if (c == u'/' && out.endsWith(u'/'))
            continue;
        out += c;
    }
    return out;
}

QString slugify(const QString &text)
{
    // Compose first so "U" + combining diaeresis is treated like "Ü".
    const QString composed = text.normalized(QString::NormalizationForm_C);
    QString slug;
    slug.reserve(composed.size());
    bool pendingDash = false;
    bool lastFromAscii = true;
    for (qsizetype i = 0; i < composed.size(); ++i) {
        char32_t ch = composed.at(i).unicode();
        if (QChar::isHighSurrogate(ch) && i + 1 < composed.size() && composed.at(i + 1).isLowSurrogate()) {
            ch = QChar::surrogateToUcs4(composed.at(i), composed.at(i + 1));
            ++i;
        }
        // Apostrophes join a word rather than split it: "don't" -> "dont", not "don-t".
        if (ch == U'\'' || ch == U'\u2019')
            continue;
        if (isMark(ch)) {
            // A mark the composition left standing belongs to the previous letter: an accent on
            // a Latin letter is dropped, a vowel sign in Devanagari or Thai is part of the word.
            if (!lastFromAscii && !slug.isEmpty() && !pendingDash)
                slug += QString::fromUcs4(&ch, 1);
            continue;
        }
        bool fromAscii = true;
        const QString piece = slugPiece(ch, &fromAscii);
        if (piece.isEmpty()) {
            pendingDash = !slug.isEmpty();
            continue;
        }
        if (pendingDash)
            slug += u'-';
        pendingDash = false;
        slug += piece;
        lastFromAscii = fromAscii;
    }
    return slug;
}

QString expand(const QString &pattern, const QDateTime &date, const QString &slug, const QString &category,
               const QString &title)
{
    return expand(pattern, date, slug, category.isEmpty() ? QStringList() : QStringList{category}, title);
}

QString expand(const QString &pattern, const QDateTime &date, const QString &slug,
               const QStringList &categories, const QString &title)
{
    const QString titleSlug = slugify(title);
    QString postSlug = pathSafeSlug(slug);
    if (postSlug.isEmpty())
        postSlug = titleSlug;
    // Without a slug or a usable title the post would land on its parent list page ("/posts/").
    if (postSlug.isEmpty())
        postSlug = u"untitled"_s;
    QString categorySlug = slugify(categories.value(0));
    if (categorySlug.isEmpty())
        categorySlug = u"uncategorized"_s;
    QStringList categoryFolders;
    for (const QString &category : categories) {
        const QString folder = slugify(category);
        if (!folder.isEmpty() && !categoryFolders.contains(folder))
            categoryFolders.append(folder);
    }

    // QDateTime::date() is the date in the QDateTime's own offset, which is the author's day.
    // A post without a date loses its date segments instead of getting "0000" in its URL.
    const QDate day = date.isValid() ? date.date() : QDate();
    const auto twoDigits = [&](int n) {
        return day.isValid() ? u"%1"_s.arg(n, 2, 10, QLatin1Char('0')) : QString();
    };

    QString path;
    path.reserve(pattern.size() + postSlug.size() + 16);
    qsizetype last = 0;
    bool namesPost = false;
    for (const QRegularExpressionMatch &match : tokenPattern().globalMatch(pattern)) {
        const QString token = match.captured(1);
        QString value;
        if (token == u"year")
            value = day.isValid() ? QString::number(day.year()) : QString();
        else if (token == u"month")
            value = twoDigits(day.month());
        else if (token == u"day")
            value = twoDigits(day.day());
        else if (token == u"slug" || token == u"title")
            value = token == u"title" && !titleSlug.isEmpty() ? titleSlug : postSlug;
        else if (token == u"category")
            value = categorySlug;
        else if (token == u"categories")
            value = categoryFolders.join(u'/'); // empty: collapseSlashes() drops the segment
        else
            continue; // unknown tokens stay literal, so a typo shows up in the URL and gets noticed
        namesPost = namesPost || token == u"slug" || token == u"title";
        path += QStringView(pattern).mid(last, match.capturedStart() - last);
        path += value;
        last = match.capturedEnd();
    }
    path += QStringView(pattern).mid(last);

    // A pattern that names a file ("/:year/:slug.html", as Jekyll sites use) keeps its file name;
    // everything else is a folder with an index.html.
    const QString lastSegment = pattern.section(u'/', -1);
    const bool namesFile =
        !pattern.endsWith(u'/') && QString(lastSegment).remove(tokenPattern()).contains(u'.');
    if (!namesFile && !path.endsWith(u'/'))
        path += u'/';
    // Without a post-specific token every post of a year (or all of them) would share one URL.
    if (!namesFile && !namesPost)
        path += u'/' + postSlug + u'/';
    return collapseSlashes(u'/' + path);
}

QString outputFile(const QString &sitePath)
{
    // Dropping "." and ".." keeps a hostile pattern or slug from writing outside the output folder.
    QStringList segments;
    for (const QString &segment : sitePath.split(u'/', Qt::SkipEmptyParts)) {
        if (segment != u"." && segment != u"..")
            segments.append(segment);
    }
    const bool isFolder = sitePath.isEmpty() || sitePath.endsWith(u'/') || segments.isEmpty();
    if (isFolder)
        segments.append(u"index.html"_s);
    return segments.join(u'/');
}

QString pagePath(const QString &base, int page)
{
    const QString folder = collapseSlashes(withSlashes(base));
    if (page <= 1)
        return folder;
    return folder + u"page/"_s + QString::number(page) + u'/';
}

QString absoluteUrl(const QString &baseUrl, const QString &sitePath)
{
    // Already absolute (an external link, or a path that went through here once).
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    if (scheme.match(sitePath).hasMatch())
        return sitePath;
    QString base = baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    if (sitePath.startsWith(u'/'))
        return base + sitePath;
    return base + u'/' + sitePath;
}

} // namespace Postwright::Permalink
