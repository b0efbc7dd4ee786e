#pragma once

#include "blog/sitelayout.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Postwright {

class InlineMessage;

// Opens a folder that is already a blog. While the path is typed or chosen, the page says what it
// is ("Hugo site — config hugo.toml, posts in content/, output public/") or, for a folder that is
// none, why not; Finish is there only for a folder the window can open.
class NewBlogOpenPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit NewBlogOpenPage(QWidget *parent = nullptr);

    // One line for the writer: which kind, and where it keeps its config, posts and output.
    static QString describe(const SiteLayout &layout);

    // Where Browse… starts when no folder is typed yet.
    void setStartFolder(const QString &folder) { m_startFolder = folder; }
    // The folder Finish opens; empty while there is none.
    QString blogPath() const { return m_openable; }
    SiteKind kind() const { return m_kind; }

    QLineEdit *folderEdit() const { return m_folder; }
    InlineMessage *result() const { return m_result; }

    bool isComplete() const override;

private:
    void browse();
    void detect();

    QLineEdit *m_folder;
    QPushButton *m_browse;
    InlineMessage *m_result;
    QLabel *m_note;
    QString m_startFolder;
    QString m_openable;
    SiteKind m_kind = SiteKind::Unknown;
};

} // namespace Postwright
