#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace Postwright {

class NewBlogImportPage;

// What the WordPress import did: posts, pages and attachments written, what was skipped and
// the problems worth a look; Finish opens the new blog.
class NewBlogImportDonePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit NewBlogImportDonePage(const NewBlogImportPage *import, QWidget *parent = nullptr);

    void initializePage() override;

private:
    const NewBlogImportPage *m_import;
    QLabel *m_summary;
    QLabel *m_posts;
    QLabel *m_pages;
    QLabel *m_attachments;
    QLabel *m_skipped;
    QLabel *m_problems;
    QPlainTextEdit *m_details;
};

} // namespace Postwright
