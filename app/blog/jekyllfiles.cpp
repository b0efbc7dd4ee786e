#include "jekyllfiles.h"

#include "blog/siteconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>

namespace Postwright {

namespace {

bool isMarkdownName(const QString &name)
{
    // Jekyll's markdown_ext default: markdown, mkdown, mkdn, mkd, md.
    static const QStringList suffixes{QStringLiteral("md"), QStringLiteral("markdown"),
                                      QStringLiteral("mkdown"), QStringLiteral("mkdn"),
                                      QStringLiteral("mkd")};
    return suffixes.contains(QFileInfo(name).suffix(), Qt::CaseInsensitive);
}

bool fnmatchFrom(const QString &pattern, qsizetype p, const QString &text, qsizetype t)
{
    while (p < pattern.size()) {
        const QChar c = pattern.at(p);
        if (c == u'*') {
            while (p < pattern.size() && pattern.at(p) == u'*')
                ++p;
            if (p == pattern.size())
                return true;
            for (qsizetype i = t; i <= text.size(); ++i) {
                if (fnmatchFrom(pattern, p, text, i))
                    return true;
            }
            return false;
        }
        if (t >= text.size())
            return false;
        if (c == u'?') {
            ++p;
            ++t;
            continue;
        }
        if (c == u'[') {
            const qsizetype close = pattern.indexOf(u']', p + 2);
            if (close > 0) {
                QStringView set = QStringView(pattern).sliced(p + 1, close - p - 1);
                const bool negate = set.startsWith(u'!') || set.startsWith(u'^');
                if (negate)
                    set = set.sliced(1);
                bool found = false;
                for (qsizetype i = 0; i < set.size(); ++i) {
                    if (i + 2 < set.size() && set.at(i + 1) == u'-') {
                        found = found || (text.at(t) >= set.at(i) && text.at(t) <= set.at(i + 2));
                        i += 2;
                    } else {
                        found = found || text.at(t) == set.at(i);
                    }
                }
                if (found == negate)
                    return false;
                p = close + 1;
                ++t;
                continue;
            }
        }
        QChar literal = c;
        if (c == u'\\' && p + 1 < pattern.size())
            literal = pattern.at(++p);
        if (text.at(t) != literal)
            return false;
        ++p;
        ++t;
    }
    return t == text.size();
}

} // namespace

JekyllFiles::JekyllFiles(QString root, QStringList exclude, QStringList include, QString outputFolder)
    : m_root(QDir(root).absolutePath())
    , m_include(std::move(include))
    , m_output(QDir::cleanPath(outputFolder))
{
    // Jekyll subtracts include: from exclude: before matching.
    for (const QString &pattern : std::as_const(exclude)) {
        if (!m_include.contains(pattern))
            m_exclude.append(pattern);
    }
}

QStringList JekyllFiles::excludes(const SiteConfig &config)
{
    QStringList exclude = config.list({QStringLiteral("exclude")});
    for (const char *name :
         {".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules",
          "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/"}) {
        if (!exclude.contains(QLatin1String(name)))
            exclude.append(QLatin1String(name));
    }
    return exclude;
}

QStringList JekyllFiles::includes(const SiteConfig &config)
{
    // Jekyll merges the site's config over its defaults key by key: a list replaces the default.
    if (config.value({QStringLiteral("include")}).present)
        return config.list({QStringLiteral("include")});
    return {QStringLiteral(".htaccess")};
}

QStringList JekyllFiles::topFolders() const
{
    QStringList folders;
    for (const QFileInfo &entry :
         QDir(m_root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
        const QString name = entry.fileName();
        if (entry.isSymLink() || skips(name, true) || entry.absoluteFilePath() == m_output)
            continue;
        // vendor/ for vendor/bundle/: what is read there is not worth watching a gem bundle for.
        const bool partlyExcluded =
            std::any_of(m_exclude.cbegin(), m_exclude.cend(),
                        [&name](const QString &pattern) { return pattern.startsWith(name + u'/'); });
        if (!partlyExcluded)
            folders.append(name);
    }
    return folders;
}

bool JekyllFiles::fnmatch(const QString &pattern, const QString &path)
{
    return fnmatchFrom(pattern, 0, path, 0);
}

bool JekyllFiles::startsWithFrontMatter(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = file.readLine(64);
    return line.startsWith("---") && line.mid(3).trimmed().isEmpty() && line.endsWith('\n');
}

bool JekyllFiles::matchesAny(const QStringList &patterns, const QString &relativePath, bool isDir) const
{
    // As Jekyll's glob_include?: a glob, a plain prefix of the path ("vendor/bundle/"), or a
    // folder named with a trailing slash.
    for (const QString &raw : patterns) {
        const QString pattern = QDir::cleanPath(raw) + (raw.endsWith(u'/') ? QStringLiteral("/") : QString());
        if (pattern.isEmpty())
            continue;
        if (fnmatch(pattern, relativePath) || relativePath.startsWith(pattern) ||
            (isDir && pattern == relativePath + u'/'))
            return true;
    }
    return false;
}

bool JekyllFiles::skips(const QString &relativePath, bool isDir) const
{
    const QString name = relativePath.section(u'/', -1);
    if (name.isEmpty() || name.endsWith(u'.'))
        return true;
    // include: names match the entry's own name as well as its path (".htaccess" at any depth).
    const bool included = matchesAny(m_include, relativePath, isDir) || matchesAny(m_include, name, isDir);
    if (matchesAny(m_exclude, relativePath, isDir) && !included)
        return true;
    if (included)
        return false;
    static const QString special = QStringLiteral("._#~");
    return special.contains(name.front()) || name.endsWith(u'~');
}

JekyllFiles::Listing JekyllFiles::list() const
{
    Listing listing;
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::directory_options options = fs::directory_options::skip_permission_denied;
    for (fs::recursive_directory_iterator it(QFile::encodeName(m_root).toStdString(), options, error), end;
         !error && it != end; it.increment(error)) {
        const QString path = QFile::decodeName(it->path().c_str());
        const QString relative = path.mid(m_root.size() + 1);
        const bool symlink = it->is_symlink(error);
        const bool isDir = !symlink && it->is_directory(error);
        // Symlinks are left out, as Jekyll's safe mode (GitHub Pages) leaves out those that lead
        // outside the site, and no loop can catch the walk; Jekyll never reads its own output.
        if (symlink || skips(relative, isDir) || path == m_output) {
            if (isDir)
                it.disable_recursion_pending();
            continue;
        }
        if (isDir || !it->is_regular_file(error))
            continue;
        if (!startsWithFrontMatter(path)) {
            listing.staticFiles.append(relative);
            continue;
        }
        // The root's index is the home page, which the built-in build makes itself.
        const bool home = !relative.contains(u'/') && QFileInfo(relative).completeBaseName() == u"index";
        if (isMarkdownName(relative) && !home)
            listing.pages.append(path);
    }
    listing.pages.sort();
    listing.staticFiles.sort();
    return listing;
}

} // namespace Postwright
