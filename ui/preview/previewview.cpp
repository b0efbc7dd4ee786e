#include "preview/previewview.h"

#include "blog/blog.h"
#include "blog/sitetoolsettings.h"
#include "markdown/previewscheduler.h"
#include "site/postpreview.h"
#include "preview/blogschemehandler.h"
#include "preview/previewpage.h"
#include "util/logging.h"

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

    // Editors and generators write a file in several steps: look again once they are done.
    m_siteStyleSettle.setSingleShot(true);
    m_siteStyleSettle.setInterval(400);
    connect(&m_siteStyleSettle, &QTimer::timeout, this, &PreviewView::reloadSiteStyle);
    connect(&m_siteStyleWatcher, &QFileSystemWatcher::fileChanged, &m_siteStyleSettle, qOverload<>(&QTimer::start));
    connect(&m_siteStyleWatcher, &QFileSystemWatcher::directoryChanged, &m_siteStyleSettle, qOverload<>(&QTimer::start));

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
    findSiteStyle();
    applyStyle(true); // no render: the next post shown renders
    Q_EMIT siteStyleChanged();
}

void PreviewView::findSiteStyle()
{
    m_siteStyle = {};
    m_siteStyleByDefault = false;
    m_siteStyleProblem.clear();
    if (!m_blogRoot.isEmpty()) {
        const Result<Blog> blog = Blog::open(m_blogRoot);
        if (blog) {
            SiteToolSettings tools;
            if (const Result<SiteToolSettings> loaded = SiteToolSettings::load(blog.value().layout()))
                tools = loaded.value();
            else
                m_siteStyleProblem = loaded.error().toString(); // shown with the View menu's choice
            m_siteStyleByDefault = tools.previewStyle != SiteToolSettings::PreviewStyle::BuiltIn;
            m_siteStyle = SiteStyleSheets::discover(blog.value().layout(), blog.value().settings().baseUrl, tools.previewCss);
        }
    }
    const std::optional<bool> chosen = m_siteStylePreference ? m_siteStylePreference(m_blogRoot) : std::nullopt;
    m_useSiteStyle = chosen.value_or(m_siteStyleByDefault);
    m_siteStyleStamp = siteStyleStamp();
    watchSiteStyle();
}

QByteArray PreviewView::siteStyleStamp() const
{
    QByteArray stamp;
    QStringList folders;
    for (const SiteStyleSheets::Sheet &sheet : m_siteStyle.sheets()) {
        if (const QString folder = QFileInfo(sheet.filePath).path(); !folders.contains(folder))
            folders.append(folder);
    }
    for (const QString &folder : std::as_const(folders)) {
        const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.css")}, QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            stamp += file.fileName().toUtf8() + ' ' + QByteArray::number(file.size()) + ' '
                     + QByteArray::number(file.lastModified().toMSecsSinceEpoch()) + '\n';
        }
    }
    return stamp;
}

void PreviewView::watchSiteStyle()
{
    // What decides the site's style: its settings, the stylesheets, and the folders a build or
    // the writer adds them to (the output folder is rewritten by each build of the generator).
    if (const QStringList watched = m_siteStyleWatcher.files() + m_siteStyleWatcher.directories(); !watched.isEmpty())
        m_siteStyleWatcher.removePaths(watched);
    if (m_blogRoot.isEmpty())
        return;
    const QDir root(m_blogRoot);
    QStringList paths{m_blogRoot, m_siteStyle.outputPath()};
    for (const char *file : {"postwright.yaml", "blog.yaml", "static/css", "assets/css", "css"})
        paths.append(root.filePath(QString::fromLatin1(file)));
    for (const SiteStyleSheets::Sheet &sheet : m_siteStyle.sheets())
        paths << sheet.filePath << QFileInfo(sheet.filePath).path();
    paths.removeAll(QString());
    paths.removeDuplicates();
    QStringList existing;
    for (const QString &path : std::as_const(paths))
        if (QFileInfo::exists(path))
            existing.append(path);
    if (!existing.isEmpty())
        m_siteStyleWatcher.addPaths(existing);
}

bool PreviewView::applyStyle(bool blogChanged)
{
    const bool site = usesSiteStyle();
    const PostPreview::Frame frame = site ? PostPreview::Frame::Site : PostPreview::Frame::Theme;
    bool frameChanged = blogChanged;
    {
        const QMutexLocker locker(&m_setup->mutex);
        frameChanged = frameChanged || !m_setup->preview || m_setup->preview->frame() != frame;
    }
    if (frameChanged) {
        Result<std::shared_ptr<const PostPreview>> preview = PostPreview::create(m_blogRoot, frame);
        if (!preview && !m_blogRoot.isEmpty())
            preview = PostPreview::create({}, frame); // a broken theme override: the built-in theme still shows the post
        const QMutexLocker locker(&m_setup->mutex);
        m_setup->preview = preview ? preview.value() : nullptr;
    }
    // The site's sheets (instead of, not beside, the theme's), or the blog's own stylesheet when
    // its theme has one, served from its theme/assets/ folder, or the built-in one.
    m_schemeHandler->setSiteStyle(site ? m_siteStyle : SiteStyleSheets());
    const bool ownStyle = !m_blogRoot.isEmpty() && QFileInfo(QDir(m_blogRoot).filePath(QStringLiteral("theme/assets/style.css"))).isFile();
    m_bridge->setThemeStyleSheet(site       ? m_schemeHandler->siteStyleSheetUrl().toString(QUrl::FullyEncoded)
                                 : ownStyle ? QString::fromLatin1(BlogSchemeHandler::schemeName()) + u"://theme/style.css"
                                            : QStringLiteral("qrc:/themes/default/assets/style.css"));
    return frameChanged;
}

void PreviewView::renderAgain()
{
    if (m_hasTextSource)
        m_scheduler->markChanged();
    else
        m_scheduler->setText(m_lastText);
}

void PreviewView::setSiteStylePreference(SiteStylePreference preference)
{
    m_siteStylePreference = std::move(preference);
}

void PreviewView::setSiteStyleEnabled(bool on)
{
    if (on == m_useSiteStyle)
        return;
    m_useSiteStyle = on;
    if (applyStyle(false))
        renderAgain();
    Q_EMIT siteStyleChanged();
}

void PreviewView::reloadSiteStyle()
{
    const SiteStyleSheets before = m_siteStyle;
    const QByteArray stampBefore = m_siteStyleStamp;
    const QString problemBefore = m_siteStyleProblem;
    const bool usedBefore = usesSiteStyle();
    const bool defaultBefore = m_siteStyleByDefault;
    findSiteStyle();
    // The blog's root is watched, so this runs for files that have nothing to do with style.
    if (m_siteStyle == before && m_siteStyleStamp == stampBefore && m_siteStyleProblem == problemBefore
        && usesSiteStyle() == usedBefore && m_siteStyleByDefault == defaultBefore)
        return;
    qCDebug(lcRender) << "site style:" << m_siteStyle.sheets().size() << "stylesheets, in use:" << usesSiteStyle();
    // A new stylesheet URL even when the list is the same: a stylesheet's content changed.
    if (applyStyle(false))
        renderAgain();
    Q_EMIT siteStyleChanged();
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
    m_lastText = text;
    m_bridge->requestScrollReset(m_scheduler->setText(text));
}

void PreviewView::setPostText(const QString &text)
{
    m_lastText = text;
    m_scheduler->setText(text);
}

void PreviewView::setTextSource(std::function<QString()> source)
{
    m_hasTextSource = bool(source);
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
    // The site's CSS is served with or without its web images: the page fetches it again.
    if (usesSiteStyle())
        applyStyle(false);
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
