#include "dialogs/newblogcreatepage.h"

#include "blog/blog.h"
#include "blog/blogcreator.h"
#include "blog/postfiles.h"
#include "dialogs/blogfolderchooser.h"
#include "dialogs/inlinemessage.h"
#include "dialogs/newfolderguard.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizard>

namespace Postwright {

namespace {

// As the window's New Post dates a post: now, to the second, with the local offset written out.
QDateTime nowWithOffset()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime seconds(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()));
    return seconds.toOffsetFromUtc(seconds.offsetFromUtc());
}

Result<QString> writeFirstPost(const QString &root, const QString &title)
{
    Result<Blog> blog = Blog::open(root);
    if (!blog)
        return blog.error();
    return PostFiles::createPost(blog.value(), title, QString(), nowWithOffset());
}

// Sites on this machine or the local network are often tried over plain http first; that is fine.
bool isLocalHost(const QString &host)
{
    if (host == u"localhost" || host.endsWith(u".localhost") || host.endsWith(u".local") ||
        host.endsWith(u".test") || host.endsWith(u".internal"))
        return true;
    const QHostAddress address(host);
    if (address.isNull())
        return false;
    return address.isLoopback() || address.isLinkLocal() ||
           address.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8"))) ||
           address.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12"))) ||
           address.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16"))) ||
           address.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("fc00::/7")));
}

// The field, with its inline message right below it, as one form row.
QWidget *withMessage(QWidget *page, QWidget *field, QWidget *message)
{
    auto *column = new QWidget(page);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return column;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *page)
{
    auto *label = new QLabel(text, page);
    label->setBuddy(buddy);
    return label;
}

} // namespace

NewBlogCreatePage::NewBlogCreatePage(QWidget *parent)
    : QWizardPage(parent)
    , m_title(new QLineEdit(this))
    , m_titleMessage(new InlineMessage(QStringLiteral("titleMessage"), this))
    , m_author(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_baseUrlMessage(new InlineMessage(QStringLiteral("baseUrlMessage"), this))
    , m_language(new QComboBox(this))
    , m_folder(new BlogFolderChooser(this))
    , m_firstPost(new QLineEdit(tr("Hello, world"), this))
    , m_result(new InlineMessage(QStringLiteral("createMessage"), this))
    , m_writeFirstPost(&writeFirstPost)
{
    setObjectName(QStringLiteral("newBlogCreatePage"));
    setTitle(tr("Create a New Blog"));
    setSubTitle(tr("Everything but the title can be changed later in the blog's blog.yaml."));
    setButtonText(QWizard::FinishButton, tr("C&reate"));

    m_title->setObjectName(QStringLiteral("blogTitle"));
    m_title->setPlaceholderText(tr("The name shown at the top of every page"));
    m_author->setObjectName(QStringLiteral("blogAuthor"));
    m_author->setPlaceholderText(tr("Your name, shown on posts"));
    m_baseUrl->setObjectName(QStringLiteral("blogBaseUrl"));
    m_baseUrl->setPlaceholderText(tr("https://example.com/ \u2014 where it will be published; can wait"));
    m_language->setObjectName(QStringLiteral("blogLanguage"));
    const QString systemCode = QLocale::system().bcp47Name();
    for (const QString &code : languageCodes(systemCode)) {
        const QLocale locale(code);
        const QString name = locale.nativeLanguageName();
        m_language->addItem(name.isEmpty() ? code : tr("%1 (%2)").arg(name, code), code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(systemCode)));
    m_firstPost->setObjectName(QStringLiteral("firstPostTitle"));
    m_firstPost->setPlaceholderText(tr("Leave empty to start without a post"));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(buddyLabel(tr("&Title:"), m_title, this), withMessage(this, m_title, m_titleMessage));
    form->addRow(buddyLabel(tr("&Author:"), m_author, this), m_author);
    form->addRow(buddyLabel(tr("Base &URL:"), m_baseUrl, this),
                 withMessage(this, m_baseUrl, m_baseUrlMessage));
    form->addRow(buddyLabel(tr("&Language:"), m_language, this), m_language);
    m_folder->addRows(form);
    form->addRow(buddyLabel(tr("F&irst post:"), m_firstPost, this), m_firstPost);
    form->addRow(m_result);

    setTabOrder(m_title, m_author);
    setTabOrder(m_author, m_baseUrl);
    setTabOrder(m_baseUrl, m_language);
    setTabOrder(m_language, m_folder->parentEdit());
    setTabOrder(m_folder->parentEdit(), m_folder->browseButton());
    setTabOrder(m_folder->browseButton(), m_folder->nameEdit());
    setTabOrder(m_folder->nameEdit(), m_firstPost);

    // Only once the writer has typed a title and removed it: an empty page is not an error yet.
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleEdited = true;
        updateTitle();
    });
    connect(m_title, &QLineEdit::textChanged, this, &NewBlogCreatePage::updateTitle);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &NewBlogCreatePage::updateBaseUrl);
    connect(m_folder, &BlogFolderChooser::changed, this, [this] {
        m_result->clear();
        Q_EMIT completeChanged();
    });
}

NewBlogCreatePage::UrlCheck NewBlogCreatePage::checkBaseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return UrlCheck::Empty;
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty() ||
        !trimmed.startsWith(scheme + QStringLiteral("://"), Qt::CaseInsensitive) || trimmed.contains(u' '))
        return UrlCheck::Invalid;
    if (scheme == u"http" && !isLocalHost(url.host()))
        return UrlCheck::PlainHttp;
    return UrlCheck::Ok;
}

QStringList NewBlogCreatePage::languageCodes(const QString &systemCode)
{
    QStringList codes{
        QStringLiteral("en"),    QStringLiteral("en-US"), QStringLiteral("en-GB"), QStringLiteral("de"),
        QStringLiteral("fr"),    QStringLiteral("es"),    QStringLiteral("it"),    QStringLiteral("pt"),
        QStringLiteral("pt-BR"), QStringLiteral("nl"),    QStringLiteral("sv"),    QStringLiteral("da"),
        QStringLiteral("nb"),    QStringLiteral("fi"),    QStringLiteral("pl"),    QStringLiteral("cs"),
        QStringLiteral("hu"),    QStringLiteral("ro"),    QStringLiteral("el"),    QStringLiteral("tr"),
        QStringLiteral("ru"),    QStringLiteral("uk"),    QStringLiteral("ar"),    QStringLiteral("he"),
        QStringLiteral("hi"),    QStringLiteral("ja"),    QStringLiteral("ko"),    QStringLiteral("zh-CN"),
        QStringLiteral("zh-TW"),
    };
    // "C" and "POSIX" locales report "en", which is listed; anything else unknown goes first.
    if (!systemCode.isEmpty() && !codes.contains(systemCode))
        codes.prepend(systemCode);
    return codes;
}

void NewBlogCreatePage::setParentFolder(const QString &folder)
{
    m_folder->setParentFolder(folder);
}

bool NewBlogCreatePage::isComplete() const
{
    if (!m_createdPath.isEmpty())
        return true; // the blog is there; Finish opens it
    return !m_title->text().trimmed().isEmpty() && checkBaseUrl(m_baseUrl->text()) != UrlCheck::Invalid &&
           m_folder->isAcceptable();
}

bool NewBlogCreatePage::validatePage()
{
    if (!m_createdPath.isEmpty())
        return true;
    if (!isComplete())
        return false;
    const QString root = m_folder->path();
    NewBlogSettings settings;
    settings.title = m_title->text().trimmed();
    settings.author = m_author->text().trimmed();
    settings.baseUrl = m_baseUrl->text().trimmed();
    settings.language = m_language->currentData().toString();

    const NewFolderGuard guard(root);
    if (Result<void> created = BlogCreator::create(root, settings); !created) {
        guard.rollback(); // whatever part of the blog was made: nothing half-made stays
        m_result->show(InlineMessage::Kind::Error,
                       tr("The blog could not be created in %1: %2")
                           .arg(QDir::toNativeSeparators(root), created.error().message));
        return false;
    }
    m_createdPath = root;

    const QString postTitle = m_firstPost->text().trimmed();
    if (postTitle.isEmpty())
        return true;
    if (Result<QString> post = m_writeFirstPost(root, postTitle); !post) {
        // The blog is complete without it: keep it, say so, and let Finish open it.
        setLocked(true);
        setButtonText(QWizard::FinishButton, tr("&Open Blog"));
        m_result->show(InlineMessage::Kind::Warning,
                       tr("The blog was created in %1, but its first post could not be written: %2\n"
                          "Click Open Blog to start writing; Post \u2192 New Post adds posts.")
                           .arg(QDir::toNativeSeparators(root), post.error().toString()));
        Q_EMIT completeChanged();
        return false;
    }
    return true;
}

void NewBlogCreatePage::updateTitle()
{
    const QString title = m_title->text().trimmed();
    m_folder->suggestName(title.isEmpty() ? QString() : PostFiles::slugify(title));
    if (title.isEmpty() && m_titleEdited)
        m_titleMessage->show(InlineMessage::Kind::Error, tr("A blog needs a title."));
    else
        m_titleMessage->clear();
    Q_EMIT completeChanged();
}

void NewBlogCreatePage::updateBaseUrl()
{
    switch (checkBaseUrl(m_baseUrl->text())) {
    case UrlCheck::Empty:
    case UrlCheck::Ok:
        m_baseUrlMessage->clear();
        break;
    case UrlCheck::PlainHttp:
        m_baseUrlMessage->show(InlineMessage::Kind::Warning,
                               tr("Plain http: browsers mark such sites \u201cnot secure\u201d. Use https:// "
                                  "if your host offers it (most do)."));
        break;
    case UrlCheck::Invalid:
        m_baseUrlMessage->show(InlineMessage::Kind::Error,
                               tr("The address must start with https:// or http:// and name a host, like "
                                  "https://example.com/"));
        break;
    }
    Q_EMIT completeChanged();
}

void NewBlogCreatePage::setLocked(bool locked)
{
    for (QWidget *field : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_author),
                           static_cast<QWidget *>(m_baseUrl), static_cast<QWidget *>(m_language),
                           static_cast<QWidget *>(m_firstPost)})
        field->setEnabled(!locked);
    m_folder->setLocked(locked);
}

} // namespace Postwright
