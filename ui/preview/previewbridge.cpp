#include "preview/previewbridge.h"

namespace Postwright {

PreviewBridge::PreviewBridge(QObject *parent)
    : QObject(parent)
    , m_themeStyleSheet(QStringLiteral("qrc:/themes/default/assets/style.css"))
{
    setObjectName(QStringLiteral("bridge"));
}

void PreviewBridge::setContent(int revision, const QString &html)
{
    if (revision <= m_revision)
        return; // the scheduler never goes back, but a stale result must not win either
    m_revision = revision;
    m_html = html;
    sendNewest();
}

void PreviewBridge::setDocumentBase(const QString &baseUrl)
{
    if (baseUrl == m_documentBase)
        return;
    m_documentBase = baseUrl;
    if (m_pageReady)
        Q_EMIT documentBaseChanged(baseUrl);
}

void PreviewBridge::requestScrollReset(int fromRevision)
{
    m_scrollResetRevision = fromRevision;
    if (m_pageReady)
        Q_EMIT scrollResetRequested(fromRevision);
}

void PreviewBridge::setThemeStyleSheet(const QString &url)
{
    if (url == m_themeStyleSheet)
        return;
    m_themeStyleSheet = url;
    Q_EMIT themeStyleSheetChanged(url);
}

void PreviewBridge::requestScrollToLine(int line, bool reveal)
{
    if (m_pageReady && line > 0)
        Q_EMIT scrollToLineRequested(line, reveal);
}

void PreviewBridge::previewScrolled(int line)
{
    // From the page: only a plausible line number passes.
    if (line > 0 && line <= 10'000'000)
        Q_EMIT scrolledToLine(line);
}

void PreviewBridge::sendNewest()
{
    // One revision on its way to the page at a time, like one render in flight: a page busy
    // patching a long post gets the newest text when it is done, not a queue of stale ones.
    // A page that never answered (a script error) gets the newest again after a while.
    const bool waiting = m_sentRevision > m_displayedRevision && m_sentAt.isValid() && m_sentAt.elapsed() < 3000;
    if (!m_pageReady || m_revision <= m_sentRevision || waiting)
        return;
    m_sentRevision = m_revision;
    m_sentAt.start();
    Q_EMIT contentChanged(m_revision, m_html);
}

void PreviewBridge::resetPage()
{
    m_pageReady = false;
    m_sentRevision = 0;
    m_displayedRevision = 0;
}

void PreviewBridge::ready()
{
    m_pageReady = true;
    // Replay the current state: signals sent before the page connected went nowhere.
    Q_EMIT documentBaseChanged(m_documentBase);
    if (m_scrollResetRevision > 0)
        Q_EMIT scrollResetRequested(m_scrollResetRevision);
    m_sentRevision = 0;
    sendNewest();
    Q_EMIT pageReady();
}

void PreviewBridge::shown(int revision)
{
    // Only a revision we actually sent counts; the page cannot invent progress.
    if (revision <= m_displayedRevision || revision > m_sentRevision)
        return;
    m_displayedRevision = revision;
    Q_EMIT displayedRevisionChanged(revision);
    sendNewest();
}

} // namespace Postwright
