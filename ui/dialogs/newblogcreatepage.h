#pragma once

#include "util/result.h"

#include <QWizardPage>

#include <functional>

class QComboBox;
class QLineEdit;

namespace Postwright {

class BlogFolderChooser;
class InlineMessage;

// Creates a native blog: title (required), author, base URL, language, its folder and the title
// of a first post. Finish makes the blog (BlogCreator) and then the post (PostFiles, as the
// window's New Post does); errors stay on the page. A blog that failed halfway is removed; a
// first post that failed leaves the blog, which is valid, and says so.
class NewBlogCreatePage final : public QWizardPage
{
    Q_OBJECT

public:
    enum class UrlCheck { Empty, Ok, PlainHttp, Invalid };
    // Writes the first post into the new blog at root; returns its file. Replaceable for tests
    // (a disk that fails on demand).
    using FirstPostWriter = std::function<Result<QString>(const QString &root, const QString &title)>;

    explicit NewBlogCreatePage(QWidget *parent = nullptr);

    // Empty, or http(s)://host…; plain http to a host that is not local gets a warning only.
    static UrlCheck checkBaseUrl(const QString &text);
    // A few dozen common BCP 47 tags, with the system locale's (the default) added when missing.
    static QStringList languageCodes(const QString &systemCode);

    void setParentFolder(const QString &folder);
    void setFirstPostWriter(FirstPostWriter writer) { m_writeFirstPost = std::move(writer); }

    // The blog made by Finish; empty before.
    QString blogPath() const { return m_createdPath; }
    BlogFolderChooser *folder() const { return m_folder; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateTitle();
    void updateBaseUrl();
    void setLocked(bool locked);

    QLineEdit *m_title;
    InlineMessage *m_titleMessage;
    QLineEdit *m_author;
    QLineEdit *m_baseUrl;
    InlineMessage *m_baseUrlMessage;
    QComboBox *m_language;
    BlogFolderChooser *m_folder;
    QLineEdit *m_firstPost;
    InlineMessage *m_result;
    FirstPostWriter m_writeFirstPost;
    QString m_createdPath;
    bool m_titleEdited = false;
};

} // namespace Postwright
