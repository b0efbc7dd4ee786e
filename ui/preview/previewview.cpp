#include "preview/previewview.h"

#include "markdown/previewscheduler.h"
#include "site/postpreview.h"
#include "preview/blogschemehandler.h"
#include "preview/previewpage.h"

#include <QChildEvent>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace Postwright {

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
    , m_setup(std::make_shared<RenderSetup>())
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record, nothing on disk
    , m_schemeHandler(new BlogSchemeHandler(this))
    , m_page(new PreviewPage(m_profile, this))
    , m_bridge(new PreviewBridge(this))
    , m_scheduler(new PreviewScheduler(
          [setup = m_setup](const QString &text) {
              std::shared_ptr<const PostPreview> preview;
              QString filePath;
              {
                  const QMutexLocker locker(&setup->mutex);
                  preview = setup->preview;
                  filePath = setup->filePath;
              }
              return QVariant::fromValue(PostPreview::pack(preview ? preview->render(text, filePath)
                                                                   : PostPreview::renderBodyOnly(text)));
          },
          this))
{
    setObjectName(QStringLiteral("previewView"));
    setAcceptDrops(false);
    setMinimumWidth(200);

    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_profile->installUrlSchemeHandler(BlogSchemeHandler::schemeName(), m_schemeHandler);

    // Our script lives in an isolated world: the page's own world runs nothing (its CSP says
    // script-src 'none'), and only this world can reach the channel.
    auto *channel = new QWebChannel(m_page);
    channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(channel, QWebEngineScript::ApplicationWorld);
    m_page->scripts().insert(shellScript());
    setPage(m_page);

    // Nothing renders until the preview is on screen.
    m_scheduler->setActive(false);
    connect(m_scheduler, &PreviewScheduler::rendered, m_bridge, [this](int revision, const QVariant &result) {
        m_bridge->setContent(revision, result.value<PostPreview::PackedArticle>());
    });
    connect(m_page, &PreviewPage::shellLoading, m_bridge, &PreviewBridge::resetPage);
    connect(m_bridge, &PreviewBridge::scrolledToLine, this, &PreviewView::scrolledToLine);

    setBlog({}, {});
    m_page->loadShell();
}

QWebEngineScript PreviewView::shellScript()
{
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    // highlight.js and KaTeX first, so preview.js finds window.hljs and window.katex; Debian's
    // files, as the site uses them. Without KaTeX, math shows as its TeX.
    const QString source = read(QStringLiteral(":/qtwebchannel/qwebchannel.js")) + u";\n"
                           + read(BlogSchemeHandler::highlightJsPath()) + u";\n"
                           + read(BlogSchemeHandler::katexPath() + QStringLiteral("/katex.min.js")) + u";\n"
                           + read(QStringLiteral(":/preview/preview.js"));
    QWebEngineScript script;
    script.setName(QStringLiteral("postwright-preview"));
    script.setSourceCode(source);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setRunsOnSubFrames(false);
    return script;
}

PreviewView::~PreviewView()
{
    // A profile must outlive its pages.
    delete m_page;
}

void PreviewView::registerUrlSchemes()
{
    BlogSchemeHandler::registerScheme();
}

void PreviewView::setBlog(const QString &rootPath, const QString &staticPath)
{
    m_blogRoot = rootPath;
    m_schemeHandler->setBlogRoot(rootPath, staticPath);
    Result<std::shared_ptr<const PostPreview>> preview = PostPreview::create(rootPath);
    if (!preview && !rootPath.isEmpty())
        preview = PostPreview::create({}); // a broken theme override: the built-in theme still shows the post
    {
        const QMutexLocker locker(&m_setup->mutex);
        m_setup->preview = preview ? preview.value() : nullptr;
    }
    // The blog's own stylesheet when its theme has one, served from its theme/assets/ folder.
    const bool ownStyle = !rootPath.isEmpty() && QFileInfo(QDir(rootPath).filePath(QStringLiteral("theme/assets/style.css"))).isFile();
    m_bridge->setThemeStyleSheet(ownStyle ? QString::fromLatin1(BlogSchemeHandler::schemeName()) + u"://theme/style.css"
                                          : QStringLiteral("qrc:/themes/default/assets/style.css"));
}

void PreviewView::showPost(const QString &relativePath, const QString &text)
{
    QUrl base;
    if (!relativePath.isEmpty()) {
        base.setScheme(QString::fromLatin1(BlogSchemeHandler::schemeName()));
        base.setHost(QStringLiteral("source"));
        const QString folder = QFileInfo(relativePath).path();
        base.setPath(folder == u"." ? QStringLiteral("/") : u'/' + folder + u'/');
    }
    {
        const QMutexLocker locker(&m_setup->mutex);
        m_setup->filePath = relativePath.isEmpty() ? QString() : QDir(m_blogRoot).filePath(relativePath);
    }
    m_bridge->setDocumentBase(base.toString(QUrl::FullyEncoded));
    m_bridge->requestScrollReset(m_scheduler->setText(text));
}

void PreviewView::setPostText(const QString &text)
{
    m_scheduler->setText(text);
}

void PreviewView::setTextSource(std::function<QString()> source)
{
    m_scheduler->setTextSource(std::move(source));
}

void PreviewView::notePostTextChanged()
{
    m_scheduler->markChanged();
}

void PreviewView::setRemoteImagesAllowed(bool allowed)
{
    m_schemeHandler->setRemoteImagesAllowed(allowed);
    m_bridge->setRemoteImages(allowed);
}

void PreviewView::scrollToLine(int line, bool reveal)
{
    if (isVisible())
        m_bridge->requestScrollToLine(line, reveal);
}

void PreviewView::showEvent(QShowEvent *event)
{
    QWebEngineView::showEvent(event);
    m_scheduler->setActive(true);
}

void PreviewView::hideEvent(QHideEvent *event)
{
    QWebEngineView::hideEvent(event);
    m_scheduler->setActive(false);
}

bool PreviewView::event(QEvent *event)
{
    // Chromium's input arrives in a child widget created by the view; watch each one so the
    // page knows when a navigation follows a real click or key press.
    if (event->type() == QEvent::ChildAdded) {
        if (QObject *child = static_cast<QChildEvent *>(event)->child(); child && child->isWidgetType())
            child->installEventFilter(this);
    }
    return QWebEngineView::event(event);
}

bool PreviewView::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::KeyPress:
        m_page->noteUserInput();
        break;
    default:
        break;
    }
    return QWebEngineView::eventFilter(watched, event);
}

void PreviewView::contextMenuEvent(QContextMenuEvent *event)
{
    // Only what makes sense for a preview: no Back, Reload, View Source or Save Page.
    QMenu menu(this);
    menu.addAction(pageAction(QWebEnginePage::Copy));
    menu.addAction(pageAction(QWebEnginePage::SelectAll));
    menu.exec(event->globalPos());
}

} // namespace Postwright
