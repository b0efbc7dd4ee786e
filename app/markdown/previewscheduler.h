#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace Postwright {

// Decides when the preview renders: no fixed debounce; changes arriving while a render runs are
// coalesced into one "render the newest text next"; renders run on a worker thread from a copy
// of the text; a result older than one already delivered is never delivered. While inactive
// (preview hidden) nothing renders; activating catches up with the newest text.
class PreviewScheduler final : public QObject
{
    Q_OBJECT

public:
    // The render function runs on a worker thread; it must be thread-safe.
    using RenderFunction = std::function<QString(const QString &text)>;

    explicit PreviewScheduler(QObject *parent = nullptr);
    explicit PreviewScheduler(RenderFunction render, QObject *parent = nullptr);
    ~PreviewScheduler() override;

    // Every edit calls this; returns the revision number given to this text.
    int setText(const QString &text);
    void setActive(bool active);
    bool isActive() const { return m_active; }
    bool isRendering() const { return m_inFlightRevision != 0; }
    int latestRevision() const { return m_latestRevision; }
    int deliveredRevision() const { return m_deliveredRevision; }
    int renderCount() const { return m_renderCount; }

Q_SIGNALS:
    void rendered(int revision, const QString &html);

private:
    void startNext();
    void onFinished();

    RenderFunction m_render;
    QFutureWatcher<QString> m_watcher;
    QString m_pendingText;
    int m_latestRevision = 0;
    int m_inFlightRevision = 0;
    int m_deliveredRevision = 0;
    int m_renderedRevision = 0; // newest revision rendered (or in flight)
    int m_renderCount = 0;
    bool m_active = true;
    bool m_startQueued = false;
};

} // namespace Postwright
