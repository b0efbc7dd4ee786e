#include "siteurls.h"

#include "site/permalink.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

const QRegularExpression &tokenPattern()
{
    // Hugo's tokens are letters; Jekyll's also have '_' (:i_month, :output_ext).
    static const QRegularExpression pattern(u":([a-z_]+)"_s);
    return pattern;
}

// Replaces each :token the function knows; unknown ones stay literal, so a typo shows in the URL.
QString expandTokens(const QString &pattern,
                     const std::function<std::optional<QString>(const QString &)> &value)
{
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : tokenPattern().globalMatch(pattern)) {
        QString name = match.captured(1);
        std::optional<QString> replacement = value(name);
        // Jekyll reads ":title_" as ":title" followed by "_".
        qsizetype end = match.capturedEnd();
        while (!replacement && name.endsWith(u'_')) {
            name.chop(1);
            --end;
            replacement = value(name);
        }
        if (!replacement)
            continue;
        out += QStringView(pattern).mid(last, match.capturedStart() - last);
        out += *replacement;
        last = end;
    }
    out += QStringView(pattern).mid(last);
    return out;
}

bool lastSegmentHasExtension(const QString &url)
{
    return !url.endsWith(u'/') && url.section(u'/', -1).contains(u'.');
}

QString twoDigits(int n)
{
    return u"%1"_s.arg(n, 2, 10, QLatin1Char('0'));
}

} // namespace

SiteUrls::SiteUrls(SiteLayout layout, BlogSettings settings)
    : m_layout(std::move(layout))
    , m_settings(std::move(settings))
{}

QString SiteUrls::overrideKey() const
{
    switch (m_layout.kind) {
    case SiteKind::Hugo:
        return u"url"_s;
    case SiteKind::Jekyll:
        return u"permalink"_s;
    case SiteKind::Native:
    case SiteKind::Unknown:
        break;
    }
    return {};
}

QString SiteUrls::settingsKey() const
{
    switch (m_layout.kind) {
    case SiteKind::Hugo: {
        QString key =
            u"hugo\n"_s + m_layout.postsFolder + u'\n' + (m_settings.uglyUrls ? u"ugly"_s : u"pretty"_s);
        for (auto it = m_settings.sectionPermalinks.cbegin(); it != m_settings.sectionPermalinks.cend(); ++it)
            key += u'\n' + it.key() + u'=' + it.value();
        return key;
    }
    case SiteKind::Jekyll:
        return u"jekyll\n"_s + m_settings.jekyllPermalink;
    case SiteKind::Native:
    case SiteKind::Unknown:
        break;
    }
    return m_settings.permalink;
}

SiteUrls::Address SiteUrls::address(const Source &source) const
{
    if (m_layout.kind == SiteKind::Hugo)
        return hugo(source);
    if (m_layout.kind == SiteKind::Jekyll)
        return jekyll(source);
    Address address;
    if (source.kind == Post::Kind::Page) {
        address.url = u'/' + source.slug + u'/';
    } else {
        address.url = Permalink::expand(m_settings.permalink, source.metadata.date, source.slug,
                                        source.metadata.categories, source.title);
    }
    address.outputFile = outputFile(address.url);
    return address;
}

QString SiteUrls::outputFile(const QString &url) const
{
    if (m_layout.kind != SiteKind::Jekyll)
        return Permalink::outputFile(url);
    // Jekyll's destination: a folder gets index.html, anything else ends in .html.
    QString output = url.endsWith(u'/') ? url + u"index.html"_s : url;
    if (!output.endsWith(u".html"))
        output += u".html"_s;
    return Permalink::outputFile(output);
}

QString SiteUrls::hugoUrlize(const QString &text)
{
    // Hugo's UnicodeSanitize followed by its lower-casing (disablePathToLower is off by default).
    QString out;
    out.reserve(text.size());
    bool pendingHyphen = false;
    for (const QChar c : text) {
        const bool allowed = c.isLetterOrNumber() || c.isMark() || QStringView(u"./\\_#+~-").contains(c);
        if (allowed) {
            if (pendingHyphen)
                out += u'-';
            pendingHyphen = false;
            out += c;
        } else if (!out.isEmpty() && c.isSpace()) {
            pendingHyphen = true;
        }
    }
    return out.toLower();
}

QString SiteUrls::jekyllSlugify(const QString &text, bool pretty, bool cased)
{
    QString out;
    out.reserve(text.size());
    bool pendingHyphen = false;
    for (const QChar c : text) {
        const bool kept = c.isLetter() || c.isMark() || c.category() == QChar::Number_DecimalDigit ||
                          (pretty && QStringView(u"._~!$&'()+,;=@").contains(c));
        if (!kept) {
            pendingHyphen = true;
            continue;
        }
        if (pendingHyphen && !out.isEmpty())
            out += u'-';
        pendingHyphen = false;
        out += c;
    }
    return cased ? out : out.toLower();
}

SiteUrls::Address SiteUrls::hugo(const Source &source) const
{
    Address address;
    const auto finish = [&address] {
        address.outputFile = Permalink::outputFile(address.url);
        return address;
    };
    // `url` is taken as written: neither lower-cased nor made ugly; a path without a file name is a folder.
    if (!source.permalink.isEmpty()) {
        address.url = Permalink::collapseSlashes(u'/' + source.permalink);
        if (!address.url.endsWith(u'/') && !lastSegmentHasExtension(address.url))
            address.url += u'/';
        return finish();
    }

    const QString content = m_layout.postsFolder.isEmpty() ? QString() : m_layout.postsFolder + u'/';
    const QString inContent = source.relativePath.startsWith(content)
                                  ? source.relativePath.mid(content.size())
                                  : source.relativePath;
    QStringList folders = inContent.split(u'/');
    const QString fileName = folders.takeLast();
    const bool bundle = QFileInfo(fileName).completeBaseName() == u"index" && !folders.isEmpty();
    // A bundle's name is its folder's; Hugo's file names may carry a language (about.en.md).
    const QString name = bundle ? folders.takeLast() : fileName.section(u'.', 0, 0);
    const QString section = source.kind == Post::Kind::Post ? inContent.section(u'/', 0, 0) : QString();
    const QString slug = source.metadata.slug;
    const QString pattern =
        section.isEmpty() ? QString() : m_settings.sectionPermalinks.value(section.toLower());

    QString path;
    if (pattern.isEmpty()) {
        // Hugo's default: the file's path in contentDir, with the slug for the file's own name.
        QStringList segments;
        for (const QString &folder : std::as_const(folders))
            segments.append(hugoUrlize(folder));
        segments.append(hugoUrlize(slug.isEmpty() ? name : slug));
        path = u'/' + segments.join(u'/');
    } else {
        const QDate day = source.metadata.date.isValid() ? source.metadata.date.date() : QDate();
        const QLocale english(QLocale::English);
        path = expandTokens(pattern, [&](const QString &token) -> std::optional<QString> {
            if (token == u"year")
                return day.isValid() ? QString::number(day.year()) : QString();
            if (token == u"month")
                return day.isValid() ? twoDigits(day.month()) : QString();
            if (token == u"monthname")
                return day.isValid() ? english.standaloneMonthName(day.month()) : QString();
            if (token == u"day")
                return day.isValid() ? twoDigits(day.day()) : QString();
            if (token == u"weekday")
                return day.isValid() ? QString::number(day.dayOfWeek() % 7) : QString();
            if (token == u"weekdayname")
                return day.isValid() ? english.standaloneDayName(day.dayOfWeek()) : QString();
            if (token == u"yearday")
                return day.isValid() ? QString::number(day.dayOfYear()) : QString();
            if (token == u"section")
                return section;
            if (token == u"sections") {
                // Nested folders are sections only with an _index file of their own.
                QStringList sections{section};
                QString folder = m_layout.path(content + section);
                for (const QString &nested : folders.mid(1)) {
                    folder += u'/' + nested;
                    if (QDir(folder).entryList({u"_index.*"_s}, QDir::Files).isEmpty())
                        break;
                    sections.append(nested);
                }
                return sections.join(u'/');
            }
            if (token == u"title")
                return hugoUrlize(source.title);
            if (token == u"slug")
                return hugoUrlize(slug.isEmpty() ? source.title : slug);
            if (token == u"filename" || token == u"contentbasename")
                return hugoUrlize(name);
            if (token == u"slugorfilename" || token == u"slugorcontentbasename")
                return hugoUrlize(slug.isEmpty() ? name : slug);
            return std::nullopt;
        });
        path = Permalink::collapseSlashes(u'/' + path).toLower();
        while (path.size() > 1 && path.endsWith(u'/'))
            path.chop(1);
    }
    address.url = Permalink::collapseSlashes(m_settings.uglyUrls && path != u"/" ? path + u".html"_s
                                                                                 : QString(path + u'/'));
    return finish();
}

SiteUrls::Address SiteUrls::jekyll(const Source &source) const
{
    const PostMetadata &meta = source.metadata;
    const QString style = m_settings.jekyllPermalink.trimmed();
    const QFileInfo file(source.relativePath);
    const bool isPost = source.kind == Post::Kind::Post;

    QString pattern = source.permalink;
    if (pattern.isEmpty() && isPost) {
        if (style.isEmpty() || style == u"date")
            pattern = u"/:categories/:year/:month/:day/:title:output_ext"_s;
        else if (style == u"pretty")
            pattern = u"/:categories/:year/:month/:day/:title/"_s;
        else if (style == u"ordinal")
            pattern = u"/:categories/:year/:y_day/:title:output_ext"_s;
        else if (style == u"weekdate")
            pattern = u"/:categories/:year/W:week/:short_day/:title:output_ext"_s;
        else if (style == u"none")
            pattern = u"/:categories/:title:output_ext"_s;
        else
            pattern = style;
    } else if (pattern.isEmpty()) {
        // A page keeps its place in the folders; the style decides only how its name ends.
        if (file.completeBaseName() == u"index") {
            pattern = u"/:path/"_s;
        } else {
            // Jekyll's Utils.add_permalink_suffix; "weekdate" is a custom pattern there, so no suffix.
            pattern = u"/:path/:basename"_s;
            if (style == u"pretty" || (style != u"date" && style.endsWith(u'/')))
                pattern += u'/';
            else if (style.isEmpty() || style == u"date" || style == u"ordinal" || style == u"none" ||
                     style.endsWith(u":output_ext"))
                pattern += u":output_ext"_s;
        }
    }

    // Jekyll's post slug is the front matter's, else the file name's after its date.
    const QString slug = meta.slug.isEmpty() ? file.completeBaseName() : meta.slug;
    const QDate day = meta.date.isValid() ? meta.date.date() : QDate();
    const QLocale english(QLocale::English);
    QString url = expandTokens(pattern, [&](const QString &token) -> std::optional<QString> {
        if (token == u"output_ext")
            return u".html"_s;
        if (token == u"path")
            return file.path() == u"." ? QString() : file.path();
        if (token == u"basename")
            return file.completeBaseName();
        if (token == u"title")
            return jekyllSlugify(slug, true, true);
        if (token == u"slug")
            return jekyllSlugify(slug, false, false);
        if (token == u"name")
            return jekyllSlugify(file.completeBaseName(), false, false);
        if (token == u"collection")
            return isPost ? u"posts"_s : QString();
        if (token == u"categories" || token == u"slugified_categories") {
            // Lower-cased, one folder each, duplicates once; none: the segment disappears.
            QStringList folders;
            for (const QString &category : meta.categories) {
                const QString folder =
                    token == u"categories" ? category.toLower() : jekyllSlugify(category, false, false);
                if (!folder.isEmpty() && !folders.contains(folder))
                    folders.append(folder);
            }
            return folders.join(u'/');
        }
        if (!day.isValid())
            return QString();
        const QTime time = meta.date.time();
        if (token == u"year")
            return QString::number(day.year());
        if (token == u"short_year")
            return twoDigits(day.year() % 100);
        if (token == u"month")
            return twoDigits(day.month());
        if (token == u"i_month")
            return QString::number(day.month());
        if (token == u"short_month")
            return english.monthName(day.month(), QLocale::ShortFormat);
        if (token == u"long_month")
            return english.monthName(day.month());
        if (token == u"day")
            return twoDigits(day.day());
        if (token == u"i_day")
            return QString::number(day.day());
        if (token == u"y_day")
            return u"%1"_s.arg(day.dayOfYear(), 3, 10, QLatin1Char('0'));
        if (token == u"short_day")
            return english.dayName(day.dayOfWeek(), QLocale::ShortFormat);
        if (token == u"long_day")
            return english.dayName(day.dayOfWeek());
        if (token == u"week") {
            return twoDigits(day.weekNumber());
        }
        if (token == u"w_year") {
            int year = 0;
            day.weekNumber(&year);
            return QString::number(year);
        }
        if (token == u"w_day")
            return QString::number(day.dayOfWeek());
        if (token == u"hour")
            return twoDigits(time.hour());
        if (token == u"minute")
            return twoDigits(time.minute());
        if (token == u"second")
            return twoDigits(time.second());
        return std::nullopt;
    });
    // Jekyll's URL#sanitize_url: a leading '/', ".." and "./" taken out, slashes squeezed.
    url = u'/' + url;
    url.replace(u".."_s, u"/"_s);
    url.remove(u"./"_s);
    url = Permalink::collapseSlashes(url);

    // A URL without the extension still names a file: /2024/hello is 2024/hello.html.
    return {url, outputFile(url)};
}

} // namespace Postwright
