#pragma once

#include "blog/blogsettings.h"
#include "blog/post.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace Postwright {

// A blog folder (ARCHITECTURE.md): blog.yaml, posts/ (any depth; NAME.md or NAME/index.md),
// pages/, static/, theme/. A value: open() reads the settings, scan*() read the posts.
class Blog
{
public:
    static Result<Blog> open(const QString &rootPath);

    const QString &rootPath() const { return m_root; }
    const BlogSettings &settings() const { return m_settings; }
    QString postsPath() const;
    QString pagesPath() const;
    QString staticPath() const;
    QString statePath() const; // .postwright/

    // Every Markdown post file below posts/ (bundles count once, by their index.md).
    QStringList postFiles() const;
    QStringList pageFiles() const;
    QList<Post> scanPosts() const;
    QList<Post> scanPages() const;

    // True when path is a post file this blog would list (used by the watcher).
    bool isPostFile(const QString &path) const;

private:
    QString m_root;
    BlogSettings m_settings;
};

} // namespace Postwright
