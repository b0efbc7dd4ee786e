#pragma once

#include <QWizard>

namespace Postwright {

class NewBlogCreatePage;
class NewBlogImportDonePage;
class NewBlogImportPage;
class NewBlogOpenPage;
class NewBlogStartPage;

// File → New Blog…: create a native blog, open an existing folder (its kind detected and shown)
// or import a WordPress export into a new blog. It makes the blog on disk; the caller opens
// blogPath() once it is accepted.
class NewBlogWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { StartPage, CreatePage, OpenPage, ImportPage, ImportDonePage };
    // Where it begins: the choice, or straight at one of them (a welcome screen's buttons).
    enum class Start { Choose, Create, Open, Import };

    explicit NewBlogWizard(Start start = Start::Choose, QWidget *parent = nullptr);

    // The folder to open after Finish: the new, the chosen or the imported blog.
    QString blogPath() const { return m_blogPath; }

    // The folder that new blogs go into, remembered between runs (QSettings).
    static QString lastParentFolder();
    static void setLastParentFolder(const QString &folder);

    NewBlogStartPage *startPage() const { return m_start; }
    NewBlogCreatePage *createPage() const { return m_create; }
    NewBlogOpenPage *openPage() const { return m_open; }
    NewBlogImportPage *importPage() const { return m_import; }
    NewBlogImportDonePage *importDonePage() const { return m_importDone; }

    int nextId() const override;
    void done(int result) override;

private:
    NewBlogStartPage *m_start;
    NewBlogCreatePage *m_create;
    NewBlogOpenPage *m_open;
    NewBlogImportPage *m_import;
    NewBlogImportDonePage *m_importDone;
    QString m_blogPath;
};

} // namespace Postwright
