#pragma once

#include <QTreeView>

namespace Postwright {

// The tree of categories and posts: no header, categories always expanded (they are few and
// the writer wants to see posts, not folders), rows painted by PostItemDelegate.
class PostTreeView final : public QTreeView
{
    Q_OBJECT

public:
    explicit PostTreeView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

private:
    void expandCategories(const QModelIndex &parent, int first, int last);
};

} // namespace Postwright
