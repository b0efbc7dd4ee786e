#pragma once

#include "publish/blogpublisher.h"
#include "publish/deployplan.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace Postwright {

// The review sheet before a deploy: how many files are new, changed and gone from the site (and
// their sizes), the files themselves on demand, deletions only when ticked, and "don't show this
// again" for the target. Shown with open(); the caller reads the choices on accept. For a blog API
// target it speaks of posts (by title), marks those changed on the blog with the writer's choice,
// and has no deletions: posts are never removed from a blog.
class PublishReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // A blog API target's posts: titles by post path, and what was chosen for those changed on the blog.
    struct Posts
    {
        QHash<QString, QString> titles;
        QHash<QString, BlogPublisher::Resolution> conflicts;
    };

    PublishReviewDialog(const DeployPlan &plan, const QString &targetName, QWidget *parent = nullptr);
    PublishReviewDialog(const DeployPlan &plan, const QString &targetName, std::optional<Posts> posts,
                        QWidget *parent = nullptr);

    bool deleteRemoved() const;
    bool skipReviewNextTime() const;

private:
    void updatePublishButton();
    void fillFileList(const DeployPlan &plan);
    QString heading(const DeployPlan &plan, const QString &targetName) const;
    QString postNote(const QString &path) const;
    // For posts: whether run() sends (or replaces from the web) the post at path.
    bool isLeftAlone(const QString &path) const;

    std::optional<Posts> m_posts;
    int m_uploads = 0;
    QCheckBox *m_deleteRemoved = nullptr;
    QCheckBox *m_skipNextTime = nullptr;
    QToolButton *m_showFiles = nullptr;
    QTreeWidget *m_files = nullptr;
    QPushButton *m_publish = nullptr;
};

} // namespace Postwright
