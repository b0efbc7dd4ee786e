#pragma once

#include <QString>
#include <QStringList>

namespace Postwright {

class SiteConfig;

// The files of a Jekyll site as Jekyll's reader sees them (its EntryFilter): below the root, without
// _folders (_posts/ and _drafts/ are read on their own), dotfiles, #files and ~files, backups
// (name~), the output folder, symlinks, and what exclude: names unless include: brings it back. Of the rest,
// a file that starts with front matter is rendered (a page when it is Markdown) and any other
// file is copied to the same path in the output.
class JekyllFiles
{
public:
    // exclude and include as BlogSettings holds them (Jekyll's defaults added); outputFolder absolute.
    JekyllFiles(QString root, QStringList exclude, QStringList include, QString outputFolder);

    struct Listing
    {
        QStringList pages; // absolute: Markdown files with front matter, not the root's index (the home page)
        QStringList staticFiles; // relative to the root: files without front matter, published at that path
    };
    Listing list() const;
    // The root's folders Jekyll reads (docs/, assets/…), for a watcher: not _folders, dotfolders,
    // excluded ones or the output folder, nor one that is partly excluded (vendor/ for
    // vendor/bundle/, where a site's gems are installed).
    QStringList topFolders() const;

    // exclude: from a _config.yml with Jekyll 4's own defaults added (Gemfile, node_modules,
    // vendor/bundle/…); include: as written, else Jekyll's default (.htaccess).
    static QStringList excludes(const SiteConfig &config);
    static QStringList includes(const SiteConfig &config);

    // Whether Jekyll's reader leaves out the entry at relativePath ('/' separators).
    bool skips(const QString &relativePath, bool isDir) const;

    // Ruby's File.fnmatch without flags, as Jekyll matches exclude: globs: '*' and '?' also match
    // '/', "[a-z]" is a class, a backslash escapes.
    static bool fnmatch(const QString &pattern, const QString &path);
    // Jekyll's test for front matter: the file's first line is "---".
    static bool startsWithFrontMatter(const QString &path);

private:
    bool matchesAny(const QStringList &patterns, const QString &relativePath, bool isDir) const;

    QString m_root;
    QStringList m_exclude; // without what include: names
    QStringList m_include;
    QString m_output;
};

} // namespace Postwright
