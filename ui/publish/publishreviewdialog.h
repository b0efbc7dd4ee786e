#pragma once

#include "publish/deployplan.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace Postwright {

// The review sheet before a deploy: how many files are new, changed and gone from the site (and
// their sizes), the files themselves on demand, deletions only when ticked, and "don't show this
// again" for the target. Shown with open(); the caller reads the choices on accept.
class PublishReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    PublishReviewDialog(const DeployPlan &plan, const QString &targetName, QWidget *parent = nullptr);

    bool deleteRemoved() const;
    bool skipReviewNextTime() const;

private:
    void updatePublishButton();
    void fillFileList(const DeployPlan &plan);

    int m_uploads = 0;
    QCheckBox *m_deleteRemoved = nullptr;
    QCheckBox *m_skipNextTime = nullptr;
    QToolButton *m_showFiles = nullptr;
    QTreeWidget *m_files = nullptr;
    QPushButton *m_publish = nullptr;
};

} // namespace Postwright
