#pragma once

#include "blog/blog.h"
#include "blog/postlayout.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Postwright {

// A new post's file and first lines, the way its site makes them.
// - Postwright's own blogs: as always (PostLayout's place and name; title, date, draft, category).
// - Jekyll: _posts/YYYY-MM-DD-slug.md, or _drafts/slug.md for a draft; YAML with the `layout` the
//   site's posts use (left out when _config.yml's defaults give posts one), the title, and the date
//   as Jekyll writes it (2024-01-02 10:00:00 +0100; a draft gets its date when it is published).
// - Hugo: in the section the category names, else the main one, as a bundle when that section's
//   posts are bundles. From the site's archetype when there is one, through the real `hugo new`
//   when hugo is installed, else by filling in the archetype's usual expressions; without an
//   archetype, title, date (RFC 3339) and draft in the format most of the site's posts use.
// The writer's title is then set through FrontMatterEdit, keeping the archetype's format.
class NewPost
{
public:
    struct Options
    {
        bool runHugo = true; // false: never run hugo, fill in archetypes here (tests use it)
        QString hugoProgram = QStringLiteral("hugo");
        int hugoTimeoutMs = 15000;
    };

    explicit NewPost(const Blog &blog);
    NewPost(const Blog &blog, const Options &options);

    // Where create() would put the post now (the absolute path of its Markdown file).
    QString path(const QString &title, const QString &category, bool draft, const QDate &date) const;
    // Creates the post, never overwriting a file, and returns its path. now: the date written, with
    // its offset. An empty or "Uncategorized" category means none.
    Result<QString> create(const QString &title, const QString &category, bool draft,
                           const QDateTime &now) const;

    // Hugo: the section a category names (its folder, matched without regard to case), else empty.
    QString hugoSectionFor(const QString &category) const;

private:
    QString categoryToWrite(const QString &category) const;
    QString frontMatter(const QString &path, const QString &title, const QString &category, bool draft,
                        const QDateTime &now) const;
    QString jekyllFrontMatter(const QString &title, const QString &category, bool draft,
                              const QDateTime &now) const;
    QString hugoFrontMatter(const QString &path, const QString &title, const QString &category, bool draft,
                            const QDateTime &now) const;
    // Runs `hugo new` for path; the file hugo created, or empty when hugo is missing or failed.
    QString runHugo(const QString &path, const QDateTime &now) const;
    // What the writer chose, written over what an archetype (or hugo) started the post with.
    QString applyChoices(const QString &text, const QString &title, const QString &category,
                         bool draft) const;

    Blog m_blog;
    Options m_options;
    PostLayout m_layout; // of _posts/, a Hugo site's main section or a native blog's posts/
    QHash<QString, PostLayout> m_sectionLayouts; // Hugo: each section with posts, and the main one
};

} // namespace Postwright
