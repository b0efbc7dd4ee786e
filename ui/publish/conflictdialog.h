#pragma once

#include "publish/blogpublisher.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Postwright {

class SideBySideDiff;

// Posts edited on the blog since Postwright last published them: for each, the version on this
// computer next to the one on the blog, differences marked, and the writer's choice — publish
// mine, keep the web version, or decide later (the default, which leaves both alone). The blog's
// HTML is untrusted and is only ever shown as text. Shown with open(); read choices() on accept.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    using Resolution = BlogPublisher::Resolution;

    ConflictDialog(QList<BlogConflict> conflicts, const QString &targetName, QWidget *parent = nullptr);

    // The accept button's text: "Continue" before a publish, "Publish Again" after one.
    void setAcceptText(const QString &text);
    // By post path; Ask for "decide later".
    QHash<QString, Resolution> choices() const;
    // Shows one post (by its row); the list on the left does this too.
    void showPost(int row);
    int currentPost() const { return m_current; }

private:
    void fillComparison();
    void setChoice(Resolution resolution);
    void applyToAll();
    void updateListItem(int row);
    QString choiceSummary(Resolution resolution) const;

    QList<BlogConflict> m_conflicts;
    QList<Resolution> m_choices; // by row
    int m_current = -1;

    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    SideBySideDiff *m_diff = nullptr;
    QCheckBox *m_showSource = nullptr;
    QButtonGroup *m_group = nullptr;
    QRadioButton *m_mine = nullptr;
    QRadioButton *m_web = nullptr;
    QRadioButton *m_later = nullptr;
    QPushButton *m_applyAll = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace Postwright
