#include "previewscheduler.h"

#include "markdown/markdownrenderer.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Postwright {

PreviewScheduler::PreviewScheduler(QObject *parent)
    : PreviewScheduler([](const QString &text) { return QVariant(MarkdownRenderer::postBodyToHtml(text)); }, parent)
{
}

PreviewScheduler::PreviewScheduler(RenderFunction render, QObject *parent)
    : QObject(parent)
    , m_render(std::move(render))
{
    connect(&m_watcher, &QFutureWatcher<QVariant>::finished, this, &PreviewScheduler::onFinished);
}

PreviewScheduler::~PreviewScheduler()
{
    // The worker only holds copies, but waiting keeps its result from outliving its reader.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

int PreviewScheduler::setText(const QString &text)
{
    m_pendingText = text;
    m_textStale = false;
    ++m_latestRevision;
    scheduleStart();
    return m_latestRevision;
}

void PreviewScheduler::setTextSource(TextSource source)
{
    m_textSource = std::move(source);
}

int PreviewScheduler::markChanged()
{
    if (!m_textSource)
        return m_latestRevision;
    m_textStale = true;
    ++m_latestRevision;
    scheduleStart();
    return m_latestRevision;
}

void PreviewScheduler::scheduleStart()
{
    // Several edits in one event-loop turn (a paste, an undo group) become one render.
    if (m_active && !isRendering() && !m_startQueued) {
        m_startQueued = true;
        QTimer::singleShot(0, this, &PreviewScheduler::startNext);
    }
}

void PreviewScheduler::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (m_active && !isRendering())
        startNext();
}

void PreviewScheduler::startNext()
{
    m_startQueued = false;
    if (!m_active || isRendering() || m_renderedRevision == m_latestRevision)
        return;
    if (m_textStale) {
        m_pendingText = m_textSource(); // the one copy of the text this render needs
        m_textStale = false;
    }
    m_inFlightRevision = m_latestRevision;
    m_renderedRevision = m_latestRevision;
    ++m_renderCount;
    m_watcher.setFuture(QtConcurrent::run([render = m_render, text = m_pendingText] { return render(text); }));
}

void PreviewScheduler::onFinished()
{
    const int revision = m_inFlightRevision;
    m_inFlightRevision = 0;
    const QVariant result = m_watcher.result();
    // With one render in flight results arrive in order; the check keeps that promise explicit.
    if (revision > m_deliveredRevision) {
        m_deliveredRevision = revision;
        Q_EMIT rendered(revision, result);
    }
    startNext();
}

} // namespace Postwright
