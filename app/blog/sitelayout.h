#pragma once

#include <QString>
#include <QStringList>

namespace Postwright {

// Whose conventions a blog folder follows. Hugo and Jekyll sites are opened in place, read
// through their own layout and config, never migrated.
enum class SiteKind { Native, Hugo, Jekyll, Unknown };

// Where a blog keeps what: detected from the files at its root (blog.yaml; hugo.toml and friends;
// _config.yml). Folders are relative to the root, with '/' separators; an empty one is the root
// itself.
struct SiteLayout
{
    SiteKind kind = SiteKind::Unknown;
    QString root;         // absolute
    QString configFile;   // blog.yaml, hugo.toml, config/_default/hugo.toml, _config.yml…; empty when Unknown
    QStringList configFiles; // every file the config is read from, lowest precedence first (SiteConfig)
    QString postsFolder;  // posts/, Hugo's contentDir (content/; its sections) or _posts/
    QString draftsFolder; // Jekyll's _drafts/; empty when drafts are marked in the front matter
    QString pagesFolder;  // pages/ (any depth); Hugo: contentDir's own files; Jekyll: the root (any depth)
    // Copied verbatim when building: static/ (Hugo's staticDir). Jekyll: the root, whose files
    // without front matter Jekyll copies to the same path (assets/css/x.css -> /assets/css/x.css),
    // except _folders, dotfiles and exclude: (Blog::staticFiles()).
    QString staticFolder;
    QString outputFolder; // the build's default output: public/ (Hugo's publishDir) or _site/ (destination)
    // Every folder whose files a build reads, at any depth, for a watcher: the folders above, and
    // for Jekyll the root's other folders it reads (docs/, assets/…; JekyllFiles::topFolders()).
    // The root itself is not among them: it holds the output.
    QStringList readFolders;
    QString explanation;  // when Unknown: what was looked for, for the person who chose the folder

    // Never fails: a folder that is no blog comes back Unknown, with an explanation. Hugo sites
    // are found by hugo.*, by config.* beside their contentDir, or by a config/_default/ folder.
    static SiteLayout detect(const QString &rootPath);

    // The output folder the generator's config names, relative to rootPath (it may start with
    // "../"): Hugo's publishDir (from any of SiteConfig::hugoFiles, config/_default/ included),
    // else public; Jekyll's destination in _config.yml, else _site. A config that does not parse
    // gives the default: the generator reports the error itself. For ExternalBuild.
    static QString configuredOutputFolder(SiteKind kind, const QString &rootPath);

    // The conventions a post follows, from where it sits relative to its blog's root: content/ is
    // Hugo's, _posts/ and _drafts/ are Jekyll's, anything else (posts/, pages/, a Jekyll site's
    // top-level pages) Postwright's. Unambiguous because a native blog keeps posts only in posts/
    // and pages/; it lets every reader of a post (tree, builder, publisher, preview) agree without
    // opening the blog.
    static SiteKind conventionsFor(const QString &relativePath);
    // The same for a file of this site, knowing its contentDir (a Hugo site's posts may live in
    // src/ rather than content/).
    SiteKind conventionsOf(const QString &relativePath) const;

    // "Postwright", "Hugo", "Jekyll": for messages.
    static QString kindName(SiteKind kind);

    QString path(const QString &folder) const; // absolute path of one of the folders above
    bool isValid() const { return kind != SiteKind::Unknown; }
};

} // namespace Postwright
