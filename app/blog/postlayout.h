#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Postwright {

class Blog;

// How a blog files and names its posts, learnt from the posts it already has, so that a new post
// lands where its neighbours are and is named like them: flat, in category folders or in year
// folders; with or without a `2026-03-05-` date prefix; as NAME.md or as a NAME/index.md bundle.
class PostLayout
{
public:
    enum class Folders { Flat, ByCategory, ByYear, ByYearMonth };

    // Hugo: within the main section (hugoMainSection()). Jekyll: in _posts/, always with the date
    // prefix Jekyll requires, never as bundles.
    static PostLayout detect(const Blog &blog);
    // Hugo: within one section (content/SECTION/), laid out like that section's posts.
    static PostLayout detectHugoSection(const Blog &blog, const QString &section);
    // postFiles: absolute paths below postsPath, as Blog::postFiles() lists them.
    static PostLayout detect(const QString &postsPath, const QStringList &postFiles);

    Folders folders() const { return m_folders; }
    bool usesDatePrefix() const { return m_datePrefix; }
    bool usesBundles() const { return m_bundles; }

    // The absolute path of a new post file (NAME.md, or NAME/index.md for a bundle) that nothing
    // occupies yet: a `-2`, `-3`... suffix is added when needed. An empty category means none.
    QString newPostPath(const QString &slug, const QString &category, const QDate &date) const;

    // "2026-03-05-" when the name starts with a date prefix, else empty.
    static QString datePrefix(const QString &name);

    // Hugo: the sections that have posts (content/SECTION/…), sorted.
    static QStringList hugoSections(const Blog &blog);
    // Hugo: where new posts go, as Hugo's mainSections: the config's params.mainSections, else the
    // section with the most posts ("posts" when there are none yet).
    static QString hugoMainSection(const Blog &blog);

private:
    QString folderFor(const QString &category, const QDate &date) const;

    QString m_postsPath;
    Folders m_folders = Folders::Flat;
    bool m_datePrefix = false;
    bool m_bundles = false;
    QHash<QString, QString> m_categoryFolders; // slug of a folder's name -> that folder, relative to posts/
};

} // namespace Postwright
