#include "blog/posttreemodel.h"

#include "blog/blogindex.h"
#include "util/logging.h"

#include <algorithm>

namespace Postwright {

namespace {

// Case-insensitive first so "design" sits next to "Design"; the case-sensitive tie-break keeps two
// spellings of one name in the same order on every load.
int compareNames(const QString &a, const QString &b)
{
    if (const int c = a.compare(b, Qt::CaseInsensitive))
        return c;
    return a.compare(b, Qt::CaseSensitive);
}

bool categorySortsBefore(const QString &a, const QString &b)
{
    const QString &uncategorized = PostTreeModel::uncategorizedName();
    if ((a == uncategorized) != (b == uncategorized))
        return b == uncategorized;
    return compareNames(a, b) < 0;
}

// Newest first, undated last; title and then path break ties so that equal dates sort the same
// way on every load and every incremental insert (the order must be total for in-place updates).
bool postSortsBefore(const Post &a, const Post &b)
{
    const QDateTime &dateA = a.metadata.date;
    const QDateTime &dateB = b.metadata.date;
    if (dateA.isValid() != dateB.isValid())
        return dateA.isValid();
    if (dateA.isValid() && dateA != dateB)
        return dateA > dateB;
    if (const int c = compareNames(a.displayTitle(), b.displayTitle()))
        return c < 0;
    return a.filePath < b.filePath;
}

// For the model's entries (a post and its search key).
constexpr auto entrySortsBefore = [](const auto &a, const auto &b) { return postSortsBefore(a.post, b.post); };

} // namespace

PostTreeModel::PostTreeModel(BlogIndex *index, QObject *parent)
    : QAbstractItemModel(parent)
    , m_index(index)
{
    if (m_index) {
        connect(m_index, &BlogIndex::postAdded, this, &PostTreeModel::addPost);
        connect(m_index, &BlogIndex::postChanged, this, &PostTreeModel::changePost);
        connect(m_index, &BlogIndex::postRemoved, this,
                [this](const Post &post) { removePost(post.filePath); });
        connect(m_index, &BlogIndex::reloaded, this, &PostTreeModel::resetFromIndex);
    }
    resetFromIndex();
}

QModelIndex PostTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nullptr);
    // hasIndex() already refused children of posts (rowCount() is 0 there).
    return createIndex(row, column, m_categories[parent.row()].get());
}

QModelIndex PostTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto *category = static_cast<const Category *>(child.internalPointer());
    if (!category)
        return {};
    const int row = categoryRow(category);
    Q_ASSERT(row >=
             0); // a post index outlived its category: someone kept a QModelIndex, not a persistent one
    return row >= 0 ? categoryIndex(row) : QModelIndex();
}

int PostTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_categories.size());
    if (parent.column() != 0 || parent.internalPointer())
        return 0; // posts have no children
    return int(m_categories[parent.row()]->posts.size());
}

int PostTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PostTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::DoNotUseParent));

    const auto *owner = static_cast<const Category *>(index.internalPointer());
    if (!owner) {
        const Category &category = *m_categories[index.row()];
        const int count = int(category.posts.size());
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)").arg(category.name).arg(count);
        case TitleRole:
        case CategoryRole:
            return category.name;
        case CountRole:
        case MatchCountRole:
            return count;
        case CountTextRole:
            return QString::number(count);
        case IsCategoryRole:
            return true;
        default:
            return {};
        }
    }

    const Entry &entry = owner->posts.at(index.row());
    const Post &post = entry.post;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return post.displayTitle();
    case Qt::ToolTipRole:
        return post.error ? post.error->toString() : post.relativePath;
    case FilePathRole:
        return post.filePath;
    case StatusRole:
        return int(post.status(now()));
    case DateRole:
        return post.metadata.date;
    case CategoryRole:
        return owner->name;
    case IsCategoryRole:
        return false;
    case ErrorRole:
        return post.error ? post.error->toString() : QString();
    case SearchKeyRole:
        return QVariant::fromValue(entry.searchKey);
    case RelativePathRole:
        return post.relativePath;
    case FileSizeRole:
        return post.fileSize;
    case FileModifiedRole:
        return post.fileModified;
    default:
        return {};
    }
}

QHash<int, QByteArray> PostTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(FilePathRole, "filePath");
    names.insert(StatusRole, "status");
    names.insert(DateRole, "date");
    names.insert(CategoryRole, "category");
    names.insert(IsCategoryRole, "isCategory");
    names.insert(CountRole, "count");
    names.insert(ErrorRole, "error");
    names.insert(TitleRole, "title");
    names.insert(SearchKeyRole, "searchKey");
    names.insert(MatchCountRole, "matchCount");
    names.insert(CountTextRole, "countText");
    names.insert(RelativePathRole, "relativePath");
    names.insert(FileSizeRole, "fileSize");
    names.insert(FileModifiedRole, "fileModified");
    return names;
}

QModelIndex PostTreeModel::indexForPath(const QString &filePath) const
{
    const Location location = locate(filePath);
    if (!location.isValid())
        return {};
    return createIndex(location.postRow, 0, m_categories[location.categoryRow].get());
}

QString PostTreeModel::uncategorizedName()
{
    return tr("Uncategorized");
}

void PostTreeModel::setNow(const QDateTime &now)
{
    m_now = now;
    // Only the status depends on the clock.
    for (int row = 0; row < int(m_categories.size()); ++row) {
        const int count = int(m_categories[row]->posts.size());
        if (count > 0) {
            const QModelIndex parent = categoryIndex(row);
            Q_EMIT dataChanged(index(0, 0, parent), index(count - 1, 0, parent), {StatusRole});
        }
    }
}

void PostTreeModel::resetFromIndex()
{
    beginResetModel();
    m_categories.clear();
    if (m_index) {
        QHash<QString, Category *> byName;
        const QList<Post> posts = m_index->posts();
        for (const Post &post : posts) {
            if (post.kind != Post::Kind::Post)
                continue;
            const QString name = categoryOf(post);
            Category *&category = byName[name];
            if (!category) {
                m_categories.push_back(std::make_unique<Category>(Category{name, {}}));
                category = m_categories.back().get();
            }
            category->posts.append(entryFor(post));
        }
        std::sort(m_categories.begin(), m_categories.end(),
                  [](const auto &a, const auto &b) { return categorySortsBefore(a->name, b->name); });
        for (const auto &category : m_categories)
            std::sort(category->posts.begin(), category->posts.end(), entrySortsBefore);
    }
    endResetModel();
}

void PostTreeModel::addPost(const Post &post)
{
    if (post.kind != Post::Kind::Post)
        return;
    if (locate(post.filePath).isValid()) {
        // Already listed (a rescan racing a refresh): treat it as the change it is.
        changePost(post, post);
        return;
    }
    const QString name = categoryOf(post);
    const int row = categoryRow(name);
    if (row < 0) {
        // One insertion of the category with its post inside, rather than an empty row first.
        insertCategory(name, {post});
        return;
    }
    Category &category = *m_categories[row];
    const int postRow = postInsertRow(category, post);
    beginInsertRows(categoryIndex(row), postRow, postRow);
    category.posts.insert(postRow, entryFor(post));
    endInsertRows();
    notifyCountChanged(row);
}

void PostTreeModel::removePost(const QString &filePath)
{
    const Location location = locate(filePath);
    if (!location.isValid()) {
        qCDebug(lcBlog) << "PostTreeModel: removed post was not listed:" << filePath;
        return;
    }
    Category &category = *m_categories[location.categoryRow];
    if (category.posts.size() == 1) {
        removeCategory(location.categoryRow);
        return;
    }
    beginRemoveRows(categoryIndex(location.categoryRow), location.postRow, location.postRow);
    category.posts.removeAt(location.postRow);
    endRemoveRows();
    notifyCountChanged(location.categoryRow);
}

void PostTreeModel::changePost(const Post &before, const Post &after)
{
    if (after.kind != Post::Kind::Post) {
        removePost(before.filePath);
        return;
    }
    Location from = locate(before.filePath);
    if (!from.isValid()) {
        addPost(after);
        return;
    }
    if (before.filePath != after.filePath && locate(after.filePath).isValid()) {
        // A rename onto a listed path: drop the stale entry first so a path appears once.
        removePost(after.filePath);
        from = locate(before.filePath);
    }

    Category *source = m_categories[from.categoryRow].get();
    const QString name = categoryOf(after);

    if (source->name == name) {
        const QModelIndex parent = categoryIndex(from.categoryRow);
        const int to = postInsertRow(*source, after, from.postRow);
        if (to != from.postRow) {
            // beginMoveRows() counts the destination in the list before the move.
            if (!beginMoveRows(parent, from.postRow, from.postRow, parent, to > from.postRow ? to + 1 : to)) {
                refuseMove(after);
                return;
            }
            source->posts.move(from.postRow, to);
            endMoveRows();
        }
        source->posts[to] = entryFor(after);
        const QModelIndex changed = index(to, 0, parent);
        Q_EMIT dataChanged(changed, changed);
        return;
    }

    // A new category is inserted empty first so the post can then be *moved* into it: a move
    // keeps the view's selection and persistent indexes on the post, a remove+insert would not.
    int targetRow = categoryRow(name);
    if (targetRow < 0)
        targetRow = insertCategory(name, {});
    const int sourceRow = categoryRow(source); // may have shifted with the insertion
    Category *target = m_categories[targetRow].get();
    const int to = postInsertRow(*target, after);
    if (!beginMoveRows(categoryIndex(sourceRow), from.postRow, from.postRow, categoryIndex(targetRow), to)) {
        refuseMove(after);
        return;
    }
    target->posts.insert(to, source->posts.takeAt(from.postRow));
    endMoveRows();
    target->posts[to] = entryFor(after);
    const QModelIndex changed = index(to, 0, categoryIndex(targetRow));
    Q_EMIT dataChanged(changed, changed);
    notifyCountChanged(targetRow);
    if (source->posts.isEmpty())
        removeCategory(sourceRow);
    else
        notifyCountChanged(sourceRow);
}

void PostTreeModel::refuseMove(const Post &post)
{
    // The row arithmetic above makes this unreachable; if it ever is not, a reset costs the
    // view its expansion state, whereas a half-applied move would corrupt it.
    qCWarning(lcBlog) << "PostTreeModel: Qt refused a move for" << post.filePath << "- rebuilding";
    resetFromIndex();
}

PostTreeModel::Location PostTreeModel::locate(const QString &filePath) const
{
    // Linear: a blog has hundreds of posts, and a path index would be one more thing to keep in sync.
    for (int row = 0; row < int(m_categories.size()); ++row) {
        const QList<Entry> &posts = m_categories[row]->posts;
        for (int postRow = 0; postRow < posts.size(); ++postRow) {
            if (posts.at(postRow).post.filePath == filePath)
                return {row, postRow};
        }
    }
    return {};
}

int PostTreeModel::categoryRow(const QString &name) const
{
    const auto it = std::find_if(m_categories.begin(), m_categories.end(),
                                 [&](const auto &category) { return category->name == name; });
    return it == m_categories.end() ? -1 : int(it - m_categories.begin());
}

int PostTreeModel::categoryRow(const Category *category) const
{
    const auto it = std::find_if(m_categories.begin(), m_categories.end(),
                                 [&](const auto &candidate) { return candidate.get() == category; });
    return it == m_categories.end() ? -1 : int(it - m_categories.begin());
}

QModelIndex PostTreeModel::categoryIndex(int row) const
{
    return createIndex(row, 0, nullptr);
}

int PostTreeModel::insertCategory(const QString &name, const QList<Post> &posts)
{
    const auto it = std::lower_bound(m_categories.begin(), m_categories.end(), name,
                                     [](const auto &category, const QString &value) {
                                         return categorySortsBefore(category->name, value);
                                     });
    const int row = int(it - m_categories.begin());
    beginInsertRows({}, row, row);
    auto category = std::make_unique<Category>(Category{name, {}});
    for (const Post &post : posts)
        category->posts.append(entryFor(post));
    std::sort(category->posts.begin(), category->posts.end(), entrySortsBefore);
    m_categories.insert(m_categories.begin() + row, std::move(category));
    endInsertRows();
    return row;
}

void PostTreeModel::removeCategory(int row)
{
    beginRemoveRows({}, row, row);
    m_categories.erase(m_categories.begin() + row);
    endRemoveRows();
}

void PostTreeModel::notifyCountChanged(int row)
{
    const QModelIndex category = categoryIndex(row);
    Q_EMIT dataChanged(category, category, {Qt::DisplayRole, CountRole});
}

int PostTreeModel::postInsertRow(const Category &category, const Post &post, int skipRow) const
{
    // Counting instead of a binary search: with skipRow the list still holds the post's old
    // version, which may sit anywhere relative to the new one.
    int row = 0;
    for (int i = 0; i < category.posts.size(); ++i) {
        if (i != skipRow && postSortsBefore(category.posts.at(i).post, post))
            ++row;
    }
    return row;
}

QDateTime PostTreeModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString PostTreeModel::categoryOf(const Post &post)
{
    const QString name = post.category();
    return name.isEmpty() ? uncategorizedName() : name;
}

PostTreeModel::Entry PostTreeModel::entryFor(const Post &post)
{
    return {post, PostSearchKey::of(post)};
}

} // namespace Postwright
