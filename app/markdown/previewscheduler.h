#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QVariant>

#include <functional>

namespace Postwright {

// Decides when the preview renders: no fixed debounce; changes arriving while a render runs are
// coalesced into one "render the newest text next"; renders run on a worker thread from a copy
// of the text; a result older than one already delivered is never delivered. While inactive
// (preview hidden) nothing renders; activating catches up with the newest text.
// The text comes either with each edit (setText) or, for editors whose text is costly to copy
// (a 10 MB post), from a text source asked only when a render starts: markChanged() per edit
// costs nothing, however fast the writer types.
class PreviewScheduler final : public QObject
{
    Q_OBJECT

public:
    // The render function runs on a worker thread; it must be thread-safe. Its result is
    // whatever the receiver needs (a QString of HTML by default).
    using RenderFunction = std::function<QVariant(const QString &text)>;
    using TextSource = std::function<QString()>;

    explicit PreviewScheduler(QObject *parent = nullptr);
    explicit PreviewScheduler(RenderFunction render, QObject *parent = nullptr);
    ~PreviewScheduler() override;

    // Every edit calls this; returns the revision number given to this text.
    int setText(const QString &text);
    // The text changed; the source gives it when a render starts. Returns the revision.
    void setTextSource(TextSource source);
    int markChanged();
    void setActive(bool active);
    bool isActive() const { return m_active; }
    bool isRendering() const { return m_inFlightRevision != 0; }
    int latestRevision() const { return m_latestRevision; }
    int deliveredRevision() const { return m_deliveredRevision; }
    int renderCount() const { return m_renderCount; }

Q_SIGNALS:
    void rendered(int revision, const QVariant &result);

private:
    void scheduleStart();
    void startNext();
    void onFinished();

    RenderFunction m_render;
    QFutureWatcher<QVariant> m_watcher;
    QString m_pendingText;
    TextSource m_textSource;
    bool m_textStale = false; // the newest text is in the source, not in m_pendingText
    int m_latestRevision = 0;
    int m_inFlightRevision = 0;
    int m_deliveredRevision = 0;
    int m_renderedRevision = 0; // newest revision rendered (or in flight)
    int m_renderCount = 0;
    bool m_active = true;
    bool m_startQueued = false;
};

} // namespace Postwright
