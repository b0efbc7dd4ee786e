#include "publish/hostkeyconfirmer.h"

#include "publish/hostkeydialog.h"
#include "util/logging.h"

#include <QCoreApplication>

#include <condition_variable>
#include <mutex>

namespace Postwright {

struct HostKeyConfirmer::State
{
    std::mutex mutex;
    std::condition_variable answered;
    bool abandoned = false;
    HostKeyConfirmer *owner = nullptr; // read and written on the GUI thread only
};

struct HostKeyConfirmer::Question
{
    bool answered = false;
    bool trusted = false;
};

HostKeyConfirmer::HostKeyConfirmer(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_state(std::make_shared<State>())
    , m_dialogParent(dialogParent)
{
    m_state->owner = this;
}

HostKeyConfirmer::~HostKeyConfirmer()
{
    m_state->owner = nullptr;
    const std::lock_guard lock(m_state->mutex);
    m_state->abandoned = true;
    m_state->answered.notify_all();
}

std::function<bool(const QString &, const QString &)> HostKeyConfirmer::callback() const
{
    return [state = m_state](const QString &host, const QString &fingerprint) {
        auto question = std::make_shared<Question>();
        {
            const std::lock_guard lock(state->mutex);
            if (state->abandoned)
                return false;
        }
        // qApp lives as long as any worker can; the owner is looked up on its own thread.
        QMetaObject::invokeMethod(
            qApp,
            [state, question, host, fingerprint] {
                if (state->owner) {
                    state->owner->ask(host, fingerprint, question);
                    return;
                }
                const std::lock_guard lock(state->mutex);
                question->answered = true;
                state->answered.notify_all();
            },
            Qt::QueuedConnection);
        std::unique_lock lock(state->mutex);
        state->answered.wait(lock, [&] { return question->answered || state->abandoned; });
        return question->answered && question->trusted;
    };
}

void HostKeyConfirmer::ask(const QString &host, const QString &fingerprint,
                           std::shared_ptr<Question> question)
{
    qCInfo(lcPublish) << "asking whether to trust the host key of" << host << fingerprint;
    auto *dialog = new HostKeyDialog(host, fingerprint, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [state = m_state, question](int result) {
        const std::lock_guard lock(state->mutex);
        question->answered = true;
        question->trusted = result == QDialog::Accepted;
        state->answered.notify_all();
    });
    dialog->open();
    Q_EMIT asking(dialog);
}

} // namespace Postwright
