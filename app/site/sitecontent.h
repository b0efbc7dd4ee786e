#pragma once

#include "blog/blog.h"
#include "site/buildcache.h"
#include "site/buildoptions.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace Postwright {

// One post or page as the site will publish it.
struct SitePost
{
    QString sourcePath;   // absolute
    QString relativePath; // to the blog root
    Post::Kind kind = Post::Kind::Post;
    PostMetadata metadata;
    QString title;      // display title (front matter or file name)
    QString slug;
    QString url;        // site path, "/2026/my-post/"
    QString outputFile; // "2026/my-post/index.html"
    QString bundleDir;  // absolute folder of a bundle (its images are published beside the page)
    qint64 sortTime = 0; // the date as a number: comparing QDateTimes dominated sorting
    bool isDraft = false;
    bool isScheduled = false;
    BuildCache::Source *source = nullptr; // the cached facts, filled in as the build learns them
};

// What a caller that watches the blog folder (BuildSession with a BlogWatcher) knows since the
// last build: which files and folders changed. Everything else is as the cache says, so the build
// need not check every source, nor list the folders when no folder changed.
struct SourceHints
{
    QStringList postFiles; // the last build's listing
    QStringList pageFiles;
    QSet<QString> changedFiles;   // absolute paths
    QSet<QString> changedFolders; // a file added, removed or renamed inside

    // True when the folder, or anything below it, was reported changed.
    bool touches(const QString &folder) const;
};

// A category, tag or year with its posts (indexes into SiteContent::posts, newest first).
struct SiteTaxonomy
{
    QString name;
    QString slug;
    QString url;
    QList<int> posts;
};

// The site to build, read from the blog folder: which posts are published (drafts and future
// posts left out unless asked), in which order, at which address, in which categories, tags and
// years. Front matter comes from the build cache when a file's size and mtime are unchanged;
// changed files are parsed on all cores.
struct SiteContent
{
    QList<SitePost> posts; // newest first
    QList<SitePost> pages;
    QList<SiteTaxonomy> categories; // by name
    QList<SiteTaxonomy> tags;       // by name
    QList<SiteTaxonomy> years;      // newest first
    QHash<QString, QString> slugs;  // category and tag name -> slug, computed once per build
    QList<SourceError> errors;      // posts left out: broken front matter, clashing addresses
    int parsedSources = 0;          // files read because they were new or changed
    QStringList postFiles;          // every source listed, published or not
    QStringList pageFiles;

    static SiteContent collect(const Blog &blog, const BuildOptions &options, BuildCache &cache,
                               const SourceHints *hints = nullptr);
};

} // namespace Postwright
