#pragma once

#include "blog/blogsettings.h"
#include "blog/post.h"
#include "blog/sitelayout.h"
#include "util/result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Postwright {

// A blog folder (ARCHITECTURE.md): blog.yaml, posts/ (any depth; NAME.md or NAME/index.md),
// pages/, static/, theme/ — or a Hugo or Jekyll site, opened in place through its own layout
// (SiteLayout) and config. A value: open() reads the settings, scan*() read the posts.
class Blog
{
public:
    // Fails for a folder that is none of the three, saying what was looked for.
    static Result<Blog> open(const QString &rootPath);

    const QString &rootPath() const { return m_root; }
    SiteKind kind() const { return m_layout.kind; }
    const SiteLayout &layout() const { return m_layout; }
    const BlogSettings &settings() const { return m_settings; }
    QString configPath() const; // blog.yaml, hugo.toml, _config.yml…
    QString postsPath() const;  // posts/; Hugo: content/ (posts are in its sections); Jekyll: _posts/
    QString draftsPath() const; // Jekyll's _drafts/; empty for the others
    QString pagesPath() const;  // pages/; Hugo: content/ (contentDir); Jekyll: the root
    QString staticPath() const; // static/ (Hugo's staticDir); Jekyll: the root (see staticFiles())
    QString outputPath() const; // the build's default output: public/; Jekyll: _site/
    QString statePath() const;  // .postwright/, at the root whatever the kind

    // Every Markdown post file, sorted (bundles count once, by their index.md). Native: below
    // posts/. Hugo: below content/'s sections, without _index.md list pages. Jekyll: _posts/'s
    // YYYY-MM-DD-slug.md files and _drafts/.
    QStringList postFiles() const;
    // Native: below pages/. Hugo: content/'s own files and bundles (about.md, about/index.md).
    // Jekyll: Markdown files with front matter anywhere Jekyll reads (about.md, docs/guide.md,
    // about/index.md; not in _folders, dotfolders or exclude:), but not the root's index.
    QStringList pageFiles() const;
    // The files a build copies as they are, by their path in the output -> absolute source path.
    // Native and Hugo: everything below static/, at the site's root. Jekyll: every file without
    // front matter that Jekyll reads, at the same path (assets/css/x.css, images/a.png, CNAME).
    QMap<QString, QString> staticFiles() const;
    QList<Post> scanPosts() const;
    QList<Post> scanPages() const;

    // True when path is a post file this blog would list (used by the watcher).
    bool isPostFile(const QString &path) const;

private:
    QString m_root;
    SiteLayout m_layout;
    BlogSettings m_settings;
};

} // namespace Postwright
