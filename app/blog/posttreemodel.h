#pragma once

#include "blog/post.h"
#include "blog/postfilter.h"

#include <QAbstractItemModel>
#include <QDateTime>

#include <memory>
#include <vector>

namespace Postwright {

class BlogIndex;

// Posts by category: top-level rows are categories (the first `categories` entry; posts with none
// under "Uncategorized"), sorted by name with Uncategorized last; their children are posts, newest
// first. Follows the BlogIndex and updates in place (insert, remove, move, dataChanged); no
// resets after the initial load. Icons are the view's business (this is QtCore only).
class PostTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        FilePathRole = Qt::UserRole + 1, // QString, posts only
        StatusRole,                      // Post::Status as int, posts only
        DateRole,                        // QDateTime
        CategoryRole,                    // QString: the category name (both levels)
        IsCategoryRole,                  // bool
        CountRole,                       // int: posts in a category
        ErrorRole,                       // QString: front matter error ("file:line:col: ..."), posts only
        TitleRole,                       // QString: plain title without counts
        SearchKeyRole,                   // PostSearchKey: folded title, slug, tags, categories; posts only
        // For category rows under PostFilterProxyModel, which answers them while filtering; the
        // model itself answers as if every post matched.
        MatchCountRole, // int: posts of the category that the filter shows
        CountTextRole,  // QString: "12", or "3 of 12" while filtering
        // Posts only, for the publish state of each blog API target (PostPublishState::status()).
        RelativePathRole, // QString: the post's path relative to the blog root
        FileSizeRole,     // qint64
        FileModifiedRole, // QDateTime
    };
    Q_ENUM(Role)

    explicit PostTreeModel(BlogIndex *index, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexForPath(const QString &filePath) const;
    static QString uncategorizedName();

    // The clock used for "scheduled"; tests set it.
    void setNow(const QDateTime &now);

private:
    struct Entry
    {
        Post post;
        PostSearchKey searchKey; // folded once here, compared on every filter keystroke
    };
    struct Category
    {
        QString name;
        QList<Entry> posts; // newest first
    };
    struct Location
    {
        int categoryRow = -1;
        int postRow = -1;
        bool isValid() const { return categoryRow >= 0; }
    };

    void resetFromIndex();
    void addPost(const Post &post);
    void removePost(const QString &filePath);
    void changePost(const Post &before, const Post &after);
    void refuseMove(const Post &post);

    Location locate(const QString &filePath) const;
    int categoryRow(const QString &name) const;
    int categoryRow(const Category *category) const;
    QModelIndex categoryIndex(int row) const;
    int insertCategory(const QString &name, const QList<Post> &posts);
    void removeCategory(int row);
    void notifyCountChanged(int row);
    int postInsertRow(const Category &category, const Post &post, int skipRow = -1) const;
    QDateTime now() const;
    static QString categoryOf(const Post &post);
    static Entry entryFor(const Post &post);

    BlogIndex *m_index;
    // On the heap so that a post index's internal pointer (its Category) stays valid while
    // category rows are inserted, removed or moved around it; category indexes carry nullptr.
    std::vector<std::unique_ptr<Category>> m_categories;
    QDateTime m_now; // invalid: use the current time
};

} // namespace Postwright
