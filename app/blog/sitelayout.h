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
    QString configFile;   // blog.yaml, hugo.toml, config.yaml, _config.yml…; empty when Unknown
    QString postsFolder;  // posts/, content/ (its sections) or _posts/
    QString draftsFolder; // Jekyll's _drafts/; empty when drafts are marked in the front matter
    QString pagesFolder;  // pages/ (any depth); Hugo: content/'s own files; Jekyll: the root's own files
    QString staticFolder; // copied verbatim when building: static/, or Jekyll's assets/
    QString outputFolder; // the build's default output: public/ or Jekyll's _site/
    QString explanation;  // when Unknown: what was looked for, for the person who chose the folder

    // Never fails: a folder that is no blog comes back Unknown, with an explanation.
    static SiteLayout detect(const QString &rootPath);

    // The conventions a post follows, from where it sits relative to its blog's root: content/ is
    // Hugo's, _posts/ and _drafts/ are Jekyll's, anything else (posts/, pages/, a Jekyll site's
    // top-level pages) Postwright's. Unambiguous because a native blog keeps posts only in posts/
    // and pages/; it lets every reader of a post (tree, builder, publisher, preview) agree without
    // opening the blog.
    static SiteKind conventionsFor(const QString &relativePath);

    // "Postwright", "Hugo", "Jekyll": for messages.
    static QString kindName(SiteKind kind);

    QString path(const QString &folder) const; // absolute path of one of the folders above
    bool isValid() const { return kind != SiteKind::Unknown; }
};

} // namespace Postwright
